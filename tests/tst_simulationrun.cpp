// The discrete-event simulation (core/simulation) as a run: the same seed gives the same
// figures, what cannot run or does not settle (unstable, trapped, invalid, cancelled) is
// reported, and Little's law holds on generated blueprints. The figures against the oracles are
// in tst_simulation.

#include "analysis/snapshot.h"
#include "generate/generator.h"
#include "io/nativereader.h"
#include "simulation/simulation.h"
#include "simulation/variates.h"
#include "simulationtestutil.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <array>
#include <cmath>

using namespace bp;
using namespace bp::analysis;
using namespace bp::simulation;
using bp::test::makeFlow;
using bp::test::makeStep;
using namespace bp::test;

namespace {

/// A generated blueprint, with one customer per unit of time when it has no arrival rate.
Blueprint generatedWithDemand(int steps, quint64 seed)
{
    Blueprint bp = generateBlueprint(steps, seed);
    if (!bp.demand || !bp.demand->arrivalRate) {
        Demand d;
        d.arrivalRate = 1.0;
        bp.demand = d;
    }
    return bp;
}

} // namespace

class TestSimulationRun : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameFigures();
    void unstableIsReported();
    void trappedLoopIsReported();
    void refusesWhatCannotRun();
    void cancelStopsTheRun();
    void littlesLawOnGeneratedBlueprints();
    void largeBlueprintFewCustomers();
};

void TestSimulationRun::sameSeedSameFigures()
{
    const Snapshot s = bankSnapshot();
    SimulationOptions o;
    o.customers = 3000;
    o.replications = 3;
    o.seed = 99;
    const SimulationResult a = simulate(s, o);
    const SimulationResult b = simulate(s, o);
    QCOMPARE(a.status, SimulationStatus::Ok);
    QVERIFY(sameFigures(a, b));
    QCOMPARE(a.process.flowTime.mean, b.process.flowTime.mean);
    o.seed = 100;
    const SimulationResult c = simulate(s, o);
    QVERIFY(!sameFigures(a, c));
    QVERIFY(a.process.flowTime.mean != c.process.flowTime.mean);
    // Replication 1 of seed 99 is not replication 0 of seed 100.
    QVERIFY(a.replications[1].flowTime != c.replications[0].flowTime);
    // The lognormal option changes the figures of the steps whose SCV is neither 0 nor 1.
    o.seed = 99;
    o.variability = SimulationOptions::Variability::Lognormal;
    const SimulationResult d = simulate(s, o);
    QCOMPARE(d.status, SimulationStatus::Ok);
    QVERIFY(!sameFigures(a, d));
}

void TestSimulationRun::unstableIsReported()
{
    // Case b at 15 customers an hour: the interview officers get 1.0625 of their capacity
    // (analysis.md §5.2 what-ifs). The run ends quickly and names the pool.
    Snapshot s = bankSnapshot();
    s.arrivals().lambda = 15.0 / 60.0;
    SimulationOptions o;
    o.customers = 20000;
    o.replications = 3;
    QElapsedTimer timer;
    timer.start();
    const SimulationResult r = simulate(s, o);
    qInfo("unstable run: %lld ms, %s", static_cast<long long>(timer.elapsed()),
          qPrintable(r.message));
    QVERIFY(timer.elapsed() < 20000);
    QCOMPARE(r.status, SimulationStatus::Unstable);
    const int interviewPool = s.node(s.vertexOf(QStringLiteral("interview"))).pool;
    QVERIFY(std::find(r.unstablePools.begin(), r.unstablePools.end(), interviewPool)
            != r.unstablePools.end());
    QCOMPARE(r.pools[static_cast<size_t>(interviewPool)].unstableReplications, 3);
    QVERIFY(r.pools[static_cast<size_t>(interviewPool)].offeredLoad.mean > 1.0);
    QVERIFY(r.message.contains(QStringLiteral("interview")));
    // The other pools are not overloaded.
    QCOMPARE(r.unstablePools.size(), size_t(1));

    // The same blueprint at its real demand is stable.
    s.arrivals().lambda = 12.0 / 60.0;
    QCOMPARE(simulate(s, o).status, SimulationStatus::Ok);

    // Far above capacity the event count stays that of the stable run.
    s.arrivals().lambda = 100.0;
    o.replications = 1;
    o.customers = 5000;
    timer.restart();
    const SimulationResult far = simulate(s, o);
    QCOMPARE(far.status, SimulationStatus::Unstable);
    QVERIFY(timer.elapsed() < 10000);
}

