#include "analysis/snapshot.h"

#include "model/blueprint.h"
#include "model/kinds.h"

#include <algorithm>

namespace bp::analysis {

int laneLevel(LaneKind kind)
{
    switch (kind) {
    case LaneKind::Customer:
        return 1;
    case LaneKind::Frontstage:
        return 2;
    case LaneKind::Backstage:
        return 3;
    case LaneKind::Support:
        return 4;
    case LaneKind::PhysicalEvidence:
    case LaneKind::Other:
        break;
    }
    return 0;
}

namespace {

Gateway gatewayOf(StepKind kind)
{
    switch (kind) {
    case StepKind::Fork:
        return Gateway::Split;
    case StepKind::Join:
        return Gateway::Join;
    default:
        return Gateway::Exclusive;
    }
}

} // namespace

Snapshot Snapshot::of(const Blueprint &blueprint)
{
    Snapshot s;
    const double unit = minutesPer(blueprint.meta.timeUnit);
    s.m_minutesPerUnit = unit;

    // Arrivals in customers per minute.
    if (blueprint.demand) {
        const Demand &d = *blueprint.demand;
        if (d.arrivalRate)
            s.m_arrivals.lambda = *d.arrivalRate / (hoursPer(d.per) * 60.0);
        s.m_arrivals.scv = d.arrivalScv;
        if (d.journeyTolerance)
            s.m_arrivals.journeyTolerance = *d.journeyTolerance * unit;
        s.m_arrivals.serviceLevel = d.serviceLevel;
    }

    // Declared pools first, in file order; steps without a pool get their own afterwards.
    QHash<ElementId, int> poolIndex;
    for (const Pool &p : blueprint.pools()) {
        poolIndex.insert(p.id, static_cast<int>(s.m_pools.size()));
        s.m_pools.push_back({ p.id, p.title, p.servers.count, p.servers.infinite, true, {} });
    }

    const std::vector<const Step *> steps = blueprint.graph.steps();
    s.m_index.reserve(static_cast<qsizetype>(steps.size()));
    // All vertices at once: growing the vertex vector step by step would move every vertex's
    // edge lists and bundle again and again.
    const auto vertexCount = std::count_if(steps.begin(), steps.end(), [](const Step *step) {
        return step->kind != StepKind::Evidence;
    });
    s.m_graph = Graph(static_cast<size_t>(vertexCount));
    int next = 0;
    for (const Step *step : steps) {
        if (step->kind == StepKind::Evidence)
            continue;
        Node n;
        n.id = step->id;
        n.title = step->title;
        n.kind = step->kind;
        n.gateway = gatewayOf(step->kind);
        n.lane = blueprint.laneIndex(step->lane);
        n.laneKind
            = n.lane >= 0 ? blueprint.lanes()[static_cast<size_t>(n.lane)].kind : LaneKind::Other;
        n.level = laneLevel(n.laneKind);
        n.time = step->time * unit;
        n.scv = step->scv;
        const Servers servers = blueprint.effectiveServers(*step);
        n.servers = servers.count;
        n.infinite = servers.infinite;
        if (step->tolerance)
            n.tolerance = *step->tolerance * unit;
        if (step->executionTolerance)
            n.executionTolerance = *step->executionTolerance * unit;
        n.customerPresent = blueprint.effectiveCustomerPresent(*step);
        n.pFail = step->pFail;
        n.severity = step->severity;
        n.occurrence = step->occurrence;
        n.detection = step->detection;
        const int v = next++;
        s.m_graph[static_cast<Vertex>(v)] = std::move(n);
        s.m_index.insert(step->id, v);

        const auto declared
            = step->pool.isEmpty() ? poolIndex.constEnd() : poolIndex.constFind(step->pool);
        int pool;
        if (declared != poolIndex.constEnd()) {
            pool = *declared;
        } else {
            pool = static_cast<int>(s.m_pools.size());
            s.m_pools.push_back(
                { step->id, step->title, servers.count, servers.infinite, false, {} });
        }
        s.m_graph[static_cast<Vertex>(v)].pool = pool;
        s.m_pools[static_cast<size_t>(pool)].steps.push_back(v);

        if (step->kind == StepKind::Start)
            s.m_starts.push_back(v);
        else if (step->kind == StepKind::End)
            s.m_ends.push_back(v);
    }

    // Entry shares: explicit `entry` values where given, equal shares of the rest otherwise,
    // normalised so that γ sums to 1.
    if (!s.m_starts.empty()) {
        double given = 0.0;
        int unspecified = 0;
        for (int v : s.m_starts) {
            const Step *step = blueprint.graph.step(s.node(v).id);
            if (step && step->entry)
                given += *step->entry;
            else
                ++unspecified;
        }
        const double rest = unspecified > 0 ? std::max(0.0, 1.0 - given) / unspecified : 0.0;
        double total = 0.0;
        for (int v : s.m_starts) {
            const Step *step = blueprint.graph.step(s.node(v).id);
            s.node(v).entry = (step && step->entry) ? *step->entry : rest;
            total += s.node(v).entry;
        }
        if (total > 0.0) {
            for (int v : s.m_starts)
                s.node(v).entry /= total;
        }
    }

    // Routing flows in creation order; a missing p is implied when it is the only routing flow
    // of its source, and every branch of a fork carries the customer.
    const std::vector<const Flow *> flows = blueprint.graph.flows();
    std::vector<std::pair<int, int>> ends; // vertices of each flow's ends, one lookup each
    ends.reserve(flows.size());
    std::vector<int> routingOut(static_cast<size_t>(s.size()), 0);
    for (const Flow *f : flows) {
        const int from = s.vertexOf(f->from);
        const int to = s.vertexOf(f->to);
        ends.emplace_back(from, to);
        if (isRouting(f->kind) && from >= 0)
            ++routingOut[static_cast<size_t>(from)];
    }
    for (size_t i = 0; i < flows.size(); ++i) {
        const Flow *f = flows[i];
        const auto [from, to] = ends[i];
        if (!isRouting(f->kind) || from < 0 || to < 0) {
            s.m_evidence.push_back({ f->id, f->from, f->to });
            continue;
        }
        Edge e;
        e.id = f->id;
        e.kind = f->kind;
        if (s.node(from).gateway == Gateway::Split)
            e.p = 1.0;
        else if (f->p)
            e.p = *f->p;
        else if (routingOut[static_cast<size_t>(from)] == 1)
            e.p = 1.0;
        boost::add_edge(static_cast<Vertex>(from), static_cast<Vertex>(to), std::move(e),
                        s.m_graph);
    }
    return s;
}

int Snapshot::vertexOf(const ElementId &id) const
{
    return m_index.value(id, -1);
}

void Snapshot::setPoolServers(int pool, int servers, bool infinite)
{
    PoolInfo &p = m_pools.at(static_cast<size_t>(pool));
    p.servers = servers;
    p.infinite = infinite;
    for (int v : p.steps) {
        node(v).servers = servers;
        node(v).infinite = infinite;
    }
}

} // namespace bp::analysis
