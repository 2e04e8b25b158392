#pragma once

#include "analysis/snapshot.h"
#include "analysis/visits.h"

#include <optional>
#include <span>
#include <vector>

/// @file criticalpath.h
/// End-to-end times on the loop-collapsed DAG (analysis.md §2.5): the worst-case critical path
/// with slack (CPM forward and backward passes), and the expected end-to-end time with XOR
/// probability weights and AND blocks taken as the max of their branches' means.
///
/// Every loop cluster (strong component with more than one step, or a self-loop) is one
/// super-step whose duration is Σ v_i^loc·d_i, with v^loc the visit ratios for one entry into
/// the cluster (v_i divided by the cluster's inflow).

namespace bp::analysis {

/// Worst-case path of the collapsed DAG: every XOR branch counts as if always taken.
struct CriticalPath
{
    double length = 0.0; ///< longest START→END path, minutes
    /// Steps of one critical path (zero slack), in path order; a cluster contributes its members
    /// in creation order. Start and end steps are not listed.
    std::vector<int> steps;
    std::vector<double> earliestStart; ///< ES per vertex (its component's)
    std::vector<double> slack; ///< LS − ES per vertex (its component's)
};

/// CPM on the condensation of @p snapshot with per-vertex durations @p duration (minutes; pass
/// 0 for start and end steps). Linear in the size of the graph.
CriticalPath criticalPath(const Snapshot &snapshot, const Visits &visits,
                          const std::vector<double> &duration);

/// Expected end-to-end time (analysis.md §2.5): a forward pass over the condensation in
/// topological order carrying, per step, the expected time at which it starts given that it is
/// reached. XOR merges average their inputs weighted by the probability mass they carry; an
/// AND-join starts at the largest of its branches' mean finishing times (a lower bound of
/// E[max], flagged). Without AND blocks the result equals Σ v_i·d_i.
struct ExpectedTime
{
    std::optional<double> time; ///< unset when a reached step has an infinite duration
    bool lowerBound = false; ///< some AND-join merged two or more branches by max of means
    std::vector<int> lowerBoundJoins; ///< those joins
    /// AND-joins without a matching fork: their branches cannot be told apart, so their inputs
    /// are averaged like an XOR merge.
    std::vector<int> unmatchedJoins;
};

/// Expected end-to-end time with per-vertex durations @p duration (minutes).
ExpectedTime expectedEndToEnd(const Snapshot &snapshot, const Visits &visits,
                              const std::vector<double> &duration);

/// The same for several sets of durations at once (one pass over the graph), e.g. service times
/// alone and service plus the wait of each formula.
std::vector<ExpectedTime> expectedEndToEnd(const Snapshot &snapshot, const Visits &visits,
                                           std::span<const std::vector<double>> durations);

} // namespace bp::analysis
