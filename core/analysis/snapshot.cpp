#include "analysis/snapshot.h"

#include "model/blueprint.h"
#include "model/blueprintgraph.h"
#include "model/kinds.h"

#include <algorithm>
#include <cstdint>

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

/// Vertex descriptors of the editing model (pointers to its list nodes) → snapshot vertices.
/// Flows name their ends by descriptor, so mapping them needs neither the ids' text nor the
/// steps themselves: one probe in a table of pointers, made in slot order (inSlotOrder).
class ModelVertexTable
{
public:
    /// The table of @p keys: keys[i] is the model vertex of snapshot vertex i.
    explicit ModelVertexTable(const std::vector<const void *> &keys)
    {
        size_t capacity = 16;
        while (capacity < 2 * keys.size())
            capacity *= 2;
        m_slots.assign(capacity, Slot {});
        m_mask = capacity - 1;
        for (const std::uint32_t i :
             inSlotOrder(keys.size(), capacity, [&](size_t k) { return slotOf(keys[k]); })) {
            size_t slot = slotOf(keys[i]);
            while (m_slots[slot].key)
                slot = (slot + 1) & m_mask;
            m_slots[slot] = Slot { keys[i], static_cast<int>(i) };
        }
    }

    /// The snapshot vertex of each of @p keys, or -1 for a vertex that is not in the table.
    std::vector<int> findAll(const std::vector<const void *> &keys) const
    {
        std::vector<int> found(keys.size(), -1);
        for (const std::uint32_t i :
             inSlotOrder(keys.size(), m_slots.size(), [&](size_t k) { return slotOf(keys[k]); })) {
            for (size_t slot = slotOf(keys[i]);; slot = (slot + 1) & m_mask) {
                const Slot &s = m_slots[slot];
                if (s.key == keys[i]) {
                    found[i] = s.value;
                    break;
                }
                if (!s.key)
                    break;
            }
        }
        return found;
    }

private:
    struct Slot
    {
        const void *key = nullptr;
        int value = -1;
    };

    size_t slotOf(const void *key) const
    {
        const auto bits = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(key));
        return static_cast<size_t>((bits * 0x9e3779b97f4a7c15ULL) >> 32) & m_mask;
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

} // namespace

std::unique_ptr<Graph> Snapshot::emptyGraph(NodeArena *arena)
{
    const NodeArena::Scope scope(arena); // the edge list takes its allocator now
    return std::make_unique<Graph>();
}

Snapshot::Snapshot() = default;

Snapshot::~Snapshot()
{
    // The graph goes with the arena: giving each of its blocks back first would be wasted work.
    m_arena->discardDeallocations();
}

Snapshot::Snapshot(const Snapshot &other)
    : m_index(other.m_index)
    , m_starts(other.m_starts)
    , m_ends(other.m_ends)
    , m_pools(other.m_pools)
    , m_declaredIds(other.m_declaredIds)
    , m_declaredTitles(other.m_declaredTitles)
    , m_titles(other.m_titles)
    , m_declaredIndex(other.m_declaredIndex)
    , m_evidence(other.m_evidence)
    , m_arrivals(other.m_arrivals)
    , m_minutesPerUnit(other.m_minutesPerUnit)
{
    {
        const NodeArena::Scope scope(m_arena.get()); // the copy's blocks come from its own arena
        m_graph = std::make_unique<Graph>(*other.m_graph);
    }
    m_index.setKeyOf(NodeKey { m_graph.get() });
}

Snapshot::Snapshot(Snapshot &&other) noexcept
{
    swap(other);
}

Snapshot &Snapshot::operator=(const Snapshot &other)
{
    if (this != &other) {
        Snapshot copy(other);
        swap(copy);
    }
    return *this;
}

Snapshot &Snapshot::operator=(Snapshot &&other) noexcept
{
    if (this != &other) {
        Snapshot taken(std::move(other));
        swap(taken);
    }
    return *this;
}

void Snapshot::swap(Snapshot &other) noexcept
{
    // Each index keeps reading the graph it was built for: the graphs move with the pointers.
    std::swap(m_arena, other.m_arena);
    std::swap(m_graph, other.m_graph);
    std::swap(m_index, other.m_index);
    std::swap(m_starts, other.m_starts);
    std::swap(m_ends, other.m_ends);
    std::swap(m_pools, other.m_pools);
    std::swap(m_declaredIds, other.m_declaredIds);
    std::swap(m_declaredTitles, other.m_declaredTitles);
    std::swap(m_titles, other.m_titles);
    std::swap(m_declaredIndex, other.m_declaredIndex);
    std::swap(m_evidence, other.m_evidence);
    std::swap(m_arrivals, other.m_arrivals);
    std::swap(m_minutesPerUnit, other.m_minutesPerUnit);
}

