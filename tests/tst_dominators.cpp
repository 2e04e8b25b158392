// Must-pass flows and the shared routing view against independent oracles.
//
// analyseSpof reads the must-pass flows off the dominator tree of the routing view in linear
// time; analysis.md §2.8 defines them on a graph where every flow is split by a virtual vertex.
// This suite builds that split graph, runs Lengauer–Tarjan on it (the definition, computed the
// slow way) and compares, on hand-made corner cases and on random graphs with parallel flows,
// self-loops, loops back, unreachable steps and several starts and ends.

#include "analysis/analysis.h"
#include "analysis/structure.h"
#include "analysis/structuregraph.h"
#include "generate/generator.h"
#include "structuretestutil.h"

#include <QTest>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/dominator_tree.hpp>

#include <algorithm>
#include <limits>
#include <random>

using namespace bp;
using namespace bp::analysis;
using bp::test::Builder;

namespace {

using SplitGraph
    = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property,
                            boost::property<boost::edge_index_t, int>>;

/// The must-pass flows by definition: split every arc, keep the virtual vertices that dominate
/// END, START side first.
QStringList mustPassBySplitGraph(const Snapshot &s)
{
    const RoutingView view(s);
    const auto size = static_cast<std::size_t>(view.size());
    SplitGraph split(size + view.arcs().size());
    int index = 0;
    for (std::size_t k = 0; k < view.arcs().size(); ++k) {
        const RoutingView::Arc &a = view.arcs()[k];
        boost::add_edge(static_cast<std::size_t>(a.from), size + k, index++, split);
        boost::add_edge(size + k, static_cast<std::size_t>(a.to), index++, split);
    }
    using V = boost::graph_traits<SplitGraph>::vertex_descriptor;
    const V none = boost::graph_traits<SplitGraph>::null_vertex();
    const std::size_t n = boost::num_vertices(split);
    const auto vertexIndex = boost::get(boost::vertex_index, split);
    std::vector<V> pred(n, none), parent(n, none), byDfnum(n, none);
    // Vertices the DFS does not reach keep the DFS number "max", as Boost documents; its short
    // overload starts them at 0 and then gets dominators wrong (see unreachableStepsDoNotCount).
    std::vector<std::size_t> dfnum(n, std::numeric_limits<std::size_t>::max());
    boost::lengauer_tarjan_dominator_tree(
        split, static_cast<V>(view.start()), vertexIndex,
        boost::make_iterator_property_map(dfnum.begin(), vertexIndex),
        boost::make_iterator_property_map(parent.begin(), vertexIndex), byDfnum,
        boost::make_iterator_property_map(pred.begin(), vertexIndex));
    QStringList out;
    if (pred[static_cast<std::size_t>(view.end())] == none)
        return out; // END unreachable: no must-pass flows
    for (V v = pred[static_cast<std::size_t>(view.end())]; v != none; v = pred[v]) {
        if (v >= size)
            out.prepend(s.graph()[view.arcs()[v - size].flow].id);
    }
    return out;
}

QStringList mustPassOf(const Snapshot &s)
{
    QStringList out;
    for (const MustPassFlow &f : analyseSpof(s).mustPass)
        out << f.flow;
    return out;
}

/// A random routing graph of a few steps: one or two starts and ends, arcs anywhere (parallel
/// ones, self-loops and loops back included), some steps left unreachable.
Snapshot randomGraph(std::mt19937 &rng)
{
    Builder b;
    const int steps = std::uniform_int_distribution<int>(1, 10)(rng);
    const int starts = std::uniform_int_distribution<int>(1, 2)(rng);
    const int ends = std::uniform_int_distribution<int>(1, 2)(rng);
    QStringList all;
    for (int i = 0; i < starts; ++i)
        b.start(QStringLiteral("in%1").arg(i));
    for (int i = 0; i < steps; ++i) {
        b.step(QStringLiteral("s%1").arg(i));
        all << QStringLiteral("s%1").arg(i);
    }
    for (int i = 0; i < ends; ++i)
        b.end(QStringLiteral("out%1").arg(i));
    std::uniform_int_distribution<int> pick(0, steps - 1);
    // A spine in→s0→…→out so that END is usually reachable, then random arcs.
    for (int i = 0; i < starts; ++i)
        b.flow(QStringLiteral("in%1").arg(i), all[pick(rng)]);
    for (int i = 0; i + 1 < steps; ++i) {
        if (rng() % 4 != 0)
            b.flow(all[i], all[i + 1]);
    }
    for (int i = 0; i < ends; ++i)
        b.flow(all[pick(rng)], QStringLiteral("out%1").arg(i));
    const int extra = std::uniform_int_distribution<int>(0, 2 * steps)(rng);
    for (int i = 0; i < extra; ++i) {
        const QString from = all[pick(rng)];
        switch (rng() % 5) {
        case 0:
            b.flow(from, from); // self-loop
            break;
        case 1:
            b.flow(from, QStringLiteral("out%1").arg(int(rng() % unsigned(ends))));
            break;
        case 2:
            b.flow(QStringLiteral("in%1").arg(int(rng() % unsigned(starts))), from);
            break;
        default:
            b.flow(from, all[pick(rng)]); // forward, back or parallel
            break;
        }
    }
    return b.snapshot();
}

} // namespace

