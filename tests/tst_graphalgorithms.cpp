// The analysis's own graph algorithms against Boost.Graph as the oracle.
//
// Strong components, dominators, post-dominators, biconnected components and max-flow run on
// compact arrays of our own (core/analysis/digraph, biconnected, flownetwork): Boost's
// adjacency_list per algorithm was most of the analysis time. Each is compared here with the
// Boost algorithm it replaces, on hand-made corner cases and on thousands of random graphs
// with parallel arcs, self-loops and vertices nobody reaches.

#include "analysis/digraph.h"
#include "analysis/flownetwork.h"
#include "analysis/structure.h"

#include <QTest>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/dominator_tree.hpp>
#include <boost/graph/push_relabel_max_flow.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <limits>
#include <random>

using namespace bp::analysis;

namespace {

using Arcs = std::vector<std::pair<int, int>>;
using BoostDigraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

/// A random graph: up to 40 vertices, arcs anywhere (parallel arcs and self-loops included).
Arcs randomArcs(std::mt19937 &rng, int &n)
{
    n = std::uniform_int_distribution<int>(1, 40)(rng);
    const int m = std::uniform_int_distribution<int>(0, 3 * n)(rng);
    std::uniform_int_distribution<int> vertex(0, n - 1);
    Arcs arcs;
    for (int i = 0; i < m; ++i)
        arcs.emplace_back(vertex(rng), vertex(rng));
    return arcs;
}

/// Runs @p check(n, arcs, rng) on @p rounds random graphs from @p seed, until one fails.
template<typename Check> void forRandomGraphs(unsigned seed, int rounds, Check check)
{
    std::mt19937 rng(seed);
    for (int round = 0; round < rounds && !QTest::currentTestFailed(); ++round) {
        int n = 0;
        const Arcs arcs = randomArcs(rng, n);
        check(n, arcs, rng);
    }
}

BoostDigraph boostGraph(int n, const Arcs &arcs)
{
    BoostDigraph g(static_cast<std::size_t>(n));
    for (const auto &[a, b] : arcs)
        boost::add_edge(static_cast<std::size_t>(a), static_cast<std::size_t>(b), g);
    return g;
}

/// Boost's Lengauer–Tarjan with the DFS numbers it documents ("max" for not reached).
template<typename G> std::vector<int> boostDominators(const G &g, int root)
{
    using V = typename boost::graph_traits<G>::vertex_descriptor;
    const V none = boost::graph_traits<G>::null_vertex();
    const auto n = boost::num_vertices(g);
    const auto index = boost::get(boost::vertex_index, g);
    std::vector<V> pred(n, none), parent(n, none), byDfnum(n, none);
    std::vector<std::size_t> dfnum(n, std::numeric_limits<std::size_t>::max());
    boost::lengauer_tarjan_dominator_tree(
        g, static_cast<V>(root), index, boost::make_iterator_property_map(dfnum.begin(), index),
        boost::make_iterator_property_map(parent.begin(), index), byDfnum,
        boost::make_iterator_property_map(pred.begin(), index));
    std::vector<int> out(n, -1);
    for (std::size_t v = 0; v < n; ++v)
        out[v] = pred[v] == none ? -1 : static_cast<int>(pred[v]);
    return out;
}

/// Articulation points and component vertex sets by Boost, on the simple graph.
UndirectedCuts boostCuts(int n, const Arcs &edges)
{
    Arcs simple;
    for (auto [a, b] : edges) {
        if (a != b)
            simple.emplace_back(std::min(a, b), std::max(a, b));
    }
    std::sort(simple.begin(), simple.end());
    std::vector<int> multiplicity;
    Arcs unique;
    for (const auto &e : simple) {
        if (!unique.empty() && unique.back() == e) {
            ++multiplicity.back();
            continue;
        }
        unique.push_back(e);
        multiplicity.push_back(1);
    }
    using G
        = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                boost::property<boost::edge_index_t, std::size_t>>;
    G g(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < unique.size(); ++i)
        boost::add_edge(static_cast<std::size_t>(unique[i].first),
                        static_cast<std::size_t>(unique[i].second), i, g);
    std::vector<std::size_t> component(unique.size(), 0);
    std::vector<std::size_t> points;
    const auto count
        = boost::biconnected_components(g,
                                        boost::make_iterator_property_map(
                                            component.begin(), boost::get(boost::edge_index, g)),
                                        std::back_inserter(points))
              .first;
    UndirectedCuts cuts;
    cuts.componentCount = static_cast<int>(count);
    for (std::size_t v : points)
        cuts.articulationPoints.push_back(static_cast<int>(v));
    std::sort(cuts.articulationPoints.begin(), cuts.articulationPoints.end());
    cuts.articulationPoints.erase(
        std::unique(cuts.articulationPoints.begin(), cuts.articulationPoints.end()),
        cuts.articulationPoints.end());
    cuts.components.resize(count);
    std::vector<int> edgesIn(count, 0);
    for (std::size_t i = 0; i < unique.size(); ++i) {
        cuts.components[component[i]].push_back(unique[i].first);
        cuts.components[component[i]].push_back(unique[i].second);
        ++edgesIn[component[i]];
    }
    for (std::size_t i = 0; i < unique.size(); ++i) {
        if (edgesIn[component[i]] == 1 && multiplicity[i] == 1)
            cuts.bridges.push_back(unique[i]);
    }
    for (auto &members : cuts.components) {
        std::sort(members.begin(), members.end());
        members.erase(std::unique(members.begin(), members.end()), members.end());
    }
    std::sort(cuts.components.begin(), cuts.components.end());
    std::sort(cuts.bridges.begin(), cuts.bridges.end());
    return cuts;
}

} // namespace

