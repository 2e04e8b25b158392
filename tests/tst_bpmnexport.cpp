// BPMN 2.0 export: well-formed and deterministic, round trips through our own import keep steps,
// flows and lanes (for our samples, byte for byte), and MIWG models keep their counts.

#include "generate/generator.h"
#include "io/bpmnreader.h"
#include "io/bpmnwriter.h"
#include "io/nativereader.h"
#include "io/nativewriter.h"
#include "model/diagnostic.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <pugixml.hpp>

using namespace bp;

Q_DECLARE_METATYPE(bp::AnalysisSettings)

namespace {

QString describe(const Diagnostics &ds)
{
    QString s;
    for (const Diagnostic &d : ds)
        s += formatDiagnostic(QStringLiteral("f"), d) + u'\n';
    return s;
}

QStringList files(const QString &dir, const QString &pattern)
{
    QStringList out;
    for (const QString &f : QDir(dir).entryList({ pattern }, QDir::Files, QDir::Name))
        out << dir + u'/' + f;
    return out;
}

QString examplesDir()
{
    return QStringLiteral(BLUEPRINT_SOURCE_DIR "/resources/examples");
}

QString corpusDir()
{
    return QStringLiteral(BLUEPRINT_SHARED_DIR "/corpus/bpmn-miwg");
}

// Number of elements with this qualified name in a document.
int countElements(const pugi::xml_node &root, const char *name)
{
    int n = 0;
    for (pugi::xml_node c : root.children()) {
        if (c.type() != pugi::node_element)
            continue;
        n += std::strcmp(c.name(), name) == 0;
        n += countElements(c, name);
    }
    return n;
}

QHash<StepKind, int> kindCounts(const Blueprint &bp)
{
    QHash<StepKind, int> k;
    for (const Step *s : bp.graph.steps())
        ++k[s->kind];
    return k;
}

} // namespace

class TestBpmnExport : public QObject
{
    Q_OBJECT

private slots:
    void samples_data();
    void samples();
    void corpusKeepsCounts_data();
    void corpusKeepsCounts();
    void generatedRoundTrip_data();
    void generatedRoundTrip();
    void hostileTextAndIdClashes();
    void savedAtomically();
    void analysisSettingsSurvive_data();
    void analysisSettingsSurvive();
    void badAnalysisValueIsIgnored();
};

void TestBpmnExport::samples_data()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = files(examplesDir(), QStringLiteral("*.blueprint"));
    QVERIFY(paths.size() >= 4);
    for (const QString &p : paths)
        QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
}

void TestBpmnExport::samples()
{
    QFETCH(QString, path);
    const ReadResult original = readNativeFile(path);
    QVERIFY2(original.ok(), qPrintable(describe(original.diagnostics)));
    const Blueprint &bp = *original.blueprint;

    const QByteArray bytes = writeBpmn(bp);
    QCOMPARE(writeBpmn(bp), bytes); // deterministic

    // Well-formed, and the shape BPMN tools expect.
    pugi::xml_document doc;
    QVERIFY(doc.load_buffer(bytes.constData(), size_t(bytes.size())));
    const pugi::xml_node root = doc.document_element();
    QCOMPARE(QString::fromUtf8(root.name()), QStringLiteral("bpmn:definitions"));
    QCOMPARE(countElements(root, "bpmn:process"), 1);
    QCOMPARE(countElements(root, "bpmn:lane"), int(bp.lanes().size()));
    int evidence = 0;
    int evidenceLinks = 0;
    for (const Step *s : bp.graph.steps())
        evidence += s->kind == StepKind::Evidence;
    for (const Flow *f : bp.graph.flows())
        evidenceLinks += f->kind == FlowKind::Evidence;
    QCOMPARE(countElements(root, "bpmn:dataObjectReference"), evidence);
    QCOMPARE(countElements(root, "bpmn:association"), evidenceLinks);
    QCOMPARE(countElements(root, "bpmn:sequenceFlow"), int(bp.graph.flowCount()) - evidenceLinks);
    // A shape for the pool, every lane and every step; an edge for every flow.
    QCOMPARE(countElements(root, "bpmndi:BPMNShape"),
             1 + int(bp.lanes().size()) + int(bp.graph.stepCount()));
    QCOMPARE(countElements(root, "bpmndi:BPMNEdge"), int(bp.graph.flowCount()));

    // Round trip: the same model, to the byte.
    BpmnImportReport report;
    const ReadResult back = readBpmn(bytes, {}, &report);
    QVERIFY2(back.ok(), qPrintable(describe(back.diagnostics)));
    QVERIFY2(back.diagnostics.isEmpty(), qPrintable(describe(back.diagnostics)));
    QCOMPARE(test::allIds(*back.blueprint), test::allIds(bp));
    for (const Flow *f : bp.graph.flows())
        QCOMPARE(back.blueprint->graph.flow(f->id)->kind, f->kind);
    for (const Step *s : bp.graph.steps()) {
        QCOMPARE(back.blueprint->graph.step(s->id)->kind, s->kind);
        QCOMPARE(back.blueprint->graph.step(s->id)->lane, s->lane);
    }
    QCOMPARE(QString::fromUtf8(writeNative(*back.blueprint)), QString::fromUtf8(writeNative(bp)));
}

