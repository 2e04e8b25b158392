// CSV writing and parsing (RFC 4180), and the steps and findings exports (csv.h).

#include "csv.h"

#include "io/numbers.h"
#include "model/kinds.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace bp::exporting {

namespace {

QString number(double value)
{
    return std::isfinite(value) ? QString::fromLatin1(formatNumber(value)) : QString();
}

QString number(const std::optional<double> &value)
{
    return value ? number(*value) : QString();
}

QString integer(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

QString serversText(const std::optional<Servers> &servers)
{
    if (!servers)
        return {};
    return servers->infinite ? QStringLiteral("inf") : QString::number(servers->count);
}

// `b:0.7;c:0.3`: the routing flows of a step (probability when explicit). Evidence links and
// non-sequence kinds are written as `id:p` with the kind suffix `!rework` or `!failure`.
QString nextText(const Blueprint &blueprint, const ElementId &step)
{
    QStringList parts;
    for (const Flow *f : blueprint.graph.outFlows(step)) {
        if (f->kind == FlowKind::Evidence)
            continue;
        QString part = f->to;
        if (f->p)
            part += u':' + number(*f->p);
        if (f->kind != FlowKind::Flow)
            part += u'!' + toString(f->kind);
        parts << part;
    }
    return parts.join(u';');
}

} // namespace

QString csvField(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r') || text.contains(u';') || text.startsWith(u' ')
        || text.endsWith(u' ');
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QByteArray csvFile(const std::vector<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &f : row)
            fields << csvField(f);
        text += fields.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray stepsCsv(const Blueprint &blueprint, const ReviewData &review)
{
    std::vector<QStringList> rows;
    rows.push_back({ QStringLiteral("id"),
                     QStringLiteral("title"),
                     QStringLiteral("lane"),
                     QStringLiteral("lane_kind"),
                     QStringLiteral("kind"),
                     QStringLiteral("time"),
                     QStringLiteral("time_unit"),
                     QStringLiteral("servers"),
                     QStringLiteral("scv"),
                     QStringLiteral("pool"),
                     QStringLiteral("tolerance"),
                     QStringLiteral("execution_tolerance"),
                     QStringLiteral("customer_present"),
                     QStringLiteral("p_fail"),
                     QStringLiteral("severity"),
                     QStringLiteral("occurrence"),
                     QStringLiteral("detection"),
                     QStringLiteral("entry"),
                     QStringLiteral("description"),
                     QStringLiteral("next"),
                     QStringLiteral("visits"),
                     QStringLiteral("utilisation"),
                     QStringLiteral("wait_min"),
                     QStringLiteral("p_wait_over_tolerance"),
                     QStringLiteral("rpn") });
    QHash<ElementId, int> rpn;
    if (review.failures)
        for (const analysis::FmeaEntry &e : review.failures->fmea)
            rpn.insert(e.row.step, std::max(rpn.value(e.row.step), e.rpn));
    const QString unit = toString(blueprint.meta.timeUnit);
    for (const Step *s : blueprint.graph.steps()) {
        const Lane *lane = blueprint.lane(s->lane);
        QStringList row { s->id,
                          s->title,
                          s->lane,
                          lane ? toString(lane->kind) : QString(),
                          toString(s->kind),
                          number(s->time),
                          unit,
                          serversText(s->servers),
                          number(s->scv),
                          s->pool,
                          number(s->tolerance),
                          number(s->executionTolerance),
                          s->customerPresent ? (*s->customerPresent ? QStringLiteral("true")
                                                                    : QStringLiteral("false"))
                                             : QString(),
                          number(s->pFail),
                          integer(s->severity),
                          integer(s->occurrence),
                          integer(s->detection),
                          number(s->entry),
                          s->description,
                          nextText(blueprint, s->id) };
        const int v = review.snapshot.vertexOf(s->id);
        if (v >= 0 && review.queueing && size_t(v) < review.queueing->steps.size()) {
            const analysis::StepFigures &f = review.queueing->steps[size_t(v)];
            row << number(f.visits) << number(f.rho) << number(f.wait)
                << number(
                       f.pWaitOverTolerance[size_t(analysis::indexOf(review.queueing->formula))]);
        } else {
            row << QString() << QString() << QString() << QString();
        }
        row << (rpn.contains(s->id) ? QString::number(rpn.value(s->id)) : QString());
        rows.push_back(row);
    }
    return csvFile(rows);
}

QByteArray findingsCsv(const ReviewData &review)
{
    std::vector<QStringList> rows;
    rows.push_back({ QStringLiteral("severity"), QStringLiteral("code"), QStringLiteral("elements"),
                     QStringLiteral("message"), QStringLiteral("values") });
    for (const analysis::Finding &f : review.findings) {
        QStringList values;
        for (const auto &[name, v] : f.values) {
            const bool isNumber = v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int
                || v.typeId() == QMetaType::LongLong;
            values << name + u'=' + (isNumber ? number(v.toDouble()) : v.toString());
        }
        rows.push_back({ analysis::severityName(f.severity), f.code, f.elements.join(u';'),
                         findingText(f, review.snapshot), values.join(u';') });
    }
    return csvFile(rows);
}

CsvTable parseCsv(const QByteArray &bytes)
{
    CsvTable table;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // The separator: a comma, unless the first line has none.
    QChar separator = u',';
    const qsizetype eol = text.indexOf(u'\n');
    const QStringView first = QStringView(text).left(eol < 0 ? text.size() : eol);
    if (!first.contains(u',')) {
        if (first.contains(u';'))
            separator = u';';
        else if (first.contains(u'\t'))
            separator = u'\t';
    }
    int line = 1, column = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    CsvRow row;
    auto error = [&](int l, int c, const QString &message) {
        table.diagnostics.push_back({ Diagnostic::Severity::Error, message, l, c, {} });
    };
    auto endRow = [&]() {
        const bool blank = row.size() == 1 && row.front().text.isEmpty();
        if (!blank)
            table.rows.push_back(std::move(row));
        row = {};
    };
    while (i <= n) {
        CsvCell cell { {}, line, column };
        if (i < n && text[i] == u'"') {
            ++i;
            ++column;
            bool closed = false;
            while (i < n) {
                const QChar c = text[i];
                if (c == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        cell.text += u'"';
                        i += 2;
                        column += 2;
                        continue;
                    }
                    ++i;
                    ++column;
                    closed = true;
                    break;
                }
                if (c == u'\n') {
                    ++line;
                    column = 1;
                } else {
                    ++column;
                }
                if (c != u'\r')
                    cell.text += c;
                ++i;
            }
            if (!closed) {
                error(cell.line, cell.column,
                      Export::tr("A quoted field is not closed: a '\"' is missing."));
                return table;
            }
            if (i < n && text[i] != separator && text[i] != u'\n' && text[i] != u'\r') {
                error(line, column,
                      Export::tr("Unexpected text after a closing quote; double the quote ('\"\"') "
                                 "to write one inside a quoted field."));
                return table;
            }
        } else {
            while (i < n && text[i] != separator && text[i] != u'\n' && text[i] != u'\r') {
                if (text[i] == u'"') {
                    error(line, column,
                          Export::tr("A quote inside an unquoted field; quote the whole field and "
                                     "double the quote."));
                    return table;
                }
                cell.text += text[i];
                ++i;
                ++column;
            }
        }
        row.push_back(std::move(cell));
        if (i >= n) {
            endRow();
            break;
        }
        if (text[i] == separator) {
            ++i;
            ++column;
            continue;
        }
        // End of line: \r\n, \n or a lone \r.
        if (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n')
            ++i;
        ++i;
        ++line;
        column = 1;
        endRow();
        if (i >= n)
            break;
    }
    return table;
}

} // namespace bp::exporting
