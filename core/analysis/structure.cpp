#include "analysis/structure.h"

#include "analysis/failure.h"
#include "analysis/structuregraph.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <utility>

namespace bp::analysis {

namespace {

/// Ancestors of END in the dominator tree from START (both excluded), START side first.
std::vector<int> dominatorChain(const std::vector<int> &idom, int start, int end)
{
    std::vector<int> chain;
    for (int v = idom[static_cast<std::size_t>(end)]; v >= 0 && v != start;
         v = idom[static_cast<std::size_t>(v)])
        chain.push_back(v);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

/// Must-pass flows (analysis.md §2.8: split every arc with a virtual vertex and keep the virtual
/// vertices that dominate END), read off the dominator tree of the view itself in linear time.
///
/// The virtual vertex x of an arc u→v has v as its only successor, so x dominates END exactly
/// when v does and x dominates v. x dominates v when every other arc into v comes from a vertex
/// that cannot be reached from START, or that v dominates (a loop back into v, a self-loop):
/// then the arc is the only way into v from outside v's own subtree. Such a v is on the chain of
/// END's dominators, and it has at most one such arc, so the flows come out in chain order,
/// START side first. (A second run of Lengauer–Tarjan on the split graph, with a vertex per
/// flow, was the largest part of the structural analysis.)
std::vector<MustPassFlow> mustPassFlows(const RoutingView &view, bool endReachable)
{
    if (!endReachable)
        return {};
    const std::vector<int> &idom = view.dominators();
    const auto size = static_cast<std::size_t>(view.size());

    // Pre- and post-order numbers on the dominator tree: a dominates b iff a's interval
    // contains b's.
    std::vector<int> firstChild(size, -1), nextSibling(size, -1);
    for (std::size_t v = 0; v < size; ++v) {
        if (const int parent = idom[v]; parent >= 0) {
            nextSibling[v] = firstChild[static_cast<std::size_t>(parent)];
            firstChild[static_cast<std::size_t>(parent)] = static_cast<int>(v);
        }
    }
    std::vector<int> pre(size, -1), post(size, -1);
    int clock = 0;
    std::vector<int> stack { view.start() };
    pre[static_cast<std::size_t>(view.start())] = clock++;
    while (!stack.empty()) {
        const auto v = static_cast<std::size_t>(stack.back());
        if (const int child = firstChild[v]; child >= 0) {
            firstChild[v] = nextSibling[static_cast<std::size_t>(child)]; // visit it once
            pre[static_cast<std::size_t>(child)] = clock++;
            stack.push_back(child);
        } else {
            post[v] = clock++;
            stack.pop_back();
        }
    }
    const auto reached = [&pre](int v) {
        return pre[static_cast<std::size_t>(v)] >= 0;
    };
    const auto dominates = [&pre, &post](int a, int b) {
        const auto i = static_cast<std::size_t>(a), j = static_cast<std::size_t>(b);
        return pre[i] <= pre[j] && post[j] <= post[i];
    };

    std::vector<int> chain = dominatorChain(idom, view.start(), view.end());
    chain.push_back(view.end());
    const Digraph &g = view.graph();
    std::vector<MustPassFlow> out;
    for (const int v : chain) {
        int only = -1; // the single arc into v from outside its subtree, if there is one
        int count = 0;
        const std::span<const int> from = g.predecessors(v);
        const std::span<const int> arcs = g.inArcs(v);
        for (std::size_t i = 0; i < from.size(); ++i) {
            if (!reached(from[i]) || dominates(v, from[i]))
                continue;
            only = arcs[i];
            if (++count > 1)
                break;
        }
        if (count != 1)
            continue;
        const RoutingView::Arc &a = view.arcs()[static_cast<std::size_t>(only)];
        out.push_back({ a.from, a.to, view.snapshot().graph()[a.flow].id });
    }
    return out;
}

void undirectedViews(const RoutingView &view, SpofResult &r)
{
    std::vector<std::pair<int, int>> with;
    std::vector<std::pair<int, int>> without;
    for (const RoutingView::Arc &a : view.arcs()) {
        with.emplace_back(a.from, a.to);
        const auto terminal = [&view](int v) {
            return v == view.start() || v == view.end();
        };
        if (!terminal(a.from) && !terminal(a.to))
            without.emplace_back(a.from, a.to);
    }
    const auto keep = [&view](UndirectedCuts &cuts, std::vector<int> &points,
                              std::vector<std::pair<int, int>> &bridges) {
        for (int v : cuts.articulationPoints) {
            if (v < view.steps())
                points.push_back(v);
        }
        bridges = std::move(cuts.bridges);
    };
    UndirectedCuts cutsWith = undirectedCuts(view.size(), with, false);
    keep(cutsWith, r.articulationPoints, r.bridges);
    r.biconnectedComponents = cutsWith.componentCount;
    UndirectedCuts cutsWithout = undirectedCuts(view.size(), without, false);
    keep(cutsWithout, r.articulationPointsWithoutTerminals, r.bridgesWithoutTerminals);
}

} // namespace

QString routingName(const Snapshot &snapshot, int v)
{
    if (v == snapshot.size())
        return QStringLiteral("START");
    if (v == snapshot.size() + 1)
        return QStringLiteral("END");
    return snapshot.node(v).id;
}

QStringList routingNames(const Snapshot &snapshot, const std::vector<int> &vertices)
{
    QStringList names;
    names.reserve(static_cast<qsizetype>(vertices.size()));
    for (int v : vertices)
        names.append(routingName(snapshot, v));
    return names;
}

SpofResult analyseSpof(const Snapshot &s, const RoutingView *shared,
                       const std::vector<FailPoint> *audit)
{
    SpofResult r;
    std::optional<RoutingView> own;
    const RoutingView &view = shared ? *shared : own.emplace(s);
    const std::vector<int> &idom = view.dominators();
    const bool endReachable = idom[static_cast<std::size_t>(view.end())] >= 0;
    std::vector<bool> unrecovered(static_cast<std::size_t>(s.size()), false);
    std::vector<FailPoint> ownAudit;
    if (!audit)
        audit = &(ownAudit = recoveryAudit(s, &view));
    for (const FailPoint &fp : *audit) {
        if (!fp.recovered)
            unrecovered[static_cast<std::size_t>(fp.vertex)] = true;
    }
    if (endReachable) {
        const auto singleServer = [&s](int v) {
            return !s.node(v).infinite && s.node(v).servers == 1;
        };
        r.dominators = dominatorChain(idom, view.start(), view.end());
        std::copy_if(r.dominators.begin(), r.dominators.end(),
                     std::back_inserter(r.singleServerDominators), singleServer);
        // Tens of thousands of these on a large blueprint: room for all of them at once, and
        // the two findings of a step share one list of elements.
        r.findings.reserve(r.dominators.size() + r.singleServerDominators.size());
        for (int v : r.dominators) {
            const Node &node = s.node(v);
            const bool escalate = unrecovered[static_cast<std::size_t>(v)];
            QStringList elements { node.id };
            r.findings.push_back(
                { QStringLiteral("SPOF"),
                  escalate ? Severity::Warning : Severity::Info,
                  elements,
                  { { QStringLiteral("servers"), node.infinite ? -1 : node.servers },
                    { QStringLiteral("unrecovered_fail_point"), escalate } } });
            if (singleServer(v))
                r.findings.push_back({ QStringLiteral("SPOF_SINGLE_SERVER"),
                                       Severity::Warning,
                                       std::move(elements),
                                       { { QStringLiteral("servers"), 1 } } });
        }
    }
    r.mustPass = mustPassFlows(view, endReachable);
    undirectedViews(view, r);
    return r;
}

StructureResult analyseStructure(const Snapshot &snapshot, const std::vector<double> &visits,
                                 const Settings &settings,
                                 std::optional<double> fixedRoutingCapacity,
                                 const RoutingView *shared, const std::vector<FailPoint> *audit)
{
    std::optional<RoutingView> own;
    const RoutingView &view = shared ? *shared : own.emplace(snapshot);
    StructureResult r;
    r.spof = analyseSpof(snapshot, &view, audit);
    r.crossings = analyseCrossings(snapshot, visits, settings);
    r.maxFlow = analyseMaxFlow(snapshot, visits, fixedRoutingCapacity, settings, &view);
    for (Findings *f : { &r.spof.findings, &r.crossings.findings, &r.maxFlow.findings }) {
        r.findings.insert(r.findings.end(), std::make_move_iterator(f->begin()),
                          std::make_move_iterator(f->end()));
        f->clear();
    }
    return r;
}

} // namespace bp::analysis