class TestDominators : public QObject
{
    Q_OBJECT

private slots:
    void cornerCases_data();
    void cornerCases();
    void randomGraphsMatchSplitGraph();
    void generatedBlueprintsMatchSplitGraph();
    void sharedViewGivesTheSameAnalysis();
    void unreachableStepsDoNotCount();
};

void TestDominators::cornerCases_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expectedIds"); // flow ids, comma-separated
    // Flows are numbered f1, f2, … in the order the rows below add them.
    QTest::newRow("chain") << QStringLiteral("chain") << QStringLiteral("f1,f2,f3");
    QTest::newRow("parallel flows") << QStringLiteral("parallel") << QStringLiteral("f1,f4");
    QTest::newRow("self-loop") << QStringLiteral("selfloop") << QStringLiteral("f1,f2,f3");
    QTest::newRow("loop back") << QStringLiteral("loopback") << QStringLiteral("f1,f2,f3");
    QTest::newRow("bypass") << QStringLiteral("bypass") << QStringLiteral("");
    QTest::newRow("unreachable source")
        << QStringLiteral("unreachable") << QStringLiteral("f1,f2,f3");
    QTest::newRow("end unreachable") << QStringLiteral("noend") << QStringLiteral("");
}

void TestDominators::cornerCases()
{
    QFETCH(QString, name);
    QFETCH(QString, expectedIds);
    const QStringList expected = expectedIds.split(u',', Qt::SkipEmptyParts);
    Builder b = test::linear(); // in →f1 a →f2 b →f3 out
    if (name == u"parallel") {
        b = Builder();
        b.start().step(QStringLiteral("a")).step(QStringLiteral("b")).end();
        b.flow(QStringLiteral("in"), QStringLiteral("a"))
            .flow(QStringLiteral("a"), QStringLiteral("b"), 0.5)
            .flow(QStringLiteral("a"), QStringLiteral("b"), 0.5)
            .flow(QStringLiteral("b"), QStringLiteral("out"));
    } else if (name == u"selfloop") {
        b.flow(QStringLiteral("b"), QStringLiteral("b"), 0.5, FlowKind::Rework);
    } else if (name == u"loopback") {
        b.flow(QStringLiteral("b"), QStringLiteral("a"), 0.2, FlowKind::Rework);
    } else if (name == u"bypass") {
        b.flow(QStringLiteral("in"), QStringLiteral("out"));
        b.flow(QStringLiteral("in"), QStringLiteral("b"));
    } else if (name == u"unreachable") {
        b.step(QStringLiteral("lost")).flow(QStringLiteral("lost"), QStringLiteral("b"));
    } else if (name == u"noend") {
        b = Builder();
        b.start().step(QStringLiteral("a")).end();
        b.flow(QStringLiteral("in"), QStringLiteral("a"));
    }
    const Snapshot s = b.snapshot();
    QCOMPARE(mustPassBySplitGraph(s), expected);
    QCOMPARE(mustPassOf(s), expected);
}

