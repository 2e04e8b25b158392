// The analysis foundations: the sparse fixed-point solver, the snapshot of a blueprint and the
// settings a document saves.

#include "analysis/analysis.h"
#include "analysis/linearsolve.h"
#include "analysis/settings.h"
#include "analysis/snapshot.h"
#include "generate/generator.h"
#include "io/nativereader.h"
#include "io/nativewriter.h"

#include <QDir>
#include <QTest>

#include <bit>
#include <limits>
#include <memory>
#include <optional>
#include <random>

using namespace bp;
using namespace bp::analysis;

class TestAnalysisBasics : public QObject
{
    Q_OBJECT

private slots:
    void solvesChainInDependencyOrder();
    void solvesLoopCluster_data();
    void solvesLoopCluster();
    void reportsTrappedLoop();
    void iterativeMatchesDense();
    void snapshotOfBankSample();
    void snapshotKeepsCreationOrderAfterUndo();
    void snapshotCopiesAndMovesKeepTheirIndex();
    void settingsOfDocument_data();
    void settingsOfDocument();
    void runAnalysisUsesDocumentSettings();
    void twoThreadsGiveTheSameResult_data();
    void twoThreadsGiveTheSameResult();
    void optionalDoubleActsAsOptional_data();
    void optionalDoubleActsAsOptional();
    void findingValuesActAsMap_data();
    void findingValuesActAsMap();
};

void TestAnalysisBasics::solvesChainInDependencyOrder()
{
    // x0 = 1, x_i = x_{i-1} · 0.5 built with coefficients listed backwards: the order of the
    // input must not matter, only the dependencies.
    const size_t n = 50;
    std::vector<Coefficient> a;
    for (size_t i = n - 1; i >= 1; --i)
        a.push_back({ static_cast<int>(i), static_cast<int>(i - 1), 0.5 });
    std::vector<double> b(n, 0.0);
    b[0] = 1.0;
    const LinearSolution s = solveFixedPoint(n, a, b);
    QVERIFY(s.ok);
    QCOMPARE(s.largestCluster, size_t(1));
    for (size_t i = 0; i < n; ++i)
        QVERIFY(qAbs(s.x[i] - std::pow(0.5, static_cast<double>(i))) < 1e-15);
}

void TestAnalysisBasics::solvesLoopCluster_data()
{
    QTest::addColumn<double>("r");
    QTest::addColumn<double>("expected");
    // Visits of a step in a rework loop entered once: 1/(1−r) (analysis.md §2.2).
    QTest::newRow("r=0.2") << 0.2 << 1.25;
    QTest::newRow("r=0.5") << 0.5 << 2.0;
    QTest::newRow("r=0.9") << 0.9 << 10.0;
}

void TestAnalysisBasics::solvesLoopCluster()
{
    QFETCH(double, r);
    QFETCH(double, expected);
    // v0 = 1 (entry); v1 = v0 + r·v2; v2 = v1; v3 = (1−r)·v2.
    const std::vector<Coefficient> a
        = { { 1, 0, 1.0 }, { 1, 2, r }, { 2, 1, 1.0 }, { 3, 2, 1 - r } };
    const LinearSolution s = solveFixedPoint(4, a, { 1.0, 0.0, 0.0, 0.0 });
    QVERIFY(s.ok);
    QCOMPARE(s.largestCluster, size_t(2));
    QVERIFY(qAbs(s.x[1] - expected) < 1e-12);
    QVERIFY(qAbs(s.x[2] - expected) < 1e-12);
    QVERIFY(qAbs(s.x[3] - 1.0) < 1e-12);
}

void TestAnalysisBasics::reportsTrappedLoop()
{
    // A loop that never exits: v1 = 1 + v2, v2 = v1 has no solution.
    const std::vector<Coefficient> a = { { 1, 0, 1.0 }, { 1, 2, 1.0 }, { 2, 1, 1.0 } };
    const LinearSolution s = solveFixedPoint(3, a, { 1.0, 0.0, 0.0 });
    QVERIFY(!s.ok);
    QVERIFY(!s.trapped[0]);
    QVERIFY(s.trapped[1]);
    QVERIFY(s.trapped[2]);
    // The same through the iterative path.
    const LinearSolution it = solveFixedPoint(3, a, { 1.0, 0.0, 0.0 }, 1);
    QVERIFY(!it.ok);
    QVERIFY(it.trapped[1]);
}

