#include "analysis/queueinganalysis.h"

#include "analysis/linearsolve.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace bp::analysis {

namespace {

constexpr double minutesPerHour = 60.0;
constexpr double inf = std::numeric_limits<double>::infinity();

bool isVirtual(const Node &n)
{
    return n.kind == StepKind::Start || n.kind == StepKind::End;
}

/// x ≥ threshold, forgiving the rounding of figures that are meant to equal it (0.2·12.75/3).
bool atLeast(double x, double threshold, const Settings &settings)
{
    return x >= threshold - settings.tieTolerance * std::max(1.0, std::abs(threshold));
}

/// The elements of a pool finding: the step's id for a step on its own, else the pool's id and
/// its steps'.
QStringList poolElements(const Snapshot &s, int p)
{
    const PoolInfo &pool = s.pools()[static_cast<size_t>(p)];
    QStringList out;
    if (pool.declared)
        out << s.poolId(p);
    for (int v : pool.steps) {
        if (!isVirtual(s.node(v)))
            out << s.node(v).id;
    }
    if (out.isEmpty())
        out << s.poolId(p);
    return out;
}

/// What the analysis reads of a step, compact: the passes below walk this array instead of the
/// graph's vertex records, which are large and scattered in memory.
struct StepData
{
    double time = 0.0;
    double scv = 1.0;
    double entry = 0.0;
    std::optional<double> tolerance;
    std::optional<double> executionTolerance;
    int pool = 0;
    bool isVirtual = false;
    bool customerPresent = false;
};

std::vector<StepData> compactSteps(const Snapshot &s)
{
    std::vector<StepData> out(static_cast<size_t>(s.size()));
    for (int v = 0; v < s.size(); ++v) {
        const Node &n = s.node(v);
        StepData &d = out[static_cast<size_t>(v)];
        d.isVirtual = isVirtual(n);
        d.time = d.isVirtual ? 0.0 : n.time;
        d.scv = n.scv;
        d.entry = n.entry;
        d.tolerance = n.tolerance;
        d.executionTolerance = n.executionTolerance;
        d.pool = n.pool;
        d.customerPresent = n.customerPresent;
    }
    return out;
}

Finding finding(const char *code, Severity severity, QStringList elements, FindingValues values)
{
    return { QString::fromLatin1(code), severity, std::move(elements), std::move(values) };
}

/// Arrival SCVs from the QNA linking equations (analysis.md §2.3). For fixed utilisations they
/// are linear in ca² — cd_i² = α_i + β_i·ca_i² with β_i = 1 − ρ_i², and every merge a weighted
/// mean — so the fixed point is solved directly by the condensed solver: near-linear, exact,
/// and the same fixed point the iteration of the spec converges to.
std::vector<double> qnaArrivalScvs(const Snapshot &s, const Visits &vis, double lambda,
                                   const std::vector<StepData> &data,
                                   const std::vector<StepFigures> &steps,
                                   const std::vector<PoolFigures> &pools)
{
    const RoutingGraph &r = vis.flows;
    const auto n = static_cast<size_t>(s.size());
    std::vector<double> alpha(n, 0.0), beta(n, 1.0);
    for (size_t i = 0; i < n; ++i) {
        if (!steps[i].queueing)
            continue; // delay stations and virtual steps pass the SCV through
        const StepData &node = data[i];
        const PoolFigures &pool = pools[static_cast<size_t>(node.pool)];
        const double rho = std::min(1.0, pool.rho.value_or(0.0));
        const double r2 = rho * rho;
        const int c = std::max(1, s.pools()[static_cast<size_t>(node.pool)].servers);
        alpha[i] = r2 * (1.0 + (node.scv - 1.0) / std::sqrt(double(c)));
        beta[i] = 1.0 - r2;
    }
    std::vector<double> b(n, 0.0);
    std::vector<Coefficient> a;
    a.reserve(r.inSource.size());
    for (size_t j = 0; j < n; ++j) {
        const double lj = lambda * vis.v[j];
        if (!(lj > 0.0)) {
            b[j] = 1.0;
            continue;
        }
        b[j] = lambda * data[j].entry * s.arrivals().scv / lj;
        for (int k = r.inStart[j]; k < r.inStart[j + 1]; ++k) {
            const auto i = static_cast<size_t>(r.inSource[static_cast<size_t>(k)]);
            const double p = r.inP[static_cast<size_t>(k)];
            const double f = lambda * vis.v[i] * p * vis.flowWeight(int(i), int(j)) / lj;
            if (!(f > 0.0))
                continue;
            // Split with probability p: c² = p·cd_i² + 1 − p.
            b[j] += f * (p * alpha[i] + 1.0 - p);
            a.push_back({ static_cast<int>(j), static_cast<int>(i), f * p * beta[i] });
        }
    }
    LinearSolution sol = solveFixedPoint(n, a, b);
    if (!sol.ok)
        return std::vector<double>(n, 1.0);
    return std::move(sol.x);
}

} // namespace

