#pragma once

#include "model/idindex.h"
#include "model/nodearena.h"
#include "model/types.h"

#include <QHash>

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

/// @file snapshot.h
/// The compact, immutable view of a blueprint that every analysis runs on (analysis.md §4).

namespace bp {
class Blueprint;
}

namespace bp::analysis {

/// How a step routes the customers that leave it (analysis.md §1).
enum class Gateway : std::uint8_t {
    Exclusive, ///< start, action, decision (and end): the routing flows' p sum to 1
    Split, ///< fork: every branch carries the customer
    Join, ///< join: the matching AND-join; v_join = v_split
};

/// Level of a lane for line crossings (analysis.md §2.6): customer 1, frontstage 2, backstage 3,
/// support 4; 0 for physical evidence and `other` lanes, which cross no line.
int laneLevel(LaneKind kind);

/// One routing step of the snapshot. Durations are in minutes whatever the file's unit.
///
/// Every part of the analysis walks these, so they are kept small (144 bytes, no padding
/// holes): the title, which only messages need, is Snapshot::title().
struct Node
{
    /// The step's id: a copy of its own, not the model's shared string, so that the findings
    /// and results that copy it touch the snapshot's memory, not the document's.
    ElementId id;
    double time = 0.0; ///< mean service time per visit, minutes
    double scv = 1.0; ///< squared coefficient of variation of the service time
    double pFail = 0.0;
    double entry = 0.0; ///< γ: share of external arrivals entering here (sums to 1 over starts)
    std::optional<double> tolerance; ///< longest acceptable wait, minutes
    std::optional<double> executionTolerance; ///< longest acceptable wait + service, minutes
    std::optional<int> severity, occurrence, detection;
    int lane = -1; ///< index into Blueprint::lanes()
    int level = 0; ///< laneLevel(laneKind)
    int servers = 1; ///< effective servers (the pool's when the step has one); unused if infinite
    int pool = -1; ///< index into Snapshot::pools (every step has one)
    StepKind kind = StepKind::Action;
    LaneKind laneKind = LaneKind::Other;
    Gateway gateway = Gateway::Exclusive;
    bool infinite = false; ///< delay station: no queue, no utilisation
    bool customerPresent = false;
};

/// One routing flow (kinds flow, rework, failure; evidence links are kept apart).
struct Edge
{
    ElementId id;
    FlowKind kind = FlowKind::Flow;
    /// Branch probability: the explicit `p`, or 1 when the flow is its source's only routing
    /// flow, or 1 for every branch of a fork. Unset when it is missing and cannot be implied.
    std::optional<double> p;
};

/// The analysis graph: `adjacency_list` with `vecS` vertices, bidirectional, as analysis.md §4
/// asks. Vertex i is Snapshot::node(i); edges are the routing flows in creation order. The
/// in- and out-edge vectors and the edge list take their blocks from the snapshot's own arena
/// (pooledVecS, pooledListS): a snapshot of 100,000 steps is built and freed without 300,000
/// mallocs and frees.
using Graph = boost::adjacency_list<pooledVecS, boost::vecS, boost::bidirectionalS, Node, Edge,
                                    boost::no_property, pooledListS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using EdgeDesc = boost::graph_traits<Graph>::edge_descriptor;

/// The vertices of a pool, in creation order. Most pools are a step on its own: that one vertex
/// is kept inline, so that a snapshot of 100,000 steps does not make 100,000 small vectors.
class PoolSteps
{
public:
    const int *begin() const
    {
        return m_more.empty() ? (m_size ? &m_first : nullptr) : m_more.data();
    }
    const int *end() const { return begin() + m_size; }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    int operator[](size_t i) const { return begin()[i]; }
    void push_back(int v)
    {
        if (m_size == 0) {
            m_first = v;
        } else {
            if (m_more.empty())
                m_more.push_back(m_first);
            m_more.push_back(v);
        }
        ++m_size;
    }

private:
    int m_first = -1;
    size_t m_size = 0;
    std::vector<int> m_more; ///< every vertex, once there is more than one
};

/// A resource pool in the analysis sense: a declared pool, or a step without one (its own pool,
/// under the step's id). Its id and title are Snapshot::poolId() and poolTitle(): a pool of one
/// step shares the step's instead of holding copies.
struct PoolInfo
{
    int servers = 1;
    bool infinite = false;
    bool declared = false; ///< a `<pool>` of the file, not a step on its own
    PoolSteps steps; ///< vertex indices, in creation order
};

/// An evidence link (not part of routing), kept for completeness of reports.
struct EvidenceLink
{
    ElementId id;
    ElementId from;
    ElementId to;
};

/// Arrivals, converted to minutes.
struct Arrivals
{
    std::optional<double> lambda; ///< customers per minute; unset: no queueing analysis
    double scv = 1.0; ///< ca0²
    std::optional<double> journeyTolerance; ///< τ_J, minutes
    double serviceLevel = 0.8; ///< target share served within tolerance
};

/// Immutable copy of what the analysis needs from a blueprint. Cheap to build (linear), safe to
/// hand to another thread, and independent of the document afterwards.
class Snapshot
{
public:
    /// Builds the snapshot of @p blueprint. Evidence steps and evidence flows are left out of the
    /// graph; steps of kind start are the entries, steps of kind end the exits.
    static Snapshot of(const Blueprint &blueprint);

