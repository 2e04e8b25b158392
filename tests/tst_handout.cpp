// Walkthrough handouts: the journey order of the bank sample, one PDF page per step (checked
// with pdfinfo), one PNG per step, and atomic writing.

#include "guitestutil.h"
#include "io/nativereader.h"
#include "walkthrough/handout.h"
#include "walkthrough/walkthrough.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace bp;

class TestHandout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bankJourneyOrder();
    void bankPausePoints();
    void pdfHasOnePagePerStep();
    void pngsOnePerStep();
    void emptyBlueprintWritesNothing();

private:
    Blueprint m_bank;
};

void TestHandout::initTestCase()
{
    const ReadResult result = readNativeFile(test::samplePath("bank-loan.blueprint"));
    QVERIFY(result.ok());
    m_bank = *result.blueprint;
}

void TestHandout::bankJourneyOrder()
{
    // The most likely branch first; a merge (underwrite, contract) only after all its inputs;
    // the document-check rework back to the interview is walked once.
    const std::vector<ElementId> order = walkthrough::journeyOrder(m_bank);
    const QStringList ids(order.begin(), order.end());
    QCOMPARE(ids.join(u' '),
             QStringLiteral("arrive greet form interview docver credit manual_lookup underwrite "
                            "senior contract disburse funded decline declined_exit"));
}

void TestHandout::bankPausePoints()
{
    const walkthrough::Walkthrough tour = walkthrough::buildWalkthrough(m_bank);
    QCOMPARE(int(tour.stops.size()), 14);
    const walkthrough::Stop &interview
        = tour.stops[size_t(tour.indexOf(QStringLiteral("interview")))];
    QVERIFY(interview.pause.failPoint);
    QVERIFY2(interview.pause.failCaption.contains(QStringLiteral("fails 5%")),
             qPrintable(interview.pause.failCaption));
    QVERIFY(interview.pause.failCaption.contains(QStringLiteral("nothing routes the customer")));
    QVERIFY(interview.pause.waitPoint);
    QVERIFY2(interview.pause.waitCaption.startsWith(QStringLiteral("Wait point:")),
             qPrintable(interview.pause.waitCaption));
    QVERIFY(interview.pause.waitCaption.contains(QStringLiteral("15 min")));
    // Recovered or not a fail point at all: no pause.
    QVERIFY(!tour.stops[size_t(tour.indexOf(QStringLiteral("credit")))].pauses());
    QVERIFY(!tour.stops[size_t(tour.indexOf(QStringLiteral("greet")))].pause.failPoint);
    QVERIFY(tour.stops[size_t(tour.indexOf(QStringLiteral("disburse")))].pause.failPoint);
    QCOMPARE(tour.stops[size_t(tour.indexOf(QStringLiteral("interview")))].notes,
             m_bank.graph.step(QStringLiteral("interview"))->description);
}

void TestHandout::pdfHasOnePagePerStep()
{
    QTemporaryDir dir;
    const walkthrough::Walkthrough tour = walkthrough::buildWalkthrough(m_bank);
    const QString path = dir.filePath(QStringLiteral("bank.pdf"));
    const walkthrough::HandoutResult result = walkthrough::writeHandoutPdf(m_bank, tour, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.pages, 14);
    QVERIFY(QFileInfo(path).size() > 10000);
    QVERIFY(test::readAll(path).startsWith("%PDF-"));
    QDir().mkpath(QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR));
    QFile::remove(QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR "/bank-walkthrough.pdf"));
    QFile::copy(path, QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR "/bank-walkthrough.pdf"));
    // Nothing but the PDF in the folder: the temporary file of the atomic save is gone.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({ QStringLiteral("bank.pdf") }));

    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        QFAIL("pdfinfo not found (scripts/setup.sh installs poppler-utils)");
    QProcess process;
    process.start(pdfinfo, { path });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpressionMatch pages
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(pages.hasMatch(), qPrintable(info));
    QCOMPARE(pages.captured(1).toInt(), 14);
    QVERIFY2(info.contains(QStringLiteral("Personal loan at a branch")), qPrintable(info));
}

void TestHandout::pngsOnePerStep()
{
    QTemporaryDir dir;
    const walkthrough::Walkthrough tour = walkthrough::buildWalkthrough(m_bank);
    const QString folder = dir.filePath(QStringLiteral("pngs"));
    const walkthrough::HandoutResult result
        = walkthrough::writeHandoutPngs(m_bank, tour, folder, 1200);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.pages, 14);
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 14);
    QCOMPARE(files.first(), QStringLiteral("01-arrive.png"));
    QCOMPARE(files.at(3), QStringLiteral("04-interview.png"));
    const QImage image(QDir(folder).filePath(files.at(3)));
    QCOMPARE(image.width(), 1200);
    QCOMPARE(image.height(), qRound(1200 / std::sqrt(2.0)));
    image.save(QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR "/handout-interview.png"));
    // Different steps give different pictures.
    QVERIFY(image != QImage(QDir(folder).filePath(files.at(4))));
}

void TestHandout::emptyBlueprintWritesNothing()
{
    QTemporaryDir dir;
    Blueprint empty;
    const walkthrough::Walkthrough tour = walkthrough::buildWalkthrough(empty);
    QVERIFY(tour.stops.empty());
    const QString path = dir.filePath(QStringLiteral("empty.pdf"));
    const walkthrough::HandoutResult result = walkthrough::writeHandoutPdf(empty, tour, path);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"