Snapshot Snapshot::of(const Blueprint &blueprint)
{
    using ModelGraph = BlueprintGraph::Graph;
    const ModelGraph &model = blueprint.graph.graph();

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
    for (const Pool &p : blueprint.pools()) {
        s.m_declaredIndex.insert(p.id, static_cast<int>(s.m_pools.size()));
        s.m_declaredIds.push_back(p.id);
        s.m_declaredTitles.push_back(p.title);
        s.m_pools.push_back({ p.servers.count, p.servers.infinite, true, {} });
    }
    const QHash<ElementId, int> &poolIndex = s.m_declaredIndex;

    // The model's steps in creation order (the vertex list keeps it unless an undo of a delete
    // put a step back).
    std::vector<ModelGraph::vertex_descriptor> steps;
    steps.reserve(boost::num_vertices(model));
    for (auto [it, end] = boost::vertices(model); it != end; ++it)
        steps.push_back(*it);
    const auto stepOrder
        = [&model](ModelGraph::vertex_descriptor a, ModelGraph::vertex_descriptor b) {
              return model[a].order < model[b].order;
          };
    if (!std::is_sorted(steps.begin(), steps.end(), stepOrder))
        std::sort(steps.begin(), steps.end(), stepOrder);

    // Room for all vertices at once: growing the vertex vector step by step would move every
    // vertex's edge lists and bundle again and again. Reserved, not sized: each vertex is then
    // written once, when it is added, instead of once empty and once more when filled (at
    // 100,000 steps that is 24 MB less memory traffic).
    const auto vertexCount
        = std::count_if(steps.begin(), steps.end(), [&model](ModelGraph::vertex_descriptor v) {
              return model[v].kind != StepKind::Evidence;
          });
    const NodeArena::Scope scope(s.m_arena.get()); // the graph's blocks come from its arena
    Graph &graph = *s.m_graph; // empty, its edge list already in the arena
    // vec_adj_list_impl::m_vertices is public in Boost 1.74 (its "protected" is a comment);
    // there is no other way to reserve.
    graph.m_vertices.reserve(static_cast<size_t>(vertexCount));
    std::vector<const void *> modelVertices; // of each snapshot vertex
    modelVertices.reserve(static_cast<size_t>(vertexCount));
    std::vector<std::pair<size_t, int>> hashes; // of each snapshot vertex's id, for the index
    hashes.reserve(static_cast<size_t>(vertexCount));

    // Lanes by the address of their id's text: the reader and the commands give every step of
    // a lane the lane's own id string, so most steps find their lane without hashing its id.
    const std::vector<Lane> &lanes = blueprint.lanes();
    const auto laneOf = [&](const ElementId &lane) {
        if (lanes.size() <= 64) {
            for (size_t i = 0; i < lanes.size(); ++i) {
                if (lanes[i].id.constData() == lane.constData())
                    return static_cast<int>(i);
            }
        }
        return blueprint.laneIndex(lane);
    };
    s.m_pools.reserve(s.m_pools.size() + static_cast<size_t>(vertexCount));
    s.m_titles.reserve(static_cast<size_t>(vertexCount));
    std::vector<std::optional<double>> entries; // of each start, as given
    int next = 0;
    for (const ModelGraph::vertex_descriptor mv : steps) {
        const Step &step = model[mv];
        if (step.kind == StepKind::Evidence)
            continue;
        const int v = next++;
        boost::add_vertex(graph);
        // Room for the vertex's edges while it is in the cache: the model's degrees count every
        // flow (evidence ones too), so the edge vectors never grow later, when adding the edges
        // visits the vertices in no particular order.
        graph.out_edge_list(static_cast<Vertex>(v)).reserve(boost::out_degree(mv, model));
        boost::in_edge_list(graph, static_cast<Vertex>(v)).reserve(boost::in_degree(mv, model));
        modelVertices.push_back(mv);
        Node &n = graph[static_cast<Vertex>(v)];
        n.id = QString(step.id.constData(), step.id.size()); // see Node::id
        s.m_titles.push_back(step.title);
        n.kind = step.kind;
        n.gateway = gatewayOf(step.kind);
        n.lane = laneOf(step.lane);
        n.laneKind = n.lane >= 0 ? lanes[static_cast<size_t>(n.lane)].kind : LaneKind::Other;
        n.level = laneLevel(n.laneKind);
        n.time = step.time * unit;
        n.scv = step.scv;
        const Servers servers = blueprint.effectiveServers(step, n.laneKind);
        n.servers = servers.count;
        n.infinite = servers.infinite;
        if (step.tolerance)
            n.tolerance = *step.tolerance * unit;
        if (step.executionTolerance)
            n.executionTolerance = *step.executionTolerance * unit;
        n.customerPresent = Blueprint::effectiveCustomerPresent(step, n.laneKind);
        n.pFail = step.pFail;
        n.severity = step.severity;
        n.occurrence = step.occurrence;
        n.detection = step.detection;
        hashes.emplace_back(idHash(QStringView(n.id)), v);

        const auto declared
            = step.pool.isEmpty() ? poolIndex.constEnd() : poolIndex.constFind(step.pool);
        int pool;
        if (declared != poolIndex.constEnd()) {
            pool = *declared;
        } else {
            pool = static_cast<int>(s.m_pools.size());
            s.m_pools.push_back({ servers.count, servers.infinite, false, {} });
        }
        n.pool = pool;
        s.m_pools[static_cast<size_t>(pool)].steps.push_back(v);

        if (step.kind == StepKind::Start) {
            s.m_starts.push_back(v);
            entries.push_back(step.entry);
        } else if (step.kind == StepKind::End) {
            s.m_ends.push_back(v);
        }
    }

    s.m_index.insertNewBulk(hashes);

    // Entry shares: explicit `entry` values where given, equal shares of the rest otherwise,
    // normalised so that γ sums to 1.
    if (!s.m_starts.empty()) {
        double given = 0.0;
        int unspecified = 0;
        for (const std::optional<double> &entry : entries) {
            if (entry)
                given += *entry;
            else
                ++unspecified;
        }
        const double rest = unspecified > 0 ? std::max(0.0, 1.0 - given) / unspecified : 0.0;
        double total = 0.0;
        for (size_t i = 0; i < s.m_starts.size(); ++i) {
            Node &n = s.node(s.m_starts[i]);
            n.entry = entries[i].value_or(rest);
            total += n.entry;
        }
        if (total > 0.0) {
            for (int v : s.m_starts)
                s.node(v).entry /= total;
        }
    }

    // Routing flows in creation order; a missing p is implied when it is the only routing flow
    // of its source, and every branch of a fork carries the customer.
    std::vector<ModelGraph::edge_descriptor> flows;
    flows.reserve(boost::num_edges(model));
    for (auto [it, end] = boost::edges(model); it != end; ++it)
        flows.push_back(*it);
    const auto flowOrder
        = [&model](const ModelGraph::edge_descriptor &a, const ModelGraph::edge_descriptor &b) {
              return model[a].order < model[b].order;
          };
    if (!std::is_sorted(flows.begin(), flows.end(), flowOrder))
        std::sort(flows.begin(), flows.end(), flowOrder);

    // The vertices of each flow's ends: source of flow i at 2i, target at 2i + 1.
    std::vector<const void *> endKeys;
    endKeys.reserve(2 * flows.size());
    for (const ModelGraph::edge_descriptor &e : flows) {
        endKeys.push_back(boost::source(e, model));
        endKeys.push_back(boost::target(e, model));
    }
    const std::vector<int> ends = ModelVertexTable(modelVertices).findAll(endKeys);
    std::vector<int> routingOut(static_cast<size_t>(s.size()), 0);
    for (size_t i = 0; i < flows.size(); ++i) {
        const int from = ends[2 * i];
        if (from >= 0 && isRouting(model[flows[i]].kind))
            ++routingOut[static_cast<size_t>(from)];
    }
    for (size_t i = 0; i < flows.size(); ++i) {
        const Flow &f = model[flows[i]];
        const int from = ends[2 * i];
        const int to = ends[2 * i + 1];
        if (!isRouting(f.kind) || from < 0 || to < 0) {
            s.m_evidence.push_back({ f.id, f.from, f.to });
            continue;
        }
        Edge e;
        e.id = QString(f.id.constData(), f.id.size()); // a copy of its own, as Node::id
        e.kind = f.kind;
        if (s.node(from).gateway == Gateway::Split)
            e.p = 1.0;
        else if (f.p)
            e.p = *f.p;
        else if (routingOut[static_cast<size_t>(from)] == 1)
            e.p = 1.0;
        boost::add_edge(static_cast<Vertex>(from), static_cast<Vertex>(to), std::move(e), graph);
    }
    return s;
}

