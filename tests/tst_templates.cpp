// The templates of the gallery: every sample loads, is in canonical form, validates and analyses
// without errors; the new teaching samples make their point (a clear bottleneck, a fail point
// without recovery, a wait point); the gallery lists them all and creates a document from one.

#include "analysis/failure.h"
#include "analysis/queueinganalysis.h"
#include "analysis/snapshot.h"
#include "analysis/validate.h"
#include "document/document.h"
#include "documentio.h"
#include "guitestutil.h"
#include "io/nativereader.h"
#include "io/nativewriter.h"
#include "mainwindow.h"
#include "templategallery.h"
#include "walkthrough/walkthrough.h"
#include "windowmanager.h"

#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using namespace bp;

namespace {
const QStringList newSamples
    = { QStringLiteral("restaurant-dinner.blueprint"),
        QStringLiteral("hospital-outpatient.blueprint"),
        QStringLiteral("it-service-desk.blueprint"), QStringLiteral("online-order.blueprint") };

QStringList allSamples()
{
    return QDir(QStringLiteral(BLUEPRINT_SOURCE_DIR "/resources/examples"))
        .entryList({ QStringLiteral("*.blueprint") }, QDir::Files, QDir::Name);
}
} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleIsCanonicalAndValid_data();
    void sampleIsCanonicalAndValid();
    void teachingSampleMakesItsPoint_data();
    void teachingSampleMakesItsPoint();
    void everySampleIsATemplate();
    void galleryListsTemplatesAndCreates();

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

void TestTemplates::initTestCase()
{
    m_settings = test::isolateSettings();
    QVERIFY(allSamples().size() >= 8);
}

void TestTemplates::sampleIsCanonicalAndValid_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : allSamples())
        QTest::newRow(qPrintable(name)) << name;
}

void TestTemplates::sampleIsCanonicalAndValid()
{
    QFETCH(QString, name);
    const QByteArray bytes = test::readAll(test::samplePath(qPrintable(name)));
    const ReadResult result = readNative(bytes);
    QVERIFY(result.ok());
    for (const Diagnostic &d : result.diagnostics)
        QVERIFY2(d.isError() == false, qPrintable(d.message));
    QVERIFY2(result.diagnostics.empty(), "a sample loads without warnings");
    const QByteArray written = writeNative(*result.blueprint);
    if (written != bytes) {
        // Leave the canonical form where it can be looked at (and copied).
        QDir().mkpath(QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR "/canonical"));
        QFile out(QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR "/canonical/") + name);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(written);
    }
    QVERIFY2(written == bytes, "the sample is byte-identical to what the writer produces");
    QVERIFY(!result.blueprint->meta.title.isEmpty());
    QVERIFY(!result.blueprint->meta.description.isEmpty());

    const analysis::Snapshot snapshot = analysis::Snapshot::of(*result.blueprint);
    const analysis::ValidationResult validation = analysis::validate(snapshot);
    for (const analysis::Finding &f : validation.findings)
        QVERIFY2(f.severity != analysis::Severity::Error, qPrintable(f.code));
    const analysis::QueueingResult queueing = analysis::analyseQueueing(snapshot);
    QVERIFY(queueing.visits.ok);
    QVERIFY(queueing.flowTime.has_value());
    QVERIFY(queueing.maxUtilisation && *queueing.maxUtilisation < 1.0);
    for (const analysis::Finding &f : queueing.findings)
        QVERIFY2(f.severity != analysis::Severity::Error, qPrintable(f.code));
    const analysis::FailureResult failures = analysis::analyseFailures(
        snapshot, queueing.visits.v, {}, nullptr, &validation.joinOfFork);
    QVERIFY(failures.failureFreeOk);
    QVERIFY(!walkthrough::findPausePoints(*result.blueprint).analysisIncomplete);
}

void TestTemplates::teachingSampleMakesItsPoint_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : newSamples)
        QTest::newRow(qPrintable(name)) << name;
}

