#include "analysis/structuregraph.h"

#include <boost/graph/dominator_tree.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/graph/strong_components.hpp>

#include <deque>
#include <limits>

namespace bp::analysis {

namespace {

template<typename G> std::vector<int> immediateDominators(const G &g, int root)
{
    using V = typename boost::graph_traits<G>::vertex_descriptor;
    using Size = typename boost::graph_traits<G>::vertices_size_type;
    const auto n = boost::num_vertices(g);
    const auto index = boost::get(boost::vertex_index, g);
    std::vector<V> pred(n, boost::graph_traits<G>::null_vertex());
    // Boost 1.74's short overload starts every DFS number at 0, so a vertex the DFS never
    // reaches looks like the root to the semi-dominator step: a flow from an unreachable step
    // into a reachable one then corrupts the dominators of everything after it. The long
    // overload with the numbers it documents (max for "not reached") skips such predecessors.
    std::vector<Size> dfnum(n, std::numeric_limits<Size>::max());
    std::vector<V> parent(n, boost::graph_traits<G>::null_vertex());
    std::vector<V> byDfnum(n, boost::graph_traits<G>::null_vertex());
    boost::lengauer_tarjan_dominator_tree(
        g, static_cast<V>(root), index, boost::make_iterator_property_map(dfnum.begin(), index),
        boost::make_iterator_property_map(parent.begin(), index), byDfnum,
        boost::make_iterator_property_map(pred.begin(), index));
    std::vector<int> out(n, -1);
    for (std::size_t v = 0; v < n; ++v) {
        if (pred[v] != boost::graph_traits<G>::null_vertex())
            out[v] = static_cast<int>(pred[v]);
    }
    return out;
}

} // namespace

RoutingView::RoutingView(const Snapshot &snapshot)
    : m_snapshot(&snapshot)
    , m_n(snapshot.size())
    , m_graph(static_cast<std::size_t>(snapshot.size() + 2))
    , m_terminal(static_cast<std::size_t>(snapshot.size()), 0)
{
    for (int v : snapshot.starts())
        m_terminal[static_cast<std::size_t>(v)] = start();
    for (int v : snapshot.ends())
        m_terminal[static_cast<std::size_t>(v)] = end();
    const Graph::edges_size_type flows = boost::num_edges(snapshot.graph());
    m_arcs.reserve(flows);
    for (auto [e, last] = boost::edges(snapshot.graph()); e != last; ++e) {
        const int from = vertexOf(static_cast<int>(boost::source(*e, snapshot.graph())));
        const int to = vertexOf(static_cast<int>(boost::target(*e, snapshot.graph())));
        boost::add_edge(static_cast<std::size_t>(from), static_cast<std::size_t>(to),
                        static_cast<int>(m_arcs.size()), m_graph);
        m_arcs.push_back({ from, to, *e });
    }
}

int RoutingView::vertexOf(int v) const
{
    const int t = m_terminal[static_cast<std::size_t>(v)];
    return t != 0 ? t : v;
}

bool RoutingView::isTerminalStep(int v) const
{
    return v >= 0 && v < m_n && m_terminal[static_cast<std::size_t>(v)] != 0;
}

QString RoutingView::name(int viewVertex) const
{
    if (viewVertex == start())
        return QStringLiteral("START");
    if (viewVertex == end())
        return QStringLiteral("END");
    return m_snapshot->node(viewVertex).id;
}

std::vector<bool> RoutingView::reachableFromStart() const
{
    std::vector<bool> seen(static_cast<std::size_t>(size()), false);
    std::vector<std::size_t> stack { static_cast<std::size_t>(start()) };
    seen[static_cast<std::size_t>(start())] = true;
    while (!stack.empty()) {
        const std::size_t u = stack.back();
        stack.pop_back();
        for (auto [e, last] = boost::out_edges(u, m_graph); e != last; ++e) {
            const std::size_t w = boost::target(*e, m_graph);
            if (!seen[w]) {
                seen[w] = true;
                stack.push_back(w);
            }
        }
    }
    return seen;
}

std::vector<bool> RoutingView::reachingEnd() const
{
    std::vector<bool> seen(static_cast<std::size_t>(size()), false);
    std::vector<std::size_t> stack { static_cast<std::size_t>(end()) };
    seen[static_cast<std::size_t>(end())] = true;
    while (!stack.empty()) {
        const std::size_t u = stack.back();
        stack.pop_back();
        for (auto [e, last] = boost::in_edges(u, m_graph); e != last; ++e) {
            const std::size_t w = boost::source(*e, m_graph);
            if (!seen[w]) {
                seen[w] = true;
                stack.push_back(w);
            }
        }
    }
    return seen;
}

const std::vector<int> &RoutingView::dominators() const
{
    if (!m_dominators)
        m_dominators = immediateDominators(m_graph, start());
    return *m_dominators;
}

std::vector<int> RoutingView::postDominators() const
{
    return immediateDominators(boost::make_reverse_graph(m_graph), end());
}

const Condensation &RoutingView::condense() const
{
    if (!m_condensation) {
        std::vector<std::pair<int, int>> arcs;
        arcs.reserve(m_arcs.size());
        for (const Arc &a : m_arcs)
            arcs.emplace_back(a.from, a.to);
        m_condensation = analysis::condense(size(), arcs);
    }
    return *m_condensation;
}

Condensation condense(int n, const std::vector<std::pair<int, int>> &arcs)
{
    using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    G g(static_cast<std::size_t>(n));
    for (const auto &[a, b] : arcs)
        boost::add_edge(static_cast<std::size_t>(a), static_cast<std::size_t>(b), g);
    Condensation c;
    c.component.assign(static_cast<std::size_t>(n), 0);
    c.count = n == 0
        ? 0
        : boost::strong_components(g,
                                   boost::make_iterator_property_map(
                                       c.component.begin(), boost::get(boost::vertex_index, g)));
    const auto count = static_cast<std::size_t>(c.count);
    c.members.assign(count, {});
    for (int v = 0; v < n; ++v)
        c.members[static_cast<std::size_t>(c.component[static_cast<std::size_t>(v)])].push_back(v);
    c.loop.assign(count, false);
    for (std::size_t k = 0; k < count; ++k)
        c.loop[k] = c.members[k].size() > 1;
    // Kahn's algorithm on the component DAG (parallel arcs counted as often as they occur).
    std::vector<int> indegree(count, 0);
    std::vector<std::vector<int>> next(count);
    for (const auto &[a, b] : arcs) {
        const int ca = c.component[static_cast<std::size_t>(a)];
        const int cb = c.component[static_cast<std::size_t>(b)];
        if (ca == cb) {
            if (a == b)
                c.loop[static_cast<std::size_t>(ca)] = true;
            continue;
        }
        next[static_cast<std::size_t>(ca)].push_back(cb);
        ++indegree[static_cast<std::size_t>(cb)];
    }
    std::deque<int> ready;
    for (std::size_t k = 0; k < count; ++k) {
        if (indegree[k] == 0)
            ready.push_back(static_cast<int>(k));
    }
    c.order.reserve(count);
    while (!ready.empty()) {
        const int k = ready.front();
        ready.pop_front();
        c.order.push_back(k);
        for (int m : next[static_cast<std::size_t>(k)]) {
            if (--indegree[static_cast<std::size_t>(m)] == 0)
                ready.push_back(m);
        }
    }
    return c;
}

} // namespace bp::analysis