void TestSimulationRun::trappedLoopIsReported()
{
    // start → a → b → a with p = 1: no customer ever leaves.
    Builder b(6.0);
    b.step(QStringLiteral("in"), StepKind::Start)
        .step(QStringLiteral("a"), StepKind::Action, 1.0, 1.0, 0)
        .step(QStringLiteral("b"), StepKind::Decision)
        .step(QStringLiteral("out"), StepKind::End)
        .flow(QStringLiteral("in"), QStringLiteral("a"))
        .flow(QStringLiteral("a"), QStringLiteral("b"))
        .flow(QStringLiteral("b"), QStringLiteral("a"), 1.0, FlowKind::Rework)
        .flow(QStringLiteral("b"), QStringLiteral("out"), 0.0);
    const Snapshot s = b.snapshot();
    SimulationOptions o;
    o.maxVisitsPerCustomer = 5000;
    QElapsedTimer timer;
    timer.start();
    const SimulationResult r = simulate(s, o);
    QCOMPARE(r.status, SimulationStatus::Trapped);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(r.problemStep == s.vertexOf(QStringLiteral("a"))
            || r.problemStep == s.vertexOf(QStringLiteral("b")));
    QVERIFY(!r.hasFigures());
    QVERIFY(r.message.contains(QStringLiteral("5000")));

    // A loop of steps without time is caught the same way (time does not advance).
    Builder z(6.0);
    z.step(QStringLiteral("in"), StepKind::Start)
        .step(QStringLiteral("a"), StepKind::Decision)
        .step(QStringLiteral("b"), StepKind::Decision)
        .step(QStringLiteral("out"), StepKind::End)
        .flow(QStringLiteral("in"), QStringLiteral("a"))
        .flow(QStringLiteral("a"), QStringLiteral("b"))
        .flow(QStringLiteral("b"), QStringLiteral("a"), 1.0)
        .flow(QStringLiteral("b"), QStringLiteral("out"), 0.0);
    QCOMPARE(simulate(z.snapshot(), {}).status, SimulationStatus::Trapped);
}

void TestSimulationRun::refusesWhatCannotRun()
{
    // No demand.
    Builder b(0.0);
    b.step(QStringLiteral("in"), StepKind::Start)
        .step(QStringLiteral("a"), StepKind::Action, 1.0)
        .step(QStringLiteral("out"), StepKind::End)
        .flow(QStringLiteral("in"), QStringLiteral("a"))
        .flow(QStringLiteral("a"), QStringLiteral("out"));
    SimulationResult r = simulate(b.snapshot());
    QCOMPARE(r.status, SimulationStatus::Invalid);
    QVERIFY(r.message.contains(QStringLiteral("demand")));

    // Probabilities that do not sum to 1.
    Builder p(6.0);
    p.step(QStringLiteral("in"), StepKind::Start)
        .step(QStringLiteral("d"), StepKind::Decision)
        .step(QStringLiteral("out"), StepKind::End)
        .flow(QStringLiteral("in"), QStringLiteral("d"))
        .flow(QStringLiteral("d"), QStringLiteral("out"), 0.5)
        .flow(QStringLiteral("d"), QStringLiteral("in"), 0.3);
    r = simulate(p.snapshot());
    QCOMPARE(r.status, SimulationStatus::Invalid);
    QVERIFY(r.message.contains(QStringLiteral("\"d\"")));

    // A dead end.
    Builder d(6.0);
    d.step(QStringLiteral("in"), StepKind::Start)
        .step(QStringLiteral("a"), StepKind::Action, 1.0)
        .flow(QStringLiteral("in"), QStringLiteral("a"));
    r = simulate(d.snapshot());
    QCOMPARE(r.status, SimulationStatus::Invalid);
    QVERIFY(r.message.contains(QStringLiteral("\"a\"")));

    // No start, and nonsense options.
    Builder n(6.0);
    n.step(QStringLiteral("out"), StepKind::End);
    QCOMPARE(simulate(n.snapshot()).status, SimulationStatus::Invalid);
    SimulationOptions o;
    o.customers = 0;
    QCOMPARE(simulate(bankSnapshot(), o).status, SimulationStatus::Invalid);
}

