#include "analysis/structuregraph.h"

#include "analysis/structure.h"

namespace bp::analysis {

RoutingView::RoutingView(const Snapshot &snapshot)
    : m_snapshot(&snapshot)
    , m_n(snapshot.size())
    , m_terminal(static_cast<std::size_t>(snapshot.size()), 0)
{
    for (int v : snapshot.starts())
        m_terminal[static_cast<std::size_t>(v)] = start();
    for (int v : snapshot.ends())
        m_terminal[static_cast<std::size_t>(v)] = end();
    const Graph &g = snapshot.graph();
    m_arcs.reserve(boost::num_edges(g));
    std::vector<std::pair<int, int>> ends;
    ends.reserve(boost::num_edges(g));
    for (auto [e, last] = boost::edges(g); e != last; ++e) {
        const int from = vertexOf(static_cast<int>(boost::source(*e, g)));
        const int to = vertexOf(static_cast<int>(boost::target(*e, g)));
        ends.emplace_back(from, to);
        m_arcs.push_back({ from, to, *e });
    }
    m_graph = Digraph(size(), ends);
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
    return routingName(*m_snapshot, viewVertex);
}

std::vector<bool> RoutingView::reachableFromStart() const
{
    std::vector<bool> seen(static_cast<std::size_t>(size()), false);
    std::vector<int> stack { start() };
    seen[static_cast<std::size_t>(start())] = true;
    while (!stack.empty()) {
        const int u = stack.back();
        stack.pop_back();
        for (const int w : m_graph.successors(u)) {
            if (!seen[static_cast<std::size_t>(w)]) {
                seen[static_cast<std::size_t>(w)] = true;
                stack.push_back(w);
            }
        }
    }
    return seen;
}

std::vector<bool> RoutingView::reachingEnd() const
{
    std::vector<bool> seen(static_cast<std::size_t>(size()), false);
    std::vector<int> stack { end() };
    seen[static_cast<std::size_t>(end())] = true;
    while (!stack.empty()) {
        const int u = stack.back();
        stack.pop_back();
        for (const int w : m_graph.predecessors(u)) {
            if (!seen[static_cast<std::size_t>(w)]) {
                seen[static_cast<std::size_t>(w)] = true;
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
    return immediateDominators(m_graph, end(), Direction::Backward);
}

const Condensation &RoutingView::condense() const
{
    if (!m_condensation)
        m_condensation = analysis::condense(m_graph);
    return *m_condensation;
}

} // namespace bp::analysis
