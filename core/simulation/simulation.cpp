#include "simulation/simulation.h"

#include "simulation/engine_p.h"

#include "model/diagnostic.h"
#include "simulation/variates.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>

namespace bp::simulation {

using namespace detail;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::Simulation)
};

/// SplitMix64 (Steele, Lea & Flood 2014): turns (seed, replication) into well-spread engine
/// seeds, so that replication 1 of seed s and replication 0 of seed s + 1 differ.
std::uint64_t splitmix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// ---------------------------------------------------------------------------------------------
// Aggregation over replications.

struct Accumulator
{
    int n = 0;
    double mean = 0.0;
    double m2 = 0.0;

    void add(double x)
    {
        if (std::isnan(x))
            return;
        ++n;
        const double d = x - mean;
        mean += d / n;
        m2 += d * (x - mean);
    }
    Estimate estimate() const
    {
        Estimate e;
        e.samples = n;
        if (n == 0)
            return e;
        e.mean = mean;
        if (n >= 2)
            e.halfWidth = studentT975(n - 1) * std::sqrt(m2 / (n - 1) / n);
        return e;
    }
};

double ratio(double a, double b)
{
    return b > 0.0 ? a / b : kNaN;
}

struct Aggregate
{
    explicit Aggregate(size_t steps, size_t pools)
        : step(steps)
        , pool(pools)
        , unstable(pools, 0)
    { }
    std::vector<std::array<Accumulator, 5>> step;
    std::vector<std::array<Accumulator, 3>> pool;
    std::vector<int> unstable;
    std::array<Accumulator, 8> process;
    std::vector<double> poolBusy;
    std::vector<double> poolWaiting;

    /// Adds the figures of one finished replication; returns whether some pool was overloaded.
    bool add(const Model &m, const Replication &r, int measured)
    {
        const double window = r.closed ? r.t1 - r.t0 : 0.0;
        const auto customers = static_cast<double>(measured);
        poolBusy.assign(pool.size(), 0.0);
        poolWaiting.assign(pool.size(), 0.0);
        double visits = 0.0;
        for (size_t i = 0; i < step.size(); ++i) {
            const StepState &st = r.steps[i];
            const StepModel &sm = m.steps[i];
            visits += static_cast<double>(st.visits);
            auto &a = step[i];
            a[0].add(static_cast<double>(st.visits) / customers);
            a[1].add(st.waits > 0 ? st.waitSum / static_cast<double>(st.waits) : kNaN);
            a[2].add(sm.tolerance >= 0.0 && st.waits > 0
                         ? static_cast<double>(st.over) / static_cast<double>(st.waits)
                         : kNaN);
            a[3].add(ratio(st.areaWaiting, window));
            if (sm.pool >= 0) {
                const PoolModel &pm = m.pools[static_cast<size_t>(sm.pool)];
                a[4].add(pm.infinite ? kNaN : ratio(st.areaBusy, pm.servers * window));
                poolBusy[static_cast<size_t>(sm.pool)] += st.areaBusy;
                poolWaiting[static_cast<size_t>(sm.pool)] += st.areaWaiting;
            }
        }
        bool overloaded = false;
        for (size_t p = 0; p < pool.size(); ++p) {
            const PoolModel &pm = m.pools[p];
            const PoolState &ps = r.pools[p];
            auto &a = pool[p];
            if (pm.infinite) {
                a[2].add(ratio(poolWaiting[p], window));
                continue;
            }
            const double capacity = pm.servers * window;
            a[0].add(ratio(poolBusy[p], capacity));
            a[1].add(ratio(ps.offered, capacity));
            a[2].add(ratio(poolWaiting[p], window));
            // Overloaded: the work asked for exceeds what the servers can do in the window, and
            // the queue grew by at least half of what that excess predicts.
            if (window > 0.0 && ps.offeredCount > 0 && ps.offered >= capacity) {
                const double meanService = ps.offered / static_cast<double>(ps.offeredCount);
                const double predicted = (ps.offered - capacity) / meanService;
                const auto growth = static_cast<double>(ps.waitingAtClose - ps.waitingAtOpen);
                if (growth >= std::max(1.0, 0.5 * predicted)) {
                    ++unstable[p];
                    overloaded = true;
                }
            }
        }
        const double flow = ratio(r.flowSum, customers);
        const double throughput = ratio(static_cast<double>(r.departuresInWindow), window);
        process[0].add(flow);
        process[1].add(m.journeyTolerance >= 0.0 ? static_cast<double>(r.flowOver) / customers
                                                 : kNaN);
        process[2].add(throughput);
        process[3].add(ratio(r.areaWip, window));
        process[4].add(throughput * flow);
        process[5].add(visits / customers);
        process[6].add(static_cast<double>(r.failureSum) / customers);
        process[7].add(static_cast<double>(r.failureFree) / customers);
        return overloaded;
    }
};

} // namespace