void TestAnalysisBasics::iterativeMatchesDense()
{
    // A random strongly connected cluster (a ring plus random substochastic chords).
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> pick(0, 59);
    const int n = 60;
    std::vector<Coefficient> a;
    for (int i = 0; i < n; ++i) {
        a.push_back({ (i + 1) % n, i, 0.6 });
        a.push_back({ pick(rng), i, 0.3 });
    }
    std::vector<double> b(static_cast<size_t>(n), 0.0);
    b[0] = 1.0;
    const LinearSolution dense = solveFixedPoint(static_cast<size_t>(n), a, b, 1000);
    const LinearSolution iterative = solveFixedPoint(static_cast<size_t>(n), a, b, 1);
    QVERIFY(dense.ok);
    QVERIFY(iterative.ok);
    QCOMPARE(dense.largestCluster, size_t(n));
    for (size_t i = 0; i < size_t(n); ++i)
        QVERIFY2(qAbs(dense.x[i] - iterative.x[i]) < 1e-9 * std::max(1.0, dense.x[i]),
                 qPrintable(QString::number(i)));
}

void TestAnalysisBasics::snapshotOfBankSample()
{
    const ReadResult r
        = readNativeFile(QStringLiteral(BLUEPRINT_SOURCE_DIR)
                         + QStringLiteral("/resources/examples/bank-loan.blueprint"));
    QVERIFY(r.ok());
    const Snapshot s = Snapshot::of(*r.blueprint);
    QCOMPARE(s.size(), 14); // 11 steps of analysis.md §5.2, one start, two ends; no evidence
    QCOMPARE(s.vertexOf(QStringLiteral("queue_ticket")), -1);
    QCOMPARE(s.starts().size(), size_t(1));
    QCOMPARE(s.ends().size(), size_t(2));
    QCOMPARE(s.node(s.starts().front()).entry, 1.0);
    QCOMPARE(boost::num_edges(s.graph()), size_t(16));
    QCOMPARE(s.evidenceLinks().size(), size_t(4));
    QVERIFY(qAbs(*s.arrivals().lambda - 0.2) < 1e-15); // 12/h in customers per minute

    const Node &interview = s.node(s.vertexOf(QStringLiteral("interview")));
    QCOMPARE(interview.servers, 3);
    QVERIFY(!interview.infinite);
    QCOMPARE(interview.time, 10.2);
    QCOMPARE(interview.level, 2);
    QVERIFY(interview.customerPresent);
    QCOMPARE(*interview.tolerance, 15.0);
    QCOMPARE(s.poolId(interview.pool), QStringLiteral("interview"));
    QCOMPARE(s.title(s.vertexOf(QStringLiteral("interview"))), QStringLiteral("Loan interview"));
    QCOMPARE(s.poolTitle(interview.pool), QStringLiteral("Loan interview"));
    QCOMPARE(s.title(-1), QString());
    QCOMPARE(s.title(s.size()), QString());
    QVERIFY(s.node(s.vertexOf(QStringLiteral("form"))).infinite);
    QCOMPARE(s.node(s.vertexOf(QStringLiteral("greet"))).servers, 1);
    // Ids are the snapshot's own copies: the analysis never touches the document's strings.
    const Step *modelInterview = r.blueprint->graph.step(QStringLiteral("interview"));
    QVERIFY(modelInterview);
    QCOMPARE(interview.id, modelInterview->id);
    QVERIFY(interview.id.constData() != modelInterview->id.constData());

    // Implied probabilities: the only routing flow of its source carries p = 1.
    for (auto [e, end] = boost::edges(s.graph()); e != end; ++e)
        QVERIFY2(s.graph()[*e].p.has_value(), qPrintable(s.graph()[*e].id));
}

namespace {

/// Everything of a snapshot's shape in order: vertex ids, pools, and each edge with its ends.
QStringList shapeOf(const Snapshot &s)
{
    QStringList shape;
    for (int v = 0; v < s.size(); ++v)
        shape << s.node(v).id + u'@' + QString::number(s.node(v).pool);
    for (int p = 0; p < int(s.pools().size()); ++p) {
        QString steps;
        for (int v : s.pools()[size_t(p)].steps)
            steps += QString::number(v) + u',';
        shape << s.poolId(p) + u'/' + s.poolTitle(p) + u':' + steps;
    }
    for (auto [e, end] = boost::edges(s.graph()); e != end; ++e)
        shape << s.graph()[*e].id + u'=' + s.node(int(boost::source(*e, s.graph()))).id + u'>'
                + s.node(int(boost::target(*e, s.graph()))).id + u' '
                + QString::number(s.graph()[*e].p.value_or(-1));
    for (const EvidenceLink &l : s.evidenceLinks())
        shape << l.id;
    return shape;
}

Blueprint bankSample()
{
    const ReadResult r
        = readNativeFile(QStringLiteral(BLUEPRINT_SOURCE_DIR)
                         + QStringLiteral("/resources/examples/bank-loan.blueprint"));
    return r.ok() ? *r.blueprint : Blueprint();
}

} // namespace

