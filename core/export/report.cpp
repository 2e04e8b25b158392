// The review report, as XHTML and as PDF (report.h).

#include "report.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace bp::exporting {

using namespace analysis;

namespace {

// Escaped text for XHTML, without the control characters XML 1.0 forbids.
QString esc(const QString &text)
{
    QString clean = text;
    clean.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n'; });
    return clean.toHtmlEscaped();
}

QString figure(const std::optional<double> &v, int decimals, double factor = 1.0)
{
    if (!v || !std::isfinite(*v))
        return Export::tr("n/a");
    return QString::number(*v * factor, 'f', decimals);
}

QString percent(const std::optional<double> &v)
{
    return v ? figure(v, 1, 100.0) + u'%' : Export::tr("n/a");
}

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const QString &c : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(tag, c);
    return html + QStringLiteral("</tr>\n");
}

QString stepName(const Blueprint &b, const ElementId &id)
{
    const Step *s = b.graph.step(id);
    return esc(s && !s->title.isEmpty() ? s->title + QStringLiteral(" (") + id + u')' : id);
}

QString css()
{
    return QStringLiteral(
        "body{font-family:sans-serif;color:#222;margin:2em;max-width:80em}"
        "h1{font-size:1.6em;margin-bottom:0}h2{font-size:1.2em;margin-top:1.6em;"
        "border-bottom:1px solid #ccc}.meta{color:#666}"
        "table{border-collapse:collapse;margin:0.5em 0}"
        "th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}"
        "td.n{text-align:right}th{background:#f2f2f2}"
        ".error{color:#a01e1e;font-weight:bold}.warning{color:#8a5a00;font-weight:bold}"
        ".info{color:#0072b2}.diagram svg{max-width:100%;height:auto;border:1px solid #ddd}");
}