void TestTemplates::teachingSampleMakesItsPoint()
{
    QFETCH(QString, name);
    const ReadResult result = readNativeFile(test::samplePath(qPrintable(name)));
    QVERIFY(result.ok());
    const Blueprint &blueprint = *result.blueprint;
    QVERIFY(blueprint.meta.description.contains(QStringLiteral("It teaches")));
    const analysis::Snapshot snapshot = analysis::Snapshot::of(blueprint);
    const analysis::QueueingResult q = analysis::analyseQueueing(snapshot);

    // A clear bottleneck: one pool between 0.8 and 0.95, the next one well below.
    QCOMPARE(int(q.bottlenecks.size()), 1);
    const double top = *q.maxUtilisation;
    double second = 0;
    for (size_t p = 0; p < q.pools.size(); ++p) {
        if (int(p) != q.bottlenecks.front() && q.pools[p].rho)
            second = std::max(second, *q.pools[p].rho);
    }
    const QString bottleneck = snapshot.poolId(q.bottlenecks.front());
    qInfo("%s: bottleneck %s rho %.3f (next %.3f), T %.1f min, T0 %.1f min", qPrintable(name),
          qPrintable(bottleneck), top, second, *q.flowTime, q.theoreticalFlowTime);
    QVERIFY2(top >= 0.8 && top <= 0.95, qPrintable(QString::number(top)));
    QVERIFY2(top - second >= 0.05, qPrintable(QString::number(second)));

    const walkthrough::PausePoints points = walkthrough::findPausePoints(blueprint);
    int fail = 0, wait = 0;
    for (auto it = points.steps.cbegin(); it != points.steps.cend(); ++it) {
        fail += it->failPoint ? 1 : 0;
        wait += it->waitPoint ? 1 : 0;
        if (it->failPoint)
            qInfo("  %s", qPrintable(it->failCaption));
        if (it->waitPoint)
            qInfo("  %s", qPrintable(it->waitCaption));
    }
    QVERIFY(fail >= 1);
    QVERIFY(wait >= 1);
    // And a recovered fail point to contrast with, except where the design has none.
    const auto audit = analysis::recoveryAudit(snapshot);
    QVERIFY(std::any_of(audit.begin(), audit.end(), [](const auto &p) { return p.recovered; }));
    // Evidence items and a demand, as a realistic sample has.
    QVERIFY(blueprint.demand && blueprint.demand->arrivalRate);
    QVERIFY(!snapshot.evidenceLinks().empty());
}

void TestTemplates::everySampleIsATemplate()
{
    const QList<TemplateInfo> templates = availableTemplates();
    QCOMPARE(int(templates.size()), int(allSamples().size()));
    for (const TemplateInfo &t : templates) {
        Document document(Blueprint {});
        QVERIFY(loadTemplate(document, t.path).ok);
        QCOMPARE(document.blueprint().meta.title, t.title);
    }
}

void TestTemplates::galleryListsTemplatesAndCreates()
{
    MainWindow *w = WindowManager::instance()->createWindow();
    QVERIFY(w->isUntouched());
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTest::keySequence(w, QKeySequence(QKeySequence::New)); // New opens the gallery
    auto *gallery = w->findChild<TemplateGallery *>();
    QVERIFY(gallery);
    QTRY_VERIFY(gallery->isVisible());
    QListWidget *list = gallery->list();
    QCOMPARE(list->count(), 1 + int(availableTemplates().size()));
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Blank blueprint")));
    QVERIFY(gallery->selectedPath().isEmpty());
    int restaurant = -1;
    for (int i = 0; i < list->count(); ++i) {
        QVERIFY(!list->item(i)->icon().isNull());
        QVERIFY(list->item(i)->text().contains(u'\n')); // title, then what it teaches
        if (list->item(i)->text().startsWith(QStringLiteral("Dinner at a casual restaurant")))
            restaurant = i;
    }
    QVERIFY(restaurant > 0);
    const QImage thumb = list->item(restaurant)->icon().pixmap(QSize(256, 144)).toImage();
    QVERIFY(thumb.pixelColor(128, 72) != thumb.pixelColor(2, 2) || thumb.width() > 0);
    list->setCurrentRow(restaurant);
    auto *create = gallery->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(create);
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(w->document()->blueprint().meta.title,
             QStringLiteral("Dinner at a casual restaurant"));
    QVERIFY(w->document()->fileName().isEmpty());
    QVERIFY(!w->document()->isModified());
    w->close();
}

QTEST_MAIN(TestTemplates)
#include "tst_templates.moc"
