#pragma once

#include "blueprintgraph.h"
#include "types.h"

#include <QHash>

#include <optional>
#include <vector>

/// @file blueprint.h
/// The whole model of one blueprint.

namespace bp {

/// A blueprint: metadata, demand, analysis settings, lanes (top to bottom), pools, and the
/// step/flow graph.
///
/// Plain data with no signals; a Document owns one and changes it only through commands.
/// Lanes are kept in display order with an id index, so that lookups stay O(1) for any number
/// of lanes.
class Blueprint
{
public:
    Meta meta;
    std::optional<Demand> demand;
    AnalysisSettings analysisSettings; ///< thresholds of the analysis, saved with the document
    BlueprintGraph graph;
    Extras extras; ///< unknown root attributes and foreign elements, kept for saving

    // Lanes
    const std::vector<Lane> &lanes() const { return m_lanes; }
    const Lane *lane(const ElementId &id) const;
    /// Index of a lane from the top, or -1.
    int laneIndex(const ElementId &id) const;
    /// Inserts a lane at @p index (clamped). False when the id is used by another lane.
    bool insertLane(int index, const Lane &lane);
    bool removeLane(const ElementId &id);
    bool updateLane(const Lane &lane);
    /// Moves a lane to a new index (0 = top). False when there is no such lane.
    bool moveLane(const ElementId &id, int newIndex);
    /// Replaces all lanes at once (readers; O(n)). False when two lanes share an id.
    bool setLanes(std::vector<Lane> lanes);
    /// Vertical position of the top of a lane in scene units (lanes stacked top to bottom).
    double laneTop(const ElementId &id) const;

    // Pools
    const std::vector<Pool> &pools() const { return m_pools; }
    const Pool *pool(const ElementId &id) const;
    int poolIndex(const ElementId &id) const;
    bool insertPool(int index, const Pool &pool);
    bool removePool(const ElementId &id);
    bool updatePool(const Pool &pool);
    /// Replaces all pools at once (readers; O(n)). False when two pools share an id.
    bool setPools(std::vector<Pool> pools);

    /// Whether any element (lane, pool, step, flow) has this id.
    bool isIdTaken(const ElementId &id) const;

    /// Servers that actually serve a step: the pool's, the step's own, or the lane default.
    Servers effectiveServers(const Step &step) const;
    /// The same, when the kind of the step's lane is known already (no lane lookup).
    Servers effectiveServers(const Step &step, LaneKind laneKind) const;
    /// Whether the customer waits through the step (attribute or lane default).
    bool effectiveCustomerPresent(const Step &step) const;
    /// The same, when the kind of the step's lane is known already (no lane lookup).
    static bool effectiveCustomerPresent(const Step &step, LaneKind laneKind);

    bool operator==(const Blueprint &other) const;

    /// The five standard lanes of a new blueprint (ids evidence, customer, front, back, support),
    /// titled in English; the editor translates titles when it creates them.
    static std::vector<Lane> standardLanes();

private:
    Servers serversOf(const Step &step, const LaneKind *laneKind) const;
    void reindexLanes();
    void reindexPools();

    std::vector<Lane> m_lanes;
    std::vector<Pool> m_pools;
    QHash<ElementId, int> m_laneIndex;
    QHash<ElementId, int> m_poolIndex;
};

} // namespace bp