std::uint64_t SimulationResult::events() const
{
    std::uint64_t total = 0;
    for (const ReplicationSummary &r : replications)
        total += r.events;
    return total;
}

double studentT975(int degreesOfFreedom)
{
    static constexpr std::array<double, 30> table = {
        12.7062047, 4.30265273, 3.18244631, 2.77644511, 2.57058184, 2.44691185,
        2.36462425, 2.30600414, 2.26215716, 2.22813885, 2.20098516, 2.17881283,
        2.16036866, 2.14478669, 2.13144955, 2.11990530, 2.10981558, 2.10092204,
        2.09302405, 2.08596345, 2.07961384, 2.07387307, 2.06865761, 2.06389856,
        2.05953855, 2.05552944, 2.05183052, 2.04840714, 2.04522964, 2.04227246,
    };
    if (degreesOfFreedom < 1)
        return kNaN;
    if (degreesOfFreedom <= 30)
        return table[static_cast<size_t>(degreesOfFreedom - 1)];
    // Cornish–Fisher expansion of t around the normal quantile z (Abramowitz & Stegun 26.7.5).
    const double z = 1.959963984540054;
    const double z2 = z * z;
    const double nu = degreesOfFreedom;
    const double g1 = (z2 + 1.0) * z / 4.0;
    const double g2 = ((5.0 * z2 + 16.0) * z2 + 3.0) * z / 96.0;
    const double g3 = (((3.0 * z2 + 19.0) * z2 + 17.0) * z2 - 15.0) * z / 384.0;
    const double g4
        = ((((79.0 * z2 + 776.0) * z2 + 1482.0) * z2 - 1920.0) * z2 - 945.0) * z / 92160.0;
    return z + g1 / nu + g2 / (nu * nu) + g3 / (nu * nu * nu) + g4 / (nu * nu * nu * nu);
}