class TestGraphAlgorithms : public QObject
{
    Q_OBJECT

private slots:
    void digraphRowsKeepArcOrder();
    void strongComponentsAsBoost();
    void condensationOrderIsTopological();
    void dominatorsAsBoost();
    void dominatorsOfAChainDoNotRecurse();
    void biconnectedAsBoost();
    void parallelEdgeIsNoBridge();
    void maxFlowAsBoost();
    void maxFlowCornerCases();
};

void TestGraphAlgorithms::digraphRowsKeepArcOrder()
{
    const Arcs arcs { { 0, 2 }, { 1, 2 }, { 0, 1 }, { 0, 2 }, { 2, 2 } };
    const Digraph g(3, arcs);
    QCOMPARE(g.arcCount(), 5);
    QCOMPARE(std::vector<int>(g.successors(0).begin(), g.successors(0).end()),
             (std::vector<int> { 2, 1, 2 }));
    QCOMPARE(std::vector<int>(g.outArcs(0).begin(), g.outArcs(0).end()),
             (std::vector<int> { 0, 2, 3 }));
    QCOMPARE(std::vector<int>(g.predecessors(2).begin(), g.predecessors(2).end()),
             (std::vector<int> { 0, 1, 0, 2 }));
    QCOMPARE(std::vector<int>(g.inArcs(2).begin(), g.inArcs(2).end()),
             (std::vector<int> { 0, 1, 3, 4 }));
    QVERIFY(g.predecessors(0).empty());
}

void TestGraphAlgorithms::strongComponentsAsBoost()
{
    forRandomGraphs(7, 3000, [](int n, const Arcs &arcs, std::mt19937 &) {
        const BoostDigraph g = boostGraph(n, arcs);
        std::vector<int> expected(static_cast<std::size_t>(n), 0);
        const int count
            = boost::strong_components(g,
                                       boost::make_iterator_property_map(
                                           expected.begin(), boost::get(boost::vertex_index, g)));
        const Condensation c = condense(n, arcs);
        QCOMPARE(c.count, count);
        QCOMPARE(c.component, expected); // the same numbering, not only the same partition
        for (int k = 0; k < c.count; ++k) {
            const std::span<const int> members = c.members(k);
            QVERIFY(std::is_sorted(members.begin(), members.end()));
            bool selfLoop = false;
            for (int v : members) {
                QCOMPARE(c.component[static_cast<std::size_t>(v)], k);
                for (const auto &[a, b] : arcs)
                    selfLoop = selfLoop || (a == v && b == v);
            }
            QCOMPARE(bool(c.loop[static_cast<std::size_t>(k)]), members.size() > 1 || selfLoop);
        }
    });
}