void TestAnalysisBasics::snapshotKeepsCreationOrderAfterUndo()
{
    // Removing a step with its flows and putting them back (what undo of a delete does) moves
    // them to the end of the graph's lists; the snapshot still lists them in creation order.
    const Blueprint original = bankSample();
    QVERIFY(original.graph.stepCount() > 0);
    Blueprint restored = original;
    const Step interview = *restored.graph.step(QStringLiteral("interview"));
    const std::vector<Flow> removed = restored.graph.removeStep(interview.id);
    QVERIFY(removed.size() >= 2);
    QVERIFY(restored.graph.addStep(interview));
    for (auto it = removed.rbegin(); it != removed.rend(); ++it)
        QVERIFY(restored.graph.addFlow(*it));
    QCOMPARE(restored, original);

    const QStringList expected = shapeOf(Snapshot::of(original));
    QCOMPARE(shapeOf(Snapshot::of(restored)), expected);
    QVERIFY(expected.size() > 30);
}

void TestAnalysisBasics::snapshotCopiesAndMovesKeepTheirIndex()
{
    const Blueprint bank = bankSample();
    auto first = std::make_unique<Snapshot>(Snapshot::of(bank));
    const int interview = first->vertexOf(QStringLiteral("interview"));
    QVERIFY(interview >= 0);

    // The id index reads ids through the graph of the snapshot that owns it: copies and moves
    // must find them in their own graph after the source is gone.
    Snapshot copy = *first;
    Snapshot assigned;
    assigned = *first;
    Snapshot moved = std::move(*first);
    first.reset();
    for (const Snapshot *s : { &copy, &assigned, &moved }) {
        QCOMPARE(s->vertexOf(QStringLiteral("interview")), interview);
        QCOMPARE(s->vertexOf(QStringLiteral("nothing")), -1);
        QCOMPARE(s->size(), 14);
    }
    Snapshot moveAssigned;
    moveAssigned = std::move(copy);
    QCOMPARE(moveAssigned.vertexOf(QStringLiteral("interview")), interview);
    QCOMPARE(shapeOf(moveAssigned), shapeOf(moved));

    // keepEdges leaves the vertices and their index alone.
    moveAssigned.keepEdges([](const Edge &e) { return e.kind == FlowKind::Flow; });
    QCOMPARE(moveAssigned.vertexOf(QStringLiteral("interview")), interview);
    QVERIFY(boost::num_edges(moveAssigned.graph()) < boost::num_edges(moved.graph()));
}

void TestAnalysisBasics::settingsOfDocument_data()
{
    QTest::addColumn<TimeUnit>("unit");
    QTest::addColumn<std::optional<double>>("horizon");
    QTest::addColumn<double>("minutes");
    // The horizon is in the document's unit, like every duration of the file; unset: 8 hours.
    QTest::newRow("unset, minutes") << TimeUnit::Minutes << std::optional<double>() << 480.0;
    QTest::newRow("unset, hours") << TimeUnit::Hours << std::optional<double>() << 480.0;
    QTest::newRow("unset, seconds") << TimeUnit::Seconds << std::optional<double>() << 480.0;
    QTest::newRow("30 min") << TimeUnit::Minutes << std::optional<double>(30.0) << 30.0;
    QTest::newRow("6 h") << TimeUnit::Hours << std::optional<double>(6.0) << 360.0;
    QTest::newRow("600 s") << TimeUnit::Seconds << std::optional<double>(600.0) << 10.0;
}