void TestSimulationRun::cancelStopsTheRun()
{
    std::atomic<bool> cancel = false;
    double last = -1.0;
    int calls = 0;
    bool monotone = true;
    SimulationOptions o;
    o.customers = 200000;
    o.replications = 4;
    o.cancel = &cancel;
    o.progress = [&](double share) {
        monotone = monotone && share >= last && share <= 1.0;
        last = share;
        if (++calls == 3)
            cancel = true;
    };
    QElapsedTimer timer;
    timer.start();
    const SimulationResult r = simulate(bankSnapshot(), o);
    QCOMPARE(r.status, SimulationStatus::Cancelled);
    QVERIFY(monotone);
    QVERIFY(last < 0.5);
    QVERIFY(!r.hasFigures());

    // Progress reaches 1 on a run that is not cancelled.
    cancel = false;
    calls = -1000000;
    last = -1.0;
    o.customers = 2000;
    o.replications = 2;
    QCOMPARE(simulate(bankSnapshot(), o).status, SimulationStatus::Ok);
    QCOMPARE(last, 1.0);
    QVERIFY(monotone);
}

void TestSimulationRun::littlesLawOnGeneratedBlueprints()
{
    // Property: on seeded random blueprints (rework, failures, fork/join, pools) the measured
    // time-average WIP agrees with throughput × flow time, and throughput with the demand.
    for (quint64 seed = 1; seed <= 6; ++seed) {
        const Blueprint bp = generatedWithDemand(40, seed);
        const Snapshot s = Snapshot::of(bp);
        SimulationOptions o;
        o.customers = 4000;
        o.replications = 5;
        o.seed = seed;
        const SimulationResult r = simulate(s, o);
        QVERIFY2(r.status == SimulationStatus::Ok, qPrintable(r.message));
        const ProcessStatistics &p = r.process;
        qInfo("seed %llu: WIP %s, Little %s, throughput %s (λ %g), visits %.2f",
              static_cast<unsigned long long>(seed), qPrintable(describe(p.wip)),
              qPrintable(describe(p.wipLittle)), qPrintable(describe(p.throughput)),
              *s.arrivals().lambda, p.visitsPerCustomer.mean);
        QVERIFY(p.wip.mean > 0.0);
        QVERIFY2(std::abs(p.wip.mean - p.wipLittle.mean) <= p.wip.halfWidth + p.wipLittle.halfWidth,
                 qPrintable(QString::number(seed)));
        VERIFY_COVERS(p.throughput, *s.arrivals().lambda);
    }
}

void TestSimulationRun::largeBlueprintFewCustomers()
{
    // 20,000 steps and a handful of customers: the run is linear in the events, with no array of
    // customers × steps. Each measured customer visits at least every step on its path, so the
    // events per customer are in the thousands.
    const Blueprint bp = generatedWithDemand(20000, 11);
    const Snapshot s = Snapshot::of(bp);
    SimulationOptions o;
    o.customers = 12;
    o.replications = 2;
    QElapsedTimer timer;
    timer.start();
    const SimulationResult r = simulate(s, o);
    qInfo("%d steps: %llu events in %lld ms, %.0f visits per customer", s.size(),
          static_cast<unsigned long long>(r.events()), static_cast<long long>(timer.elapsed()),
          r.process.visitsPerCustomer.mean);
    QVERIFY2(r.status == SimulationStatus::Ok, qPrintable(r.message));
    QCOMPARE(r.steps.size(), size_t(s.size()));
    QVERIFY(r.process.visitsPerCustomer.mean > 1000.0);
    QVERIFY(r.events() > 2 * 12 * 1000);
    QVERIFY(timer.elapsed() < 30000);
}

QTEST_GUILESS_MAIN(TestSimulationRun)
#include "tst_simulationrun.moc"