QString waitFormulaKey(WaitFormula f)
{
    switch (f) {
    case WaitFormula::Exact:
        return QStringLiteral("mmc");
    case WaitFormula::AllenCunneenPoisson:
        return QStringLiteral("allen_cunneen_ca2_1");
    case WaitFormula::AllenCunneenQna:
        return QStringLiteral("allen_cunneen_qna");
    case WaitFormula::SakasegawaQna:
        break;
    }
    return QStringLiteral("sakasegawa_qna");
}

WaitFormula selectWaitFormula(const Snapshot &s, WaitModel model)
{
    switch (model) {
    case WaitModel::Exact:
        return WaitFormula::Exact;
    case WaitModel::AllenCunneenQna:
        return WaitFormula::AllenCunneenQna;
    case WaitModel::AllenCunneenPoisson:
        return WaitFormula::AllenCunneenPoisson;
    case WaitModel::SakasegawaQna:
        return WaitFormula::SakasegawaQna;
    case WaitModel::Auto:
        break;
    }
    constexpr double exactTolerance = 1e-12;
    if (std::abs(s.arrivals().scv - 1.0) > exactTolerance)
        return WaitFormula::AllenCunneenQna;
    for (int v = 0; v < s.size(); ++v) {
        const Node &n = s.node(v);
        if (!isVirtual(n) && !n.infinite && n.time > 0.0 && std::abs(n.scv - 1.0) > exactTolerance)
            return WaitFormula::AllenCunneenQna;
    }
    return WaitFormula::Exact;
}

QueueingResult analyseQueueing(const Snapshot &s, const Settings &settings)
{
    return analyseQueueing(s, settings, computeVisits(s));
}

