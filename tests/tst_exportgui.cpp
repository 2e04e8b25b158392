// The editor's side of the exports: printing through QPrinter (driven to PDF output, never a
// real printer), the Export dialog's writer, and the File menu entries.

#include "exporttestutil.h"
#include "guitestutil.h"

#include "document/document.h"
#include "exportdialog.h"
#include "mainwindow.h"

#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QtTest>

using namespace bp;
using namespace bp::exporting;

class TestExportGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_settings;
    QTemporaryDir m_dir;
    Blueprint m_bank;

private slots:
    void initTestCase()
    {
        m_settings = test::isolateSettings();
        m_bank = test::loadSample("bank-loan.blueprint");
        QVERIFY(m_bank.graph.stepCount() > 5);
    }

    void printToPdf_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<bool>("devicePage");
        QTest::addColumn<bool>("manyPages");
        QTest::newRow("fit on the printer's page") << int(PageMode::Fit) << true << false;
        QTest::newRow("A4 tiles") << int(PageMode::A4) << false << true;
        QTest::newRow("tiles on the printer's page") << int(PageMode::A4) << true << true;
    }
    void printToPdf()
    {
        QFETCH(int, page);
        QFETCH(bool, devicePage);
        QFETCH(bool, manyPages);
        const QString file = m_dir.filePath(QStringLiteral("print.pdf"));
        QFile::remove(file);
        int pages = 0;
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(file);
            printer.setPageSize(QPageSize(QPageSize::A4));
            printer.setPageOrientation(QPageLayout::Portrait);
            ExportOptions o;
            o.page = PageMode(page);
            o.devicePage = devicePage;
            o.overlay = true;
            pages = printDiagram(&printer, m_bank, o);
        }
        QVERIFY(pages >= 1);
        QCOMPARE(pages > 1, manyPages);
        if (test::tool("pdfinfo").isEmpty())
            QFAIL("pdfinfo not found");
        QCOMPARE(test::pdfInfo(file, QStringLiteral("Pages")), QString::number(pages));
        QVERIFY(test::pdfInfo(file, QStringLiteral("Page size")).contains(u"A4"));
    }

    void exportDiagramTo()
    {
        ExportOptions o;
        o.overlay = true;
        const QString svg = m_dir.filePath(QStringLiteral("dialog.svg"));
        QCOMPARE(ExportDialog::exportDiagramTo(m_bank, svg, o), QString());
        QCOMPARE(test::xmlError(test::readFile(svg)), QString());
        QVERIFY(!ExportDialog::exportDiagramTo(m_bank, m_dir.filePath(QStringLiteral("x.gif")), o)
                     .isEmpty());
        o.scale = 100;
        QVERIFY(ExportDialog::exportDiagramTo(m_bank, m_dir.filePath(QStringLiteral("x.png")), o)
                    .contains(QStringLiteral("20000")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    }

    void dialogOptions()
    {
        Document document(m_bank);
        ExportDialog dialog(&document, { QStringLiteral("interview") });
        const ExportOptions o = dialog.options();
        QVERIFY(o.selection.isEmpty()); // whole diagram by default
        QVERIFY(o.headers);
        QCOMPARE(dialog.format(), DiagramFormat::Svg);
    }

    void fileMenuHasTheEntries()
    {
        MainWindow w;
        for (const char *name :
             { "actionExportDiagram", "actionExportReport", "actionExportStepsCsv",
               "actionExportFindingsCsv", "actionImportCsv", "actionPrintPreview", "actionPrint" })
            QVERIFY2(w.findChild<QAction *>(QLatin1String(name)), name);
    }
};

QTEST_MAIN(TestExportGui)
#include "tst_exportgui.moc"
