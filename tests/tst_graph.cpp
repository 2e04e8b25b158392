// The Boost graph of steps and flows and its id index.

#include "graphtestutil.h"
#include "model/blueprint.h"
#include "model/blueprintgraph.h"
#include "testutil.h"

#include <QTest>

#include <utility>

using namespace bp;
using namespace bp::test;
using namespace Qt::StringLiterals;

class TestGraph : public QObject
{
    Q_OBJECT

private slots:
    void addAndFindSteps();
    void duplicateStepRefused();
    void addFlow_data();
    void addFlow();
    void pointersStayValid();
    void removeStep_data();
    void removeStep();
    void inOutFlows_data();
    void inOutFlows();
    void removeFlow();
    void updateStepKeepsIdentity();
    void updateFlow_data();
    void updateFlow();
    void creationOrder_data();
    void creationOrder();
    void newStepsGoLast();
};

// ---- BlueprintGraph ---------------------------------------------------------------------------

void TestGraph::addAndFindSteps()
{
    BlueprintGraph g;
    QCOMPARE(g.stepCount(), size_t(0));
    QVERIFY(g.steps().empty());

    Step a = makeStep(u"a"_s, u"front"_s, StepKind::Start, u"Begin"_s, { 10, 20 });
    a.time = 3.5;
    QVERIFY(g.addStep(a));
    QVERIFY(g.addStep(makeStep(u"b"_s, u"back"_s)));
    QCOMPARE(g.stepCount(), size_t(2));

    const Step *pa = g.step(u"a"_s);
    QVERIFY(pa);
    QCOMPARE(pa->id, u"a"_s);
    QCOMPARE(pa->title, u"Begin"_s);
    QCOMPARE(pa->kind, StepKind::Start);
    QCOMPARE(pa->time, 3.5);
    QCOMPARE(pa->pos, QPointF(10, 20));
    QCOMPARE(pa->order, quint64(1)); // creation order assigned
    QCOMPARE(g.step(u"b"_s)->order, quint64(2));
    QCOMPARE(g.step(u"b"_s)->lane, u"back"_s);
    QVERIFY(g.hasStep(u"a"_s));
    QVERIFY(!g.hasStep(u"A"_s)); // ids are case-sensitive
    QVERIFY(!g.step(u"zzz"_s));
    QVERIFY(!g.flow(u"a"_s)); // a step id is not a flow id
    QCOMPARE(g.nextStepOrder(), quint64(3));

    QVERIFY(g.addFlow(makeFlow(u"f"_s, u"a"_s, u"b"_s)));
    const Flow *f = g.flow(u"f"_s);
    QVERIFY(f);
    QCOMPARE(f->from, u"a"_s);
    QCOMPARE(f->to, u"b"_s);
    QCOMPARE(f->order, quint64(1));
    QVERIFY(g.hasFlow(u"f"_s));
    QVERIFY(!g.hasFlow(u"a"_s));
    QCOMPARE(g.flowCount(), size_t(1));
}

void TestGraph::duplicateStepRefused()
{
    BlueprintGraph g = fixtureGraph();
    const Step before = *g.step(u"b"_s);
    QVERIFY(!g.addStep(makeStep(u"b"_s, u"back"_s, StepKind::End, u"Impostor"_s)));
    QCOMPARE(g.stepCount(), size_t(5));
    QVERIFY(*g.step(u"b"_s) == before);
    QCOMPARE(g.step(u"b"_s)->title, u"Step b"_s);
    // The refused step did not advance the creation order or disturb b's flows.
    QCOMPARE(g.nextStepOrder(), quint64(6));
    QCOMPARE(idsOf(g.outFlows(u"b"_s)), QStringList({ u"loop"_s, u"x3"_s }));
    QCOMPARE(graphProblem(g), QString());
}

void TestGraph::addFlow_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("ok");

    QTest::newRow("new flow") << u"n1"_s << u"d"_s << u"e"_s << true;
    QTest::newRow("self-loop") << u"n1"_s << u"e"_s << u"e"_s << true;
    QTest::newRow("parallel to x4") << u"n1"_s << u"a"_s << u"c"_s << true;
    QTest::newRow("duplicate flow id") << u"x4"_s << u"d"_s << u"e"_s << false;
    QTest::newRow("missing source") << u"n1"_s << u"nope"_s << u"e"_s << false;
    QTest::newRow("missing target") << u"n1"_s << u"d"_s << u"nope"_s << false;
    QTest::newRow("both ends missing") << u"n1"_s << u"p"_s << u"q"_s << false;
    QTest::newRow("end is a flow id") << u"n1"_s << u"x1"_s << u"e"_s << false;
}