void TestAnalysisBasics::settingsOfDocument()
{
    QFETCH(TimeUnit, unit);
    QFETCH(std::optional<double>, horizon);
    QFETCH(double, minutes);
    // A new document's settings are the analysis' defaults.
    QVERIFY(settingsOf(AnalysisSettings {}, unit) == Settings {});

    AnalysisSettings d;
    d.waitModel = WaitModel::SakasegawaQna;
    d.busy = 0.5;
    d.high = 0.6;
    d.critical = 0.7;
    d.rpnThreshold = 80;
    d.severityThreshold = 7;
    d.targetUtilisation = 0.65;
    d.backlogHorizon = horizon;
    d.tieTolerance = 1e-6;
    d.pingPongWindow = 5;
    d.flexibleRoutingGain = 1.2;
    d.probabilityTolerance = 1e-3;
    const Settings s = settingsOf(d, unit);
    QCOMPARE(s.waitModel, WaitModel::SakasegawaQna);
    QCOMPARE(s.busy, 0.5);
    QCOMPARE(s.high, 0.6);
    QCOMPARE(s.critical, 0.7);
    QCOMPARE(s.rpnThreshold, 80);
    QCOMPARE(s.severityThreshold, 7);
    QCOMPARE(s.targetUtilisation, 0.65);
    QVERIFY(qAbs(s.backlogHorizonMinutes - minutes) < 1e-12);
    QCOMPARE(s.tieTolerance, 1e-6);
    QCOMPARE(s.pingPongWindow, 5);
    QCOMPARE(s.flexibleRoutingGain, 1.2);
    QCOMPARE(s.probabilityTolerance, 1e-3);
}

void TestAnalysisBasics::runAnalysisUsesDocumentSettings()
{
    ReadResult r = readNativeFile(QStringLiteral(BLUEPRINT_SOURCE_DIR)
                                  + QStringLiteral("/resources/examples/bank-loan.blueprint"));
    QVERIFY(r.ok());
    Blueprint &bp = *r.blueprint;
    const auto flagged = [](const AnalysisResult &result, const char *code, const char *id) {
        return std::any_of(result.findings.begin(), result.findings.end(), [&](const Finding &f) {
            return f.code == QLatin1String(code) && f.elements.value(0) == QLatin1String(id);
        });
    };
    // Greeting's RPN is 3 × 5 × 3 = 45: below the default threshold of 100.
    QVERIFY(flagged(runAnalysis(bp), "FMEA_RPN", "docver"));
    QVERIFY(!flagged(runAnalysis(bp), "FMEA_RPN", "greet"));
    bp.analysisSettings.rpnThreshold = 45;
    const AnalysisResult lowered = runAnalysis(bp);
    QCOMPARE(lowered.settings.rpnThreshold, 45);
    QVERIFY(flagged(lowered, "FMEA_RPN", "greet"));
    // Explicit settings replace the document's.
    QVERIFY(!flagged(runAnalysis(bp, Settings {}), "FMEA_RPN", "greet"));
}

void TestAnalysisBasics::twoThreadsGiveTheSameResult_data()
{
    QTest::addColumn<QString>("file"); // a sample, or empty for a generated blueprint
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("seed");
    QTest::addColumn<bool>("errors"); // one p="0.9x" made "0.5x": PROBABILITY_SUM
    const QDir examples(QStringLiteral(BLUEPRINT_SOURCE_DIR "/resources/examples"));
    for (const QString &name : examples.entryList({ QStringLiteral("*.blueprint") }))
        QTest::newRow(qPrintable(name)) << examples.filePath(name) << 0 << 0 << false;
    for (const auto &[steps, seed] : { std::pair { 300, 1 }, { 1000, 2 }, { 3000, 3 } })
        QTest::addRow("generated %d seed %d", steps, seed) << QString() << steps << seed << false;
    QTest::newRow("generated 2000 with errors") << QString() << 2000 << 4 << true;
}

