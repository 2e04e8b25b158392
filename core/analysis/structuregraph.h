#pragma once

#include "analysis/digraph.h"
#include "analysis/snapshot.h"

#include <QString>

#include <optional>
#include <vector>

/// @file structuregraph.h
/// The routing graph with a virtual START and END, shared by validation, structure, failure and
/// max-flow analysis (analysis.md §2.8, §2.9).
///
/// The blueprint's own `start` steps *are* START and its `end` steps *are* END: the view
/// contracts every start step into one vertex START and every end step into one vertex END.
/// A flow out of a start step becomes a flow out of START, a flow into an end step a flow into
/// END. So a drawn start or end step never shows up as a dominator or articulation point, never
/// adds a line crossing, and the must-pass flow arrive→greet is reported as START→greet, exactly
/// as the single virtual START and END of analysis.md §5.2. The contracted steps stay in the
/// graph as isolated vertices so that vertex numbers agree with the snapshot.

namespace bp::analysis {

/// The routing view of a snapshot: vertices 0..n−1 are the snapshot's, n is START and n+1 END.
class RoutingView
{
public:
    /// One routing flow of the view.
    struct Arc
    {
        int from = 0; ///< view vertex (START for flows out of a start step)
        int to = 0; ///< view vertex (END for flows into an end step)
        EdgeDesc flow; ///< the snapshot edge
    };

    explicit RoutingView(const Snapshot &snapshot);

    const Snapshot &snapshot() const { return *m_snapshot; }
    /// The arcs as a graph; arc i of it is arcs()[i].
    const Digraph &graph() const { return m_graph; }
    int start() const { return m_n; }
    int end() const { return m_n + 1; }
    int size() const { return m_n + 2; }
    /// Number of snapshot vertices.
    int steps() const { return m_n; }
    /// The arcs in snapshot edge order.
    const std::vector<Arc> &arcs() const { return m_arcs; }
    /// View vertex of snapshot vertex @p v: START, END or @p v itself.
    int vertexOf(int v) const;
    /// Whether snapshot vertex @p v is a start or end step (contracted into START or END).
    bool isTerminalStep(int v) const;
    /// "START", "END" or the step id.
    QString name(int viewVertex) const;

    /// Vertices reachable from START along the arcs.
    std::vector<bool> reachableFromStart() const;
    /// Vertices from which END is reachable along the arcs.
    std::vector<bool> reachingEnd() const;
    /// Immediate dominators from START (-1 where unreachable, and for START). Computed once per
    /// view: validation and the single points of failure share them (runAnalysis shares the
    /// view).
    const std::vector<int> &dominators() const;
    /// Immediate post-dominators towards END (-1 where END is unreachable, and for END).
    std::vector<int> postDominators() const;
    /// Strongly connected components of the view (START and END included); computed once.
    const Condensation &condense() const;

private:
    const Snapshot *m_snapshot;
    int m_n = 0;
    Digraph m_graph;
    std::vector<Arc> m_arcs;
    std::vector<int> m_terminal; ///< per snapshot vertex: 0, START or END
    mutable std::optional<std::vector<int>> m_dominators; ///< dominators(), once asked for
    mutable std::optional<Condensation> m_condensation; ///< condense(), once asked for
};

} // namespace bp::analysis