void TestDominators::randomGraphsMatchSplitGraph()
{
    int withMustPass = 0;
    for (unsigned seed = 1; seed <= 2000; ++seed) {
        std::mt19937 rng(seed);
        const Snapshot s = randomGraph(rng);
        const QStringList expected = mustPassBySplitGraph(s);
        QCOMPARE(mustPassOf(s), expected);
        withMustPass += expected.isEmpty() ? 0 : 1;
    }
    QVERIFY2(withMustPass > 500, "the random graphs must exercise non-empty answers");
}

void TestDominators::generatedBlueprintsMatchSplitGraph()
{
    for (unsigned seed : { 1u, 7u, 42u }) {
        const Snapshot s = Snapshot::of(generateBlueprint(2000, seed));
        const QStringList expected = mustPassBySplitGraph(s);
        QVERIFY(expected.size() > 10);
        QCOMPARE(mustPassOf(s), expected);
    }
}

void TestDominators::sharedViewGivesTheSameAnalysis()
{
    // runAnalysis shares one routing view (dominators, condensation, recovery audit) between
    // validation, structure and failures; each function alone builds its own. Its findings are
    // those of the parts, moved into one list ranked by severity.
    const Blueprint bp = generateBlueprint(3000, 5);
    const Snapshot s = Snapshot::of(bp);
    const AnalysisResult r = runAnalysis(bp);
    QVERIFY(r.complete);
    const ValidationResult alone = validate(s, r.settings);
    QCOMPARE(r.validation.joinOfFork, alone.joinOfFork);
    const QueueingResult queueing = analyseQueueing(s, r.settings);
    const StructureResult structure
        = analyseStructure(s, r.queueing.visits.v, r.settings, r.queueing.processCapacity);
    QCOMPARE(r.structure.spof.dominators, structure.spof.dominators);
    QCOMPARE(r.structure.spof.articulationPoints, structure.spof.articulationPoints);
    const FailureResult failure = analyseFailures(s, r.queueing.visits.v, r.settings);
    QCOMPARE(r.failure.failPoints.size(), failure.failPoints.size());
    QVERIFY(!r.structure.spof.dominators.empty());

    Findings expected;
    for (const Findings *part :
         { &alone.findings, &queueing.findings, &structure.findings, &failure.findings })
        expected.insert(expected.end(), part->begin(), part->end());
    QVERIFY(expected.size() > 1000);
    std::stable_sort(expected.begin(), expected.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) > int(b.severity); // Error, Warning, Info
    });
    QCOMPARE(test::dump(r.findings), test::dump(expected));
    for (const Findings *moved : { &r.validation.findings, &r.queueing.findings,
                                   &r.structure.findings, &r.failure.findings })
        QVERIFY(moved->empty());
}

void TestDominators::unreachableStepsDoNotCount()
{
    // A step nobody reaches, flowing into the middle of the chain, changes nothing about what
    // every customer passes (Boost 1.74's short Lengauer–Tarjan overload got this wrong: the
    // step took the place of START and the chain lost everything before it).
    Builder b = test::linear(); // in → a → b → out
    const Snapshot first = b.snapshot();
    const QStringList before = routingNames(first, analyseSpof(first).dominators);
    QCOMPARE(before, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    b.step(QStringLiteral("lost")).flow(QStringLiteral("lost"), QStringLiteral("b"));
    const Snapshot s = b.snapshot();
    QCOMPARE(routingNames(s, analyseSpof(s).dominators), before);
    const RoutingView view(s);
    QCOMPARE(view.dominators()[size_t(s.vertexOf(QStringLiteral("lost")))], -1);
    QCOMPARE(view.dominators()[size_t(s.vertexOf(QStringLiteral("b")))],
             s.vertexOf(QStringLiteral("a")));
    // Post-dominators: a dead end fed by a reachable step does not count either.
    Builder d = test::linear();
    d.step(QStringLiteral("stuck")).flow(QStringLiteral("a"), QStringLiteral("stuck"), 0.5);
    const Snapshot ds = d.snapshot();
    const RoutingView dv(ds);
    QCOMPARE(dv.postDominators()[size_t(ds.vertexOf(QStringLiteral("a")))],
             ds.vertexOf(QStringLiteral("b")));
    QCOMPARE(dv.postDominators()[size_t(ds.vertexOf(QStringLiteral("stuck")))], -1);
}

QTEST_GUILESS_MAIN(TestDominators)
#include "tst_dominators.moc"
