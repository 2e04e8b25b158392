#pragma once

#include "analysis/crossings.h"
#include "analysis/finding.h"
#include "analysis/maxflow.h"
#include "analysis/settings.h"
#include "analysis/snapshot.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

/// @file structure.h
/// Structural single points of failure (analysis.md §2.8) and the structural entry point that
/// also runs line crossings (crossings.h) and max-flow (maxflow.h).
///
/// Every figure is computed on the routing view of structuregraph.h, where the blueprint's start
/// steps are START and its end steps are END; "START" and "END" appear by those names in the
/// results, the start and end steps themselves never do.
///
/// Finding codes:
///
/// | code | level | elements | values | condition |
/// |---|---|---|---|---|
/// | `SPOF` | info; warning when the step is also an unrecovered fail point | step | `servers` (−1
/// = infinite), `unrecovered_fail_point` | the step dominates END: every START→END path passes it |
/// | `SPOF_SINGLE_SERVER` | warning | step | `servers` = 1 | a dominator of END with exactly one
/// server (case b's SINGLE_SERVER_ON_EVERY_PATH) |
///
/// analysis.md §2.8 also escalates a dominator that is an unrecovered fail point; to keep
/// SPOF_SINGLE_SERVER equal to the oracle's "single server on every path" that escalation
/// raises the SPOF finding to a warning instead of adding a second code.

namespace bp::analysis {

class RoutingView;
struct FailPoint;

/// Articulation points, bridges and biconnected components of an undirected multigraph.
struct UndirectedCuts
{
    std::vector<int> articulationPoints; ///< ascending
    /// Bridges as (smaller, larger) vertex pairs, ascending. An edge drawn twice (a forward flow
    /// and its rework) is never a bridge.
    std::vector<std::pair<int, int>> bridges;
    int componentCount = 0; ///< number of biconnected components (with at least one edge)
    /// Vertex sets of the biconnected components, each ascending; the list sorted. Only filled
    /// when undirectedCuts() is asked for them.
    std::vector<std::vector<int>> components;
};

/// Articulation points, bridges and biconnected components of the undirected graph on @p n
/// vertices with @p edges (parallel edges allowed, self-loops ignored): Hopcroft–Tarjan with
/// an explicit stack, linear in n + m (plus sorting what it returns). A DFS that skips only the
/// tree edge it came by, not every edge to its parent, sees a parallel edge as a back edge, so
/// an edge drawn twice is in a component of two edges and never a bridge.
/// @p withComponents: also list the vertex sets of the components.
UndirectedCuts undirectedCuts(int n, const std::vector<std::pair<int, int>> &edges,
                              bool withComponents = true);

/// A must-pass flow: on every START→END path.
struct MustPassFlow
{
    int from = 0; ///< routing vertex of its source: a snapshot vertex, or START (routingName())
    int to = 0; ///< routing vertex of its target: a snapshot vertex, or END
    ElementId flow; ///< the flow's id
};

/// "START", "END" or the step id of routing vertex @p v of @p snapshot.
///
/// The structural results name steps by routing vertex, numbered as in RoutingView:
/// 0 … size() − 1 are the snapshot's vertices, size() is START and size() + 1 END. They hold
/// numbers rather than ids because a large blueprint has tens of thousands of dominators,
/// articulation points and bridges, and an id string copied for each of them (and released
/// with the result) cost more than finding them.
QString routingName(const Snapshot &snapshot, int v);
/// routingName() of each of @p vertices, in order.
QStringList routingNames(const Snapshot &snapshot, const std::vector<int> &vertices);

/// Dominator and articulation analysis of a snapshot. Steps are routing vertices (see
/// routingName()).
struct SpofResult
{
    /// Steps dominating END (the SPOF set), from START towards END along the dominator tree.
    std::vector<int> dominators;
    /// Those of them with exactly one server.
    std::vector<int> singleServerDominators;
    /// Flows on every START→END path (edge dominators), from START towards END.
    std::vector<MustPassFlow> mustPass;
    /// Undirected articulation points with START and END (neither reported), in vertex order.
    std::vector<int> articulationPoints;
    /// Undirected bridges with START and END, as (a, b) with a < b by vertex order.
    std::vector<std::pair<int, int>> bridges;
    /// Secondary view: articulation points without START and END (false positives included).
    std::vector<int> articulationPointsWithoutTerminals;
    /// Secondary view: bridges without START and END.
    std::vector<std::pair<int, int>> bridgesWithoutTerminals;
    /// Number of biconnected components with START and END.
    int biconnectedComponents = 0;
    Findings findings; ///< SPOF and SPOF_SINGLE_SERVER, dominator order
};

/// Dominators of END (boost::lengauer_tarjan_dominator_tree), must-pass flows (every flow split
/// by a virtual vertex), and undirected articulation points and bridges with and without START
/// and END. Near-linear.
/// @p shared, when given, is a routing view of @p snapshot that other analyses of the same run
/// use as well (runAnalysis builds it once); without it the function builds its own.
/// @p audit, when given, is recoveryAudit() of @p snapshot.
SpofResult analyseSpof(const Snapshot &snapshot, const RoutingView *shared = nullptr,
                       const std::vector<FailPoint> *audit = nullptr);

/// Everything structural in one run.
struct StructureResult
{
    SpofResult spof;
    CrossingResult crossings;
    MaxFlowResult maxFlow;
    /// spof, then crossings, then max-flow findings, moved here from spof.findings,
    /// crossings.findings and maxFlow.findings (which are empty).
    Findings findings;
};

/// Runs analyseSpof(), analyseCrossings() and analyseMaxFlow(). @p visits has one visit ratio
/// per snapshot vertex (start and end steps included); @p fixedRoutingCapacity is the process
/// capacity under the drawn probabilities in customers per minute, when known.
/// @p shared and @p audit as for analyseSpof().
StructureResult analyseStructure(const Snapshot &snapshot, const std::vector<double> &visits,
                                 const Settings &settings = {},
                                 std::optional<double> fixedRoutingCapacity = std::nullopt,
                                 const RoutingView *shared = nullptr,
                                 const std::vector<FailPoint> *audit = nullptr);

} // namespace bp::analysis
