#include "blueprintgraph.h"

#include <algorithm>

namespace bp {

namespace {
template<typename T> void sortByOrder(std::vector<const T *> &items)
{
    std::sort(items.begin(), items.end(),
              [](const T *a, const T *b) { return a->order < b->order; });
}
} // namespace

std::unique_ptr<BlueprintGraph::Graph> BlueprintGraph::makeGraph(NodeArena *arena)
{
    const NodeArena::Scope scope(arena); // the vertex and edge lists take nodes from the arena
    return std::make_unique<Graph>();
}

BlueprintGraph::BlueprintGraph()
    : m_arena(std::make_unique<NodeArena>())
    , m_graph(makeGraph(m_arena.get()))
    , m_steps(StepKey { m_graph.get() })
    , m_flows(FlowKey { m_graph.get() })
{ }

BlueprintGraph::~BlueprintGraph()
{
    // The graph's nodes go back to the system with the arena, right after the graph.
    if (m_arena)
        m_arena->discardDeallocations();
}

BlueprintGraph::BlueprintGraph(const BlueprintGraph &other)
    : BlueprintGraph()
{
    rebuildFrom(other);
}

BlueprintGraph::BlueprintGraph(BlueprintGraph &&other) noexcept
    : m_arena(std::exchange(other.m_arena, std::make_unique<NodeArena>()))
    , m_graph(std::exchange(other.m_graph, makeGraph(other.m_arena.get())))
    , m_steps(std::exchange(other.m_steps, StepIndex(StepKey { other.m_graph.get() })))
    , m_flows(std::exchange(other.m_flows, FlowIndex(FlowKey { other.m_graph.get() })))
    , m_nextStepOrder(std::exchange(other.m_nextStepOrder, 1))
    , m_nextFlowOrder(std::exchange(other.m_nextFlowOrder, 1))
{ }

BlueprintGraph &BlueprintGraph::operator=(BlueprintGraph &&other) noexcept
{
    if (this != &other) {
        // The old graph goes before its arena; the moved-from one gets a new pair.
        m_graph = std::exchange(other.m_graph, nullptr);
        m_arena = std::exchange(other.m_arena, std::make_unique<NodeArena>());
        other.m_graph = makeGraph(other.m_arena.get());
        m_steps = std::exchange(other.m_steps, StepIndex(StepKey { other.m_graph.get() }));
        m_flows = std::exchange(other.m_flows, FlowIndex(FlowKey { other.m_graph.get() }));
        m_nextStepOrder = std::exchange(other.m_nextStepOrder, 1);
        m_nextFlowOrder = std::exchange(other.m_nextFlowOrder, 1);
    }
    return *this;
}

BlueprintGraph &BlueprintGraph::operator=(const BlueprintGraph &other)
{
    if (this != &other) {
        m_graph->clear();
        m_steps.clear();
        m_flows.clear();
        rebuildFrom(other);
    }
    return *this;
}

// Copying an adjacency_list with listS storage gives new descriptors; rebuild the id maps.
void BlueprintGraph::rebuildFrom(const BlueprintGraph &other)
{
    m_steps.reserve(other.m_steps.size());
    m_flows.reserve(other.m_flows.size());
    const NodeArena::Scope scope(m_arena.get()); // for the edge lists of each new vertex
    for (const Step *s : other.steps())
        m_steps.insert(s->id, boost::add_vertex(*s, *m_graph));
    for (const Flow *f : other.flows()) {
        const auto [e, ok]
            = boost::add_edge(*m_steps.find(f->from), *m_steps.find(f->to), *f, *m_graph);
        Q_ASSERT(ok);
        m_flows.insert(f->id, e);
    }
    m_nextStepOrder = other.m_nextStepOrder;
    m_nextFlowOrder = other.m_nextFlowOrder;
}

void BlueprintGraph::reserve(size_t steps, size_t flows)
{
    m_steps.reserve(steps);
    m_flows.reserve(flows);
}

bool BlueprintGraph::addStep(const Step &step)
{
    return addStep(Step(step));
}

bool BlueprintGraph::addStep(Step &&s)
{
    // One probe of the index both checks the id and finds the slot of the new vertex.
    return m_steps.insertNewWith(s.id, [&] {
        if (s.order == 0)
            s.order = m_nextStepOrder;
        m_nextStepOrder = std::max(m_nextStepOrder, s.order + 1);
        const NodeArena::Scope scope(m_arena.get()); // for the new vertex's edge lists
        // Boost 1.74 copies a property given to add_vertex (every string, with atomic
        // reference counts); moving the step into a default one copies nothing.
        const Vertex v = boost::add_vertex(*m_graph);
        (*m_graph)[v] = std::move(s);
        return v;
    });
}

std::vector<Flow> BlueprintGraph::removeStep(const ElementId &id)
{
    std::vector<Flow> removed;
    const Vertex *found = m_steps.find(id);
    if (!found)
        return removed;
    const Vertex v = *found;
    for (const Flow *f : outFlows(id))
        removed.push_back(*f);
    for (const Flow *f : inFlows(id)) {
        if (f->from != id) // a self-loop is already in the out-flows
            removed.push_back(*f);
    }
    std::sort(removed.begin(), removed.end(),
              [](const Flow &a, const Flow &b) { return a.order < b.order; });
    for (const Flow &f : removed)
        m_flows.erase(f.id); // the edges still exist, so the index can read their ids
    m_steps.erase(id);
    // clear_vertex then remove_vertex: the Boost idiom for removing a vertex with its edges.
    boost::clear_vertex(v, *m_graph);
    boost::remove_vertex(v, *m_graph);
    return removed;
}

bool BlueprintGraph::updateStep(const Step &step)
{
    const Vertex *v = m_steps.find(step.id);
    if (!v)
        return false;
    (*m_graph)[*v] = step;
    return true;
}

bool BlueprintGraph::addFlow(const Flow &flow)
{
    return addFlow(Flow(flow));
}

bool BlueprintGraph::addFlow(Flow &&f)
{
    const Vertex *from = m_steps.find(f.from);
    const Vertex *to = m_steps.find(f.to);
    if (!from || !to)
        return false;
    return addFlow(std::move(f), StepRef(nullptr, *from), StepRef(nullptr, *to));
}

BlueprintGraph::StepRef BlueprintGraph::findStep(QLatin1StringView id) const
{
    const Vertex *v = m_steps.find(id);
    return v ? StepRef(&(*m_graph)[*v], *v) : StepRef();
}

bool BlueprintGraph::addFlow(Flow &&f, StepRef from, StepRef to)
{
    // One probe of the index both checks the id and finds the slot of the new edge.
    return m_flows.insertNewWith(f.id, [&] {
        if (f.order == 0)
            f.order = m_nextFlowOrder;
        m_nextFlowOrder = std::max(m_nextFlowOrder, f.order + 1);
        // listS edges allow parallel edges: add_edge always adds. As for steps, the flow is
        // moved into a default one rather than copied.
        const Edge e = boost::add_edge(from.m_vertex, to.m_vertex, *m_graph).first;
        (*m_graph)[e] = std::move(f);
        return e;
    });
}

bool BlueprintGraph::removeFlow(const ElementId &id)
{
    const Edge *e = m_flows.find(id);
    if (!e)
        return false;
    const Edge edge = *e;
    m_flows.erase(id);
    boost::remove_edge(edge, *m_graph);
    return true;
}

bool BlueprintGraph::updateFlow(const Flow &flow)
{
    const Edge *found = m_flows.find(flow.id);
    if (!found)
        return false;
    const Edge edge = *found;
    const Flow &current = (*m_graph)[edge];
    if (current.from == flow.from && current.to == flow.to) {
        (*m_graph)[edge] = flow;
        return true;
    }
    const Vertex *from = m_steps.find(flow.from);
    const Vertex *to = m_steps.find(flow.to);
    if (!from || !to)
        return false;
    const auto [e, ok] = boost::add_edge(*from, *to, flow, *m_graph);
    if (!ok)
        return false;
    m_flows.replace(flow.id, e); // both edges carry the id now; the index keeps the new one
    boost::remove_edge(edge, *m_graph);
    return true;
}

const Step *BlueprintGraph::step(const ElementId &id) const
{
    const Vertex *v = m_steps.find(id);
    return v ? &(*m_graph)[*v] : nullptr;
}

const Step *BlueprintGraph::step(QLatin1StringView id) const
{
    const Vertex *v = m_steps.find(id);
    return v ? &(*m_graph)[*v] : nullptr;
}

const Flow *BlueprintGraph::flow(const ElementId &id) const
{
    const Edge *e = m_flows.find(id);
    return e ? &(*m_graph)[*e] : nullptr;
}

std::vector<const Step *> BlueprintGraph::steps() const
{
    std::vector<const Step *> result;
    result.reserve(m_steps.size());
    for (auto [it, end] = boost::vertices(*m_graph); it != end; ++it)
        result.push_back(&(*m_graph)[*it]);
    // Vertices are stored in insertion order; only undo of a delete breaks it.
    if (!std::is_sorted(result.begin(), result.end(),
                        [](const Step *a, const Step *b) { return a->order < b->order; }))
        sortByOrder(result);
    return result;
}

std::vector<const Flow *> BlueprintGraph::flows() const
{
    std::vector<const Flow *> result;
    result.reserve(m_flows.size());
    for (auto [it, end] = boost::edges(*m_graph); it != end; ++it)
        result.push_back(&(*m_graph)[*it]);
    // The edge list keeps insertion order too; only undo of a delete breaks it.
    if (!std::is_sorted(result.begin(), result.end(),
                        [](const Flow *a, const Flow *b) { return a->order < b->order; }))
        sortByOrder(result);
    return result;
}

std::vector<const Flow *> BlueprintGraph::outFlows(const ElementId &stepId) const
{
    std::vector<const Flow *> result;
    const Vertex *v = m_steps.find(stepId);
    if (!v)
        return result;
    for (auto [e, end] = boost::out_edges(*v, *m_graph); e != end; ++e)
        result.push_back(&(*m_graph)[*e]);
    sortByOrder(result);
    return result;
}

std::vector<const Flow *> BlueprintGraph::inFlows(const ElementId &stepId) const
{
    std::vector<const Flow *> result;
    const Vertex *v = m_steps.find(stepId);
    if (!v)
        return result;
    for (auto [e, end] = boost::in_edges(*v, *m_graph); e != end; ++e)
        result.push_back(&(*m_graph)[*e]);
    sortByOrder(result);
    return result;
}

void BlueprintGraph::forEachStep(const std::function<void(const Step &)> &fn) const
{
    for (auto [it, end] = boost::vertices(*m_graph); it != end; ++it)
        fn((*m_graph)[*it]);
}

void BlueprintGraph::forEachStepWithOutFlows(
    const std::function<void(const Step &, const std::vector<const Flow *> &)> &fn) const
{
    std::vector<Vertex> vertices;
    vertices.reserve(m_steps.size());
    for (auto [it, end] = boost::vertices(*m_graph); it != end; ++it)
        vertices.push_back(*it);
    const auto byOrder = [this](Vertex a, Vertex b) {
        return (*m_graph)[a].order < (*m_graph)[b].order;
    };
    if (!std::is_sorted(vertices.begin(), vertices.end(), byOrder))
        std::sort(vertices.begin(), vertices.end(), byOrder);
    std::vector<const Flow *> out;
    for (Vertex v : vertices) {
        out.clear();
        for (auto [e, end] = boost::out_edges(v, *m_graph); e != end; ++e)
            out.push_back(&(*m_graph)[*e]);
        if (out.size() > 1)
            sortByOrder(out);
        fn((*m_graph)[v], out);
    }
}

bool BlueprintGraph::operator==(const BlueprintGraph &other) const
{
    if (stepCount() != other.stepCount() || flowCount() != other.flowCount())
        return false;
    for (auto [it, end] = boost::vertices(*m_graph); it != end; ++it) {
        const Step &s = (*m_graph)[*it];
        const Step *o = other.step(s.id);
        if (!o || !(*o == s))
            return false;
    }
    for (auto [it, end] = boost::edges(*m_graph); it != end; ++it) {
        const Flow &f = (*m_graph)[*it];
        const Flow *o = other.flow(f.id);
        if (!o || !(*o == f))
            return false;
    }
    return true;
}

} // namespace bp
