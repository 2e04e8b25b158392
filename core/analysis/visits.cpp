#include "analysis/visits.h"

#include "analysis/linearsolve.h"

#include <boost/graph/dominator_tree.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>

namespace bp::analysis {

namespace {

using DomGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
using DomVertex = boost::graph_traits<DomGraph>::vertex_descriptor;

/// Dominator tree of the routing graph with a virtual START (vertex n) before every start step;
/// fills the matching fork of every join and the pre/post-order numbers for branchOf().
void findForkJoinStructure(const Snapshot &s, Visits &out)
{
    const auto n = static_cast<size_t>(s.size());
    out.matchingFork.assign(n, -1);
    bool anyJoin = false;
    for (size_t v = 0; v < n; ++v)
        anyJoin = anyJoin || s.node(int(v)).gateway == Gateway::Join;
    if (!anyJoin)
        return;

    const Graph &g = s.graph();
    DomGraph d(n + 1);
    for (int st : s.starts())
        boost::add_edge(n, static_cast<size_t>(st), d);
    for (auto [e, end] = boost::edges(g); e != end; ++e)
        boost::add_edge(boost::source(*e, g), boost::target(*e, g), d);
    std::vector<DomVertex> idom(n + 1, boost::graph_traits<DomGraph>::null_vertex());
    boost::lengauer_tarjan_dominator_tree(
        d, n, boost::make_iterator_property_map(idom.begin(), boost::get(boost::vertex_index, d)));

    std::vector<std::vector<int>> children(n + 1);
    for (size_t v = 0; v < n; ++v) {
        if (idom[v] != boost::graph_traits<DomGraph>::null_vertex())
            children[idom[v]].push_back(static_cast<int>(v));
    }
    // Pre-order numbers and the end of each subtree, iteratively.
    out.domIn.assign(n + 1, -1);
    out.domOut.assign(n + 1, -1);
    int clock = 0;
    std::vector<std::pair<int, size_t>> stack { { static_cast<int>(n), 0 } };
    out.domIn[n] = clock++;
    while (!stack.empty()) {
        auto &[v, next] = stack.back();
        const auto &kids = children[static_cast<size_t>(v)];
        if (next < kids.size()) {
            const int c = kids[next++];
            out.domIn[static_cast<size_t>(c)] = clock++;
            stack.push_back({ c, 0 });
        } else {
            out.domOut[static_cast<size_t>(v)] = clock;
            stack.pop_back();
        }
    }
    out.forkChildren.assign(n, {});
    for (size_t v = 0; v < n; ++v) {
        const Node &node = s.node(int(v));
        if (node.gateway == Gateway::Split)
            out.forkChildren[v] = children[v]; // pushed in vertex order: sort by pre-order
        if (node.gateway == Gateway::Join && idom[v] < n
            && s.node(int(idom[v])).gateway == Gateway::Split)
            out.matchingFork[v] = static_cast<int>(idom[v]);
    }
    for (auto &kids : out.forkChildren) {
        std::sort(kids.begin(), kids.end(), [&](int a, int b) {
            return out.domIn[static_cast<size_t>(a)] < out.domIn[static_cast<size_t>(b)];
        });
    }
}

} // namespace

int Visits::branchOf(int v, int fork) const
{
    if (v == fork)
        return v;
    if (domIn.empty() || fork < 0 || static_cast<size_t>(fork) >= forkChildren.size())
        return -1;
    const int at = domIn[static_cast<size_t>(v)];
    if (at < 0)
        return -1;
    const auto &kids = forkChildren[static_cast<size_t>(fork)];
    // Last child whose pre-order number is ≤ v's; v is in its subtree when before its end.
    auto it = std::upper_bound(kids.begin(), kids.end(), at, [&](int value, int child) {
        return value < domIn[static_cast<size_t>(child)];
    });
    if (it == kids.begin())
        return -1;
    const int c = *std::prev(it);
    return at < domOut[static_cast<size_t>(c)] ? c : -1;
}

bool Visits::dominates(int a, int b) const
{
    if (domIn.empty())
        return false;
    const int at = domIn[static_cast<size_t>(b)];
    return at >= 0 && domIn[static_cast<size_t>(a)] >= 0 && domIn[static_cast<size_t>(a)] <= at
        && at < domOut[static_cast<size_t>(a)];
}

double Visits::flowWeight(int from, int to) const
{
    const double w = inWeight[static_cast<size_t>(to)];
    if (w == 1.0 || matchingFork[static_cast<size_t>(to)] < 0)
        return w;
    return dominates(to, from) ? 1.0 : w;
}

Visits computeVisits(const Snapshot &s)
{
    Visits out;
    const Graph &g = s.graph();
    const auto n = static_cast<size_t>(s.size());
    findForkJoinStructure(s, out);

    // Flow weights into AND-joins: 1/k for the k branches of the matching fork, else 1/in-degree.
    out.inWeight.assign(n, 1.0);
    for (size_t v = 0; v < n; ++v) {
        if (s.node(int(v)).gateway != Gateway::Join)
            continue;
        const int fork = out.matchingFork[v];
        const size_t k = fork >= 0 ? boost::out_degree(static_cast<Vertex>(fork), g)
                                   : boost::in_degree(static_cast<Vertex>(v), g);
        if (k > 0)
            out.inWeight[v] = 1.0 / static_cast<double>(k);
    }

    std::vector<Coefficient> a;
    a.reserve(boost::num_edges(g));
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        const auto from = boost::source(*e, g);
        const auto to = boost::target(*e, g);
        const double p = g[*e].p.value_or(0.0) * out.flowWeight(int(from), int(to));
        if (p != 0.0)
            a.push_back({ static_cast<int>(to), static_cast<int>(from), p });
    }
    std::vector<double> b(n, 0.0);
    for (size_t v = 0; v < n; ++v)
        b[v] = s.node(int(v)).entry;
    LinearSolution sol = solveFixedPoint(n, a, b);
    out.v = std::move(sol.x);
    out.ok = sol.ok;
    for (size_t v = 0; v < n; ++v) {
        if (sol.trapped[v]) {
            out.trapped.push_back(static_cast<int>(v));
            out.v[v] = 0.0; // undefined: keep it harmless for the figures that follow
        }
    }

