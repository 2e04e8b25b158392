// Diagram exports (SVG, PNG, PDF) and `blueprint export`: well-formed files that real readers
// render at the expected size, page counts, limits, the golden SVG of the bank sample.

#include "exporttestutil.h"

#include "export/diagramexport.h"
#include "export/reviewdata.h"
#include "generate/generator.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace bp;
using namespace bp::exporting;
using namespace bp::test;

class TestExport : public QObject
{
    Q_OBJECT

private:
    Blueprint m_bank;
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        m_bank = loadSample("bank-loan.blueprint");
        QVERIFY(m_bank.graph.stepCount() > 5);
        QVERIFY(m_dir.isValid());
    }

    void svgIsWellFormedAndRenders_data()
    {
        QTest::addColumn<bool>("overlay");
        QTest::addColumn<bool>("headers");
        QTest::addColumn<bool>("transparent");
        QTest::newRow("plain") << false << true << false;
        QTest::newRow("overlay") << true << true << false;
        QTest::newRow("no headers") << false << false << false;
        QTest::newRow("transparent overlay") << true << false << true;
    }
    void svgIsWellFormedAndRenders()
    {
        QFETCH(bool, overlay);
        QFETCH(bool, headers);
        QFETCH(bool, transparent);
        ExportOptions o;
        o.overlay = overlay;
        o.headers = headers;
        o.transparent = transparent;
        const DiagramPicture picture(m_bank, o, overlayData(m_bank));
        const ExportResult r = exportSvg(picture, o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(xmlError(r.bytes), QString());
        QVERIFY(r.bytes.contains("viewBox=\"0 0 "));
        QVERIFY(r.bytes.contains("<title>"));
        QVERIFY(r.bytes.contains("<desc>"));
        // Text as text: the title of a step is searchable in the file.
        const Step *step = m_bank.graph.steps().at(1);
        QVERIFY(r.bytes.contains("<text"));
        QVERIFY2(r.bytes.contains(step->title.toHtmlEscaped().left(6).toUtf8()),
                 qPrintable(step->title));
        if (overlay)
            QVERIFY(r.bytes.contains(">F</text>") || r.bytes.contains(">F<"));
        const QString svg = path(QStringLiteral("plain.svg"));
        QVERIFY(writeFile(svg, r.bytes));
        QCOMPARE(runTool(QStringLiteral(XMLLINT_EXECUTABLE), { QStringLiteral("--noout"), svg }),
                 0);
        const QString rsvg = tool("rsvg-convert");
        if (rsvg.isEmpty())
            QFAIL("rsvg-convert not found (scripts/setup.sh installs librsvg2-bin)");
        const QString png = path(QStringLiteral("plain-rsvg.png"));
        QCOMPARE(runTool(rsvg, { QStringLiteral("-o"), png, svg }), 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), int(std::ceil(picture.size().width())));
        QCOMPARE(image.height(), int(std::ceil(picture.size().height())));
        // Something was drawn: the middle of the picture is not all one colour.
        QSet<QRgb> colours;
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, image.height() / 3));
        QVERIFY(colours.size() > 3);
    }

    void svgEscapesHostileText()
    {
        Blueprint b = m_bank;
        b.meta.title = QStringLiteral("<script>alert('x')</script> & \x01 \"q\"");
        Step s = *b.graph.steps().at(1);
        s.title = QStringLiteral("A < B & C > D \"quoted\"");
        b.graph.updateStep(s);
        const ExportOptions o;
        const ExportResult r = exportSvg(DiagramPicture(b, o), o);
        QCOMPARE(xmlError(r.bytes), QString());
        QVERIFY(!r.bytes.contains("<script>"));
    }

    void pngSizes_data()
    {
        QTest::addColumn<double>("scale");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<double>("factor");
        QTest::newRow("scale 1") << 1.0 << 0.0 << 1.0;
        QTest::newRow("scale 2") << 2.0 << 0.0 << 2.0;
        QTest::newRow("scale 0.5") << 0.5 << 0.0 << 0.5;
        QTest::newRow("300 dpi") << 1.0 << 300.0 << 300.0 / 96.0;
        QTest::newRow("48 dpi") << 1.0 << 48.0 << 0.5;
    }
    void pngSizes()
    {
        QFETCH(double, scale);
        QFETCH(double, dpi);
        QFETCH(double, factor);
        ExportOptions o;
        o.scale = scale;
        if (dpi > 0)
            o.dpi = dpi;
        const DiagramPicture picture(m_bank, o);
        const ExportResult r = exportPng(picture, o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QImage image;
        QVERIFY(image.loadFromData(r.bytes, "PNG"));
        QCOMPARE(image.width(), int(std::ceil(picture.size().width() * factor)));
        QCOMPARE(image.height(), int(std::ceil(picture.size().height() * factor)));
        QCOMPARE(qAlpha(image.pixel(0, 0)), 255);
        if (dpi > 0)
            QCOMPARE(std::lround(image.dotsPerMeterX() * 0.0254), std::lround(dpi));
    }

    void pngTransparent()
    {
        ExportOptions o;
        o.transparent = true;
        const ExportResult r = exportPng(DiagramPicture(m_bank, o), o);
        QImage image;
        QVERIFY(image.loadFromData(r.bytes, "PNG"));
        QVERIFY(image.hasAlphaChannel());
        QCOMPARE(qAlpha(image.pixel(1, 1)), 0); // the margin
        QCOMPARE(qAlpha(image.pixel(image.width() / 2, image.height() / 3)), 255); // a lane
    }

    void pngTooLargeIsRefused()
    {
        // A 10,000-step blueprint at scale 4 would need gigabytes: refused before allocating.
        const Blueprint big = generateBlueprint(10000, 7);
        ExportOptions o;
        o.scale = 4;
        const DiagramPicture picture(big, o);
        QElapsedTimer timer;
        timer.start();
        const ExportResult r = exportPng(picture, o);
        QVERIFY(!r.ok());
        QVERIFY(r.bytes.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("20000")), qPrintable(r.error));
        QVERIFY(timer.elapsed() < 5000);
    }

    void pdfFitIsOnePage()
    {
        ExportOptions o;
        o.overlay = true;
        o.fileName = QStringLiteral("bank-loan.blueprint");
        const DiagramPicture picture(m_bank, o, overlayData(m_bank));
        const ExportResult r = exportPdf(picture, o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.bytes.startsWith("%PDF-"));
        const QString pdf = path(QStringLiteral("fit.pdf"));
        QVERIFY(writeFile(pdf, r.bytes));
        if (tool("pdfinfo").isEmpty())
            QFAIL("pdfinfo not found (poppler-utils)");
        QCOMPARE(pdfInfo(pdf, QStringLiteral("Pages")), QStringLiteral("1"));
        // Page size in points: the picture at 0.75 pt per unit, plus margins and title block.
        const QString size = pdfInfo(pdf, QStringLiteral("Page size"));
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("([0-9.]+) x ([0-9.]+) pts")).match(size);
        QVERIFY2(m.hasMatch(), qPrintable(size));
        const double mm = 72.0 / 25.4;
        QVERIFY(std::abs(m.captured(1).toDouble() - (picture.size().width() * 0.75 + 20 * mm)) < 2);
        QVERIFY(std::abs(m.captured(2).toDouble() - (picture.size().height() * 0.75 + 31 * mm))
                < 2);
        QCOMPARE(runTool(tool("pdftoppm"),
                         { QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-png"), pdf,
                           path(QStringLiteral("fit")) }),
                 0);
        QVERIFY(!QImage(path(QStringLiteral("fit-1.png"))).isNull());
    }

    void pdfTiledPageCount_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<bool>("landscape");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("height");
        QTest::newRow("A4 portrait") << int(PageMode::A4) << false << 210.0 << 297.0;
        QTest::newRow("A4 landscape") << int(PageMode::A4) << true << 297.0 << 210.0;
        QTest::newRow("A3 landscape") << int(PageMode::A3) << true << 420.0 << 297.0;
    }
    void pdfTiledPageCount()
    {
        QFETCH(int, page);
        QFETCH(bool, landscape);
        QFETCH(double, width);
        QFETCH(double, height);
        const Blueprint wide = generateBlueprint(120, 3);
        ExportOptions o;
        o.page = PageMode(page);
        o.landscape = landscape;
        const DiagramPicture picture(wide, o);
        // Printable area: 10 mm margins, an 11 mm title block; 10 mm overlap between tiles.
        const QSizeF area(width - 20, height - 20 - 11);
        const QSizeF sizeMm = picture.size() * (25.4 / 96.0);
        const int columns
            = 1 + int(std::ceil((sizeMm.width() - area.width()) / (area.width() - 10)));
        const int rows = sizeMm.height() <= area.height()
            ? 1
            : 1 + int(std::ceil((sizeMm.height() - area.height()) / (area.height() - 10)));
        QVERIFY(columns > 1); // the test needs a wide blueprint
        const ExportResult r = exportPdf(picture, o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QString pdf = path(QStringLiteral("tiled.pdf"));
        QVERIFY(writeFile(pdf, r.bytes));
        if (tool("pdfinfo").isEmpty())
            QFAIL("pdfinfo not found (poppler-utils)");
        QCOMPARE(pdfInfo(pdf, QStringLiteral("Pages")), QString::number(columns * rows));
        const QString size = pdfInfo(pdf, QStringLiteral("Page size"));
        QVERIFY2(size.contains(page == int(PageMode::A3) ? u"A3" : u"A4"), qPrintable(size));
    }

    void tileGridCounts()
    {
        QCOMPARE(tileGrid({ 100, 50 }, { 100, 50 }, 10), QSize(1, 1));
        QCOMPARE(tileGrid({ 101, 50 }, { 100, 50 }, 10), QSize(2, 1));
        QCOMPARE(tileGrid({ 190, 50 }, { 100, 50 }, 10), QSize(2, 1));
        QCOMPARE(tileGrid({ 191, 91 }, { 100, 50 }, 10), QSize(3, 3));
    }

    void selectionIsCropped()
    {
        ExportOptions all;
        const DiagramPicture whole(m_bank, all);
        ExportOptions o;
        const std::vector<const Step *> steps = m_bank.graph.steps();
        o.selection = { steps.at(1)->id, steps.at(2)->id };
        const DiagramPicture part(m_bank, o);
        QCOMPARE(part.stepCount(), 2);
        QVERIFY(part.size().width() < whole.size().width());
        QCOMPARE(part.size().height(), whole.size().height());
        const ExportResult r = exportSvg(part, o);
        QCOMPARE(xmlError(r.bytes), QString());
        QVERIFY(!r.bytes.contains(steps.at(5)->title.toHtmlEscaped().toUtf8()));
    }

    void overlayOfBank()
    {
        const OverlayData o = overlayData(m_bank);
        int utilisation = 0, fail = 0, bottleneck = 0;
        for (const StepOverlay &s : o.steps) {
            utilisation += s.utilisation.has_value();
            fail += s.failPoint;
            bottleneck += s.bottleneck;
        }
        QVERIFY(utilisation > 3);
        QVERIFY(fail > 0);
        QCOMPARE(bottleneck, 1);
        // analysis.md §5: the interview is the bottleneck at ρ = .85.
        QVERIFY(o.steps.value(QStringLiteral("interview")).bottleneck);
        QCOMPARE(std::round(*o.steps.value(QStringLiteral("interview")).utilisation * 100), 85.0);
    }

    // The bank sample with its overlay, as SVG: compared with tests/data/export-bank-overlay.svg
    // (BLUEPRINT_UPDATE_GOLDEN=1 rewrites it; look at it with rsvg-convert before committing).
    void goldenBankSvg()
    {
        ExportOptions o;
        o.overlay = true;
        const ExportResult r = exportSvg(DiagramPicture(m_bank, o, overlayData(m_bank)), o);
        const QString golden
            = QStringLiteral(BLUEPRINT_SOURCE_DIR "/tests/data/export-bank-overlay.svg");
        if (qEnvironmentVariableIsSet("BLUEPRINT_UPDATE_GOLDEN"))
            QVERIFY(writeFile(golden, r.bytes));
        const QByteArray expected = readFile(golden);
        QVERIFY2(!expected.isEmpty(), "missing golden file; run with BLUEPRINT_UPDATE_GOLDEN=1");
        if (r.bytes != expected) {
            writeFile(path(QStringLiteral("export-bank-overlay.actual.svg")), r.bytes);
            QFAIL(qPrintable(QStringLiteral("the SVG differs from the golden file; actual in %1")
                                 .arg(path(QStringLiteral("export-bank-overlay.actual.svg")))));
        }
    }

    void cliExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("output");
        const QString bank = examplePath("bank-loan.blueprint");
        QTest::newRow("svg") << QStringList { QStringLiteral("export"), bank, QStringLiteral("-o"),
                                              QStringLiteral("a.svg"), QStringLiteral("--overlay") }
                             << 0 << QStringLiteral("a.svg");
        QTest::newRow("png dpi") << QStringList {
            QStringLiteral("export"),       bank,
            QStringLiteral("-o"),           QStringLiteral("a.png"),
            QStringLiteral("--dpi"),        QStringLiteral("150"),
            QStringLiteral("--transparent")
        } << 0 << QStringLiteral("a.png");
        QTest::newRow("pdf a4") << QStringList {
            QStringLiteral("export"),      bank,
            QStringLiteral("-o"),          QStringLiteral("a.pdf"),
            QStringLiteral("--page"),      QStringLiteral("a4"),
            QStringLiteral("--landscape"), QStringLiteral("--no-headers")
        } << 0 << QStringLiteral("a.pdf");
        QTest::newRow("csv steps") << QStringList { QStringLiteral("export"), bank,
                                                    QStringLiteral("-o"), QStringLiteral("s.csv") }
                                   << 0 << QStringLiteral("s.csv");
        QTest::newRow("csv findings")
            << QStringList { QStringLiteral("export"), bank, QStringLiteral("-o"),
                             QStringLiteral("f.csv"), QStringLiteral("--findings") }
            << 0 << QStringLiteral("f.csv");
        QTest::newRow("help") << QStringList { QStringLiteral("export"), QStringLiteral("--help") }
                              << 0 << QString();
        QTest::newRow("no output")
            << QStringList { QStringLiteral("export"), bank } << 2 << QString();
        QTest::newRow("unknown extension")
            << QStringList { QStringLiteral("export"), bank, QStringLiteral("-o"),
                             QStringLiteral("x.gif") }
            << 2 << QStringLiteral("x.gif");
        QTest::newRow("bad scale")
            << QStringList { QStringLiteral("export"),  bank,
                             QStringLiteral("-o"),      QStringLiteral("b.png"),
                             QStringLiteral("--scale"), QStringLiteral("0") }
            << 2 << QStringLiteral("b.png");
        QTest::newRow("bad page") << QStringList {
            QStringLiteral("export"), bank,
            QStringLiteral("-o"),     QStringLiteral("b.pdf"),
            QStringLiteral("--page"), QStringLiteral("a5")
        } << 2 << QStringLiteral("b.pdf");
        QTest::newRow("too large png")
            << QStringList { QStringLiteral("export"),  bank,
                             QStringLiteral("-o"),      QStringLiteral("c.png"),
                             QStringLiteral("--scale"), QStringLiteral("90") }
            << 2 << QStringLiteral("c.png");
        QTest::newRow("missing file")
            << QStringList { QStringLiteral("export"), QStringLiteral("/nonexistent/x.blueprint"),
                             QStringLiteral("-o"), QStringLiteral("d.svg") }
            << 2 << QStringLiteral("d.svg");
        QTest::newRow("report html")
            << QStringList { QStringLiteral("report"), bank, QStringLiteral("-o"),
                             QStringLiteral("r.html") }
            << 0 << QStringLiteral("r.html");
        QTest::newRow("report pdf") << QStringList { QStringLiteral("report"), bank,
                                                     QStringLiteral("-o"), QStringLiteral("r.pdf") }
                                    << 0 << QStringLiteral("r.pdf");
        QTest::newRow("report bad extension")
            << QStringList { QStringLiteral("report"), bank, QStringLiteral("-o"),
                             QStringLiteral("r.txt") }
            << 2 << QStringLiteral("r.txt");
        QTest::newRow("existing output, no --force")
            << QStringList { QStringLiteral("export"), bank, QStringLiteral("-o"),
                             QStringLiteral("a.svg") }
            << 2 << QString();
        QTest::newRow("existing output, --force")
            << QStringList { QStringLiteral("export"), bank, QStringLiteral("-o"),
                             QStringLiteral("a.svg"), QStringLiteral("--force") }
            << 0 << QString();
        QTest::newRow("report help")
            << QStringList { QStringLiteral("report"), QStringLiteral("-h") } << 0 << QString();
    }
    void cliExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, output);
        QStringList resolved = args;
        const int o = int(resolved.indexOf(QStringLiteral("-o")));
        if (o >= 0)
            resolved[o + 1] = path(resolved[o + 1]);
        const CliRun r = runCli(resolved);
        QVERIFY2(r.status == status, qPrintable(r.err));
        if (!output.isEmpty())
            QCOMPARE(QFile::exists(path(output)), status == 0);
        if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")))
            QVERIFY(r.out.contains(QStringLiteral("Usage: blueprint ")));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
