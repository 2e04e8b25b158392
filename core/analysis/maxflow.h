#pragma once

#include "analysis/finding.h"
#include "analysis/settings.h"
#include "analysis/snapshot.h"

#include <optional>
#include <vector>

/// @file maxflow.h
/// Capacity under flexible routing: max-flow / min-cut with node splitting (analysis.md §2.9).
///
/// Each step v becomes v_in → v_out with capacity cap_v = c_v / t_v customers per minute for
/// one visit (infinite servers or t = 0: "unbounded", a large finite value Σ finite caps + 1);
/// flows get that large value too. Rework loops cannot be expressed in a flow network, so every
/// loop cluster (strongly connected component of the routing view, structuregraph.h) becomes
/// one node with cap_SCC = min over its steps of cap_v / v_v^loc, where v^loc are the visit
/// ratios inside the cluster for one customer entering it (solveFixedPoint restricted to the
/// cluster; the entry is split in proportion to the inflow the global visit ratios give, or
/// equally over the entry steps when those are zero). The flow runs from START to END of the
/// routing view with Boost's push_relabel_max_flow. The min cut is the set of cluster nodes
/// whose in-half is reachable from START in the residual graph and whose out-half is not; each
/// is reported by its limiting step.
///
/// Limitation: a fork is treated like any other step (its branches share the flow); the AND
/// semantics, where every branch carries every customer, is not a flow network.
///
/// Finding code:
///
/// | code | level | elements | values | condition |
/// |---|---|---|---|---|
/// | `FLEXIBLE_ROUTING_GAIN` | info | the min-cut steps | `max_flow_per_hour`,
/// `fixed_capacity_per_hour`, `gain` | max-flow > Settings::flexibleRoutingGain × the fixed-routing
/// capacity |

namespace bp::analysis {

class RoutingView;

/// Result of analyseMaxFlow().
struct MaxFlowResult
{
    bool available = false; ///< false without START→END path or when START and END share a loop
    bool unbounded = false; ///< some START→END path has no finite capacity at all
    double maxFlowPerMinute = 0.0; ///< customers per minute (meaningless when unbounded)
    /// The limiting step of every min-cut node, in vertex order.
    std::vector<ElementId> minCut;
    /// Per snapshot vertex: cap_v / v_v^loc in customers per minute (+∞ when unbounded), the
    /// figure the cut compares; for steps outside loops v^loc = 1.
    std::vector<double> effectiveCapacity;
    Findings findings;
};

/// Max-flow of @p snapshot with the global visit ratios @p visits (for the split of a loop's
/// entry). @p fixedRoutingCapacity is the capacity under the drawn probabilities in customers
/// per minute (process capacity, computed by the queueing analysis); without it no finding is
/// made. Near-linear apart from push-relabel on the condensed graph.
/// @p shared, when given, is a routing view of @p snapshot that other analyses of the same run
/// use as well (runAnalysis builds it once); without it the function builds its own.
MaxFlowResult analyseMaxFlow(const Snapshot &snapshot, const std::vector<double> &visits,
                             std::optional<double> fixedRoutingCapacity,
                             const Settings &settings = {}, const RoutingView *shared = nullptr);

/// Adds FLEXIBLE_ROUTING_GAIN to @p result (analyseMaxFlow() without a fixed-routing capacity)
/// when the max-flow exceeds settings.flexibleRoutingGain times @p fixedRoutingCapacity:
/// runAnalysis computes the max-flow beside the queueing part, which gives that capacity.
void addFlexibleRoutingGain(MaxFlowResult &result, std::optional<double> fixedRoutingCapacity,
                            const Settings &settings);

} // namespace bp::analysis