void TestBpmnExport::corpusKeepsCounts_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &p : files(corpusDir(), QStringLiteral("*.bpmn")))
        QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
}

void TestBpmnExport::corpusKeepsCounts()
{
    QFETCH(QString, path);
    const ReadResult first = readBpmnFile(path);
    QVERIFY2(first.ok(), qPrintable(describe(first.diagnostics)));
    const Blueprint &a = *first.blueprint;
    const QByteArray bytes = writeBpmn(a);
    const ReadResult second = readBpmn(bytes);
    QVERIFY2(second.ok(), qPrintable(describe(second.diagnostics)));
    // Our own export leaves nothing out.
    for (const Diagnostic &d : second.diagnostics)
        QVERIFY2(d.severity == Diagnostic::Severity::Info,
                 qPrintable(describe(second.diagnostics)));
    const Blueprint &b = *second.blueprint;
    QCOMPARE(b.graph.stepCount(), a.graph.stepCount());
    QCOMPARE(b.graph.flowCount(), a.graph.flowCount());
    QCOMPARE(b.lanes().size(), a.lanes().size());
    QCOMPARE(kindCounts(b), kindCounts(a));
    QCOMPARE(test::allIds(b), test::allIds(a));
    // And the second export is the first one again.
    QCOMPARE(writeBpmn(b), bytes);
}

void TestBpmnExport::generatedRoundTrip_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("small") << 12 << quint64(1);
    QTest::newRow("2000 steps") << 2000 << quint64(7);
}

void TestBpmnExport::generatedRoundTrip()
{
    // Evidence steps and links spread among the others: creation order survives the trip.
    QFETCH(int, steps);
    QFETCH(quint64, seed);
    const Blueprint bp = generateBlueprint(steps, seed);
    const ReadResult back = readBpmn(writeBpmn(bp));
    QVERIFY2(back.ok(), qPrintable(describe(back.diagnostics)));
    QCOMPARE(writeNative(*back.blueprint), writeNative(bp));
}

void TestBpmnExport::hostileTextAndIdClashes()
{
    Blueprint bp = test::sampleBlueprint();
    bp.meta.title = QStringLiteral("A <b>&amp; \"quoted\" title\x01 with a control character");
    // Ids that the exporter would otherwise use for its own elements.
    Step clash = test::makeStep(QStringLiteral("Process_1"), QStringLiteral("front"),
                                StepKind::Action, QStringLiteral("x\x02y"));
    bp.graph.addStep(clash);
    bp.graph.addFlow(test::makeFlow(QStringLiteral("Participant_1"), QStringLiteral("check"),
                                    QStringLiteral("Process_1")));
    const QByteArray bytes = writeBpmn(bp);
    QVERIFY(!bytes.contains('\x01'));
    QVERIFY(!bytes.contains('\x02'));
    pugi::xml_document doc;
    QVERIFY(doc.load_buffer(bytes.constData(), size_t(bytes.size())));
    const ReadResult back = readBpmn(bytes);
    QVERIFY2(back.ok(), qPrintable(describe(back.diagnostics)));
    QVERIFY(back.blueprint->graph.step(QStringLiteral("Process_1")));
    QVERIFY(back.blueprint->graph.flow(QStringLiteral("Participant_1")));
    QCOMPARE(back.blueprint->meta.title,
             QStringLiteral("A <b>&amp; \"quoted\" title with a control character"));
    QCOMPARE(test::allIds(*back.blueprint), test::allIds(bp));
}

