// Auto-arrange (core/layout): a table of graphs with loops, fan-outs, cycles without an entry,
// evidence and tall lanes; no two steps overlap, every forward flow goes left to right, the
// result is deterministic, the command is one undo step; 100,000 steps in seconds.

#include "commands/changecommands.h"
#include "document/document.h"
#include "generate/generator.h"
#include "layout/autoarrange.h"
#include "model/limits.h"
#include "render/scenegeometry.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QtTest>

#include <algorithm>

using namespace bp;

namespace {

// A blueprint from a compact text: "steps | flows". Steps: `id@lane[:kind]` (kind s, e, d, f,
// j, v for start, end, decision, fork, join, evidence; action otherwise). Flows: `a>b[:r|f|e]`
// (rework, failure, evidence). Lanes are the five standard ones; "tall" makes them 300 high.
Blueprint parse(const QString &text, bool tall = false)
{
    Blueprint bp;
    std::vector<Lane> lanes = Blueprint::standardLanes();
    if (tall)
        for (Lane &l : lanes)
            l.height = 300;
    bp.setLanes(lanes);
    const QStringList parts = text.split(u'|');
    const QStringList steps = parts.value(0).split(u' ', Qt::SkipEmptyParts);
    int n = 0;
    for (const QString &s : steps) {
        const QStringList idLane = s.split(u'@');
        const QStringList laneKind = idLane.value(1).split(u':');
        StepKind kind = StepKind::Action;
        const QString k = laneKind.value(1);
        if (k == u"s")
            kind = StepKind::Start;
        else if (k == u"e")
            kind = StepKind::End;
        else if (k == u"d")
            kind = StepKind::Decision;
        else if (k == u"f")
            kind = StepKind::Fork;
        else if (k == u"j")
            kind = StepKind::Join;
        else if (k == u"v")
            kind = StepKind::Evidence;
        // Deliberately scrambled start positions.
        bp.graph.addStep(test::makeStep(idLane[0], laneKind[0], kind, idLane[0],
                                        QPointF(400 - 37 * (n % 7), 60)));
        ++n;
    }
    const QStringList flows = parts.value(1).split(u' ', Qt::SkipEmptyParts);
    int f = 0;
    for (const QString &s : flows) {
        const QStringList ends = s.split(u':');
        const QStringList ab = ends[0].split(u'>');
        FlowKind kind = FlowKind::Flow;
        if (ends.value(1) == u"r")
            kind = FlowKind::Rework;
        else if (ends.value(1) == u"f")
            kind = FlowKind::Failure;
        else if (ends.value(1) == u"e")
            kind = FlowKind::Evidence;
        bp.graph.addFlow(test::makeFlow(QStringLiteral("f%1").arg(++f), ab[0], ab[1], kind));
    }
    return bp;
}

Blueprint applied(Blueprint bp, const Arrangement &a)
{
    for (Step s : arrangedSteps(bp, a)) {
        bp.graph.updateStep(s);
    }
    return bp;
}

// First pair of steps whose shapes overlap (a sweep over x), or an empty string.
QString overlap(const Blueprint &bp)
{
    SceneGeometry g;
    g.rebuild(bp);
    std::vector<std::pair<QRectF, ElementId>> rects;
    for (const Step *s : bp.graph.steps())
        rects.push_back({ g.stepShape(*s), s->id });
    std::sort(rects.begin(), rects.end(),
              [](const auto &a, const auto &b) { return a.first.left() < b.first.left(); });
    for (size_t i = 0; i < rects.size(); ++i)
        for (size_t j = i + 1; j < rects.size() && rects[j].first.left() < rects[i].first.right();
             ++j)
            if (rects[i].first.intersects(rects[j].first))
                return rects[i].second + QStringLiteral(" / ") + rects[j].second;
    return {};
}

// First forward routing flow that does not go left to right, or an empty string.
QString backwards(const Blueprint &bp, const Arrangement &a)
{
    for (const Flow *f : bp.graph.flows()) {
        if (f->kind == FlowKind::Evidence || f->kind == FlowKind::Rework
            || a.backFlows.contains(f->id))
            continue;
        const Step *from = bp.graph.step(f->from);
        const Step *to = bp.graph.step(f->to);
        if (!(to->pos.x() > from->pos.x()))
            return f->id;
    }
    return {};
}

} // namespace

class TestAutoArrange : public QObject
{
    Q_OBJECT

private slots:
    void arranges_data();
    void arranges();
    void undoableAsOneCommand();
    void nothingToDoLeavesNoCommand();
    void hundredThousandSteps();
};

