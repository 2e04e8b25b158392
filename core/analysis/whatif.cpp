// What-if snapshots (analysis.md §3.1 step 10 and §5): the same blueprint with other servers,
// without some flows or without rework, or with another arrival rate.

#include "analysis/queueinganalysis.h"

#include <QSet>

namespace bp::analysis {

Snapshot withServers(const Snapshot &snapshot, const ElementId &poolId, int servers, bool infinite)
{
    Snapshot copy = snapshot;
    if (const int p = copy.poolOf(poolId); p >= 0)
        copy.setPoolServers(p, servers, infinite);
    return copy;
}

Snapshot withoutFlows(const Snapshot &snapshot, const QStringList &flowIds)
{
    Snapshot copy = snapshot;
    const Graph &g = snapshot.graph();
    const QSet<QString> ids(flowIds.begin(), flowIds.end());
    const auto n = static_cast<size_t>(copy.size());
    std::vector<double> before(n, 0.0), after(n, 0.0);
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        const auto from = boost::source(*e, g);
        const double p = g[*e].p.value_or(0.0);
        before[from] += p;
        if (!ids.contains(g[*e].id))
            after[from] += p;
    }
    copy.keepEdges([&ids](const Edge &e) { return !ids.contains(e.id); });
    Graph &kept = copy.graph();
    for (auto [e, end] = boost::edges(kept); e != end; ++e) {
        const auto from = boost::source(*e, kept);
        if (copy.node(int(from)).gateway == Gateway::Split || !(after[from] > 0.0)
            || after[from] == before[from] || !kept[*e].p)
            continue;
        kept[*e].p = *kept[*e].p * before[from] / after[from];
    }
    return copy;
}

Snapshot withoutRework(const Snapshot &snapshot)
{
    const Visits vis = computeVisits(snapshot);
    const Graph &g = snapshot.graph();
    std::vector<bool> entry(static_cast<size_t>(snapshot.size()), false);
    for (const ReworkCluster &c : vis.clusters) {
        for (int v : c.entries)
            entry[static_cast<size_t>(v)] = true;
    }
    QStringList ids;
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        const auto from = boost::source(*e, g);
        const auto to = boost::target(*e, g);
        if (from == to || (vis.component[from] == vis.component[to] && entry[to]))
            ids << g[*e].id;
    }
    return withoutFlows(snapshot, ids);
}

Snapshot withArrivalRate(const Snapshot &snapshot, double perHour)
{
    Snapshot copy = snapshot;
    copy.arrivals().lambda = perHour / 60.0; // per hour → per minute
    return copy;
}

} // namespace bp::analysis
