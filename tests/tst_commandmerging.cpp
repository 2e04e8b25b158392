// Undo history rules: a drag gesture is one undo step, edits that change nothing leave no entry.

#include "commandtestutil.h"

using namespace bp;
using namespace bp::test;
using namespace Qt::StringLiterals;

class TestCommandMerging : public QObject
{
    Q_OBJECT

private slots:
    void dragIsOneUndoStep();
    void dragOfSeveralSteps();
    void movesWithoutGestureStaySeparate();
    void laneResizeGesture();
    void fieldGestures();
    void demandFieldGesture();
    void noOpLeavesNoEntry_data();
    void noOpLeavesNoEntry();
};

// ---- drags -----------------------------------------------------------------------------------

void TestCommandMerging::dragIsOneUndoStep()
{
    Document doc(sampleBlueprint());
    QUndoStack *stack = doc.undoStack();
    const QPointF start = stepOf(doc, u"greet"_s).pos;
    const QByteArray before = nativeBytes(doc);

    const quint64 first = newGestureId();
    for (const QPointF p :
         { QPointF(170, 60), QPointF(180, 65), QPointF(200, 70), QPointF(230, 80) })
        dragStep(doc, u"greet"_s, p, first);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stepOf(doc, u"greet"_s).pos, QPointF(230, 80));
    const QByteArray afterFirst = nativeBytes(doc);

    stack->undo();
    QCOMPARE(stepOf(doc, u"greet"_s).pos, start);
    QCOMPARE(nativeBytes(doc), before);
    stack->redo();
    QCOMPARE(stepOf(doc, u"greet"_s).pos, QPointF(230, 80));

    // A second gesture is a second entry, even on the same step.
    const quint64 second = newGestureId();
    QVERIFY(second != first);
    dragStep(doc, u"greet"_s, { 300, 90 }, second);
    dragStep(doc, u"greet"_s, { 310, 95 }, second);
    QCOMPARE(stack->count(), 2);
    stack->undo();
    QCOMPARE(stepOf(doc, u"greet"_s).pos, QPointF(230, 80));
    QCOMPARE(nativeBytes(doc), afterFirst);
    stack->undo();
    QCOMPARE(stepOf(doc, u"greet"_s).pos, start);
    stack->redo();
    stack->redo();
    QCOMPARE(stepOf(doc, u"greet"_s).pos, QPointF(310, 95));
    const QByteArray afterSecond = nativeBytes(doc);

    // A drag that ends where it began leaves no entry and no change.
    const quint64 third = newGestureId();
    dragStep(doc, u"greet"_s, { 320, 100 }, third);
    dragStep(doc, u"greet"_s, { 400, 10 }, third);
    QCOMPARE(stack->count(), 3);
    dragStep(doc, u"greet"_s, { 310, 95 }, third);
    QCOMPARE(stack->count(), 2);
    QCOMPARE(stack->index(), 2);
    QCOMPARE(nativeBytes(doc), afterSecond);
    stack->undo();
    QCOMPARE(stepOf(doc, u"greet"_s).pos, QPointF(230, 80));

    // A press without any movement leaves nothing either.
    stack->redo();
    dragStep(doc, u"greet"_s, { 310, 95 }, newGestureId());
    QCOMPARE(stack->count(), 2);
}

void TestCommandMerging::dragOfSeveralSteps()
{
    Document doc(sampleBlueprint());
    const QByteArray before = nativeBytes(doc);
    const quint64 gesture = newGestureId();
    for (int dx = 10; dx <= 50; dx += 10) {
        std::vector<Step> moved;
        for (const QString &id : { u"greet"_s, u"interview"_s }) {
            Step s = stepOf(doc, id);
            s.pos = sampleBlueprint().graph.step(id)->pos + QPointF(dx, 0);
            moved.push_back(s);
        }
        doc.undoStack()->push(
            new ChangeStepsCommand(&doc, moved, u"Move"_s, CommandId::MoveSteps, gesture));
    }
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(stepOf(doc, u"greet"_s).pos, QPointF(210, 60));
    QCOMPARE(stepOf(doc, u"interview"_s).pos, QPointF(330, 60));

    // The same gesture id on a different selection does not merge into it.
    dragStep(doc, u"check"_s, { 450, 60 }, gesture);
    QCOMPARE(doc.undoStack()->count(), 2);

    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(nativeBytes(doc), before);
}

