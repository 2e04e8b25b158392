#include "blueprintgraph.h"

#include <algorithm>

namespace bp {

namespace {
template<typename T>
void sortByOrder(std::vector<const T *> &items)
{
    std::sort(items.begin(), items.end(),
              [](const T *a, const T *b) { return a->order < b->order; });
}
} // namespace

BlueprintGraph::BlueprintGraph()
    : m_graph(std::make_unique<Graph>())
{}

BlueprintGraph::~BlueprintGraph() = default;

BlueprintGraph::BlueprintGraph(const BlueprintGraph &other)
    : m_graph(std::make_unique<Graph>())
{
    rebuildFrom(other);
}

BlueprintGraph::BlueprintGraph(BlueprintGraph &&other) noexcept
    : m_graph(std::exchange(other.m_graph, std::make_unique<Graph>()))
    , m_steps(std::move(other.m_steps))
    , m_flows(std::move(other.m_flows))
    , m_nextStepOrder(std::exchange(other.m_nextStepOrder, 1))
    , m_nextFlowOrder(std::exchange(other.m_nextFlowOrder, 1))
{
    other.m_steps.clear();
    other.m_flows.clear();
}

BlueprintGraph &BlueprintGraph::operator=(BlueprintGraph &&other) noexcept
{
    if (this != &other) {
        m_graph = std::exchange(other.m_graph, std::make_unique<Graph>());
        m_steps = std::move(other.m_steps);
        m_flows = std::move(other.m_flows);
        m_nextStepOrder = std::exchange(other.m_nextStepOrder, 1);
        m_nextFlowOrder = std::exchange(other.m_nextFlowOrder, 1);
        other.m_steps.clear();
        other.m_flows.clear();
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
    for (const Step *s : other.steps()) {
        m_steps.emplace(s->id, boost::add_vertex(*s, *m_graph));
    }
    for (const Flow *f : other.flows()) {
        const auto [e, ok] = boost::add_edge(m_steps.at(f->from), m_steps.at(f->to), *f, *m_graph);
        Q_ASSERT(ok);
        m_flows.emplace(f->id, e);
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
    if (m_steps.count(step.id))
        return false;
    Step s = step;
    if (s.order == 0)
        s.order = m_nextStepOrder;
    m_nextStepOrder = std::max(m_nextStepOrder, s.order + 1);
    m_steps.emplace(s.id, boost::add_vertex(std::move(s), *m_graph));
    return true;
}

std::vector<Flow> BlueprintGraph::removeStep(const ElementId &id)
{
    std::vector<Flow> removed;
    const auto it = m_steps.find(id);
    if (it == m_steps.end())
        return removed;
    const Vertex v = it->second;
    for (const Flow *f : outFlows(id))
        removed.push_back(*f);
    for (const Flow *f : inFlows(id)) {
        if (f->from != id) // a self-loop is already in the out-flows
            removed.push_back(*f);
    }
    std::sort(removed.begin(), removed.end(),
              [](const Flow &a, const Flow &b) { return a.order < b.order; });
    for (const Flow &f : removed)
        m_flows.erase(f.id);
    // clear_vertex then remove_vertex: the Boost idiom for removing a vertex with its edges.
    boost::clear_vertex(v, *m_graph);
    boost::remove_vertex(v, *m_graph);
    m_steps.erase(it);
    return removed;
}

bool BlueprintGraph::updateStep(const Step &step)
{
    const auto it = m_steps.find(step.id);
    if (it == m_steps.end())
        return false;
    (*m_graph)[it->second] = step;
    return true;
}

bool BlueprintGraph::addFlow(const Flow &flow)
{
    if (m_flows.count(flow.id))
        return false;
    const auto from = m_steps.find(flow.from);
    const auto to = m_steps.find(flow.to);
    if (from == m_steps.end() || to == m_steps.end())
        return false;
    Flow f = flow;
    if (f.order == 0)
        f.order = m_nextFlowOrder;
    m_nextFlowOrder = std::max(m_nextFlowOrder, f.order + 1);
    const auto [e, ok] = boost::add_edge(from->second, to->second, std::move(f), *m_graph);
    if (!ok)
        return false;
    m_flows.emplace(flow.id, e);
    return true;
}

bool BlueprintGraph::removeFlow(const ElementId &id)
{
    const auto it = m_flows.find(id);
    if (it == m_flows.end())
        return false;
    boost::remove_edge(it->second, *m_graph);
    m_flows.erase(it);
    return true;
}

bool BlueprintGraph::updateFlow(const Flow &flow)
{
    const auto it = m_flows.find(flow.id);
    if (it == m_flows.end())
        return false;
    const Flow &current = (*m_graph)[it->second];
    if (current.from == flow.from && current.to == flow.to) {
        (*m_graph)[it->second] = flow;
        return true;
    }
    const auto from = m_steps.find(flow.from);
    const auto to = m_steps.find(flow.to);
    if (from == m_steps.end() || to == m_steps.end())
        return false;
    boost::remove_edge(it->second, *m_graph);
    const auto [e, ok] = boost::add_edge(from->second, to->second, flow, *m_graph);
    it->second = e;
    return ok;
}

const Step *BlueprintGraph::step(const ElementId &id) const
{
    const auto it = m_steps.find(id);
    return it == m_steps.end() ? nullptr : &(*m_graph)[it->second];
}

const Flow *BlueprintGraph::flow(const ElementId &id) const
{
    const auto it = m_flows.find(id);
    return it == m_flows.end() ? nullptr : &(*m_graph)[it->second];
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
    sortByOrder(result);
    return result;
}

std::vector<const Flow *> BlueprintGraph::outFlows(const ElementId &stepId) const
{
    std::vector<const Flow *> result;
    const auto it = m_steps.find(stepId);
    if (it == m_steps.end())
        return result;
    for (auto [e, end] = boost::out_edges(it->second, *m_graph); e != end; ++e)
        result.push_back(&(*m_graph)[*e]);
    sortByOrder(result);
    return result;
}

std::vector<const Flow *> BlueprintGraph::inFlows(const ElementId &stepId) const
{
    std::vector<const Flow *> result;
    const auto it = m_steps.find(stepId);
    if (it == m_steps.end())
        return result;
    for (auto [e, end] = boost::in_edges(it->second, *m_graph); e != end; ++e)
        result.push_back(&(*m_graph)[*e]);
    sortByOrder(result);
    return result;
}

void BlueprintGraph::forEachStep(const std::function<void(const Step &)> &fn) const
{
    for (auto [it, end] = boost::vertices(*m_graph); it != end; ++it)
        fn((*m_graph)[*it]);
}

bool BlueprintGraph::operator==(const BlueprintGraph &other) const
{
    if (stepCount() != other.stepCount() || flowCount() != other.flowCount())
        return false;
    for (const auto &[id, v] : m_steps) {
        const Step *o = other.step(id);
        if (!o || !(*o == (*m_graph)[v]))
            return false;
    }
    for (const auto &[id, e] : m_flows) {
        const Flow *o = other.flow(id);
        if (!o || !(*o == (*m_graph)[e]))
            return false;
    }
    return true;
}

} // namespace bp