void TestGraph::addFlow()
{
    QFETCH(QString, id);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, ok);

    BlueprintGraph g = fixtureGraph();
    const BlueprintGraph pristine = fixtureGraph();
    Flow f = makeFlow(id, from, to);
    f.label = u"new"_s;
    QCOMPARE(g.addFlow(f), ok);
    if (ok) {
        QCOMPARE(g.flowCount(), size_t(7));
        QVERIFY(g.flow(id));
        QCOMPARE(g.flow(id)->from, from);
        QCOMPARE(g.flow(id)->to, to);
        QCOMPARE(g.flow(id)->label, u"new"_s);
        QCOMPARE(g.flow(id)->order, quint64(7));
        QVERIFY(idsOf(g.outFlows(from)).contains(id));
        QVERIFY(idsOf(g.inFlows(to)).contains(id));
        QCOMPARE(idsOf(g.flows()).last(), id);
    } else {
        QCOMPARE(g.flowCount(), size_t(6));
        QVERIFY(g == pristine); // nothing changed, not even the existing flow with that id
        QCOMPARE(g.nextFlowOrder(), pristine.nextFlowOrder());
    }
    QCOMPARE(graphProblem(g), QString());

    // The readers' way: find the ends by their bytes once, then add between them.
    BlueprintGraph r = fixtureGraph();
    const QByteArray fromBytes = from.toLatin1();
    const QByteArray toBytes = to.toLatin1();
    const BlueprintGraph::StepRef fromRef = r.findStep(QLatin1StringView(fromBytes));
    const BlueprintGraph::StepRef toRef = r.findStep(QLatin1StringView(toBytes));
    QCOMPARE(bool(fromRef), r.hasStep(from));
    QCOMPARE(bool(toRef), r.hasStep(to));
    if (fromRef && toRef) {
        QCOMPARE(fromRef.step(), r.step(from));
        Flow viaRefs = makeFlow(id, fromRef.step()->id, toRef.step()->id);
        viaRefs.label = u"new"_s;
        QCOMPARE(r.addFlow(std::move(viaRefs), fromRef, toRef), ok);
        if (!ok)
            QCOMPARE(viaRefs.id, id); // refused: left intact
        QVERIFY(r == g);
        QCOMPARE(r.nextFlowOrder(), g.nextFlowOrder());
        QCOMPARE(idsOf(r.inFlows(to)), idsOf(g.inFlows(to)));
        QCOMPARE(graphProblem(r), QString());
    } else {
        QVERIFY(!ok);
    }
}

void TestGraph::pointersStayValid()
{
    BlueprintGraph g = fixtureGraph();
    const Step *pa = g.step(u"a"_s);
    const Step *pd = g.step(u"d"_s);
    const Flow *px4 = g.flow(u"x4"_s);
    const Flow *px5 = g.flow(u"x5"_s);
    const Step a = *pa;
    const Step d = *pd;
    const Flow x4 = *px4;
    const Flow x5 = *px5;

    // Unrelated churn: many additions, removals of steps and flows, updates, edge moves.
    for (int i = 0; i < 300; ++i) {
        const QString s = u"n"_s + QString::number(i);
        QVERIFY(g.addStep(makeStep(s, u"back"_s)));
        QVERIFY(g.addFlow(makeFlow(u"m"_s + QString::number(i), s, i % 2 ? u"a"_s : u"d"_s)));
        QVERIFY(g.addFlow(makeFlow(u"k"_s + QString::number(i), u"c"_s, s)));
    }
    QVERIFY(!g.removeStep(u"b"_s).empty()); // b, with in, out and self-loop flows
    QVERIFY(g.removeFlow(u"x3"_s) == false); // already gone with b
    for (int i = 0; i < 300; i += 3)
        QVERIFY(!g.removeStep(u"n"_s + QString::number(i)).empty());
    for (int i = 1; i < 300; i += 3)
        QVERIFY(g.removeFlow(u"k"_s + QString::number(i)));
    for (int i = 2; i < 300; i += 3) {
        Flow f = *g.flow(u"m"_s + QString::number(i));
        f.to = u"e"_s; // moves the edge
        QVERIFY(g.updateFlow(f));
    }
    Step c = *g.step(u"c"_s);
    c.title = u"changed"_s;
    QVERIFY(g.updateStep(c));

    QCOMPARE(g.step(u"a"_s), pa);
    QCOMPARE(g.step(u"d"_s), pd);
    QCOMPARE(g.flow(u"x4"_s), px4);
    QCOMPARE(g.flow(u"x5"_s), px5);
    QVERIFY(*pa == a);
    QVERIFY(*pd == d);
    QVERIFY(*px4 == x4);
    QVERIFY(*px5 == x5);
    QCOMPARE(px4->from, u"a"_s);
    QCOMPARE(px4->to, u"c"_s);
    QCOMPARE(graphProblem(g), QString());
}