/// runAnalysis with a second thread (the single points of failure, crossings and failures
/// beside the queueing part) gives what the one-thread run gives, finding for finding.
void TestAnalysisBasics::twoThreadsGiveTheSameResult()
{
    QFETCH(QString, file);
    QFETCH(int, steps);
    QFETCH(int, seed);
    QFETCH(bool, errors);
    std::optional<Blueprint> blueprint;
    if (errors) {
        QByteArray bytes = writeNative(generateBlueprint(steps, seed));
        const qsizetype at = bytes.indexOf(" p=\"0.9");
        QVERIFY(at > 0);
        bytes[at + qsizetype(sizeof(" p=\"0.") - 1)] = '5';
        ReadResult read = readNative(bytes);
        QVERIFY(read.ok());
        blueprint = std::move(read.blueprint);
    } else if (file.isEmpty()) {
        blueprint.emplace(generateBlueprint(steps, seed));
    } else {
        ReadResult read = readNativeFile(file);
        QVERIFY2(read.ok(), qPrintable(file));
        blueprint = std::move(read.blueprint);
    }
    const Snapshot s = Snapshot::of(*blueprint);
    const Settings settings = settingsOf(*blueprint);
    const AnalysisResult one = runAnalysis(s, settings, nullptr, Threads::One);
    const AnalysisResult two = runAnalysis(s, settings, nullptr, Threads::Two);
    QCOMPARE(one.complete, !errors);
    QCOMPARE(two.complete, one.complete);
    QCOMPARE(std::any_of(one.findings.begin(), one.findings.end(),
                         [](const Finding &f) { return f.code == u"PROBABILITY_SUM"; }),
             errors);
    QVERIFY(!one.findings.empty());
    QCOMPARE(two.findings.size(), one.findings.size());
    for (std::size_t i = 0; i < one.findings.size(); ++i)
        QVERIFY2(two.findings[i] == one.findings[i], qPrintable(one.findings[i].code));
    QCOMPARE(two.queueing.flowTime, one.queueing.flowTime);
    QCOMPARE(two.queueing.processCapacity, one.queueing.processCapacity);
    QCOMPARE(two.structure.spof.dominators, one.structure.spof.dominators);
    QCOMPARE(two.structure.spof.articulationPoints, one.structure.spof.articulationPoints);
    QCOMPARE(two.structure.maxFlow.minCut, one.structure.maxFlow.minCut);
    QCOMPARE(two.structure.maxFlow.maxFlowPerMinute, one.structure.maxFlow.maxFlowPerMinute);
    for (std::size_t l = 0; l < one.structure.crossings.lines.size(); ++l) {
        QCOMPARE(two.structure.crossings.lines[l].expectedPerCustomer,
                 one.structure.crossings.lines[l].expectedPerCustomer);
        // Edges of each result's own snapshot: compared by the flows' ids.
        const auto ids = [l](const AnalysisResult &r) {
            QStringList out;
            for (const EdgeDesc &e : r.structure.crossings.lines[l].flows)
                out << r.snapshot.graph()[e].id;
            return out;
        };
        QCOMPARE(ids(two), ids(one));
        QCOMPARE(int(ids(one).size()), one.structure.crossings.lines[l].edges);
    }
    QCOMPARE(two.failure.expectedFailures, one.failure.expectedFailures);
    QCOMPARE(two.failure.failureFree, one.failure.failureFree);
    QCOMPARE(two.failure.failPoints.size(), one.failure.failPoints.size());
    QCOMPARE(two.failure.fmea.size(), one.failure.fmea.size());
}

void TestAnalysisBasics::optionalDoubleActsAsOptional_data()
{
    QTest::addColumn<std::optional<double>>("value");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("none") << std::optional<double>();
    QTest::newRow("zero") << std::optional<double>(0.0);
    QTest::newRow("negative zero") << std::optional<double>(-0.0);
    QTest::newRow("figure") << std::optional<double>(16.55);
    QTest::newRow("negative") << std::optional<double>(-1e-300);
    QTest::newRow("denormal") << std::optional<double>(std::numeric_limits<double>::denorm_min());
    QTest::newRow("largest") << std::optional<double>(std::numeric_limits<double>::max());
    QTest::newRow("infinity") << std::optional<double>(inf);
    QTest::newRow("minus infinity") << std::optional<double>(-inf);
    QTest::newRow("NaN") << std::optional<double>(nan);
    QTest::newRow("NaN of arithmetic") << std::optional<double>(inf - inf);
    QTest::newRow("NaN of 0/0") << std::optional<double>(0.0 * inf);
}

void TestAnalysisBasics::optionalDoubleActsAsOptional()
{
    QFETCH(std::optional<double>, value);
    const auto bitsOf = [](double x) {
        return std::bit_cast<quint64>(x);
    };
    const OptionalDouble o(value);
    QCOMPARE(o.has_value(), value.has_value());
    QCOMPARE(bool(o), value.has_value());
    QCOMPARE(o == std::nullopt, !value.has_value());
    QCOMPARE(bitsOf(o.value_or(-7.0)), bitsOf(value.value_or(-7.0)));
    const std::optional<double> back = o; // and back, bit for bit
    QCOMPARE(back.has_value(), value.has_value());
    if (value) {
        QCOMPARE(bitsOf(*o), bitsOf(*value));
        QCOMPARE(bitsOf(o.value()), bitsOf(*value));
        QCOMPARE(bitsOf(*back), bitsOf(*value));
        // Equality as std::optional's: NaN equals nothing, not even itself.
        QCOMPARE(o == o, value == value);
        QCOMPARE(o == *value, *value == *value);
        QCOMPARE(o == OptionalDouble(), false);
    } else {
        QVERIFY_THROWS_EXCEPTION(std::bad_optional_access, o.value());
        QVERIFY(o == OptionalDouble());
        QCOMPARE(o == 0.0, false);
    }
    OptionalDouble assigned;
    assigned = value;
    QCOMPARE(assigned.has_value(), value.has_value());
    assigned = 2.5;
    QCOMPARE(*assigned, 2.5);
    assigned.reset();
    QVERIFY(!assigned);
    // What it is for: half the size of std::optional<double>.
    static_assert(sizeof(OptionalDouble) == sizeof(double));
    QVERIFY(sizeof(StepFigures) <= 21 * sizeof(double));
}

