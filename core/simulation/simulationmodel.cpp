#include "simulation/engine_p.h"

#include "model/diagnostic.h"

#include <QCoreApplication>
#include <QStringList>

namespace bp::simulation::detail {

namespace {
// lupdate reads the context from a declaration in the same file.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::Simulation)
};
} // namespace

QString quoted(const QString &id)
{
    return u'"' + escapeForMessage(id) + u'"';
}

QString buildModel(const analysis::Snapshot &s, const SimulationOptions &o, Model &m)
{
    if (o.customers < 1)
        return Tr::tr("the number of customers must be at least 1");
    if (o.replications < 1)
        return Tr::tr("the number of replications must be at least 1");
    const analysis::Arrivals &a = s.arrivals();
    if (!a.lambda || !(*a.lambda > 0.0) || !std::isfinite(*a.lambda))
        return Tr::tr("the blueprint has no demand: give an arrival rate to simulate it");
    if (!(a.scv >= 0.0) || !std::isfinite(a.scv))
        return Tr::tr("the arrival SCV must be a number of at least 0");
    const auto family = o.variability == SimulationOptions::Variability::Lognormal
        ? DurationSampler::Family::Lognormal
        : DurationSampler::Family::Gamma;
    m.interarrival = DurationSampler(1.0 / *a.lambda, o.forceExponential ? 1.0 : a.scv, family);
    m.journeyTolerance = a.journeyTolerance ? *a.journeyTolerance : -1.0;

    double total = 0.0;
    for (int v : s.starts()) {
        const double share = s.node(v).entry;
        if (share > 0.0) {
            total += share;
            m.entries.emplace_back(v, total);
        }
    }
    if (m.entries.empty())
        return Tr::tr("the blueprint has no start step where customers enter");

    for (size_t i = 0; i < s.pools().size(); ++i) {
        const analysis::PoolInfo &p = s.pools()[i];
        if (!p.infinite && p.servers < 1)
            return Tr::tr("pool %1 has no servers").arg(quoted(s.poolId(int(i))));
        m.pools.push_back({ p.servers, p.infinite });
    }

    const analysis::Graph &g = s.graph();
    const int n = s.size();
    m.steps.resize(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v) {
        const analysis::Node &node = s.node(v);
        StepModel &st = m.steps[static_cast<size_t>(v)];
        if (!(node.time >= 0.0) || !std::isfinite(node.time) || !(node.scv >= 0.0)
            || !std::isfinite(node.scv))
            return Tr::tr("step %1 has an invalid time or SCV").arg(quoted(node.id));
        st.instant = !(node.time > 0.0);
        st.end = node.kind == StepKind::End;
        st.split = node.gateway == analysis::Gateway::Split;
        st.join = node.gateway == analysis::Gateway::Join;
        st.service = DurationSampler(node.time, o.forceExponential ? 1.0 : node.scv, family);
        st.pFail = node.pFail;
        st.tolerance = node.tolerance ? *node.tolerance : -1.0;
        st.pool = node.pool;
        if (!st.instant && (st.pool < 0 || st.pool >= static_cast<int>(m.pools.size())))
            return Tr::tr("step %1 has no resource pool").arg(quoted(node.id));

        st.routeBegin = static_cast<std::uint32_t>(m.routes.size());
        if (!st.end) {
            double sum = 0.0;
            for (auto [e, eEnd] = boost::out_edges(static_cast<analysis::Vertex>(v), g); e != eEnd;
                 ++e) {
                const analysis::Edge &edge = g[*e];
                Route r;
                r.target = static_cast<int>(boost::target(*e, g));
                r.failure = edge.kind == FlowKind::Failure;
                if (!st.split) {
                    if (!edge.p || !(*edge.p >= 0.0) || *edge.p > 1.0)
                        return Tr::tr("flow %1 has no routing probability").arg(quoted(edge.id));
                    sum += *edge.p;
                    r.cumulative = sum;
                }
                m.routes.push_back(r);
            }
            if (m.routes.size() == st.routeBegin)
                return Tr::tr("step %1 is a dead end: no flow leaves it").arg(quoted(node.id));
            if (!st.split && !(std::abs(sum - 1.0) <= o.probabilityTolerance))
                return Tr::tr("the routing probabilities out of step %1 sum to %2, not 1")
                    .arg(quoted(node.id))
                    .arg(sum);
        }
        st.routeEnd = static_cast<std::uint32_t>(m.routes.size());
    }
    return {};
}

} // namespace bp::simulation::detail