void TestGraph::removeStep_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QStringList>("removed"); // in creation order
    QTest::addColumn<QStringList>("remaining"); // flows, in creation order

    QTest::newRow("in, out and self-loop")
        << u"b"_s << QStringList { u"x1"_s, u"x2"_s, u"loop"_s, u"x3"_s }
        << QStringList { u"x4"_s, u"x5"_s };
    QTest::newRow("in and out") << u"c"_s << QStringList { u"x1"_s, u"x3"_s, u"x4"_s, u"x5"_s }
                                << QStringList { u"x2"_s, u"loop"_s };
    QTest::newRow("out only") << u"a"_s << QStringList { u"x2"_s, u"x4"_s }
                              << QStringList { u"x1"_s, u"loop"_s, u"x3"_s, u"x5"_s };
    QTest::newRow("in only") << u"d"_s << QStringList { u"x5"_s }
                             << QStringList { u"x1"_s, u"x2"_s, u"loop"_s, u"x3"_s, u"x4"_s };
    QTest::newRow("no flows") << u"e"_s << QStringList {}
                              << QStringList { u"x1"_s, u"x2"_s, u"loop"_s,
                                               u"x3"_s, u"x4"_s, u"x5"_s };
}

void TestGraph::removeStep()
{
    QFETCH(QString, step);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, remaining);

    BlueprintGraph g = fixtureGraph();
    const BlueprintGraph pristine = fixtureGraph();
    const std::vector<Flow> gone = g.removeStep(step);
    QCOMPARE(idsOf(gone), removed);
    for (const Flow &f : gone)
        QVERIFY(f == *pristine.flow(f.id)); // returned by value, with all data
    QVERIFY(!g.hasStep(step));
    QVERIFY(!g.step(step));
    QCOMPARE(g.stepCount(), size_t(4));
    QCOMPARE(g.flowCount(), size_t(remaining.size()));
    QCOMPARE(idsOf(g.flows()), remaining);
    for (const QString &id : removed)
        QVERIFY(!g.flow(id));
    for (const QString &id : remaining)
        QVERIFY(*g.flow(id) == *pristine.flow(id));
    QVERIFY(g.outFlows(step).empty());
    QVERIFY(g.inFlows(step).empty());
    QCOMPARE(graphProblem(g), QString());

    // A second removal finds nothing and changes nothing.
    QVERIFY(g.removeStep(step).empty());
    QCOMPARE(g.stepCount(), size_t(4));
    QCOMPARE(g.flowCount(), size_t(remaining.size()));
    // Removing everything else empties the graph.
    for (const Step *s : pristine.steps())
        g.removeStep(s->id);
    QCOMPARE(g.stepCount(), size_t(0));
    QCOMPARE(g.flowCount(), size_t(0));
    QVERIFY(g.flows().empty());
}

void TestGraph::inOutFlows_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QStringList>("out");
    QTest::addColumn<QStringList>("in");

    QTest::newRow("a") << u"a"_s << QStringList { u"x2"_s, u"x4"_s } << QStringList {};
    QTest::newRow("b (self-loop in both)") << u"b"_s << QStringList { u"loop"_s, u"x3"_s }
                                           << QStringList { u"x1"_s, u"x2"_s, u"loop"_s };
    QTest::newRow("c") << u"c"_s << QStringList { u"x1"_s, u"x5"_s }
                       << QStringList { u"x3"_s, u"x4"_s };
    QTest::newRow("d") << u"d"_s << QStringList {} << QStringList { u"x5"_s };
    QTest::newRow("e (isolated)") << u"e"_s << QStringList {} << QStringList {};
    QTest::newRow("missing step") << u"zz"_s << QStringList {} << QStringList {};
}