void TestGraphAlgorithms::condensationOrderIsTopological()
{
    forRandomGraphs(11, 2000, [](int n, const Arcs &arcs, std::mt19937 &) {
        const Condensation c = condense(n, arcs);
        QCOMPARE(int(c.order.size()), c.count);
        std::vector<int> position(static_cast<std::size_t>(c.count), -1);
        for (std::size_t i = 0; i < c.order.size(); ++i)
            position[static_cast<std::size_t>(c.order[i])] = static_cast<int>(i);
        for (const auto &[a, b] : arcs) {
            const int ca = c.component[static_cast<std::size_t>(a)];
            const int cb = c.component[static_cast<std::size_t>(b)];
            if (ca != cb) {
                QVERIFY(position[static_cast<std::size_t>(ca)]
                        < position[static_cast<std::size_t>(cb)]);
                QVERIFY(ca > cb); // Tarjan's numbering: arcs go to lower numbers
            }
        }
    });
}

void TestGraphAlgorithms::dominatorsAsBoost()
{
    forRandomGraphs(13, 3000, [](int n, const Arcs &arcs, std::mt19937 &rng) {
        const BoostDigraph g = boostGraph(n, arcs);
        const Digraph d(n, arcs);
        const int root = std::uniform_int_distribution<int>(0, n - 1)(rng);
        QCOMPARE(immediateDominators(d, root), boostDominators(g, root));
        QCOMPARE(immediateDominators(d, root, Direction::Backward),
                 boostDominators(boost::make_reverse_graph(g), root));
    });
}

void TestGraphAlgorithms::dominatorsOfAChainDoNotRecurse()
{
    // 200,000 vertices in a chain with a loop back: every step dominated by the one before.
    const int n = 200000;
    Arcs arcs;
    for (int v = 0; v + 1 < n; ++v)
        arcs.emplace_back(v, v + 1);
    arcs.emplace_back(n - 1, n / 2);
    const Digraph d(n, arcs);
    const std::vector<int> idom = immediateDominators(d, 0);
    QCOMPARE(idom[0], -1);
    for (int v = 1; v < n; ++v)
        QCOMPARE(idom[static_cast<std::size_t>(v)], v - 1);
    const std::vector<int> ipdom = immediateDominators(d, n - 1, Direction::Backward);
    QCOMPARE(ipdom[0], 1);
    QCOMPARE(ipdom[static_cast<std::size_t>(n - 1)], -1);
    const Condensation c = condense(d);
    QCOMPARE(c.count, n / 2 + 1);
    QCOMPARE(int(c.members(c.component[static_cast<std::size_t>(n / 2)]).size()), n / 2);
}

void TestGraphAlgorithms::biconnectedAsBoost()
{
    forRandomGraphs(17, 3000, [](int n, const Arcs &edges, std::mt19937 &) {
        const UndirectedCuts expected = boostCuts(n, edges);
        const UndirectedCuts cuts = undirectedCuts(n, edges);
        QCOMPARE(cuts.articulationPoints, expected.articulationPoints);
        QCOMPARE(cuts.bridges, expected.bridges);
        QCOMPARE(cuts.componentCount, expected.componentCount);
        QCOMPARE(cuts.components, expected.components);
        const UndirectedCuts lean = undirectedCuts(n, edges, false);
        QCOMPARE(lean.articulationPoints, expected.articulationPoints);
        QCOMPARE(lean.bridges, expected.bridges);
        QCOMPARE(lean.componentCount, expected.componentCount);
        QVERIFY(lean.components.empty());
    });
}

void TestGraphAlgorithms::parallelEdgeIsNoBridge()
{
    // 0–1 twice and 1–2 once, plus a self-loop at 2: only 1–2 is a bridge, 1 a cut vertex.
    const UndirectedCuts cuts = undirectedCuts(3, { { 0, 1 }, { 1, 0 }, { 1, 2 }, { 2, 2 } });
    QCOMPARE(cuts.bridges, (Arcs { { 1, 2 } }));
    QCOMPARE(cuts.articulationPoints, std::vector<int> { 1 });
    QCOMPARE(cuts.components, (std::vector<std::vector<int>> { { 0, 1 }, { 1, 2 } }));
}