QueueingResult analyseQueueing(const Snapshot &s, const Settings &settings, Visits visits)
{
    QueueingResult r;
    const auto n = static_cast<size_t>(s.size());
    r.visits = std::move(visits);
    const Visits &vis = r.visits;
    r.formula = selectWaitFormula(s, settings.waitModel);
    r.demand = s.arrivals().lambda;
    r.steps.resize(n);
    r.pools.resize(s.pools().size());
    if (!vis.ok) {
        // Trapped flow: no figure built on the visit ratios means anything. The visits stay
        // readable (0 where trapped) so that the caller can show where the flow is stuck.
        for (size_t v = 0; v < n; ++v) {
            r.steps[v].visits = vis.v[v];
            r.steps[v].virtualStep = isVirtual(s.node(int(v)));
        }
        return r;
    }

    const std::optional<double> lambda = s.arrivals().lambda;
    const bool haveLambda = lambda.has_value();
    const std::vector<StepData> data = compactSteps(s);
    const int sel = indexOf(r.formula);

    // Pools: unit load, capacity, utilisation, the mixture of their steps' service times.
    // Accumulated by step into flat per-pool arrays (a pool's step list is a heap block of its
    // own; walking the steps in order is much kinder to the cache at 100,000 steps).
    const size_t poolCount = s.pools().size();
    std::vector<bool> mixedTimes(poolCount, false), timedPool(poolCount, false);
    std::vector<double> poolVisits(poolCount, 0.0), poolSecond(poolCount, 0.0);
    std::vector<double> poolFirstTime(poolCount, -1.0);
    for (size_t v = 0; v < n; ++v) {
        const StepData &node = data[v];
        if (node.isVirtual || !(node.time > 0.0))
            continue;
        const auto p = static_cast<size_t>(node.pool);
        timedPool[p] = true;
        const double x = vis.v[v];
        poolVisits[p] += x;
        r.pools[p].unitLoad += x * node.time;
        poolSecond[p] += x * node.time * node.time * (1.0 + node.scv);
        if (poolFirstTime[p] < 0.0)
            poolFirstTime[p] = node.time;
        else if (node.time != poolFirstTime[p])
            mixedTimes[p] = true;
    }
    for (size_t p = 0; p < poolCount; ++p) {
        const PoolInfo &info = s.pools()[p];
        PoolFigures &pf = r.pools[p];
        const double visits = poolVisits[p];
        const double second = poolSecond[p];
        const bool timed = timedPool[p];
        pf.relevant = timed && !info.infinite && info.servers > 0;
        if (!pf.relevant)
            continue;
        if (pf.unitLoad > 0.0)
            pf.capacity = info.servers / pf.unitLoad;
        if (visits > 0.0) {
            pf.meanService = pf.unitLoad / visits;
            pf.serviceScv
                = pf.unitLoad > 0.0 ? second * visits / (pf.unitLoad * pf.unitLoad) - 1.0 : 1.0;
        }
        if (haveLambda) {
            pf.rho = *lambda * pf.unitLoad / info.servers;
            pf.arrivalRate = *lambda * visits;
            pf.unstable = atLeast(*pf.rho, 1.0, settings);
            if (pf.meanService > 0.0)
                pf.overload = queueing::overload(*pf.arrivalRate, pf.meanService, info.servers,
                                                 settings.backlogHorizonMinutes,
                                                 settings.targetUtilisation);
        }
    }

    // Steps: what queues, and the durations without waiting.
    std::vector<double> serviceTime(n, 0.0);
    for (size_t v = 0; v < n; ++v) {
        const StepData &node = data[v];
        StepFigures &sf = r.steps[v];
        sf.visits = vis.v[v];
        sf.virtualStep = node.isVirtual;
        sf.time = node.time;
        serviceTime[v] = sf.time;
        sf.queueing
            = !sf.virtualStep && sf.time > 0.0 && r.pools[static_cast<size_t>(node.pool)].relevant;
        if (haveLambda) {
            sf.arrivalRate = *lambda * sf.visits;
            if (sf.queueing)
                sf.rho = r.pools[static_cast<size_t>(node.pool)].rho;
        }
    }

    // The critical path needs only the service times; its slack goes into the step figures
    // with the waits, below. (The step figures are 17 MB at 100,000 steps: the passes over them
    // are few and each does all it can.)
    r.criticalPath = criticalPath(s, vis, serviceTime);

    // QNA arrival SCVs, then each pool's superposed arrival SCV.
    if (haveLambda) {
        const std::vector<double> ca2 = qnaArrivalScvs(s, vis, *lambda, data, r.steps, r.pools);
        std::vector<double> weighted(r.pools.size(), 0.0), rate(r.pools.size(), 0.0);
        for (size_t v = 0; v < n; ++v) {
            StepFigures &sf = r.steps[v];
            sf.ca2 = ca2[v];
            if (!sf.queueing)
                continue;
            const auto p = static_cast<size_t>(data[v].pool);
            weighted[p] += *sf.arrivalRate * ca2[v];
            rate[p] += *sf.arrivalRate;
        }
        for (size_t p = 0; p < r.pools.size(); ++p)
            r.pools[p].arrivalScv = rate[p] > 0.0 ? weighted[p] / rate[p] : 1.0;
    }

    // Waits per pool in every formula, then per step.
    std::vector<std::vector<double>> durations { serviceTime }; // T0's, then each formula's
    if (haveLambda) {
        struct PoolWait
        {
            std::array<double, waitFormulaCount> wq {};
            double pWait = 0.0;
            double decay = 0.0; ///< c/t̄ − λ_r of the exact tail
        };
        std::vector<PoolWait> waits(r.pools.size());
        for (size_t p = 0; p < r.pools.size(); ++p) {
            const PoolFigures &pf = r.pools[p];
            if (!pf.relevant || pf.unstable || !(pf.meanService > 0.0))
                continue;
            const int c = s.pools()[p].servers;
            const double lr = *pf.arrivalRate;
            const double exact = queueing::mmcWait(lr, pf.meanService, c);
            PoolWait &w = waits[p];
            w.wq[indexOf(WaitFormula::Exact)] = exact;
            w.wq[indexOf(WaitFormula::AllenCunneenPoisson)] = exact * 0.5 * (1.0 + pf.serviceScv);
            w.wq[indexOf(WaitFormula::AllenCunneenQna)]
                = exact * 0.5 * (pf.arrivalScv + pf.serviceScv);
            w.wq[indexOf(WaitFormula::SakasegawaQna)]
                = queueing::sakasegawa(lr, pf.meanService, c, pf.arrivalScv, pf.serviceScv);
            w.pWait = queueing::erlangC(c, lr * pf.meanService);
            w.decay = c / pf.meanService - lr;
        }
        // One pass for the waits, the durations of the flow times below and the slack.
        durations.resize(1 + waitFormulaCount, std::vector<double>(n));
        for (size_t v = 0; v < n; ++v) {
            StepFigures &sf = r.steps[v];
            const StepData &node = data[v];
            sf.slack = r.criticalPath.slack[v];
            if (!sf.queueing) {
                sf.wq.fill(0.0);
            } else {
                const auto p = static_cast<size_t>(node.pool);
                if (r.pools[p].unstable) {
                    // No steady state: waits and everything built on them unset.
                    sf.pWait = 1.0;
                    for (size_t f = 0; f < size_t(waitFormulaCount); ++f)
                        durations[f + 1][v] = inf;
                    continue;
                }
                const PoolWait &w = waits[p];
                sf.pWait = w.pWait;
                for (int f = 0; f < waitFormulaCount; ++f)
                    sf.wq[size_t(f)] = w.wq[size_t(f)];
                if (node.tolerance) {
                    const double tau = *node.tolerance;
                    for (int f = 0; f < waitFormulaCount; ++f) {
                        sf.pWaitOverTolerance[size_t(f)] = f == indexOf(WaitFormula::Exact)
                            ? w.pWait * std::exp(-w.decay * tau)
                            : queueing::ggcWaitTail(w.pWait, w.wq[size_t(f)], tau);
                    }
                }
            }
            for (size_t f = 0; f < size_t(waitFormulaCount); ++f)
                durations[f + 1][v] = serviceTime[v] + *sf.wq[f];
            sf.wait = sf.wq[size_t(sel)];
            sf.sojourn = *sf.wait + sf.time;
            sf.lq = *sf.arrivalRate * *sf.wait;
            sf.l = *sf.arrivalRate * *sf.sojourn;
            if (sf.pWaitOverTolerance[size_t(sel)])
                sf.serviceLevel = 1.0 - *sf.pWaitOverTolerance[size_t(sel)];
        }
    } else {
        for (size_t v = 0; v < n; ++v)
            r.steps[v].slack = r.criticalPath.slack[v];
    }

    // Bottleneck(s) and process capacity: highest load per server U_r/c_r.
    double top = 0.0;
    for (size_t p = 0; p < r.pools.size(); ++p) {
        if (r.pools[p].relevant && r.pools[p].unitLoad > 0.0)
            top = std::max(top, r.pools[p].unitLoad / s.pools()[p].servers);
    }
    if (top > 0.0) {
        const double scale = haveLambda ? *lambda : 1.0;
        const double slack = settings.tieTolerance * std::max(1.0, scale * top);
        for (size_t p = 0; p < r.pools.size(); ++p) {
            if (r.pools[p].relevant && r.pools[p].unitLoad > 0.0
                && scale * (top - r.pools[p].unitLoad / s.pools()[p].servers) <= slack)
                r.bottlenecks.push_back(static_cast<int>(p));
        }
        r.processCapacity = 1.0 / top;
    }
    if (haveLambda) {
        r.maxUtilisation = *lambda * top;
        r.flowRate = r.processCapacity ? std::min(*lambda, *r.processCapacity) : *lambda;
    }

    // Flow times: T0, and T in every formula (AND blocks: max of the branches' means).
    const std::vector<ExpectedTime> times = expectedEndToEnd(s, vis, durations);
    const ExpectedTime &t0 = times.front();
    r.theoreticalFlowTime = t0.time.value_or(0.0);
    r.andLowerBound = t0.lowerBound;
    if (haveLambda) {
        for (int f = 0; f < waitFormulaCount; ++f)
            r.flowTimeByFormula[size_t(f)] = times[size_t(f) + 1].time;
        r.flowTime = r.flowTimeByFormula[size_t(sel)];
        if (r.flowTime) {
            if (*r.flowTime > 0.0)
                r.efficiency = r.theoreticalFlowTime / *r.flowTime;
            r.wip = *lambda * *r.flowTime;
        }
    }

    // Findings (analysis.md §3.2).
    Findings &out = r.findings;
    const QString model = waitFormulaKey(r.formula);
    for (size_t p = 0; p < r.pools.size(); ++p) {
        const PoolFigures &pf = r.pools[p];
        if (!pf.relevant || !pf.rho)
            continue;
        const PoolInfo &info = s.pools()[p];
        const double rho = *pf.rho;
        // Most pools raise no flag: decide first, build the values only for a finding.
        const char *code = nullptr;
        Severity severity = Severity::Info;
        if (pf.unstable) {
            code = "UNSTABLE";
            severity = Severity::Error;
        } else if (atLeast(rho, settings.critical, settings)) {
            code = "CRITICAL_UTILISATION";
            severity = Severity::Error;
        } else if (atLeast(rho, settings.high, settings)) {
            code = "HIGH_UTILISATION";
            severity = Severity::Warning;
        } else if (atLeast(rho, settings.busy, settings)) {
            out.push_back(finding("BUSY", Severity::Info, poolElements(s, int(p)),
                                  { { QStringLiteral("rho"), rho } }));
        }
        if (!code)
            continue;
        FindingValues values { { QStringLiteral("rho"), rho },
                               { QStringLiteral("servers"), info.servers } };
        if (pf.overload) {
            values.insert(QStringLiteral("servers_for_target"), pf.overload->serversForTarget);
            values.insert(QStringLiteral("target_rho"), settings.targetUtilisation);
        }
        if (pf.unstable) {
            values.insert(QStringLiteral("arrivals_per_hour"), *pf.arrivalRate * minutesPerHour);
            values.insert(QStringLiteral("capacity_per_hour"),
                          info.servers / pf.meanService * minutesPerHour);
            values.insert(QStringLiteral("backlog_growth_per_hour"),
                          pf.overload->backlogGrowth * minutesPerHour);
            values.insert(QStringLiteral("backlog_after_horizon"), pf.overload->fluidBacklog);
            values.insert(QStringLiteral("horizon_min"), settings.backlogHorizonMinutes);
            values.insert(QStringLiteral("servers_needed"), pf.overload->minServers);
        }
        out.push_back(finding(code, severity, poolElements(s, int(p)), std::move(values)));
    }
    QStringList bottleneckElements;
    for (int p : r.bottlenecks) {
        const PoolFigures &pf = r.pools[static_cast<size_t>(p)];
        const PoolInfo &info = s.pools()[static_cast<size_t>(p)];
        FindingValues values { { QStringLiteral("unit_load_min"), pf.unitLoad },
                               { QStringLiteral("servers"), info.servers },
                               { QStringLiteral("capacity_per_hour"),
                                 *pf.capacity * minutesPerHour } };
        if (pf.rho)
            values.insert(QStringLiteral("rho"), *pf.rho);
        const bool high = pf.rho && atLeast(*pf.rho, settings.high, settings);
        bottleneckElements << poolElements(s, p);
        out.push_back(finding("BOTTLENECK", high ? Severity::Warning : Severity::Info,
                              poolElements(s, p), values));
    }
    if (r.maxUtilisation && atLeast(*r.maxUtilisation, 1.0, settings)) {
        out.push_back(
            finding("CAPACITY_SHORTFALL", Severity::Error, bottleneckElements,
                    { { QStringLiteral("demand_per_hour"), *lambda * minutesPerHour },
                      { QStringLiteral("capacity_per_hour"), *r.processCapacity * minutesPerHour },
                      { QStringLiteral("rho"), *r.maxUtilisation } }));
    }
    const double slTarget = s.arrivals().serviceLevel;
    for (size_t v = 0; v < n; ++v) {
        const StepFigures &sf = r.steps[v];
        const StepData &node = data[v];
        if (sf.virtualStep || !node.customerPresent)
            continue;
        if (sf.queueing && node.tolerance && sf.wait && *sf.wait > *node.tolerance) {
            out.push_back(finding("WAIT_EXCEEDS_TOLERANCE", Severity::Warning,
                                  { s.node(int(v)).id },
                                  { { QStringLiteral("wait_min"), *sf.wait },
                                    { QStringLiteral("tolerance_min"), *node.tolerance },
                                    { QStringLiteral("model"), model } }));
        }
        const auto &pOver = sf.pWaitOverTolerance[size_t(sel)];
        if (sf.queueing && node.tolerance && pOver && *pOver > 1.0 - slTarget) {
            out.push_back(finding("SERVICE_LEVEL_BELOW_TARGET", Severity::Warning,
                                  { s.node(int(v)).id },
                                  { { QStringLiteral("p_wait_over_tolerance"), *pOver },
                                    { QStringLiteral("service_level"), 1.0 - *pOver },
                                    { QStringLiteral("service_level_target"), slTarget },
                                    { QStringLiteral("tolerance_min"), *node.tolerance },
                                    { QStringLiteral("model"), model } }));
        }
        if (node.executionTolerance && sf.sojourn && *sf.sojourn > *node.executionTolerance) {
            out.push_back(finding("EXECUTION_EXCEEDS_TOLERANCE", Severity::Warning,
                                  { s.node(int(v)).id },
                                  { { QStringLiteral("execution_min"), *sf.sojourn },
                                    { QStringLiteral("wait_min"), sf.wait.value_or(0.0) },
                                    { QStringLiteral("tolerance_min"), *node.executionTolerance },
                                    { QStringLiteral("model"), model } }));
        }
    }
    const auto &journey = s.arrivals().journeyTolerance;
    if (journey && r.flowTime && *r.flowTime > *journey) {
        out.push_back(finding("JOURNEY_EXCEEDS_TOLERANCE", Severity::Warning, {},
                              { { QStringLiteral("flow_time_min"), *r.flowTime },
                                { QStringLiteral("tolerance_min"), *journey },
                                { QStringLiteral("model"), model } }));
    }
    for (const ReworkCluster &c : vis.clusters) {
        QStringList ids;
        for (int v : c.steps)
            ids << s.node(v).id;
        out.push_back(finding("REWORK_LOOP", Severity::Info, ids,
                              { { QStringLiteral("multiplier"), c.multiplier },
                                { QStringLiteral("rework_probability"), c.reworkProbability },
                                { QStringLiteral("inflow"), c.inflow } }));
    }
    bool waits = false;
    for (size_t v = 0; v < n && !waits; ++v)
        waits = r.steps[v].queueing && r.steps[v].visits > 0.0;
    if (haveLambda && waits && r.formula != WaitFormula::Exact) {
        out.push_back(finding("APPROXIMATION_USED", Severity::Info, {},
                              { { QStringLiteral("reason"), QStringLiteral("ggc_formula") },
                                { QStringLiteral("model"), model } }));
    }
    if (haveLambda && waits) {
        QStringList shared;
        for (size_t p = 0; p < r.pools.size(); ++p) {
            if (mixedTimes[p] && r.pools[p].relevant)
                shared << s.poolId(int(p));
        }
        if (!shared.isEmpty()) {
            out.push_back(finding(
                "APPROXIMATION_USED", Severity::Info, shared,
                { { QStringLiteral("reason"), QStringLiteral("shared_pool_mixed_times") } }));
        }
    }
    if (t0.lowerBound || !t0.unmatchedJoins.empty()) {
        QStringList joins;
        for (int v : t0.lowerBoundJoins)
            joins << s.node(v).id;
        for (int v : t0.unmatchedJoins)
            joins << s.node(v).id;
        out.push_back(
            finding("APPROXIMATION_USED", Severity::Info, joins,
                    { { QStringLiteral("reason"), QStringLiteral("and_join_lower_bound") } }));
    }
    return r;
}

} // namespace bp::analysis
