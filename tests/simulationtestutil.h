#pragma once

// Helpers shared by the simulation suites (tst_simulation, tst_simulationrun): blueprints built
// in code, the bank case, and comparisons of estimates.

#include "analysis/snapshot.h"
#include "io/nativereader.h"
#include "simulation/simulation.h"
#include "testutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <optional>

namespace bp::test {

using analysis::Snapshot;
using simulation::Estimate;
using simulation::SimulationResult;
using simulation::StepStatistics;
using simulation::ProcessStatistics;

/// A blueprint built in code: standard lanes, minutes, demand per hour (none if ≤ 0).
class Builder
{
public:
    explicit Builder(double perHour)
    {
        bp.meta.timeUnit = TimeUnit::Minutes;
        bp.setLanes(Blueprint::standardLanes());
        if (perHour > 0.0) {
            Demand d;
            d.arrivalRate = perHour;
            bp.demand = d;
        }
    }
    /// servers 0 = infinite.
    Builder &step(const QString &id, StepKind kind, double time = 0.0, double scv = 1.0,
                  int servers = 1, const QString &pool = {})
    {
        Step s = bp::test::makeStep(id, QStringLiteral("front"), kind);
        s.time = time;
        s.scv = scv;
        s.servers = servers > 0 ? Servers::of(servers) : Servers::unlimited();
        s.pool = pool;
        bp.graph.addStep(s);
        return *this;
    }
    Builder &flow(const QString &from, const QString &to, std::optional<double> p = {},
                  FlowKind kind = FlowKind::Flow)
    {
        Flow f = bp::test::makeFlow(from + u'_' + to + u'_' + QString::number(++m_flows), from, to,
                                    kind);
        f.p = p;
        bp.graph.addFlow(f);
        return *this;
    }
    Snapshot snapshot() const { return Snapshot::of(bp); }

    Blueprint bp;

private:
    int m_flows = 0;
};

/// start → s (c servers, mean t, scv) → end, Poisson arrivals at λ per minute.
inline Snapshot stationSnapshot(double lambdaPerMin, double t, double scv, int c)
{
    Builder b(lambdaPerMin * 60.0);
    b.step(QStringLiteral("in"), StepKind::Start)
        .step(QStringLiteral("s"), StepKind::Action, t, scv, c)
        .step(QStringLiteral("out"), StepKind::End)
        .flow(QStringLiteral("in"), QStringLiteral("s"))
        .flow(QStringLiteral("s"), QStringLiteral("out"));
    return b.snapshot();
}

/// Erlang C probability of waiting by the Erlang-B recursion (analysis.md §2.3).
inline double erlangC(int c, double a)
{
    double b = 1.0;
    for (int k = 1; k <= c; ++k)
        b = a * b / (k + a * b);
    return c * b / (c - a * (1.0 - b));
}

inline QString describe(const Estimate &e)
{
    return QStringLiteral("%1 ± %2 (n=%3)")
        .arg(e.mean, 0, 'f', 4)
        .arg(e.halfWidth, 0, 'f', 4)
        .arg(e.samples);
}

#define VERIFY_COVERS(estimate, value)                                                             \
    QVERIFY2(                                                                                      \
        (estimate).covers(value),                                                                  \
        qPrintable(QStringLiteral("%1 does not cover %2").arg(describe(estimate)).arg(value)))

inline QJsonObject bankExpected()
{
    QFile f(QStringLiteral(BLUEPRINT_SHARED_DIR) + QStringLiteral("/spec/analysis-cases.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll())
        .object()
        .value(QStringLiteral("b_bank_loan_blueprint"))
        .toObject()
        .value(QStringLiteral("expected"))
        .toObject();
}

inline Snapshot bankSnapshot()
{
    const ReadResult r
        = readNativeFile(QStringLiteral(BLUEPRINT_SOURCE_DIR)
                         + QStringLiteral("/resources/examples/bank-loan.blueprint"));
    return r.ok() ? Snapshot::of(*r.blueprint) : Snapshot();
}

inline bool sameEstimate(const Estimate &a, const Estimate &b)
{
    const auto same = [](double x, double y) {
        return (std::isnan(x) && std::isnan(y)) || x == y;
    };
    return a.samples == b.samples && same(a.mean, b.mean) && same(a.halfWidth, b.halfWidth);
}

inline bool sameFigures(const SimulationResult &a, const SimulationResult &b)
{
    if (a.steps.size() != b.steps.size() || a.events() != b.events())
        return false;
    for (size_t i = 0; i < a.steps.size(); ++i) {
        const StepStatistics &x = a.steps[i];
        const StepStatistics &y = b.steps[i];
        if (!sameEstimate(x.visits, y.visits) || !sameEstimate(x.wait, y.wait)
            || !sameEstimate(x.waitOverTolerance, y.waitOverTolerance)
            || !sameEstimate(x.queueLength, y.queueLength)
            || !sameEstimate(x.utilisation, y.utilisation))
            return false;
    }
    const ProcessStatistics &p = a.process;
    const ProcessStatistics &q = b.process;
    return sameEstimate(p.flowTime, q.flowTime) && sameEstimate(p.wip, q.wip)
        && sameEstimate(p.throughput, q.throughput)
        && sameEstimate(p.failuresPerCustomer, q.failuresPerCustomer)
        && sameEstimate(p.flowTimeOverTolerance, q.flowTimeOverTolerance);
}

} // namespace bp::test