void TestGraphAlgorithms::maxFlowAsBoost()
{
    using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
    using G = boost::adjacency_list<
        boost::vecS, boost::vecS, boost::directedS, boost::no_property,
        boost::property<
            boost::edge_capacity_t, FlowNetwork::Amount,
            boost::property<boost::edge_residual_capacity_t, FlowNetwork::Amount,
                            boost::property<boost::edge_reverse_t, Traits::edge_descriptor>>>>;
    forRandomGraphs(19, 3000, [](int n, const Arcs &arcs, std::mt19937 &rng) {
        if (n < 2)
            return;
        std::uniform_int_distribution<FlowNetwork::Amount> capacity(0, 20);
        G g(static_cast<std::size_t>(n));
        FlowNetwork network(n);
        auto cap = boost::get(boost::edge_capacity, g);
        auto reverse = boost::get(boost::edge_reverse, g);
        for (const auto &[a, b] : arcs) {
            const FlowNetwork::Amount c = capacity(rng);
            network.addArc(a, b, c);
            if (a == b)
                continue; // a self-loop carries nothing; only our network is given them
            const auto forward = boost::add_edge(std::size_t(a), std::size_t(b), g).first;
            const auto backward = boost::add_edge(std::size_t(b), std::size_t(a), g).first;
            cap[forward] = c;
            cap[backward] = 0;
            reverse[forward] = backward;
            reverse[backward] = forward;
        }
        const int source = 0;
        const int sink = n - 1;
        const FlowNetwork::Amount expected
            = boost::push_relabel_max_flow(g, std::size_t(source), std::size_t(sink));
        QCOMPARE(network.maxFlow(source, sink), expected);
        // The source side of the cut: what the source reaches in Boost's residual graph.
        const auto residual = boost::get(boost::edge_residual_capacity, g);
        std::vector<bool> reached(static_cast<std::size_t>(n), false);
        std::vector<std::size_t> stack { std::size_t(source) };
        reached[std::size_t(source)] = true;
        while (!stack.empty()) {
            const std::size_t u = stack.back();
            stack.pop_back();
            for (auto [e, last] = boost::out_edges(u, g); e != last; ++e) {
                const std::size_t w = boost::target(*e, g);
                if (!reached[w] && residual[*e] > 0) {
                    reached[w] = true;
                    stack.push_back(w);
                }
            }
        }
        for (int v = 0; v < n; ++v)
            QCOMPARE(network.onSourceSide(v), bool(reached[static_cast<std::size_t>(v)]));
    });
}

void TestGraphAlgorithms::maxFlowCornerCases()
{
    {
        FlowNetwork none(3); // no arcs: nothing flows, only the source is on its side
        QCOMPARE(none.maxFlow(0, 2), FlowNetwork::Amount(0));
        QVERIFY(none.onSourceSide(0));
        QVERIFY(!none.onSourceSide(1));
    }
    {
        // Two routes 0→1→3 (5, then 2) and 0→2→3 (4, then 9), and a cross arc 1→2 (3).
        FlowNetwork n(4);
        n.addArc(0, 1, 5);
        n.addArc(1, 3, 2);
        n.addArc(0, 2, 4);
        n.addArc(2, 3, 9);
        n.addArc(1, 2, 3);
        QCOMPARE(n.maxFlow(0, 3), FlowNetwork::Amount(9));
        QVERIFY(n.onSourceSide(0));
        QVERIFY(!n.onSourceSide(3));
    }
    {
        // Huge capacities add up without overflow when they fit.
        const FlowNetwork::Amount big = FlowNetwork::Amount(1) << 60;
        FlowNetwork n(3);
        n.addArc(0, 1, big);
        n.addArc(0, 1, big);
        n.addArc(1, 2, 3 * big);
        QCOMPARE(n.maxFlow(0, 2), 2 * big);
    }
}

QTEST_GUILESS_MAIN(TestGraphAlgorithms)
#include "tst_graphalgorithms.moc"
