#include "analysis/visits.h"

#include "analysis/digraph.h"
#include "analysis/linearsolve.h"

#include <algorithm>

namespace bp::analysis {

namespace {

RoutingGraph routingGraph(const Snapshot &s)
{
    RoutingGraph r;
    const Graph &g = s.graph();
    const auto n = static_cast<size_t>(s.size());
    std::vector<int> from, to;
    std::vector<double> p;
    from.reserve(boost::num_edges(g));
    to.reserve(boost::num_edges(g));
    p.reserve(boost::num_edges(g));
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        from.push_back(static_cast<int>(boost::source(*e, g)));
        to.push_back(static_cast<int>(boost::target(*e, g)));
        p.push_back(g[*e].p.value_or(0.0));
    }
    std::vector<int> order;
    groupByKey(static_cast<int>(n), from, r.outStart, order);
    r.outTarget.resize(order.size());
    r.outP.resize(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        const auto flow = static_cast<size_t>(order[i]);
        r.outTarget[i] = to[flow];
        r.outP[i] = p[flow];
    }
    groupByKey(static_cast<int>(n), to, r.inStart, order);
    r.inSource.resize(order.size());
    r.inP.resize(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        const auto flow = static_cast<size_t>(order[i]);
        r.inSource[i] = from[flow];
        r.inP[i] = p[flow];
    }
    return r;
}

/// Dominator tree of the routing graph with a virtual START (vertex n) before every start step,
/// by the iterative algorithm of Cooper, Harvey & Kennedy ("A Simple, Fast Dominance
/// Algorithm", 2001) on reverse postorder; it settles in a few passes on blueprint graphs. Fills
/// the matching fork of every join and the pre-order numbering that branchOf() needs.
void findForkJoinStructure(const Snapshot &s, Visits &out)
{
    const RoutingGraph &r = out.flows;
    const auto n = static_cast<size_t>(s.size());
    out.matchingFork.assign(n, -1);
    bool anyJoin = false;
    for (size_t v = 0; v < n && !anyJoin; ++v)
        anyJoin = out.gateway[v] == Gateway::Join;
    if (!anyJoin)
        return;

    const auto root = static_cast<int>(n);
    std::vector<bool> isStart(n, false);
    for (int st : s.starts())
        isStart[static_cast<size_t>(st)] = true;
    // Postorder from the root by an iterative depth-first search.
    std::vector<int> post(n + 1, -1), order; // order: vertices by postorder number
    order.reserve(n + 1);
    {
        std::vector<bool> seen(n + 1, false);
        std::vector<std::pair<int, int>> calls;
        seen[n] = true;
        calls.push_back({ root, 0 });
        size_t nextStart = 0;
        while (!calls.empty()) {
            auto &[v, next] = calls.back();
            int w = -1;
            if (v == root) {
                while (nextStart < s.starts().size() && w < 0) {
                    const int st = s.starts()[nextStart++];
                    if (!seen[static_cast<size_t>(st)])
                        w = st;
                }
            } else {
                const auto vu = static_cast<size_t>(v);
                while (next < r.outStart[vu + 1] - r.outStart[vu] && w < 0) {
                    const int t = r.outTarget[static_cast<size_t>(r.outStart[vu] + next++)];
                    if (!seen[static_cast<size_t>(t)])
                        w = t;
                }
            }
            if (w >= 0) {
                seen[static_cast<size_t>(w)] = true;
                calls.push_back({ w, 0 });
            } else {
                post[static_cast<size_t>(v)] = static_cast<int>(order.size());
                order.push_back(v);
                calls.pop_back();
            }
        }
    }
    std::vector<int> idom(n + 1, -1);
    idom[n] = root;
    const auto intersect = [&](int a, int b) {
        while (a != b) {
            while (post[static_cast<size_t>(a)] < post[static_cast<size_t>(b)])
                a = idom[static_cast<size_t>(a)];
            while (post[static_cast<size_t>(b)] < post[static_cast<size_t>(a)])
                b = idom[static_cast<size_t>(b)];
        }
        return a;
    };
    for (bool changed = true; changed;) {
        changed = false;
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const int v = *it;
            if (v == root)
                continue;
            const auto vu = static_cast<size_t>(v);
            int best = isStart[vu] ? root : -1;
            for (int k = r.inStart[vu]; k < r.inStart[vu + 1]; ++k) {
                const int p = r.inSource[static_cast<size_t>(k)];
                if (idom[static_cast<size_t>(p)] < 0)
                    continue; // not processed yet (or not reachable)
                best = best < 0 ? p : intersect(p, best);
            }
            if (best >= 0 && idom[vu] != best) {
                idom[vu] = best;
                changed = true;
            }
        }
    }