// The body of the report; the diagram is embedded only in HTML (@p svg non-empty).
QString body(const Blueprint &b, const ReviewData &r, const ReportOptions &options,
             const QString &svg)
{
    QString h;
    const QString title = b.meta.title.trimmed().isEmpty()
        ? (options.fileName.isEmpty() ? Export::tr("Untitled blueprint")
                                      : QFileInfo(options.fileName).completeBaseName())
        : b.meta.title.trimmed();
    const QDateTime date = options.date.isValid() ? options.date : QDateTime::currentDateTime();
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    h += QStringLiteral("<p class=\"meta\">%1</p>\n")
             .arg(esc(Export::tr("Review report of %1, %2")
                          .arg(options.fileName.isEmpty() ? Export::tr("an unsaved blueprint")
                                                          : QFileInfo(options.fileName).fileName(),
                               date.toString(Qt::ISODate))));
    if (!b.meta.description.isEmpty())
        h += QStringLiteral("<p>%1</p>\n").arg(esc(b.meta.description));

    // Summary figures.
    h += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(Export::tr("Summary"));
    const QueueingResult *q = r.queueing ? &*r.queueing : nullptr;
    QStringList bottlenecks;
    if (q)
        for (int pool : q->bottlenecks) {
            const QString &id = r.snapshot.poolId(pool);
            const QString &title = r.snapshot.poolTitle(pool);
            bottlenecks << esc(title.isEmpty() ? id : title + QStringLiteral(" (") + id + u')');
        }
    auto summary = [&](const QString &name, const QString &value) {
        h += QStringLiteral("<tr><th>%1</th><td class=\"n\">%2</td></tr>\n").arg(name, value);
    };
    summary(Export::tr("Steps"), QString::number(b.graph.stepCount()));
    summary(Export::tr("Demand (customers per hour)"),
            figure(q ? q->demand : std::nullopt, 2, 60.0));
    summary(Export::tr("Process capacity (customers per hour)"),
            q && q->processCapacity ? figure(q->processCapacity, 2, 60.0) : Export::tr("n/a"));
    summary(Export::tr("Bottleneck"),
            bottlenecks.isEmpty() ? Export::tr("n/a") : bottlenecks.join(QStringLiteral(", ")));
    summary(Export::tr("Highest utilisation"), percent(q ? q->maxUtilisation : std::nullopt));
    summary(Export::tr("Theoretical flow time (min)"),
            q ? figure(q->theoreticalFlowTime, 2) : Export::tr("n/a"));
    summary(Export::tr("Flow time with waits (min)"), figure(q ? q->flowTime : std::nullopt, 2));
    summary(Export::tr("Customers in the service (WIP)"), figure(q ? q->wip : std::nullopt, 2));
    summary(Export::tr("Failure events per customer"),
            r.failures ? figure(r.failures->expectedFailures, 4) : Export::tr("n/a"));
    summary(Export::tr("P(failure-free journey)"),
            r.failures && r.failures->failureFreeOk ? figure(r.failures->failureFree, 4)
                                                    : Export::tr("n/a"));
    h += QStringLiteral("</table>\n");
    if (!q)
        h += QStringLiteral("<p class=\"error\">%1</p>\n")
                 .arg(Export::tr("The blueprint has errors, so its figures cannot be computed; "
                                 "see the findings."));

    if (!svg.isEmpty())
        h += QStringLiteral("<h2>%1</h2>\n<div class=\"diagram\">%2</div>\n")
                 .arg(Export::tr("Diagram"), svg);

    // Findings, ranked by severity.
    h += QStringLiteral("<h2>%1</h2>\n").arg(Export::tr("Findings (%1)").arg(r.findings.size()));
    if (r.findings.empty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(Export::tr("Nothing to report."));
    } else {
        h += QStringLiteral("<table>\n")
            + row({ Export::tr("Severity"), Export::tr("Finding"), Export::tr("Elements"),
                    Export::tr("Code") },
                  true);
        for (const Finding &f : r.findings) {
            QStringList elements;
            for (const QString &e : f.elements)
                elements << stepName(b, e);
            h += QStringLiteral("<tr><td class=\"%1\">%2</td><td>%3</td><td>%4</td>"
                                "<td><code>%5</code></td></tr>\n")
                     .arg(severityName(f.severity), esc(severityTitle(f.severity)),
                          esc(findingText(f, r.snapshot)), elements.join(QStringLiteral(", ")),
                          esc(f.code));
        }
        h += QStringLiteral("</table>\n");
    }

    // Per-step figures.
    QHash<ElementId, int> rpn;
    if (r.failures)
        for (const FmeaEntry &e : r.failures->fmea)
            rpn.insert(e.row.step, std::max(rpn.value(e.row.step), e.rpn));
    h += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(Export::tr("Steps"));
    h += row({ Export::tr("Step"), Export::tr("Lane"), Export::tr("Visits"),
               Export::tr("Utilisation"), Export::tr("Wait (min)"),
               Export::tr("P(wait &gt; tolerance)"), Export::tr("RPN") },
             true);
    for (const Step *s : b.graph.steps()) {
        const int v = r.snapshot.vertexOf(s->id);
        const StepFigures *f = q && v >= 0 ? &q->steps[size_t(v)] : nullptr;
        const Lane *lane = b.lane(s->lane);
        QString cells = QStringLiteral("<td>%1</td><td>%2</td>")
                            .arg(stepName(b, s->id), esc(lane ? lane->title : s->lane));
        const QStringList numbers {
            f ? figure(f->visits, 3) : QString(), f && f->queueing ? percent(f->rho) : QString(),
            f && f->queueing ? figure(f->wait, 2) : QString(),
            f && f->queueing ? figure(f->pWaitOverTolerance[size_t(indexOf(q->formula))], 3)
                             : QString(),
            rpn.contains(s->id) ? QString::number(rpn.value(s->id)) : QString()
        };
        for (const QString &n : numbers)
            cells += QStringLiteral("<td class=\"n\">%1</td>").arg(n);
        h += QStringLiteral("<tr>") + cells + QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n");

    // FMEA register, ranked by RPN.
    h += QStringLiteral("<h2>%1</h2>\n").arg(Export::tr("FMEA register"));
    if (!r.failures || r.failures->fmea.empty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(Export::tr("No step has all three FMEA scores."));
    } else {
        h += QStringLiteral("<table>\n")
            + row({ Export::tr("Step"), Export::tr("Severity"), Export::tr("Occurrence"),
                    Export::tr("Detection"), Export::tr("RPN"), Export::tr("Flagged") },
                  true);
        for (const FmeaEntry &e : r.failures->fmea)
            h += QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td>"
                                "<td class=\"n\">%4</td><td class=\"n\">%5</td><td>%6</td></tr>\n")
                     .arg(stepName(b, e.row.step))
                     .arg(e.row.severity)
                     .arg(e.row.occurrence)
                     .arg(e.row.detection)
                     .arg(e.rpn)
                     .arg(e.flagged() ? Export::tr("yes") : QString());
        h += QStringLiteral("</table>\n");
    }

    // Line crossings.
    h += QStringLiteral("<h2>%1</h2>\n").arg(Export::tr("Line crossings"));
    if (!r.crossings) {
        h += QStringLiteral("<p>%1</p>\n").arg(Export::tr("n/a"));
    } else {
        h += QStringLiteral("<table>\n")
            + row({ Export::tr("Line"), Export::tr("Flows crossing"),
                    Export::tr("Crossings per customer") },
                  true);
        const QString names[3]
            = { Export::tr("Line of interaction"), Export::tr("Line of visibility"),
                Export::tr("Line of internal interaction") };
        for (int l = 0; l < 3; ++l) {
            const LineCrossings &c = r.crossings->lines[size_t(l)];
            h += QStringLiteral(
                     "<tr><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td></tr>\n")
                     .arg(names[l])
                     .arg(c.edges)
                     .arg(QString::number(c.expectedPerCustomer, 'f', 3));
        }
        h += QStringLiteral("</table>\n");
    }
    return h;
}