void TestBpmnExport::savedAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loan.bpmn"));
    const Blueprint bp = test::sampleBlueprint();
    const SaveResult saved = saveBpmn(path, bp);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), writeBpmn(bp));
    // A save that fails leaves the file as it was.
    SaveFault::setHook([](SaveFault::Stage stage, qint64, qint64) {
        return stage == SaveFault::Stage::Write ? SaveFault::Action::Fail
                                                : SaveFault::Action::Proceed;
    });
    Blueprint changed = bp;
    changed.meta.title = QStringLiteral("changed");
    const SaveResult failed = saveBpmn(path, changed);
    SaveFault::setHook(nullptr);
    QVERIFY(!failed.ok);
    QVERIFY(!failed.error.isEmpty());
    f.close();
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), writeBpmn(bp));
}

void TestBpmnExport::analysisSettingsSurvive_data()
{
    QTest::addColumn<AnalysisSettings>("settings");
    QTest::addColumn<QByteArray>("element"); // expected in the BPMN; empty: no bs:analysis
    QTest::newRow("defaults") << AnalysisSettings {} << QByteArray();
    AnalysisSettings s;
    s.waitModel = WaitModel::Exact;
    s.rpnThreshold = 80;
    QTest::newRow("wait model and rpn")
        << s << QByteArray("<bs:analysis wait-model=\"exact\" rpn-threshold=\"80\" />");
    s.busy = 0.5;
    s.high = 0.6;
    s.critical = 0.7;
    s.severityThreshold = 7;
    s.targetUtilisation = 0.65;
    s.backlogHorizon = 90;
    s.tieTolerance = 1e-7;
    s.pingPongWindow = 6;
    s.flexibleRoutingGain = 1.2;
    s.probabilityTolerance = 1e-4;
    QTest::newRow("every setting") << s << QByteArray("<bs:analysis wait-model=\"exact\" busy=");
}

void TestBpmnExport::analysisSettingsSurvive()
{
    // .blueprint -> .bpmn -> .blueprint keeps the document's analysis settings, to the byte.
    QFETCH(AnalysisSettings, settings);
    QFETCH(QByteArray, element);
    Blueprint bp = test::sampleBlueprint();
    bp.analysisSettings = settings;
    const QByteArray bytes = writeBpmn(bp);
    if (element.isEmpty())
        QVERIFY(!bytes.contains("bs:analysis"));
    else
        QVERIFY2(bytes.contains(element), bytes.constData());
    const ReadResult back = readBpmn(bytes);
    QVERIFY2(back.ok(), qPrintable(describe(back.diagnostics)));
    QVERIFY2(back.diagnostics.isEmpty(), qPrintable(describe(back.diagnostics)));
    QVERIFY(back.blueprint->analysisSettings == settings);
    QCOMPARE(QString::fromUtf8(writeNative(*back.blueprint)), QString::fromUtf8(writeNative(bp)));
}

void TestBpmnExport::badAnalysisValueIsIgnored()
{
    // BPMN is foreign input: a bad value is a warning at its attribute, and the rest is kept.
    Blueprint bp = test::sampleBlueprint();
    bp.analysisSettings.busy = 0.5;
    bp.analysisSettings.rpnThreshold = 80;
    QByteArray bytes = writeBpmn(bp);
    QVERIFY(bytes.contains("busy=\"0.5\""));
    bytes.replace("busy=\"0.5\"", "busy=\"5\"");
    const ReadResult back = readBpmn(bytes);
    QVERIFY2(back.ok(), qPrintable(describe(back.diagnostics)));
    QCOMPARE(back.diagnostics.size(), 1);
    QCOMPARE(back.diagnostics.first().severity, Diagnostic::Severity::Warning);
    QVERIFY2(back.diagnostics.first().message.contains(QStringLiteral("busy=\"5\"")),
             qPrintable(describe(back.diagnostics)));
    QCOMPARE(back.blueprint->analysisSettings.busy, AnalysisSettings {}.busy);
    QCOMPARE(back.blueprint->analysisSettings.rpnThreshold, 80);
}

QTEST_GUILESS_MAIN(TestBpmnExport)
#include "tst_bpmnexport.moc"
