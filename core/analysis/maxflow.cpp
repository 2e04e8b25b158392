#include "analysis/maxflow.h"

#include "analysis/flownetwork.h"
#include "analysis/linearsolve.h"
#include "analysis/structuregraph.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>

namespace bp::analysis {

namespace {

// Capacities are fixed-point integers: a flow conserves exactly only in exact arithmetic, and an
// exact residual network gives an exact min cut.
using Amount = FlowNetwork::Amount;

constexpr double infinite = std::numeric_limits<double>::infinity();

/// Visit ratios inside every loop cluster for one customer entering it (1 outside clusters).
std::vector<double> localVisits(const RoutingView &view, const Condensation &c,
                                const std::vector<double> &visits)
{
    const Graph &g = view.snapshot().graph();
    const auto size = static_cast<std::size_t>(view.size());
    const auto visit = [&](EdgeDesc flow) {
        const auto u = boost::source(flow, g);
        return u < visits.size() ? visits[u] : 0.0;
    };
    std::vector<double> inflow(size, 0.0);
    std::vector<bool> entry(size, false);
    std::vector<Coefficient> a;
    for (const RoutingView::Arc &arc : view.arcs()) {
        const int ca = c.component[static_cast<std::size_t>(arc.from)];
        const int cb = c.component[static_cast<std::size_t>(arc.to)];
        if (!c.loop[static_cast<std::size_t>(cb)])
            continue;
        const double p = g[arc.flow].p.value_or(0.0);
        if (ca == cb) {
            a.push_back({ arc.to, arc.from, p });
        } else {
            inflow[static_cast<std::size_t>(arc.to)] += visit(arc.flow) * p;
            entry[static_cast<std::size_t>(arc.to)] = true;
        }
    }
    std::vector<double> b(size, 0.0);
    for (std::size_t k = 0; k < static_cast<std::size_t>(c.count); ++k) {
        if (!c.loop[k])
            continue;
        double total = 0.0;
        int entries = 0;
        for (int v : c.members(static_cast<int>(k))) {
            total += inflow[static_cast<std::size_t>(v)];
            entries += entry[static_cast<std::size_t>(v)] ? 1 : 0;
        }
        for (int v : c.members(static_cast<int>(k))) {
            const auto i = static_cast<std::size_t>(v);
            if (total > 0.0)
                b[i] = inflow[i] / total;
            else if (entries > 0)
                b[i] = entry[i] ? 1.0 / entries : 0.0;
            else
                b[i] = 1.0 / static_cast<double>(c.members(static_cast<int>(k)).size());
        }
    }
    LinearSolution x = solveFixedPoint(size, a, b);
    for (std::size_t k = 0; k < static_cast<std::size_t>(c.count); ++k) {
        if (c.loop[k])
            continue;
        for (int v : c.members(static_cast<int>(k)))
            x.x[static_cast<std::size_t>(v)] = 1.0;
    }
    for (std::size_t v = 0; v < size; ++v) {
        if (x.trapped[v])
            x.x[v] = 0.0; // never leaves: no meaningful capacity, treated as unconstrained
    }
    return x.x;
}

} // namespace

MaxFlowResult analyseMaxFlow(const Snapshot &s, const std::vector<double> &visits,
                             std::optional<double> fixedRoutingCapacity, const Settings &settings,
                             const RoutingView *shared)
{
    MaxFlowResult result;
    result.effectiveCapacity.assign(static_cast<std::size_t>(s.size()), infinite);
    std::optional<RoutingView> own;
    const RoutingView &view = shared ? *shared : own.emplace(s);
    const Condensation &c = view.condense();
    const int cStart = c.component[static_cast<std::size_t>(view.start())];
    const int cEnd = c.component[static_cast<std::size_t>(view.end())];
    if (cStart == cEnd || s.starts().empty() || s.ends().empty())
        return result;

    // Effective capacity of every step and of every cluster (+∞ when unbounded).
    const std::vector<double> local = localVisits(view, c, visits);
    const auto count = static_cast<std::size_t>(c.count);
    std::vector<double> clusterCap(count, infinite);
    std::vector<int> limiting(count, -1);
    for (int v = 0; v < s.size(); ++v) {
        if (view.isTerminalStep(v))
            continue;
        const Node &node = s.node(v);
        const double vloc = local[static_cast<std::size_t>(v)];
        double cap = infinite;
        if (!node.infinite && node.time > 0.0 && vloc > 0.0)
            cap = node.servers / node.time / vloc;
        result.effectiveCapacity[static_cast<std::size_t>(v)] = cap;
        const auto k = static_cast<std::size_t>(c.component[static_cast<std::size_t>(v)]);
        if (limiting[k] < 0 || cap < clusterCap[k]) {
            clusterCap[k] = cap;
            limiting[k] = v;
        }
    }
    double big = 1.0;
    for (double cap : clusterCap) {
        if (std::isfinite(cap))
            big += cap;
    }

    // Fixed point: `big` (more than every finite capacity together) becomes bigAmount, chosen so
    // that no excess can overflow even when every arc ends at one vertex.
    std::size_t arcs = count;
    for (const RoutingView::Arc &arc : view.arcs())
        arcs += c.component[static_cast<std::size_t>(arc.from)]
            != c.component[static_cast<std::size_t>(arc.to)];
    const Amount bigAmount
        = (Amount(1) << 62) / static_cast<Amount>(std::max<std::size_t>(arcs, 1) + 1);
    const double scale = static_cast<double>(bigAmount) / big;
    const auto amount = [&](double cap) {
        return std::isfinite(cap)
            ? std::min(bigAmount, static_cast<Amount>(std::llround(cap * scale)))
            : bigAmount;
    };

    // Split network: cluster k is in(k) = 2k → out(k) = 2k + 1.
    FlowNetwork network(static_cast<int>(2 * count));
    for (std::size_t k = 0; k < count; ++k)
        network.addArc(static_cast<int>(2 * k), static_cast<int>(2 * k + 1), amount(clusterCap[k]));
    for (const RoutingView::Arc &arc : view.arcs()) {
        const int ca = c.component[static_cast<std::size_t>(arc.from)];
        const int cb = c.component[static_cast<std::size_t>(arc.to)];
        if (ca != cb)
            network.addArc(2 * ca + 1, 2 * cb, bigAmount);
    }
    const int source = 2 * cStart + 1;
    const int sink = 2 * cEnd;
    const Amount flowAmount = network.maxFlow(source, sink);
    if (flowAmount <= 0)
        return result;
    const double flow = static_cast<double>(flowAmount) / scale;
    result.available = true;
    result.unbounded = flowAmount >= bigAmount;
    result.maxFlowPerMinute = result.unbounded ? infinite : flow;

    // Min cut: the split arcs from what START still reaches in the residual network to the rest.
    const auto reached = [&network](std::size_t v) {
        return network.onSourceSide(static_cast<int>(v));
    };
    if (!result.unbounded) {
        std::vector<int> cut;
        for (std::size_t k = 0; k < count; ++k) {
            if (reached(2 * k) && !reached(2 * k + 1) && limiting[k] >= 0)
                cut.push_back(limiting[k]);
        }
        std::sort(cut.begin(), cut.end());
        for (int v : cut)
            result.minCut.push_back(s.node(v).id);
    }

    addFlexibleRoutingGain(result, fixedRoutingCapacity, settings);
    return result;
}

void addFlexibleRoutingGain(MaxFlowResult &result, std::optional<double> fixedRoutingCapacity,
                            const Settings &settings)
{
    if (!result.available)
        return;
    if (fixedRoutingCapacity && *fixedRoutingCapacity > 0.0
        && (result.unbounded
            || result.maxFlowPerMinute > settings.flexibleRoutingGain * *fixedRoutingCapacity)) {
        FindingValues values { { QStringLiteral("fixed_capacity_per_hour"),
                                 *fixedRoutingCapacity * 60.0 } };
        if (!result.unbounded) {
            values.insert(QStringLiteral("max_flow_per_hour"), result.maxFlowPerMinute * 60.0);
            values.insert(QStringLiteral("gain"), result.maxFlowPerMinute / *fixedRoutingCapacity);
        }
        result.findings.push_back({ QStringLiteral("FLEXIBLE_ROUTING_GAIN"), Severity::Info,
                                    QStringList(result.minCut.begin(), result.minCut.end()),
                                    values });
    }
}

} // namespace bp::analysis
