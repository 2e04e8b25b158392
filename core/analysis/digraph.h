#pragma once

#include <span>
#include <utility>
#include <vector>

/// @file digraph.h
/// A compact directed graph (compressed rows, both directions) and the linear-time algorithms
/// the structural analysis runs on it: strongly connected components with a topological order
/// of them, and immediate dominators.
///
/// The snapshot keeps the blueprint as a Boost.Graph `adjacency_list` (analysis.md §4). The
/// derived graphs the structure, validation, failure and max-flow parts walk are built once per
/// run as arrays: a Boost `adjacency_list` per algorithm allocated a vector per vertex, and
/// Boost 1.74's dominator tree a `std::deque` per vertex, which together were more than half of
/// the analysis of a 10,000-step blueprint.

namespace bp::analysis {

/// Groups items by key in compressed rows, keeping their order within a key: @p start gets
/// n + 1 offsets, and the indices of the items with key k are order[start[k]..start[k + 1]).
/// Every key is in 0..n−1. Linear (a counting sort).
void groupByKey(int n, std::span<const int> keys, std::vector<int> &start, std::vector<int> &order);

/// Tarjan's strongly connected components of the graph whose successors of v are
/// targets[start[v]..start[v + 1]), with an explicit stack (a chain of 100,000 steps must not
/// recurse 100,000 deep). Roots are tried in vertex order and components numbered as they
/// complete, so every arc between components goes from a higher number to a lower one (the
/// numbering Boost's strong_components gives). Fills @p component per vertex and returns the
/// number of components.
int strongComponents(std::span<const int> start, std::span<const int> targets,
                     std::vector<int> &component);

struct Condensation;

/// A directed graph on vertices 0..n−1 given by its arcs, with successors and predecessors in
/// compressed rows. Arc i is the i-th pair given; parallel arcs and self-loops are kept. Within
/// a vertex, successors and predecessors keep the order of the arcs.
class Digraph
{
public:
    Digraph() = default;
    /// @p arcs: (from, to) pairs, each in 0..n−1.
    Digraph(int n, std::span<const std::pair<int, int>> arcs);

    int size() const { return m_n; }
    int arcCount() const { return static_cast<int>(m_outTarget.size()); }
    /// Targets of the arcs out of @p v, in arc order.
    std::span<const int> successors(int v) const { return row(m_outStart, m_outTarget, v); }
    /// Indices of the arcs out of @p v, parallel to successors().
    std::span<const int> outArcs(int v) const { return row(m_outStart, m_outArc, v); }
    /// Sources of the arcs into @p v, in arc order.
    std::span<const int> predecessors(int v) const { return row(m_inStart, m_inSource, v); }
    /// Indices of the arcs into @p v, parallel to predecessors().
    std::span<const int> inArcs(int v) const { return row(m_inStart, m_inArc, v); }

private:
    friend Condensation condense(const Digraph &g, bool withOrder);

    static std::span<const int> row(const std::vector<int> &start, const std::vector<int> &data,
                                    int v)
    {
        const auto i = static_cast<std::size_t>(v);
        return { data.data() + start[i], static_cast<std::size_t>(start[i + 1] - start[i]) };
    }

    int m_n = 0;
    std::vector<int> m_outStart, m_outTarget, m_outArc;
    std::vector<int> m_inStart, m_inSource, m_inArc;
};

/// Strongly connected components of a directed graph and a topological order of them.
struct Condensation
{
    /// Component per vertex. Components are numbered as Tarjan's algorithm completes them,
    /// with roots tried in vertex order: every arc between components goes from a higher
    /// number to a lower one (the numbering Boost's strong_components gives).
    std::vector<int> component;
    int count = 0;
    std::vector<int> order; ///< components, sources first (Kahn's order on the component DAG)
    std::vector<bool> loop; ///< per component: more than one vertex, or a self-loop
    /// The vertices of component @p k, ascending.
    std::span<const int> members(int k) const
    {
        const auto i = static_cast<std::size_t>(k);
        return { m_members.data() + m_memberStart[i],
                 static_cast<std::size_t>(m_memberStart[i + 1] - m_memberStart[i]) };
    }

private:
    friend Condensation condense(const Digraph &g, bool withOrder);
    std::vector<int> m_memberStart; ///< count + 1 offsets into m_members
    std::vector<int> m_members; ///< vertices grouped by component, ascending within each
};

/// Strongly connected components of @p g (iterative Tarjan, linear in size). Without
/// @p withOrder, Condensation::order stays empty (the component numbers alone are a reverse
/// topological order).
Condensation condense(const Digraph &g, bool withOrder = true);

/// Strongly connected components of the graph on @p n vertices with @p arcs.
Condensation condense(int n, const std::vector<std::pair<int, int>> &arcs, bool withOrder = true);

/// Which way immediateDominators() follows the arcs.
enum class Direction {
    Forward, ///< dominators: every path from the root to v passes the dominator
    Backward ///< post-dominators: every path from v to the root passes it
};

/// Immediate dominators of every vertex from @p root (Lengauer–Tarjan with path compression,
/// O(m log n), iterative). −1 for the root and for vertices the root does not reach; arcs from
/// such vertices do not count. With Direction::Backward the arcs are followed in reverse, which
/// gives the immediate post-dominators towards @p root.
std::vector<int> immediateDominators(const Digraph &g, int root,
                                     Direction direction = Direction::Forward);

} // namespace bp::analysis