    // Children of every vertex in the tree, then pre-order numbers and subtree ends.
    std::vector<int> parents;
    std::vector<int> kids;
    parents.reserve(n);
    for (size_t v = 0; v < n; ++v) {
        if (idom[v] >= 0) {
            parents.push_back(idom[v]);
            kids.push_back(static_cast<int>(v));
        }
    }
    std::vector<int> slot;
    groupByKey(static_cast<int>(n + 1), parents, out.domChildStart, slot);
    out.domChild.resize(slot.size());
    for (size_t i = 0; i < slot.size(); ++i)
        out.domChild[i] = kids[static_cast<size_t>(slot[i])];
    out.domIn.assign(n + 1, -1);
    out.domOut.assign(n + 1, -1);
    int clock = 0;
    std::vector<std::pair<int, int>> stack { { root, out.domChildStart[n] } };
    out.domIn[n] = clock++;
    while (!stack.empty()) {
        auto &[v, next] = stack.back();
        if (next < out.domChildStart[static_cast<size_t>(v) + 1]) {
            const int c = out.domChild[static_cast<size_t>(next++)];
            out.domIn[static_cast<size_t>(c)] = clock++;
            stack.push_back({ c, out.domChildStart[static_cast<size_t>(c)] });
        } else {
            out.domOut[static_cast<size_t>(v)] = clock;
            stack.pop_back();
        }
    }
    // Children were visited in storage order, so pre-order numbers already increase within
    // every range: branchOf() can binary-search them.
    for (size_t v = 0; v < n; ++v) {
        if (out.gateway[v] == Gateway::Join && idom[v] >= 0 && idom[v] != root
            && out.gateway[static_cast<size_t>(idom[v])] == Gateway::Split)
            out.matchingFork[v] = idom[v];
    }
}

} // namespace

int Visits::branchOf(int v, int fork) const
{
    if (v == fork)
        return v;
    if (domIn.empty() || fork < 0)
        return -1;
    const int at = domIn[static_cast<size_t>(v)];
    if (at < 0)
        return -1;
    const auto first = domChild.begin() + domChildStart[static_cast<size_t>(fork)];
    const auto last = domChild.begin() + domChildStart[static_cast<size_t>(fork) + 1];
    // Last child whose pre-order number is ≤ v's; v is in its subtree when before its end.
    auto it = std::upper_bound(first, last, at, [&](int value, int child) {
        return value < domIn[static_cast<size_t>(child)];
    });
    if (it == first)
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
    const auto n = static_cast<size_t>(s.size());
    out.flows = routingGraph(s);
    out.entry.resize(n);
    out.gateway.resize(n);
    for (size_t v = 0; v < n; ++v) {
        out.entry[v] = s.node(int(v)).entry;
        out.gateway[v] = s.node(int(v)).gateway;
    }
    const RoutingGraph &r = out.flows;
    findForkJoinStructure(s, out);

    // Flow weights into AND-joins: 1/k for the k branches of the matching fork, else 1/in-degree.
    out.inWeight.assign(n, 1.0);
    for (size_t v = 0; v < n; ++v) {
        if (out.gateway[v] != Gateway::Join)
            continue;
        const int fork = out.matchingFork[v];
        const int k = fork >= 0
            ? r.outStart[static_cast<size_t>(fork) + 1] - r.outStart[static_cast<size_t>(fork)]
            : r.inStart[v + 1] - r.inStart[v];
        if (k > 0)
            out.inWeight[v] = 1.0 / k;
    }

    std::vector<Coefficient> a;
    a.reserve(r.inSource.size());
    for (size_t to = 0; to < n; ++to) {
        for (int k = r.inStart[to]; k < r.inStart[to + 1]; ++k) {
            const int from = r.inSource[static_cast<size_t>(k)];
            const double w = r.inP[static_cast<size_t>(k)] * out.flowWeight(from, int(to));
            if (w != 0.0)
                a.push_back({ static_cast<int>(to), from, w });
        }
    }
    LinearSolution sol = solveFixedPoint(n, a, out.entry);
    out.v = std::move(sol.x);
    out.ok = sol.ok;
    for (size_t v = 0; v < n; ++v) {
        if (sol.trapped[v]) {
            out.trapped.push_back(static_cast<int>(v));
            out.v[v] = 0.0; // undefined: keep it harmless for the figures that follow
        }
    }

    // Strong components and their members.
    const int count = strongComponents(r.outStart, r.outTarget, out.component);
    out.componentCount = count;
    // Stable: creation order per component.
    groupByKey(count, out.component, out.memberStart, out.memberList);
    out.topoComponents.resize(static_cast<size_t>(count));
    for (int c = 0; c < count; ++c)
        out.topoComponents[static_cast<size_t>(c)] = count - 1 - c;

    // Inflow per component and the rework clusters (more than one member, or a flow to itself).
    out.inflow.assign(static_cast<size_t>(count), 0.0);
    std::vector<bool> selfLoop(static_cast<size_t>(count), false);
    std::vector<bool> isEntry(n, false);
    for (size_t to = 0; to < n; ++to) {
        const int ct = out.component[to];
        for (int k = r.inStart[to]; k < r.inStart[to + 1]; ++k) {
            const int from = r.inSource[static_cast<size_t>(k)];
            if (static_cast<size_t>(from) == to)
                selfLoop[static_cast<size_t>(ct)] = true;
            if (out.component[static_cast<size_t>(from)] != ct) {
                out.inflow[static_cast<size_t>(ct)] += out.v[static_cast<size_t>(from)]
                    * r.inP[static_cast<size_t>(k)] * out.flowWeight(from, int(to));
                isEntry[to] = true;
            }
        }
        if (out.entry[to] > 0.0) {
            out.inflow[static_cast<size_t>(ct)] += out.entry[to];
            isEntry[to] = true;
        }
    }
    for (int c : out.topoComponents) {
        const std::span<const int> m = out.members(c);
        if (m.size() < 2 && !selfLoop[static_cast<size_t>(c)])
            continue;
        ReworkCluster rc;
        rc.steps.assign(m.begin(), m.end());
        for (int v : m) {
            if (isEntry[static_cast<size_t>(v)])
                rc.entries.push_back(v);
        }
        rc.inflow = out.inflow[static_cast<size_t>(c)];
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
