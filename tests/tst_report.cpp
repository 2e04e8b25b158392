// The review report: well-formed self-contained XHTML with the figures, hostile text escaped,
// and a PDF that poppler reads.

#include "exporttestutil.h"

#include "export/report.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace bp;
using namespace bp::exporting;
using namespace bp::test;

class TestReport : public QObject
{
    Q_OBJECT

private:
    Blueprint m_bank;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        m_bank = loadSample("bank-loan.blueprint");
        QVERIFY(m_bank.graph.stepCount() > 5);
    }

    void htmlIsWellFormedAndSelfContained()
    {
        const ReviewData review = reviewAnalysis(m_bank);
        ReportOptions o;
        o.fileName = QStringLiteral("bank-loan.blueprint");
        const QByteArray html = reportHtml(m_bank, review, o);
        QCOMPARE(xmlError(html), QString());
        const QString file = m_dir.filePath(QStringLiteral("report.html"));
        QVERIFY(writeFile(file, html));
        QCOMPARE(runTool(QStringLiteral(XMLLINT_EXECUTABLE), { QStringLiteral("--noout"), file }),
                 0);
        // Self-contained: inline SVG and CSS, nothing fetched.
        QVERIFY(html.contains("<svg"));
        QVERIFY(html.contains("<style>"));
        QVERIFY(!html.contains("src=\""));
        QVERIFY(!html.contains("href=\"http"));
        QVERIFY(!html.contains("<link"));
    }

    void htmlHasTheFigures()
    {
        const ReviewData review = reviewAnalysis(m_bank);
        const QString html = QString::fromUtf8(reportHtml(m_bank, review));
        QVERIFY(review.queueing.has_value());
        // analysis.md §5: capacity 14.1176 per hour, bottleneck interview at 85 %.
        QVERIFY2(html.contains(QStringLiteral("14.12")), "process capacity");
        QVERIFY(html.contains(QStringLiteral("85.0%")));
        QVERIFY(html.contains(QStringLiteral("interview")));
        QVERIFY(html.contains(QStringLiteral("P(failure-free journey)")));
        QVERIFY(html.contains(QStringLiteral("FMEA register")));
        QVERIFY(html.contains(QStringLiteral("Line of visibility")));
        // Findings are ranked: no warning before an error, no info before a warning.
        int last = 2;
        for (const analysis::Finding &f : review.findings) {
            QVERIFY(int(f.severity) <= last);
            last = int(f.severity);
        }
        // Every finding appears, by code.
        for (const analysis::Finding &f : review.findings)
            QVERIFY2(html.contains(f.code), qPrintable(f.code));
    }

    void htmlEscapesHostileText()
    {
        Blueprint b = m_bank;
        b.meta.title = QStringLiteral("<script>alert(1)</script>");
        b.meta.description = QStringLiteral("a & b </p><img src=x onerror=alert(1)>\x02");
        Step s = *b.graph.step(QStringLiteral("interview"));
        s.title = QStringLiteral("Interview <b>now</b> & \"then\"");
        b.graph.updateStep(s);
        const QByteArray html = reportHtml(b, reviewAnalysis(b));
        QCOMPARE(xmlError(html), QString());
        QVERIFY(!html.contains("<script>"));
        QVERIFY(!html.contains("<img"));
        QVERIFY(!html.contains("<b>now"));
        QVERIFY(html.contains("&lt;script&gt;"));
    }

    void reportOfAnInvalidBlueprint()
    {
        Blueprint b = m_bank;
        b.graph.removeStep(QStringLiteral("funded")); // dead ends now
        const ReviewData review = reviewAnalysis(b);
        const QByteArray html = reportHtml(b, review);
        QCOMPARE(xmlError(html), QString());
        QVERIFY(html.contains("n/a"));
    }

    void pdfHasPages()
    {
        const ExportResult r = reportPdf(m_bank, reviewAnalysis(m_bank));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QString file = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(writeFile(file, r.bytes));
        if (tool("pdfinfo").isEmpty())
            QFAIL("pdfinfo not found");
        QVERIFY(pdfInfo(file, QStringLiteral("Pages")).toInt() >= 2);
        QByteArray text;
        if (!tool("pdftotext").isEmpty()) {
            QCOMPARE(runTool(tool("pdftotext"), { file, QStringLiteral("-") }, &text), 0);
            QVERIFY(text.contains("Summary"));
            QVERIFY(text.contains("14.12"));
        }
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
