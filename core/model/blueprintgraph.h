#pragma once

#include "idindex.h"
#include "nodearena.h"
#include "types.h"

#include <QHash>

#include <boost/graph/adjacency_list.hpp>

#include <functional>
#include <memory>
#include <vector>

/// @file blueprintgraph.h
/// The routing graph of a blueprint on Boost.Graph, addressed by element ids.

namespace bp {

/// Steps and flows of a blueprint as a Boost.Graph `adjacency_list<listS, listS, bidirectionalS>`.
///
/// `listS` storage keeps vertex and edge descriptors stable while other elements are added and
/// removed; even so, descriptors never leave this class. The lists are `pooledListS`: `listS`
/// with their nodes in an arena that belongs to this graph (nodearena.h), which makes building
/// and freeing a large graph much cheaper than one malloc and one free per node. Callers address
/// everything by ElementId: a step deleted and restored by undo gets a new descriptor but keeps its
/// id. Iteration in creation order (Step::order, Flow::order) is what the writer and the analysis
/// use.
class BlueprintGraph
{
public:
    using Graph = boost::adjacency_list<pooledListS, pooledListS, boost::bidirectionalS, Step, Flow,
                                        boost::no_property, pooledListS>;
    using Vertex = Graph::vertex_descriptor;
    using Edge = Graph::edge_descriptor;

    BlueprintGraph();
    ~BlueprintGraph();
    BlueprintGraph(const BlueprintGraph &other);
    BlueprintGraph &operator=(const BlueprintGraph &other);
    /// Moves keep every descriptor valid: the graph lives on the heap and only the pointer moves
    /// (Boost 1.74's adjacency_list has no move constructor, so moving it would copy it and leave
    /// the id maps pointing into the old one). The moved-from graph is empty.
    BlueprintGraph(BlueprintGraph &&other) noexcept;
    BlueprintGraph &operator=(BlueprintGraph &&other) noexcept;

    /// Prepares the id maps for this many elements (readers).
    void reserve(size_t steps, size_t flows);

    /// Adds a step. Returns false (and changes nothing) when its id is already used by a step.
    bool addStep(const Step &step);
    bool addStep(Step &&step);
    /// Removes a step and every flow into or out of it. Returns the removed flows (by value, in
    /// creation order) so that a command can restore them; empty when there were none.
    std::vector<Flow> removeStep(const ElementId &id);
    /// Replaces the data of the step with the same id. Returns false when there is none.
    bool updateStep(const Step &step);

    /// Adds a flow between two existing steps. Returns false when the id is taken or an end is
    /// missing.
    bool addFlow(const Flow &flow);
    bool addFlow(Flow &&flow);

    /// A step found by id with findStep(), for adding flows to it without looking it up again
    /// (readers). Valid while the step is in the graph; null when no step has the id.
    class StepRef
    {
    public:
        StepRef() = default;
        const Step *step() const { return m_step; }
        explicit operator bool() const { return m_step != nullptr; }

    private:
        friend class BlueprintGraph;
        StepRef(const Step *step, Vertex vertex)
            : m_step(step)
            , m_vertex(vertex)
        { }
        const Step *m_step = nullptr;
        Vertex m_vertex {};
    };
    /// The step with this id (by the Latin-1 bytes of the id), or a null StepRef.
    StepRef findStep(QLatin1StringView id) const;
    /// Adds @p flow from step @p from to step @p to, found with findStep() (`flow.from` and
    /// `flow.to` must be their ids). Returns false, leaving @p flow intact, when the id is taken
    /// by another flow.
    bool addFlow(Flow &&flow, StepRef from, StepRef to);
    /// Removes a flow. Returns false when there is none.
    bool removeFlow(const ElementId &id);
    /// Replaces a flow's data; moves the edge when `from` or `to` changed. False when the flow or
    /// a new end does not exist.
    bool updateFlow(const Flow &flow);

    const Step *step(const ElementId &id) const;
    const Flow *flow(const ElementId &id) const;
    bool hasStep(const ElementId &id) const { return m_steps.contains(id); }
    bool hasFlow(const ElementId &id) const { return m_flows.contains(id); }
    /// The same lookups by the Latin-1 bytes of an id (ids are ASCII), without making a QString:
    /// readers find the step a reference names and share its id string.
    const Step *step(QLatin1StringView id) const;
    bool hasFlow(QLatin1StringView id) const { return m_flows.contains(id); }

    size_t stepCount() const { return m_steps.size(); }
    size_t flowCount() const { return m_flows.size(); }

    /// Steps in creation order.
    std::vector<const Step *> steps() const;
    /// Flows in creation order.
    std::vector<const Flow *> flows() const;
    /// Flows leaving a step, in creation order.
    std::vector<const Flow *> outFlows(const ElementId &stepId) const;
    /// Flows entering a step, in creation order.
    std::vector<const Flow *> inFlows(const ElementId &stepId) const;

    /// Calls @p fn for every step, in storage order (cheaper than steps() when order does not
    /// matter).
    void forEachStep(const std::function<void(const Step &)> &fn) const;
    /// Calls @p fn for every step in creation order with its outgoing flows in creation order,
    /// walking the adjacency lists directly (no id lookups): the fast way to visit the graph.
    void forEachStepWithOutFlows(
        const std::function<void(const Step &, const std::vector<const Flow *> &)> &fn) const;

    /// The next unused creation-order number for steps and for flows.
    quint64 nextStepOrder() const { return m_nextStepOrder; }
    quint64 nextFlowOrder() const { return m_nextFlowOrder; }

    /// The underlying graph, read-only, for analysis snapshots.
    const Graph &graph() const { return *m_graph; }

    bool operator==(const BlueprintGraph &other) const;

private:
    void rebuildFrom(const BlueprintGraph &other);

    struct StepKey
    {
        const Graph *graph = nullptr;
        const ElementId &operator()(Vertex v) const { return (*graph)[v].id; }
    };
    struct FlowKey
    {
        const Graph *graph = nullptr;
        const ElementId &operator()(const Edge &e) const { return (*graph)[e].id; }
    };
    using StepIndex = IdIndex<Vertex, StepKey>;
    using FlowIndex = IdIndex<Edge, FlowKey>;

    static std::unique_ptr<Graph> makeGraph(NodeArena *arena);

    // The indices read ids through a pointer to the graph, which lives on the heap: moving the
    // unique_ptr keeps that pointer right. The arena outlives the graph whose nodes it holds.
    std::unique_ptr<NodeArena> m_arena;
    std::unique_ptr<Graph> m_graph;
    StepIndex m_steps;
    FlowIndex m_flows;
    quint64 m_nextStepOrder = 1;
    quint64 m_nextFlowOrder = 1;
};

} // namespace bp
