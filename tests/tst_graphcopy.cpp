// Copying and moving the graph of steps and flows: ids, order, pointers and the node arena.

#include "graphtestutil.h"
#include "model/blueprint.h"
#include "model/blueprintgraph.h"
#include "testutil.h"

#include <QTest>

#include <memory>
#include <utility>

using namespace bp;
using namespace bp::test;
using namespace Qt::StringLiterals;

class TestGraphCopy : public QObject
{
    Q_OBJECT

private slots:
    void copy_data();
    void copy();
    void move_data();
    void move();
    void nodesReusedAndPlainCopies();
};

void TestGraphCopy::copy_data()
{
    QTest::addColumn<bool>("assign");
    QTest::newRow("copy construction") << false;
    QTest::newRow("copy assignment") << true;
}

void TestGraphCopy::copy()
{
    QFETCH(bool, assign);

    BlueprintGraph original = fixtureGraph();
    const BlueprintGraph pristine = fixtureGraph();
    std::unique_ptr<BlueprintGraph> copy;
    if (assign) {
        copy = std::make_unique<BlueprintGraph>();
        QVERIFY(copy->addStep(makeStep(u"old"_s, u"front"_s))); // replaced by the assignment
        *copy = original;
    } else {
        copy = std::make_unique<BlueprintGraph>(original);
    }
    QVERIFY(*copy == original);
    QVERIFY(!copy->hasStep(u"old"_s));
    QCOMPARE(idsOf(copy->steps()), idsOf(original.steps()));
    QCOMPARE(idsOf(copy->flows()), idsOf(original.flows()));
    QCOMPARE(copy->nextStepOrder(), original.nextStepOrder());
    QCOMPARE(copy->nextFlowOrder(), original.nextFlowOrder());
    QVERIFY(copy->step(u"a"_s) != original.step(u"a"_s)); // its own storage
    QVERIFY(copy->flow(u"x4"_s) != original.flow(u"x4"_s));
    QCOMPARE(graphProblem(*copy), QString());

    // Changing the copy leaves the original.
    QCOMPARE(copy->removeStep(u"b"_s).size(), size_t(4));
    Step a = *copy->step(u"a"_s);
    a.title = u"copy"_s;
    QVERIFY(copy->updateStep(a));
    Flow x4 = *copy->flow(u"x4"_s);
    x4.from = u"d"_s;
    QVERIFY(copy->updateFlow(x4));
    QVERIFY(copy->addStep(makeStep(u"z"_s, u"back"_s)));
    QVERIFY(copy->addFlow(makeFlow(u"xz"_s, u"z"_s, u"a"_s)));
    QVERIFY(original == pristine);
    QCOMPARE(original.step(u"a"_s)->title, u"Step a"_s);
    QCOMPARE(original.flow(u"x4"_s)->from, u"a"_s);
    QCOMPARE(idsOf(original.outFlows(u"b"_s)), QStringList({ u"loop"_s, u"x3"_s }));
    QVERIFY(!original.hasStep(u"z"_s));
    QCOMPARE(graphProblem(original), QString());

    // And the other way round.
    const BlueprintGraph copySnapshot = *copy;
    original.removeStep(u"a"_s);
    QVERIFY(*copy == copySnapshot);
    QVERIFY(copy->hasStep(u"a"_s));
    QCOMPARE(idsOf(copy->inFlows(u"a"_s)), QStringList { u"xz"_s });

    // The original dies; the copy lives on.
    original = BlueprintGraph();
    QVERIFY(*copy == copySnapshot);
    QCOMPARE(graphProblem(*copy), QString());

    // Self-assignment changes nothing.
    BlueprintGraph &alias = *copy;
    *copy = alias;
    QVERIFY(*copy == copySnapshot);
    QCOMPARE(graphProblem(*copy), QString());
}

void TestGraphCopy::move_data()
{
    QTest::addColumn<bool>("assign");
    QTest::newRow("move construction") << false;
    QTest::newRow("move assignment") << true;
}

void TestGraphCopy::move()
{
    QFETCH(bool, assign);

    const BlueprintGraph pristine = fixtureGraph();
    std::unique_ptr<BlueprintGraph> moved;
    {
        BlueprintGraph source = fixtureGraph();
        if (assign) {
            moved = std::make_unique<BlueprintGraph>();
            QVERIFY(moved->addStep(makeStep(u"old"_s, u"front"_s)));
            *moved = std::move(source);
        } else {
            moved = std::make_unique<BlueprintGraph>(std::move(source));
        }
        // The moved-from graph can still be reused.
        source = fixtureGraph();
        QVERIFY(source == pristine);
    } // source destroyed: nothing of the moved graph may live in it
    BlueprintGraph &g = *moved;
    QVERIFY(g == pristine);
    QVERIFY(!g.hasStep(u"old"_s));
    // The id maps point into this graph's own storage.
    QCOMPARE(graphProblem(g), QString());
    QCOMPARE(idsOf(g.removeStep(u"b"_s)), QStringList({ u"x1"_s, u"x2"_s, u"loop"_s, u"x3"_s }));
    QVERIFY(g.addStep(makeStep(u"z"_s, u"back"_s)));
    QVERIFY(g.addFlow(makeFlow(u"xz"_s, u"a"_s, u"z"_s)));
    QCOMPARE(idsOf(g.steps()), QStringList({ u"a"_s, u"c"_s, u"d"_s, u"e"_s, u"z"_s }));
    QCOMPARE(g.step(u"z"_s)->order, quint64(6));
    QCOMPARE(graphProblem(g), QString());

    // A whole Blueprint moves the same way (Document takes its blueprint by move).
    Blueprint target;
    {
        Blueprint bp = sampleBlueprint();
        target = std::move(bp);
    }
    QVERIFY(target == sampleBlueprint());
    QCOMPARE(graphProblem(target.graph), QString());
    QCOMPARE(nativeBytes(target), nativeBytes(sampleBlueprint()));
}

// The list nodes live in an arena of the graph (nodearena.h): freed nodes are reused, and a copy
// of the Boost graph made outside BlueprintGraph must not depend on that arena.
void TestGraphCopy::nodesReusedAndPlainCopies()
{
    BlueprintGraph::Graph copy;
    {
        BlueprintGraph g = fixtureGraph();
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 200; ++i) {
                const QString id = u"t%1"_s.arg(i);
                QVERIFY(g.addStep(makeStep(id, u"back"_s)));
                QVERIFY(g.addFlow(makeFlow(u"to_"_s + id, u"a"_s, id)));
            }
            for (int i = 0; i < 200; ++i)
                QCOMPARE(g.removeStep(u"t%1"_s.arg(i)).size(), size_t(1));
        }
        QCOMPARE(graphProblem(g), QString());
        QVERIFY(g == fixtureGraph());
        copy = g.graph();
    } // g and its arena are gone; the copy is whole
    QCOMPARE(boost::num_vertices(copy), size_t(5));
    QCOMPARE(boost::num_edges(copy), size_t(6));
    const auto v = boost::add_vertex(makeStep(u"n"_s, u"front"_s), copy);
    boost::add_edge(*boost::vertices(copy).first, v, makeFlow(u"xn"_s, u"a"_s, u"n"_s), copy);
    QCOMPARE(boost::num_edges(copy), size_t(7));
    boost::clear_vertex(v, copy);
    boost::remove_vertex(v, copy);
    QCOMPARE(boost::num_vertices(copy), size_t(5));
}

QTEST_GUILESS_MAIN(TestGraphCopy)
#include "tst_graphcopy.moc"
