#pragma once

#include "document/document.h"
#include "io/nativewriter.h"
#include "model/blueprint.h"

#include <QByteArray>
#include <QPointF>
#include <QStringList>

#include <algorithm>
#include <vector>

/// @file testutil.h
/// Small helpers shared by the test suites: a hand-built blueprint and exact-state snapshots.

namespace bp::test {

/// A step with the attributes most tests care about; everything else keeps its default.
inline Step makeStep(const QString &id, const QString &lane, StepKind kind = StepKind::Action,
                     const QString &title = {}, QPointF pos = {})
{
    Step s;
    s.id = id;
    s.lane = lane;
    s.kind = kind;
    s.title = title;
    s.pos = pos;
    return s;
}

/// A flow between two steps.
inline Flow makeFlow(const QString &id, const QString &from, const QString &to,
                     FlowKind kind = FlowKind::Flow)
{
    Flow f;
    f.id = id;
    f.from = from;
    f.to = to;
    f.kind = kind;
    return f;
}

/// A small loan-office blueprint: title, demand, the five standard lanes (evidence, customer,
/// front, back, support), pool "officers" (3 servers), steps (creation order)
/// start, greet, interview (uses "officers"), ticket, check, done, and flows (creation order)
/// f1 start->greet, f2 greet->interview, f3 interview->check, f4 check->done,
/// e1 ticket->greet (evidence). The support lane is empty.
inline Blueprint sampleBlueprint()
{
    Blueprint bp;
    bp.meta.title = QStringLiteral("Personal loan");
    bp.meta.timeUnit = TimeUnit::Minutes;
    Demand d;
    d.arrivalRate = 12.0;
    d.journeyTolerance = 120.0;
    bp.demand = d;
    bp.setLanes(Blueprint::standardLanes());
    bp.setPools({ Pool {
        QStringLiteral("officers"), QStringLiteral("Loan officers"), Servers::of(3), {} } });

    auto &g = bp.graph;
    g.addStep(makeStep(QStringLiteral("start"), QStringLiteral("customer"), StepKind::Start,
                       QStringLiteral("Arrives"), { 40, 60 }));
    Step greet = makeStep(QStringLiteral("greet"), QStringLiteral("front"), StepKind::Action,
                          QStringLiteral("Greet and triage"), { 160, 60 });
    greet.time = 2.5;
    greet.scv = 0.5;
    greet.servers = Servers::of(1);
    greet.tolerance = 5.0;
    g.addStep(greet);
    Step interview = makeStep(QStringLiteral("interview"), QStringLiteral("front"),
                              StepKind::Action, QStringLiteral("Loan interview"), { 280, 60 });
    interview.time = 10.2;
    interview.pool = QStringLiteral("officers");
    interview.pFail = 0.05;
    g.addStep(interview);
    g.addStep(makeStep(QStringLiteral("ticket"), QStringLiteral("evidence"), StepKind::Evidence,
                       QStringLiteral("Queue ticket"), { 160, 60 }));
    Step check = makeStep(QStringLiteral("check"), QStringLiteral("back"), StepKind::Action,
                          QStringLiteral("Credit check"), { 400, 60 });
    check.time = 4.0;
    g.addStep(check);
    g.addStep(makeStep(QStringLiteral("done"), QStringLiteral("customer"), StepKind::End,
                       QStringLiteral("Leaves"), { 520, 60 }));

    g.addFlow(makeFlow(QStringLiteral("f1"), QStringLiteral("start"), QStringLiteral("greet")));
    g.addFlow(makeFlow(QStringLiteral("f2"), QStringLiteral("greet"), QStringLiteral("interview")));
    g.addFlow(makeFlow(QStringLiteral("f3"), QStringLiteral("interview"), QStringLiteral("check")));
    g.addFlow(makeFlow(QStringLiteral("f4"), QStringLiteral("check"), QStringLiteral("done")));
    g.addFlow(makeFlow(QStringLiteral("e1"), QStringLiteral("ticket"), QStringLiteral("greet"),
                       FlowKind::Evidence));
    return bp;
}

/// The native file bytes of a model: two models with equal bytes are the same to the user.
inline QByteArray nativeBytes(const Blueprint &blueprint)
{
    return writeNative(blueprint);
}

inline QByteArray nativeBytes(const Document &document)
{
    return writeNative(document.blueprint());
}

/// Ids of steps or flows, in the order given.
template<typename T> QStringList idsOf(const std::vector<const T *> &items)
{
    QStringList ids;
    for (const T *item : items)
        ids.append(item->id);
    return ids;
}

template<typename T> QStringList idsOf(const std::vector<T> &items)
{
    QStringList ids;
    for (const T &item : items)
        ids.append(item.id);
    return ids;
}

/// Every id in a blueprint (lanes, pools, steps, flows), sorted.
inline QStringList allIds(const Blueprint &blueprint)
{
    QStringList ids = idsOf(blueprint.lanes()) + idsOf(blueprint.pools())
        + idsOf(blueprint.graph.steps()) + idsOf(blueprint.graph.flows());
    ids.sort();
    return ids;
}

/// Checks the graph's internal agreement: every flow is listed exactly once in the out-flows of
/// its source and the in-flows of its target, step()/flow() return the objects that
/// steps()/flows() list, and counts match. Returns an empty string, or what is wrong.
inline QString graphProblem(const BlueprintGraph &g)
{
    size_t outTotal = 0;
    size_t inTotal = 0;
    for (const Step *s : g.steps()) {
        if (g.step(s->id) != s)
            return QStringLiteral("step() and steps() disagree for ") + s->id;
        for (const Flow *f : g.outFlows(s->id)) {
            ++outTotal;
            if (f->from != s->id || g.flow(f->id) != f)
                return QStringLiteral("out-flow ") + f->id + QStringLiteral(" listed at ") + s->id;
        }
        for (const Flow *f : g.inFlows(s->id)) {
            ++inTotal;
            if (f->to != s->id || g.flow(f->id) != f)
                return QStringLiteral("in-flow ") + f->id + QStringLiteral(" listed at ") + s->id;
        }
    }
    if (outTotal != g.flowCount() || inTotal != g.flowCount())
        return QStringLiteral("in/out lists do not cover every flow once");
    if (g.steps().size() != g.stepCount() || g.flows().size() != g.flowCount())
        return QStringLiteral("counts disagree with the lists");
    for (const Flow *f : g.flows()) {
        if (g.flow(f->id) != f)
            return QStringLiteral("flow() and flows() disagree for ") + f->id;
        if (!g.hasStep(f->from) || !g.hasStep(f->to))
            return QStringLiteral("flow ") + f->id + QStringLiteral(" has a missing end");
    }
    return {};
}

} // namespace bp::test
