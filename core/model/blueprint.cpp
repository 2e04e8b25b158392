#include "blueprint.h"

#include <algorithm>

namespace bp {

const Lane *Blueprint::lane(const ElementId &id) const
{
    const int i = laneIndex(id);
    return i < 0 ? nullptr : &m_lanes[size_t(i)];
}

int Blueprint::laneIndex(const ElementId &id) const
{
    return m_laneIndex.value(id, -1);
}

bool Blueprint::insertLane(int index, const Lane &lane)
{
    if (m_laneIndex.contains(lane.id))
        return false;
    index = std::clamp(index, 0, int(m_lanes.size()));
    m_lanes.insert(m_lanes.begin() + index, lane);
    reindexLanes();
    return true;
}

bool Blueprint::removeLane(const ElementId &id)
{
    const int i = laneIndex(id);
    if (i < 0)
        return false;
    m_lanes.erase(m_lanes.begin() + i);
    reindexLanes();
    return true;
}

bool Blueprint::updateLane(const Lane &lane)
{
    const int i = laneIndex(lane.id);
    if (i < 0)
        return false;
    m_lanes[size_t(i)] = lane;
    return true;
}

bool Blueprint::moveLane(const ElementId &id, int newIndex)
{
    const int i = laneIndex(id);
    if (i < 0)
        return false;
    newIndex = std::clamp(newIndex, 0, int(m_lanes.size()) - 1);
    Lane lane = m_lanes[size_t(i)];
    m_lanes.erase(m_lanes.begin() + i);
    m_lanes.insert(m_lanes.begin() + newIndex, lane);
    reindexLanes();
    return true;
}

bool Blueprint::setLanes(std::vector<Lane> lanes)
{
    m_lanes = std::move(lanes);
    reindexLanes();
    return m_laneIndex.size() == qsizetype(m_lanes.size());
}

bool Blueprint::setPools(std::vector<Pool> pools)
{
    m_pools = std::move(pools);
    reindexPools();
    return m_poolIndex.size() == qsizetype(m_pools.size());
}

double Blueprint::laneTop(const ElementId &id) const
{
    double top = 0;
    for (const Lane &l : m_lanes) {
        if (l.id == id)
            return top;
        top += l.height;
    }
    return top;
}

const Pool *Blueprint::pool(const ElementId &id) const
{
    const int i = poolIndex(id);
    return i < 0 ? nullptr : &m_pools[size_t(i)];
}

int Blueprint::poolIndex(const ElementId &id) const
{
    return m_poolIndex.value(id, -1);
}

bool Blueprint::insertPool(int index, const Pool &pool)
{
    if (m_poolIndex.contains(pool.id))
        return false;
    index = std::clamp(index, 0, int(m_pools.size()));
    m_pools.insert(m_pools.begin() + index, pool);
    reindexPools();
    return true;
}

bool Blueprint::removePool(const ElementId &id)
{
    const int i = poolIndex(id);
    if (i < 0)
        return false;
    m_pools.erase(m_pools.begin() + i);
    reindexPools();
    return true;
}

bool Blueprint::updatePool(const Pool &pool)
{
    const int i = poolIndex(pool.id);
    if (i < 0)
        return false;
    m_pools[size_t(i)] = pool;
    return true;
}

bool Blueprint::isIdTaken(const ElementId &id) const
{
    return m_laneIndex.contains(id) || m_poolIndex.contains(id) || graph.hasStep(id)
        || graph.hasFlow(id);
}

Servers Blueprint::effectiveServers(const Step &step) const
{
    return serversOf(step, nullptr);
}

Servers Blueprint::effectiveServers(const Step &step, LaneKind laneKind) const
{
    return serversOf(step, &laneKind);
}

Servers Blueprint::serversOf(const Step &step, const LaneKind *laneKind) const
{
    if (!step.pool.isEmpty()) {
        if (const Pool *p = pool(step.pool))
            return p->servers;
    }
    if (step.servers)
        return *step.servers;
    if (laneKind)
        return defaultServers(*laneKind);
    const Lane *l = lane(step.lane);
    return defaultServers(l ? l->kind : LaneKind::Other);
}

bool Blueprint::effectiveCustomerPresent(const Step &step) const
{
    if (step.customerPresent)
        return *step.customerPresent;
    const Lane *l = lane(step.lane);
    return effectiveCustomerPresent(step, l ? l->kind : LaneKind::Other);
}

bool Blueprint::effectiveCustomerPresent(const Step &step, LaneKind laneKind)
{
    if (step.customerPresent)
        return *step.customerPresent;
    return defaultCustomerPresent(laneKind);
}

bool Blueprint::operator==(const Blueprint &other) const
{
    return meta == other.meta && demand == other.demand
        && analysisSettings == other.analysisSettings && extras == other.extras
        && m_lanes == other.m_lanes && m_pools == other.m_pools && graph == other.graph;
}

std::vector<Lane> Blueprint::standardLanes()
{
    return {
        { QStringLiteral("evidence"),
          LaneKind::PhysicalEvidence,
          QStringLiteral("Physical evidence"),
          120.0,
          {} },
        { QStringLiteral("customer"),
          LaneKind::Customer,
          QStringLiteral("Customer actions"),
          120.0,
          {} },
        { QStringLiteral("front"), LaneKind::Frontstage, QStringLiteral("Frontstage"), 120.0, {} },
        { QStringLiteral("back"), LaneKind::Backstage, QStringLiteral("Backstage"), 120.0, {} },
        { QStringLiteral("support"),
          LaneKind::Support,
          QStringLiteral("Support processes"),
          120.0,
          {} },
    };
}

void Blueprint::reindexLanes()
{
    m_laneIndex.clear();
    m_laneIndex.reserve(qsizetype(m_lanes.size()));
    for (size_t i = 0; i < m_lanes.size(); ++i)
        m_laneIndex.insert(m_lanes[i].id, int(i));
}

void Blueprint::reindexPools()
{
    m_poolIndex.clear();
    m_poolIndex.reserve(qsizetype(m_pools.size()));
    for (size_t i = 0; i < m_pools.size(); ++i)
        m_poolIndex.insert(m_pools[i].id, int(i));
}

} // namespace bp