    // Strong components of the routing graph. Tarjan numbers a component after every component
    // it reaches, so decreasing numbers are a topological order of the condensation.
    out.component.assign(n, 0);
    const int count = n == 0 ? 0 : boost::strong_components(g, out.component.data());
    out.members.assign(static_cast<size_t>(count), {});
    for (size_t v = 0; v < n; ++v)
        out.members[static_cast<size_t>(out.component[v])].push_back(static_cast<int>(v));
    out.topoComponents.resize(static_cast<size_t>(count));
    for (int c = 0; c < count; ++c)
        out.topoComponents[static_cast<size_t>(c)] = count - 1 - c;

    // Rework clusters: more than one member, or a flow to itself.
    std::vector<double> &inflow = out.inflow;
    inflow.assign(static_cast<size_t>(count), 0.0);
    std::vector<bool> selfLoop(static_cast<size_t>(count), false);
    std::vector<bool> isEntry(n, false);
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        const auto from = boost::source(*e, g);
        const auto to = boost::target(*e, g);
        const int cf = out.component[from];
        const int ct = out.component[to];
        if (from == to)
            selfLoop[static_cast<size_t>(ct)] = true;
        if (cf != ct) {
            inflow[static_cast<size_t>(ct)]
                += out.v[from] * g[*e].p.value_or(0.0) * out.flowWeight(int(from), int(to));
            isEntry[to] = true;
        }
    }
    for (size_t v = 0; v < n; ++v) {
        if (s.node(int(v)).entry > 0.0) {
            inflow[static_cast<size_t>(out.component[v])] += s.node(int(v)).entry;
            isEntry[v] = true;
        }
    }
    for (int c : out.topoComponents) {
        const auto &m = out.members[static_cast<size_t>(c)];
        if (m.size() < 2 && !selfLoop[static_cast<size_t>(c)])
            continue;
        ReworkCluster rc;
        rc.steps = m;
        for (int v : m) {
            if (isEntry[static_cast<size_t>(v)])
                rc.entries.push_back(v);
        }
        rc.inflow = inflow[static_cast<size_t>(c)];
        double most = 0.0;
        for (int v : m)
            most = std::max(most, out.v[static_cast<size_t>(v)]);
        if (rc.inflow > 0.0) {
            rc.multiplier = most / rc.inflow;
            rc.reworkProbability = rc.multiplier > 0.0 ? 1.0 - 1.0 / rc.multiplier : 0.0;
        }
        out.clusters.push_back(std::move(rc));
    }
    return out;
}

} // namespace bp::analysis