int Snapshot::vertexOf(const ElementId &id) const
{
    const int *v = m_index.find(id);
    return v ? *v : -1;
}

const ElementId &Snapshot::poolId(int p) const
{
    if (p >= 0 && static_cast<size_t>(p) < m_declaredIds.size())
        return m_declaredIds[static_cast<size_t>(p)];
    return node(m_pools.at(static_cast<size_t>(p)).steps[0]).id;
}

const QString &Snapshot::poolTitle(int p) const
{
    if (p >= 0 && static_cast<size_t>(p) < m_declaredTitles.size())
        return m_declaredTitles[static_cast<size_t>(p)];
    return title(m_pools.at(static_cast<size_t>(p)).steps[0]);
}

const QString &Snapshot::title(int v) const
{
    static const QString none;
    return v >= 0 && static_cast<size_t>(v) < m_titles.size() ? m_titles[static_cast<size_t>(v)]
                                                              : none;
}

int Snapshot::poolOf(const ElementId &id) const
{
    if (const auto declared = m_declaredIndex.constFind(id); declared != m_declaredIndex.cend())
        return *declared;
    const int v = vertexOf(id);
    if (v < 0)
        return -1;
    const int p = node(v).pool;
    return m_pools[static_cast<size_t>(p)].declared ? -1 : p;
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