void TestGraph::inOutFlows()
{
    QFETCH(QString, step);
    QFETCH(QStringList, out);
    QFETCH(QStringList, in);

    const BlueprintGraph g = fixtureGraph();
    QCOMPARE(idsOf(g.outFlows(step)), out);
    QCOMPARE(idsOf(g.inFlows(step)), in);
    QCOMPARE(graphProblem(g), QString());
}

void TestGraph::removeFlow()
{
    BlueprintGraph g = fixtureGraph();
    QVERIFY(g.removeFlow(u"loop"_s));
    QVERIFY(!g.hasFlow(u"loop"_s));
    QCOMPARE(g.flowCount(), size_t(5));
    QCOMPARE(idsOf(g.outFlows(u"b"_s)), QStringList { u"x3"_s });
    QCOMPARE(idsOf(g.inFlows(u"b"_s)), QStringList({ u"x1"_s, u"x2"_s }));
    QCOMPARE(g.stepCount(), size_t(5)); // steps stay
    QVERIFY(!g.removeFlow(u"loop"_s));
    QVERIFY(!g.removeFlow(u"a"_s)); // a step id
    QCOMPARE(g.stepCount(), size_t(5));
    // Of two parallel flows, only the named one goes.
    QVERIFY(g.addFlow(makeFlow(u"x4b"_s, u"a"_s, u"c"_s)));
    QVERIFY(g.removeFlow(u"x4"_s));
    QCOMPARE(idsOf(g.outFlows(u"a"_s)), QStringList({ u"x2"_s, u"x4b"_s }));
    QCOMPARE(idsOf(g.inFlows(u"c"_s)), QStringList({ u"x3"_s, u"x4b"_s }));
    QCOMPARE(graphProblem(g), QString());
}

void TestGraph::updateStepKeepsIdentity()
{
    BlueprintGraph g = fixtureGraph();
    const Step *before = g.step(u"c"_s);
    Step c = *before;
    c.title = u"Renamed"_s;
    c.pos = { 5, 6 };
    c.servers = Servers::of(4);
    QVERIFY(g.updateStep(c));
    QCOMPARE(g.step(u"c"_s), before); // same vertex
    QVERIFY(*g.step(u"c"_s) == c);
    QCOMPARE(idsOf(g.outFlows(u"c"_s)), QStringList({ u"x1"_s, u"x5"_s })); // flows untouched
    QVERIFY(!g.updateStep(makeStep(u"nope"_s, u"front"_s)));
    QCOMPARE(g.stepCount(), size_t(5));
}

void TestGraph::updateFlow_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("ok");

    QTest::newRow("same ends, new label") << u"a"_s << u"c"_s << true;
    QTest::newRow("new source") << u"d"_s << u"c"_s << true;
    QTest::newRow("new target") << u"a"_s << u"e"_s << true;
    QTest::newRow("both ends") << u"d"_s << u"a"_s << true;
    QTest::newRow("into a self-loop") << u"e"_s << u"e"_s << true;
    QTest::newRow("missing source") << u"zz"_s << u"c"_s << false;
    QTest::newRow("missing target") << u"a"_s << u"zz"_s << false;
}

void TestGraph::updateFlow()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, ok);

    BlueprintGraph g = fixtureGraph();
    const Flow original = *g.flow(u"x4"_s); // a -> c
    Flow changed = original;
    changed.from = from;
    changed.to = to;
    changed.label = u"moved"_s;
    changed.p = 0.25;
    QCOMPARE(g.updateFlow(changed), ok);
    QCOMPARE(g.flowCount(), size_t(6));
    QCOMPARE(graphProblem(g), QString());
    // The flow keeps its place in creation order whatever happened.
    QCOMPARE(idsOf(g.flows()),
             QStringList({ u"x1"_s, u"x2"_s, u"loop"_s, u"x3"_s, u"x4"_s, u"x5"_s }));

    const Flow expected = ok ? changed : original;
    QVERIFY(*g.flow(u"x4"_s) == expected);
    for (const Step *s : g.steps()) {
        QCOMPARE(idsOf(g.outFlows(s->id)).contains(u"x4"_s), s->id == expected.from);
        QCOMPARE(idsOf(g.inFlows(s->id)).contains(u"x4"_s), s->id == expected.to);
    }

    // The edge really lives between the new ends: removing any other step keeps it,
    // removing an end takes it along.
    for (const QString &id : { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s }) {
        if (id == expected.from || id == expected.to)
            continue;
        const std::vector<Flow> gone = g.removeStep(id);
        QVERIFY2(!idsOf(gone).contains(u"x4"_s), qPrintable(id));
        QVERIFY(g.hasFlow(u"x4"_s));
    }
    QVERIFY(idsOf(g.removeStep(expected.to)).contains(u"x4"_s));
    QVERIFY(!g.hasFlow(u"x4"_s));
    QCOMPARE(graphProblem(g), QString());
}