void TestAnalysisBasics::findingValuesActAsMap_data()
{
    // Figures as inserted, one after the other: "name=value ..." (a name given twice keeps
    // the last value).
    QTest::addColumn<QString>("inserts");
    QTest::newRow("none") << QString();
    QTest::newRow("one") << QStringLiteral("servers=1");
    QTest::newRow("two in order") << QStringLiteral("rho=0.85 wait_min=16.55");
    QTest::newRow("two reversed") << QStringLiteral("wait_min=16.55 rho=0.85");
    QTest::newRow("one replaced") << QStringLiteral("p=0.1 p=0.2");
    QTest::newRow("two, first replaced") << QStringLiteral("b=1 a=2 a=3");
    QTest::newRow("three") << QStringLiteral("c=3 a=1 b=2");
    QTest::newRow("three, the last first") << QStringLiteral("b=2 c=3 a=1");
    QTest::newRow("three, two replaced") << QStringLiteral("c=3 a=1 b=2 b=9 a=8");
    QTest::newRow("six") << QStringLiteral("f=6 e=5 d=4 c=3 b=2 a=1");
    QTest::newRow("two, both replaced") << QStringLiteral("x=1 y=2 y=3 x=4");
}

void TestAnalysisBasics::findingValuesActAsMap()
{
    QFETCH(QString, inserts);
    FindingValues values;
    QVariantMap oracle;
    for (const QString &insert : inserts.split(u' ', Qt::SkipEmptyParts)) {
        const QString name = insert.section(u'=', 0, 0);
        const QVariant value = insert.section(u'=', 1).toDouble();
        values.insert(name, value);
        oracle.insert(name, value);
        QCOMPARE(values.size(), int(oracle.size()));
    }
    QCOMPARE(values.isEmpty(), oracle.isEmpty());
    QCOMPARE(values.toVariantMap(), oracle);
    QStringList names; // iteration: sorted by name, as the map's keys
    for (const auto &[name, value] : values) {
        names << name;
        QCOMPARE(value, oracle.value(name));
    }
    QCOMPARE(names, oracle.keys());
    for (const QString &name : oracle.keys()) {
        QVERIFY(values.contains(name));
        QCOMPARE(values.value(name), oracle.value(name));
        QCOMPARE(values[name], oracle.value(name));
    }
    QVERIFY(!values.contains(QStringLiteral("zz")));
    QVERIFY(!values.value(QStringLiteral("0")).isValid());

    // The same figures inserted in another order are equal; one more figure is not.
    FindingValues reversed;
    for (auto it = oracle.keyValueBegin(); it != oracle.keyValueEnd(); ++it)
        reversed.insert(it->first, it->second);
    QVERIFY(reversed == values);
    FindingValues more = values;
    QVERIFY(more == values);
    more.insert(QStringLiteral("zz"), 1);
    QVERIFY(!(more == values));

    // Copies and moves keep the figures (findings are moved into their rank).
    FindingValues copy(values);
    QCOMPARE(copy.toVariantMap(), oracle);
    FindingValues moved(std::move(copy));
    QCOMPARE(moved.toVariantMap(), oracle);
    copy = FindingValues(); // NOLINT(bugprone-use-after-move): a moved-from value is assignable
    copy.insert(QStringLiteral("again"), 2);
    QCOMPARE(copy.size(), 1);
    FindingValues assigned;
    assigned = std::move(moved);
    QCOMPARE(assigned.toVariantMap(), oracle);
    assigned = copy;
    QCOMPARE(assigned.toVariantMap(), copy.toVariantMap());
}

QTEST_GUILESS_MAIN(TestAnalysisBasics)
#include "tst_analysisbasics.moc"