void TestCommandMerging::movesWithoutGestureStaySeparate()
{
    Document doc(sampleBlueprint());
    for (const QPointF p : { QPointF(170, 60), QPointF(180, 60), QPointF(190, 60) }) {
        Step s = stepOf(doc, u"greet"_s);
        s.pos = p;
        doc.undoStack()->push(new ChangeStepsCommand(&doc, { s }, u"Move"_s));
    }
    QCOMPARE(doc.undoStack()->count(), 3);
    doc.undoStack()->undo();
    QCOMPARE(stepOf(doc, u"greet"_s).pos, QPointF(180, 60));

    // A merge id with gesture 0 (a tool that forgot newGestureId()) never merges either.
    for (const QPointF p : { QPointF(200, 60), QPointF(210, 60) })
        dragStep(doc, u"greet"_s, p, 0);
    QCOMPARE(doc.undoStack()->count(), 4);
}

void TestCommandMerging::laneResizeGesture()
{
    Document doc(sampleBlueprint());
    const QByteArray before = nativeBytes(doc);
    const auto resize = [&](double h, quint64 gesture) {
        Lane l = *doc.blueprint().lane(u"front"_s);
        l.height = h;
        doc.undoStack()->push(
            new ChangeLaneCommand(&doc, l, u"Resize"_s, CommandId::ResizeLane, gesture));
    };
    const quint64 g1 = newGestureId();
    for (double h : { 130.0, 150.0, 180.0 })
        resize(h, g1);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.blueprint().lane(u"front"_s)->height, 180.0);
    doc.undoStack()->undo();
    QCOMPARE(doc.blueprint().lane(u"front"_s)->height, 120.0);
    QCOMPARE(nativeBytes(doc), before);
    doc.undoStack()->redo();

    const quint64 g2 = newGestureId();
    resize(200.0, g2);
    resize(180.0, g2); // back to where this gesture began
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.blueprint().lane(u"front"_s)->height, 180.0);
}

// ---- number fields (properties dock) -----------------------------------------------------------

void TestCommandMerging::fieldGestures()
{
    Document doc(sampleBlueprint());
    QUndoStack *stack = doc.undoStack();
    const auto setTime = [&](const QVector<ElementId> &ids, double t, quint64 gesture) {
        if (QUndoCommand *c = makeStepEdit(
                &doc, ids, [t](Step &s) { s.time = t; }, u"Time"_s, gesture))
            stack->push(c);
    };
    const quint64 g1 = newGestureId();
    for (double t : { 3.5, 4.5, 5.5, 6.5 })
        setTime({ u"greet"_s, u"check"_s }, t, g1);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stepOf(doc, u"greet"_s).time, 6.5);
    QCOMPARE(stepOf(doc, u"check"_s).time, 6.5);
    stack->undo();
    QCOMPARE(stepOf(doc, u"greet"_s).time, 2.5);
    QCOMPARE(stepOf(doc, u"check"_s).time, 4.0);
    stack->redo();

    // The same gesture on other steps is another entry; so is gesture 0.
    setTime({ u"greet"_s }, 7.5, g1);
    QCOMPARE(stack->count(), 2);
    setTime({ u"greet"_s }, 8.5, 0);
    setTime({ u"greet"_s }, 9.5, 0);
    QCOMPARE(stack->count(), 4);

    // A command of another kind in between ends the merging.
    const quint64 g2 = newGestureId();
    setTime({ u"greet"_s }, 10.5, g2);
    dragStep(doc, u"greet"_s, { 170, 60 }, newGestureId());
    setTime({ u"greet"_s }, 11.5, g2);
    QCOMPARE(stack->count(), 7);

    // Flows merge the same way, under their own id.
    const quint64 g3 = newGestureId();
    for (double p : { 0.5, 0.55, 0.6 }) {
        if (QUndoCommand *c = makeFlowEdit(
                &doc, { u"f2"_s }, [p](Flow &f) { f.p = p; }, u"P"_s, g3))
            stack->push(c);
    }
    QCOMPARE(stack->count(), 8);
    QCOMPARE(stack->command(7)->id(), int(CommandId::EditFlows));
    QCOMPARE(flowOf(doc, u"f2"_s).p, std::optional<double>(0.6));
    stack->undo();
    QCOMPARE(flowOf(doc, u"f2"_s).p, std::nullopt);
}