void TestGraph::creationOrder_data()
{
    QTest::addColumn<QString>("step");
    QTest::newRow("first") << u"a"_s;
    QTest::newRow("middle, with self-loop") << u"b"_s;
    QTest::newRow("middle") << u"c"_s;
    QTest::newRow("last") << u"e"_s;
}

void TestGraph::creationOrder()
{
    QFETCH(QString, step);

    BlueprintGraph g = fixtureGraph();
    const BlueprintGraph pristine = fixtureGraph();
    const QStringList stepOrder { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s };
    const QStringList flowOrder { u"x1"_s, u"x2"_s, u"loop"_s, u"x3"_s, u"x4"_s, u"x5"_s };
    QCOMPARE(idsOf(g.steps()), stepOrder);
    QCOMPARE(idsOf(g.flows()), flowOrder);

    // Remove and add back with the old order (what undo of a delete does).
    const Step saved = *g.step(step);
    const std::vector<Flow> flows = g.removeStep(step);
    QVERIFY(g.addStep(saved));
    for (const Flow &f : flows)
        QVERIFY(g.addFlow(f));
    QCOMPARE(idsOf(g.steps()), stepOrder);
    QCOMPARE(idsOf(g.flows()), flowOrder);
    QCOMPARE(g.step(step)->order, saved.order);
    QVERIFY(g == pristine);
    for (const Step *s : g.steps()) {
        QCOMPARE(idsOf(g.outFlows(s->id)), idsOf(pristine.outFlows(s->id)));
        QCOMPARE(idsOf(g.inFlows(s->id)), idsOf(pristine.inFlows(s->id)));
    }

    // A removed flow added back with its order returns to its place too.
    const Flow x3 = *g.flow(u"x3"_s);
    QVERIFY(g.removeFlow(u"x3"_s));
    QVERIFY(g.addFlow(x3));
    QCOMPARE(idsOf(g.flows()), flowOrder);

    // A new step (order 0) still goes last: restored orders do not reset the counter.
    QVERIFY(g.addStep(makeStep(u"z"_s, u"front"_s)));
    QCOMPARE(idsOf(g.steps()).last(), u"z"_s);
    QCOMPARE(g.step(u"z"_s)->order, quint64(6));
    QCOMPARE(graphProblem(g), QString());
}

void TestGraph::newStepsGoLast()
{
    BlueprintGraph g;
    // Explicit orders (as a reader or undo gives them) out of insertion sequence.
    Step s3 = makeStep(u"s3"_s, u"front"_s);
    s3.order = 30;
    Step s1 = makeStep(u"s1"_s, u"front"_s);
    s1.order = 10;
    QVERIFY(g.addStep(s3));
    QVERIFY(g.addStep(s1));
    QVERIFY(g.addStep(makeStep(u"s4"_s, u"front"_s)));
    QCOMPARE(g.step(u"s4"_s)->order, quint64(31));
    QCOMPARE(idsOf(g.steps()), QStringList({ u"s1"_s, u"s3"_s, u"s4"_s }));
    Flow late = makeFlow(u"late"_s, u"s1"_s, u"s3"_s);
    late.order = 9;
    Flow early = makeFlow(u"early"_s, u"s3"_s, u"s4"_s);
    early.order = 2;
    QVERIFY(g.addFlow(late));
    QVERIFY(g.addFlow(early));
    QVERIFY(g.addFlow(makeFlow(u"auto"_s, u"s4"_s, u"s1"_s)));
    QCOMPARE(g.flow(u"auto"_s)->order, quint64(10));
    QCOMPARE(idsOf(g.flows()), QStringList({ u"early"_s, u"late"_s, u"auto"_s }));
}

QTEST_GUILESS_MAIN(TestGraph)
#include "tst_graph.moc"
