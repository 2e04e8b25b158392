#pragma once

#include "analysis/snapshot.h"

#include <span>
#include <vector>

/// @file visits.h
/// Visit ratios from the traffic equations v = γ + Pᵀv (analysis.md §2.2), the rework clusters
/// (strongly connected components) and the AND-block structure the flow-time figures need.

namespace bp::analysis {

/// A rework loop: a strongly connected cluster of more than one step, or one step with a flow to
/// itself (analysis.md §3.2 REWORK_LOOP).
struct ReworkCluster
{
    std::vector<int> steps; ///< vertices, in creation order
    std::vector<int> entries; ///< members that receive customers from outside the cluster
    /// Customers entering the cluster per arriving customer (Σ of the flows from outside and of γ).
    double inflow = 0.0;
    /// Load multiplier 1/(1−r): the largest visit ratio of a member divided by the inflow; for a
    /// simple loop that returns with probability r it is the geometric 1/(1−r).
    double multiplier = 1.0;
    /// The equivalent return probability r = 1 − 1/multiplier.
    double reworkProbability = 0.0;
};

/// The routing flows of a snapshot in compressed sparse row form, by source and by target, so
/// that the passes of the analysis walk flat arrays (Boost's edge lists are linked nodes).
struct RoutingGraph
{
    std::vector<int> outStart; ///< size n+1: flows out of v are [outStart[v], outStart[v+1])
    std::vector<int> outTarget; ///< target of each flow, grouped by source
    std::vector<double> outP; ///< its probability (a missing p counts as 0)
    std::vector<int> inStart; ///< size n+1: flows into v are [inStart[v], inStart[v+1])
    std::vector<int> inSource; ///< source of each flow, grouped by target
    std::vector<double> inP; ///< its probability

    int size() const { return outStart.empty() ? 0 : static_cast<int>(outStart.size()) - 1; }
};

/// Outcome of computeVisits().
struct Visits
{
    std::vector<double> v; ///< visit ratio per vertex (expected visits per arriving customer)
    RoutingGraph flows; ///< the routing flows, flat
    std::vector<double> entry; ///< γ per vertex (Node::entry), flat
    std::vector<Gateway> gateway; ///< gateway per vertex, flat
    /// Per vertex: 1, or 1/k for an AND-join whose matching fork has k branches. Use
    /// flowWeight() for the weight of a given flow.
    std::vector<double> inWeight;
    bool ok = true; ///< false when some loop has no exit (singular system, "trapped flow")
    std::vector<int> trapped; ///< vertices whose visits are undefined (trapped or downstream)
    std::vector<int> component; ///< strongly connected component per vertex
    int componentCount = 0;
    /// Components in a topological order of the condensed graph (every flow goes from an earlier
    /// component to a later one, or stays inside one).
    std::vector<int> topoComponents;
    /// Members of component c: memberList[memberStart[c] .. memberStart[c+1]), in creation order.
    std::vector<int> memberStart, memberList;
    /// Per component: customers entering it per arriving customer (flows from other components
    /// plus γ). A loop cluster's local visit ratios with unit entry are v_i / inflow.
    std::vector<double> inflow;
    std::vector<ReworkCluster> clusters; ///< the rework loops, in topological order
    /// Per vertex: for an AND-join, the vertex of its matching fork (its immediate dominator when
    /// that is a fork), else −1. An AND-join without a match falls back to weight 1/in-degree.
    std::vector<int> matchingFork;
    /// Dominator tree (root = a virtual START before every start step), only built when the
    /// snapshot has an AND-join: pre-order number and end of subtree per vertex (−1 when not
    /// reached), and the children of every vertex sorted by pre-order.
    std::vector<int> domIn, domOut;
    std::vector<int> domChildStart, domChild;

    /// The members of component @p c.
    std::span<const int> members(int c) const
    {
        const auto b = static_cast<size_t>(memberStart[static_cast<size_t>(c)]);
        const auto e = static_cast<size_t>(memberStart[static_cast<size_t>(c) + 1]);
        return { memberList.data() + b, e - b };
    }

    /// The branch of fork @p fork that vertex @p v lies on: the dominator-tree child of the fork
    /// that dominates v; @p v itself when v is the fork (an empty branch); −1 when v is not
    /// dominated by the fork.
    int branchOf(int v, int fork) const;

    /// True when every path from START to @p b passes through @p a (dominator tree; false when
    /// the tree was not needed, i.e. the snapshot has no AND-join).
    bool dominates(int a, int b) const;

    /// Weight of the flow @p from → @p to in the traffic equations: the flow carries
    /// v_from·p·weight of to's visits. 1/k for a flow from a branch into an AND-join whose
    /// matching fork has k branches (so that v_join = v_split); 1 otherwise, also for a flow
    /// that returns to a join from after it (a loop: that customer is not synchronised again).
    double flowWeight(int from, int to) const;
};

/// Solves the traffic equations of @p snapshot near-linearly (solveFixedPoint: condensation by
/// strong components, a small system per loop). Entries γ are Node::entry; XOR routing uses the
/// flows' p (a missing p counts as 0: validation reports it); an AND-split sends its full v down
/// every branch; an AND-join receives v_join = v_split (each incoming flow weighted 1/k, with k
/// the branches of its matching fork, or 1/in-degree without one).
Visits computeVisits(const Snapshot &snapshot);

} // namespace bp::analysis