    Snapshot();
    Snapshot(const Snapshot &other);
    Snapshot(Snapshot &&other) noexcept;
    Snapshot &operator=(const Snapshot &other);
    Snapshot &operator=(Snapshot &&other) noexcept;
    ~Snapshot();

    const Graph &graph() const { return *m_graph; }
    Graph &graph() { return *m_graph; }
    int size() const { return static_cast<int>(boost::num_vertices(*m_graph)); }
    const Node &node(int v) const { return (*m_graph)[static_cast<Vertex>(v)]; }
    Node &node(int v) { return (*m_graph)[static_cast<Vertex>(v)]; }
    /// The title of vertex @p v (empty when it has none, or for a vertex added by hand).
    const QString &title(int v) const;
    /// Vertex of a step id, or -1 (also for evidence steps).
    int vertexOf(const ElementId &id) const;

    const std::vector<int> &starts() const { return m_starts; }
    const std::vector<int> &ends() const { return m_ends; }
    /// Pools: the declared ones first, in file order, then one per step without a pool.
    const std::vector<PoolInfo> &pools() const { return m_pools; }
    std::vector<PoolInfo> &pools() { return m_pools; }
    /// The id of pool @p p: the declared pool's, or its step's for a step on its own.
    const ElementId &poolId(int p) const;
    /// The title of pool @p p (its step's for a step on its own).
    const QString &poolTitle(int p) const;
    /// The pool of id @p id (a declared pool, or a step on its own), or -1.
    int poolOf(const ElementId &id) const;
    const std::vector<EvidenceLink> &evidenceLinks() const { return m_evidence; }
    const Arrivals &arrivals() const { return m_arrivals; }
    Arrivals &arrivals() { return m_arrivals; }
    /// Minutes per unit of the file's time unit (to show figures in the user's unit).
    double minutesPerFileUnit() const { return m_minutesPerUnit; }

    /// Sets the servers of a pool (what-if analysis): updates the pool and its steps.
    void setPoolServers(int pool, int servers, bool infinite = false);

    /// Replaces the routing flows: the same vertices, only the edges of the flows for which
    /// @p keep returns true (what-if analysis without some flows).
    template<typename Keep> void keepEdges(Keep &&keep)
    {
        const NodeArena::Scope scope(m_arena.get());
        Graph &old = *m_graph;
        auto g = std::make_unique<Graph>(boost::num_vertices(old));
        for (auto [v, end] = boost::vertices(old); v != end; ++v)
            (*g)[*v] = std::move(old[*v]);
        for (auto [e, end] = boost::edges(old); e != end; ++e) {
            if (keep(old[*e]))
                boost::add_edge(boost::source(*e, old), boost::target(*e, old), std::move(old[*e]),
                                *g);
        }
        m_graph.swap(g);
        m_index.setKeyOf(NodeKey { m_graph.get() });
    }

    /// Exchanges two snapshots in constant time.
    void swap(Snapshot &other) noexcept;

private:
    /// Reads a vertex's id for the index, through the graph of the snapshot that owns it.
    struct NodeKey
    {
        const Graph *graph = nullptr;
        const ElementId &operator()(int v) const { return (*graph)[static_cast<Vertex>(v)].id; }
    };

    static std::unique_ptr<Graph> emptyGraph(NodeArena *arena);

    // The arena goes after the graph whose blocks it holds (members go in reverse order). The
    // graph is on the heap: Boost 1.74's adjacency_list has no move constructor, and its swap()
    // makes three copies, so a snapshot moves by moving the pointers.
    std::unique_ptr<NodeArena> m_arena = std::make_unique<NodeArena>();
    std::unique_ptr<Graph> m_graph = emptyGraph(m_arena.get());
    IdIndex<int, NodeKey> m_index { NodeKey { m_graph.get() } }; ///< step id → vertex
    std::vector<int> m_starts;
    std::vector<int> m_ends;
    std::vector<PoolInfo> m_pools;
    std::vector<ElementId> m_declaredIds; ///< of the declared pools, which come first
    std::vector<QString> m_declaredTitles;
    std::vector<QString> m_titles; ///< of each vertex
    QHash<ElementId, int> m_declaredIndex;
    std::vector<EvidenceLink> m_evidence;
    Arrivals m_arrivals;
    double m_minutesPerUnit = 1.0;
};

} // namespace bp::analysis
