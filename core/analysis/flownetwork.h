#pragma once

#include <cstdint>
#include <vector>

/// @file flownetwork.h
/// Maximum flow and minimum cut on a directed network with integer capacities (Dinic's
/// algorithm on compressed rows). The max-flow analysis (analysis.md §2.9) runs it on the split
/// network of loop clusters; integers keep flow conservation exact, so the residual network
/// gives an exact cut.

namespace bp::analysis {

/// A network built arc by arc, then solved once.
class FlowNetwork
{
public:
    using Amount = std::int64_t;

    /// A network on vertices 0..n−1 without arcs.
    explicit FlowNetwork(int n);

    /// Adds the arc @p from → @p to with @p capacity ≥ 0. Parallel arcs add up.
    void addArc(int from, int to, Amount capacity);

    /// The value of a maximum flow from @p source to @p sink (Dinic: blocking flows on the
    /// level graph). The sum of the capacities out of @p source must fit in Amount.
    Amount maxFlow(int source, int sink);

    /// After maxFlow(): whether the source reaches @p v in the residual network. These vertices
    /// are the source side of the minimum cut nearest to the source (the same for every
    /// maximum flow).
    bool onSourceSide(int v) const { return m_level[static_cast<std::size_t>(v)] >= 0; }

private:
    bool levelFrom(int source, int sink);
    Amount blockingFlow(int source, int sink);

    int m_n = 0;
    std::vector<int> m_to; ///< arc 2i is an added arc, 2i + 1 its reverse
    std::vector<Amount> m_residual; ///< per arc
    std::vector<int> m_start; ///< compressed rows of arcs per tail, built by maxFlow()
    std::vector<int> m_rows;
    std::vector<int> m_level; ///< BFS distance from the source in the residual network, −1
    std::vector<int> m_next; ///< per vertex: next row entry to try in this phase
};

} // namespace bp::analysis