void TestAutoArrange::arranges_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<bool>("tall");
    QTest::addColumn<int>("backFlows");
    QTest::addColumn<int>("columns");

    QTest::newRow("chain") << "a@customer:s b@front c@back d@customer:e | a>b b>c c>d" << false << 0
                           << 4;
    QTest::newRow("decision diamond")
        << "a@customer:s d@front:d x@back y@support m@front z@customer:e"
           " | a>d d>x d>y x>m y>m m>z"
        << false << 0 << 5;
    QTest::newRow("rework loop") << "a@customer:s b@front c@back d@customer:e"
                                    " | a>b b>c c>b:r c>d"
                                 << false << 1 << 4;
    QTest::newRow("plain-flow cycle") << "a@customer:s b@front c@back d@customer:e"
                                         " | a>b b>c c>b c>d"
                                      << false << 1 << 4;
    QTest::newRow("self loop") << "a@customer:s b@front c@customer:e | a>b b>b c>c b>c" << false
                               << 2 << 3;
    QTest::newRow("cycle without entry")
        << "a@front b@back c@support | a>b b>c c>a" << false << 1 << 3;
    QTest::newRow("fan-out in one lane")
        << "a@customer:s f@front:f x@back y@back w@back j@front:j e@customer:e"
           " | a>f f>x f>y f>w x>j y>j w>j j>e"
        << false << 0 << 7;
    QTest::newRow("fan-out, tall lanes stack")
        << "a@customer:s f@front:f x@back y@back w@back j@front:j e@customer:e"
           " | a>f f>x f>y f>w x>j y>j w>j j>e"
        << true << 0 << 5;
    QTest::newRow("failure and recovery")
        << "a@customer:s b@front r@back c@front e@customer:e | a>b b>c b>r:f r>c c>e" << false << 0
        << 5;
    QTest::newRow("evidence beside its step")
        << "a@customer:s t@evidence:v b@front e@customer:e | a>b b>e t>b:e" << false << 0 << 3;
    QTest::newRow("nested loops") << "a@customer:s b@front c@back d@support g@front e@customer:e"
                                     " | a>b b>c c>d d>c d>b:r d>g g>b g>e"
                                  << false << 3 << 6;
    QTest::newRow("two components") << "a@front b@back c@front d@back | a>b c>d" << false << 0 << 4;
    QTest::newRow("isolated steps") << "a@front b@front c@front |" << false << 0 << 3;
}

void TestAutoArrange::arranges()
{
    QFETCH(QString, graph);
    QFETCH(bool, tall);
    QFETCH(int, backFlows);
    QFETCH(int, columns);
    const Blueprint before = parse(graph, tall);
    const Arrangement a = computeArrangement(before);
    const Blueprint after = applied(before, a);
    QVERIFY2(overlap(after).isEmpty(), qPrintable(overlap(after)));
    QVERIFY2(backwards(after, a).isEmpty(), qPrintable(backwards(after, a)));
    QCOMPARE(int(a.backFlows.size()), backFlows);
    QCOMPARE(a.columnCount, columns);
    // Every step keeps its lane and stays inside it.
    for (const Step *s : after.graph.steps()) {
        QCOMPARE(s->lane, before.graph.step(s->id)->lane);
        QVERIFY(s->pos.y() > 0 && s->pos.y() < after.lane(s->lane)->height);
    }
    // Deterministic: the same input (also a copy of it) gives the same positions.
    const Blueprint copy = before;
    QCOMPARE(computeArrangement(copy).positions, a.positions);
    // Arranging an arranged blueprint changes nothing.
    QVERIFY(arrangedSteps(after, computeArrangement(after)).empty());
}

void TestAutoArrange::undoableAsOneCommand()
{
    Document doc(parse(QStringLiteral("a@customer:s b@front c@back d@customer:e"
                                      " | a>b b>c c>b:r c>d")));
    const QByteArray original = test::nativeBytes(doc);
    QUndoCommand *command = makeAutoArrangeCommand(&doc);
    QVERIFY(command);
    doc.undoStack()->push(command);
    QCOMPARE(doc.undoStack()->count(), 1);
    const QByteArray arranged = test::nativeBytes(doc);
    QVERIFY(arranged != original);
    QVERIFY(backwards(doc.blueprint(), computeArrangement(doc.blueprint())).isEmpty());
    doc.undoStack()->undo();
    QCOMPARE(test::nativeBytes(doc), original);
    doc.undoStack()->redo();
    QCOMPARE(test::nativeBytes(doc), arranged);
}

void TestAutoArrange::nothingToDoLeavesNoCommand()
{
    Document doc(parse(QStringLiteral("a@customer:s b@front | a>b")));
    doc.undoStack()->push(makeAutoArrangeCommand(&doc));
    QCOMPARE(makeAutoArrangeCommand(&doc), nullptr);
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestAutoArrange::hundredThousandSteps()
{
    const Blueprint bp = generateBlueprint(100'000, 7);
    QElapsedTimer timer;
    timer.start();
    const Arrangement a = computeArrangement(bp);
    const qint64 ms = timer.elapsed();
    qInfo("100,000 steps arranged in %lld ms (%d columns)", ms, a.columnCount);
    QVERIFY2(ms < 10'000, qPrintable(QString::number(ms)));
    Blueprint after = applied(bp, a);
    std::vector<Lane> lanes = after.lanes();
    for (Lane &l : lanes)
        l.height = a.laneHeights.value(l.id, l.height);
    after.setLanes(lanes);
    QVERIFY2(overlap(after).isEmpty(), qPrintable(overlap(after)));
    // Within the coordinate limit; forward flows go to later columns (bands wrap the columns).
    for (const Step *s : after.graph.steps())
        QVERIFY(s->pos.x() <= limits::maxCoordinate && s->pos.y() < after.lane(s->lane)->height);
    for (const Flow *f : after.graph.flows())
        if (f->kind != FlowKind::Evidence && f->kind != FlowKind::Rework
            && !a.backFlows.contains(f->id))
            QVERIFY(a.layers.value(f->to) > a.layers.value(f->from));
    // As a command on a document: one undo step, and undo restores the file.
    Document doc(bp);
    const QByteArray original = test::nativeBytes(doc);
    doc.undoStack()->push(makeAutoArrangeCommand(&doc));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.blueprint().lanes().front().height, lanes.front().height);
    doc.undoStack()->undo();
    QCOMPARE(test::nativeBytes(doc), original);
}

QTEST_GUILESS_MAIN(TestAutoArrange)
#include "tst_autoarrange.moc"