SimulationResult simulate(const analysis::Snapshot &snapshot, const SimulationOptions &options)
{
    SimulationResult result;
    Model model;
    const QString error = buildModel(snapshot, options, model);
    if (!error.isEmpty()) {
        result.status = SimulationStatus::Invalid;
        result.message = error;
        return result;
    }
    const int n = options.customers;
    const int warm
        = std::clamp(options.warmupCustomers < 0 ? n / 10 : options.warmupCustomers, 0, n - 1);
    const std::int64_t maxVisits = options.maxVisitsPerCustomer > 0
        ? options.maxVisitsPerCustomer
        : std::max<std::int64_t>(10000, 100 * static_cast<std::int64_t>(snapshot.size()));
    result.customers = n;
    result.warmupCustomers = warm;

    Aggregate aggregate(model.steps.size(), model.pools.size());
    const int replications = options.replications;
    int overloadedRuns = 0;
    for (int r = 0; r < replications; ++r) {
        std::function<void(double)> progress;
        if (options.progress) {
            progress = [&options, r, replications](double share) {
                options.progress((r + std::clamp(share, 0.0, 1.0)) / replications);
            };
        }
        const std::uint64_t stream
            = splitmix64(splitmix64(options.seed) + static_cast<std::uint64_t>(r));
        Replication rep(model, options, stream, warm, maxVisits, std::move(progress));
        const SimulationStatus status = rep.run();
        if (status != SimulationStatus::Ok) {
            result.status = status;
            result.problemStep = rep.problemStep;
            const QString step
                = rep.problemStep >= 0 ? quoted(snapshot.node(rep.problemStep).id) : QString();
            switch (status) {
            case SimulationStatus::Trapped:
                result.message = Tr::tr("a customer made more than %1 visits and was still at "
                                        "step %2: a loop without exit traps customers")
                                     .arg(maxVisits)
                                     .arg(step);
                break;
            case SimulationStatus::Stuck:
                result.message = step.isEmpty()
                    ? Tr::tr("customers were left in the system with nothing to do")
                    : Tr::tr("customers waited forever at join %1: not every branch of their "
                             "fork reaches it")
                          .arg(step);
                break;
            case SimulationStatus::EventLimit:
                result.message
                    = Tr::tr("a replication reached the limit of %1 events").arg(options.maxEvents);
                break;
            case SimulationStatus::Cancelled:
                result.message = Tr::tr("the simulation was cancelled");
                break;
            default:
                break;
            }
            return result;
        }
        const bool overloaded = aggregate.add(model, rep, n - warm);
        if (overloaded)
            ++overloadedRuns;
        ReplicationSummary summary;
        summary.events = rep.events;
        summary.endTime = rep.now;
        summary.flowTime = ratio(rep.flowSum, static_cast<double>(rep.done));
        summary.unstable = overloaded;
        result.replications.push_back(summary);
        if (options.progress)
            options.progress(static_cast<double>(r + 1) / replications);
    }

    result.steps.resize(model.steps.size());
    for (size_t i = 0; i < model.steps.size(); ++i) {
        const auto &a = aggregate.step[i];
        StepStatistics &s = result.steps[i];
        s.visits = a[0].estimate();
        s.wait = a[1].estimate();
        s.waitOverTolerance = a[2].estimate();
        s.queueLength = a[3].estimate();
        s.utilisation = a[4].estimate();
    }
    result.pools.resize(model.pools.size());
    for (size_t p = 0; p < model.pools.size(); ++p) {
        const auto &a = aggregate.pool[p];
        PoolStatistics &s = result.pools[p];
        s.utilisation = a[0].estimate();
        s.offeredLoad = a[1].estimate();
        s.queueLength = a[2].estimate();
        s.unstableReplications = aggregate.unstable[p];
        if (s.unstableReplications > 0)
            result.unstablePools.push_back(static_cast<int>(p));
    }
    const auto &a = aggregate.process;
    ProcessStatistics &p = result.process;
    p.flowTime = a[0].estimate();
    p.flowTimeOverTolerance = a[1].estimate();
    p.throughput = a[2].estimate();
    p.wip = a[3].estimate();
    p.wipLittle = a[4].estimate();
    p.visitsPerCustomer = a[5].estimate();
    p.failuresPerCustomer = a[6].estimate();
    p.failureFree = a[7].estimate();

    if (overloadedRuns > 0) {
        result.status = SimulationStatus::Unstable;
        QStringList names;
        for (int pool : result.unstablePools)
            names << quoted(snapshot.poolId(pool));
        result.message = Tr::tr("overloaded in %1 of %2 replications: %3; the queue grows "
                                "without bound, so the figures are not steady-state values")
                             .arg(overloadedRuns)
                             .arg(replications)
                             .arg(names.join(QStringLiteral(", ")));
    } else {
        result.status = SimulationStatus::Ok;
    }
    return result;
}

} // namespace bp::simulation