QString document(const QString &title, const QString &content)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                          "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                          "<meta charset=\"UTF-8\"/>\n<title>%1</title>\n<style>%2</style>\n"
                          "</head>\n<body>\n%3</body>\n</html>\n")
        .arg(esc(title), css(), content);
}

QString reportTitle(const Blueprint &b, const ReportOptions &options)
{
    const QString name = b.meta.title.trimmed().isEmpty()
        ? QFileInfo(options.fileName).completeBaseName()
        : b.meta.title.trimmed();
    return Export::tr("Review of %1").arg(name);
}

ExportOptions diagramOptions(const ReportOptions &options)
{
    ExportOptions o;
    o.overlay = true;
    o.fileName = options.fileName;
    o.date = options.date;
    return o;
}

} // namespace

QByteArray reportHtml(const Blueprint &blueprint, const ReviewData &review,
                      const ReportOptions &options)
{
    const ExportOptions o = diagramOptions(options);
    const DiagramPicture picture(blueprint, o, overlayData(review));
    QString svg = QString::fromUtf8(exportSvg(picture, o).bytes);
    // Inline: drop the XML declaration and anything else before the <svg> element.
    const qsizetype start = svg.indexOf(QStringLiteral("<svg"));
    svg = start >= 0 ? svg.mid(start) : QString();
    return document(reportTitle(blueprint, options), body(blueprint, review, options, svg))
        .toUtf8();
}

ExportResult reportPdf(const Blueprint &blueprint, const ReviewData &review,
                       const ReportOptions &options)
{
    ExportResult result;
    QBuffer buffer(&result.bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(300);
    pdf.setCreator(QStringLiteral("Blueprint Studio"));
    pdf.setTitle(reportTitle(blueprint, options));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);

    QPainter painter;
    if (!painter.begin(&pdf)) {
        result.error = Export::tr("The PDF document could not be started.");
        return result;
    }
    // Page 1: the title and the diagram with its overlay, fitted.
    const ExportOptions o = diagramOptions(options);
    const DiagramPicture picture(blueprint, o, overlayData(review));
    QFont font;
    font.setPixelSize(int(pdf.logicalDpiY() * 16 / 72));
    font.setBold(true);
    painter.setFont(font);
    const QRectF page(0, 0, pdf.width(), pdf.height());
    const double head = font.pixelSize() * 2.0;
    painter.drawText(QRectF(page.left(), page.top(), page.width(), head),
                     Qt::AlignLeft | Qt::AlignTop, reportTitle(blueprint, options));
    const QRectF area = page.adjusted(0, head, 0, 0);
    const double s
        = std::min(area.width() / picture.size().width(), area.height() / picture.size().height());
    painter.save();
    painter.translate(area.topLeft());
    painter.scale(s, s);
    picture.paint(&painter);
    painter.restore();

    // Then the text, paginated on portrait pages.
    pdf.setPageOrientation(QPageLayout::Portrait);
    pdf.newPage();
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&pdf);
    QFont base;
    base.setPointSizeF(9);
    doc.setDefaultFont(base);
    doc.setDefaultStyleSheet(QStringLiteral(
        "th{background:#eeeeee}.error{color:#a01e1e}.warning{color:#8a5a00}.info{color:#0072b2}"));
    doc.setHtml(QStringLiteral("<html><body>%1</body></html>")
                    .arg(body(blueprint, review, options, QString())
                             .replace(QStringLiteral("<table>"),
                                      QStringLiteral("<table border=\"1\" cellspacing=\"0\" "
                                                     "cellpadding=\"3\">"))));
    const QSizeF pageSize(pdf.width(), pdf.height());
    doc.setPageSize(pageSize);
    const int pages = doc.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            pdf.newPage();
        painter.save();
        painter.translate(0, -p * pageSize.height());
        doc.drawContents(&painter, QRectF(QPointF(0, p * pageSize.height()), pageSize));
        painter.restore();
    }
    painter.end();
    return result;
}

} // namespace bp::exporting