void TestCommandMerging::demandFieldGesture()
{
    Document doc(sampleBlueprint());
    QUndoStack *stack = doc.undoStack();
    const QByteArray before = nativeBytes(doc);
    const auto setRate = [&](double rate, quint64 gesture) {
        Demand d = *doc.blueprint().demand;
        d.arrivalRate = rate;
        stack->push(new ChangeDemandCommand(&doc, d, gesture));
    };
    const quint64 g1 = newGestureId();
    for (double rate : { 13.0, 14.0, 15.0 })
        setRate(rate, g1);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(doc.blueprint().demand->arrivalRate, std::optional<double>(15.0));
    stack->undo();
    QCOMPARE(nativeBytes(doc), before);
    stack->redo();

    // Back to where the gesture began: no entry left.
    const quint64 g2 = newGestureId();
    setRate(16.0, g2);
    setRate(15.0, g2);
    QCOMPARE(stack->count(), 1);
    // Without a gesture every change is an entry.
    setRate(16.0, 0);
    setRate(17.0, 0);
    QCOMPARE(stack->count(), 3);
}

// ---- no-ops ----------------------------------------------------------------------------------

void TestCommandMerging::noOpLeavesNoEntry_data()
{
    QTest::addColumn<MaybeCommand>("command");
    QTest::addColumn<bool>("builderReturnsNull");

    QTest::newRow("makeStepEdit to the current value") << MaybeCommand { [](Document &doc) {
        return makeStepEdit(
            &doc, { u"greet"_s }, [](Step &s) { s.time = 2.5; }, u"Time"_s);
    } } << true;
    QTest::newRow("makeStepEdit, many steps, current values") << MaybeCommand { [](Document &doc) {
        return makeStepEdit(
            &doc, { u"greet"_s, u"check"_s },
            [](Step &s) { s.time = s.id == u"greet"_s ? 2.5 : 4.0; }, u"Time"_s);
    } } << true;
    QTest::newRow("makeStepEdit on missing steps") << MaybeCommand { [](Document &doc) {
        return makeStepEdit(
            &doc, { u"nope"_s }, [](Step &s) { s.time = 3; }, u"Time"_s);
    } } << true;
    QTest::newRow("makeFlowEdit to the current ends") << MaybeCommand { [](Document &doc) {
        return makeFlowEdit(
            &doc, { u"f1"_s }, [](Flow &f) { f.from = u"start"_s; }, u"Edit"_s);
    } } << true;
    QTest::newRow("ChangeStepsCommand, same values")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new ChangeStepsCommand(&doc, { stepOf(doc, u"greet"_s) }, u"Edit"_s);
           } }
        << false;
    QTest::newRow("ChangeStepsCommand, only the order differs")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               Step s = stepOf(doc, u"greet"_s);
               s.order = 99;
               return new ChangeStepsCommand(&doc, { s }, u"Edit"_s);
           } }
        << false;
    QTest::newRow("ChangeStepsCommand into a missing lane")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               Step s = stepOf(doc, u"greet"_s);
               s.lane = u"nowhere"_s;
               return new ChangeStepsCommand(&doc, { s }, u"Edit"_s);
           } }
        << false;
    QTest::newRow("ChangeFlowsCommand, same values")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new ChangeFlowsCommand(&doc, { flowOf(doc, u"f2"_s) }, u"Edit"_s);
           } }
        << false;
    QTest::newRow("ChangeFlowsCommand to a missing step")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               Flow f = flowOf(doc, u"f2"_s);
               f.to = u"nope"_s;
               return new ChangeFlowsCommand(&doc, { f }, u"Edit"_s);
           } }
        << false;
    QTest::newRow("ChangeMetaCommand, same meta")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new ChangeMetaCommand(&doc, doc.blueprint().meta, u"Title"_s);
           } }
        << false;
    QTest::newRow("MoveLaneCommand to the same index")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new MoveLaneCommand(&doc, u"front"_s, 2);
           } }
        << false;
    QTest::newRow("MoveLaneCommand of the last lane past the end")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new MoveLaneCommand(&doc, u"support"_s, 99);
           } }
        << false;
    QTest::newRow("MoveLaneCommand of a missing lane")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new MoveLaneCommand(&doc, u"nope"_s, 0);
           } }
        << false;
    QTest::newRow("ChangeLaneCommand, same lane")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new ChangeLaneCommand(&doc, *doc.blueprint().lane(u"back"_s), u"Lane"_s);
           } }
        << false;
    QTest::newRow("ChangeLaneCommand of a missing lane")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new ChangeLaneCommand(
                   &doc, Lane { u"nope"_s, LaneKind::Other, {}, 120.0, {} }, u"Lane"_s);
           } }
        << false;
    QTest::newRow("ChangePoolCommand, same pool")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new ChangePoolCommand(&doc, *doc.blueprint().pool(u"officers"_s));
           } }
        << false;
    QTest::newRow("ChangeDemandCommand, same demand")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new ChangeDemandCommand(&doc, doc.blueprint().demand);
           } }
        << false;
    QTest::newRow("RemoveElementsCommand of missing ids")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new RemoveElementsCommand(&doc, { u"nope"_s }, { u"nada"_s }, u"Delete"_s);
           } }
        << false;
    QTest::newRow("AddElementsCommand, nothing")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new AddElementsCommand(&doc, {}, u"Add"_s);
           } }
        << false;
    QTest::newRow("AddElementsCommand with a taken id")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               ElementSnapshot s;
               s.steps.push_back(makeStep(u"fresh"_s, u"back"_s));
               s.steps.push_back(makeStep(u"f1"_s, u"back"_s)); // a flow's id
               return new AddElementsCommand(&doc, s, u"Add"_s);
           } }
        << false;
    QTest::newRow("AddElementsCommand with an invalid id")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               ElementSnapshot s;
               s.steps.push_back(makeStep(u"1st"_s, u"back"_s));
               return new AddElementsCommand(&doc, s, u"Add"_s);
           } }
        << false;
    QTest::newRow("AddElementsCommand, flow to a missing step")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               ElementSnapshot s;
               s.steps.push_back(makeStep(u"fresh"_s, u"back"_s));
               s.flows.push_back(makeFlow(u"nf"_s, u"fresh"_s, u"ghost"_s));
               return new AddElementsCommand(&doc, s, u"Add"_s);
           } }
        << false;
    QTest::newRow("AddElementsCommand, step in a missing lane")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               ElementSnapshot s;
               s.steps.push_back(makeStep(u"fresh"_s, u"nowhere"_s));
               return new AddElementsCommand(&doc, s, u"Add"_s);
           } }
        << false;
    QTest::newRow("AddLaneCommand with a step's id") << MaybeCommand {
        [](Document &doc) -> QUndoCommand * {
            return new AddLaneCommand(&doc, 0, Lane { u"greet"_s, LaneKind::Other, {}, 120.0, {} });
        }
    } << false;
    QTest::newRow("AddPoolCommand with a lane's id")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new AddPoolCommand(&doc, Pool { u"front"_s, {}, Servers::of(1), {} });
           } }
        << false;
    QTest::newRow("RemovePoolCommand of a missing pool")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new RemovePoolCommand(&doc, u"nope"_s);
           } }
        << false;
    QTest::newRow("ChangeAnalysisSettingsCommand, same settings")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new ChangeAnalysisSettingsCommand(&doc, doc.blueprint().analysisSettings);
           } }
        << false;
    QTest::newRow("RemoveLaneCommand of a missing lane")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new RemoveLaneCommand(&doc, u"nope"_s);
           } }
        << false;
}

void TestCommandMerging::noOpLeavesNoEntry()
{
    QFETCH(MaybeCommand, command);
    QFETCH(bool, builderReturnsNull);

    Document doc(sampleBlueprint());
    const QByteArray before = nativeBytes(doc);
    const Blueprint original = doc.blueprint();
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    QSignalSpy changed(&doc, &Document::changed);

    QUndoCommand *cmd = command.make(doc);
    if (builderReturnsNull) {
        QVERIFY(!cmd);
    } else {
        QVERIFY(cmd);
        doc.undoStack()->push(cmd);
    }
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.undoStack()->canUndo());
    QCOMPARE(nativeBytes(doc), before);
    QVERIFY(doc.blueprint() == original);
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.count(), 0);
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestCommandMerging)
#include "tst_commandmerging.moc"
