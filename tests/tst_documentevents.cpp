// Paste with fresh ids, the change events views rely on, and the modified state.

#include "commandtestutil.h"

using namespace bp;
using namespace bp::test;
using namespace Qt::StringLiterals;

class TestDocumentEvents : public QObject
{
    Q_OBJECT

private slots:
    void pasteGivesFreshIds();
    void pasteDropsOutsideFlows();
    void pasteIntoOtherDocument();
    void changedSignal_data();
    void changedSignal();
    void modifiedFollowsCleanState();
    void resetClearsHistory();
    void analysisSettingsUndoRedo();
};

// ---- paste -----------------------------------------------------------------------------------

void TestDocumentEvents::pasteGivesFreshIds()
{
    Document doc(sampleBlueprint());
    const Blueprint original = doc.blueprint();
    const QStringList originalIds = allIds(original);
    const Fragment fragment
        = copyFragment(doc.blueprint(), { u"check"_s, u"greet"_s, u"interview"_s, u"greet"_s });
    // Copied in creation order, once each, with the flows between them only.
    QCOMPARE(idsOf(fragment.elements.steps),
             QStringList({ u"greet"_s, u"interview"_s, u"check"_s }));
    QCOMPARE(idsOf(fragment.elements.flows), QStringList({ u"f2"_s, u"f3"_s }));
    QCOMPARE(idsOf(fragment.lanes), QStringList({ u"front"_s, u"back"_s }));

    const ElementSnapshot paste = prepareForPaste(fragment, doc, { 20, 0 });
    QCOMPARE(paste.steps.size(), size_t(3));
    QCOMPARE(paste.flows.size(), size_t(2));
    QHash<QString, QString> newIdOf; // original id -> pasted id, matched by position in order
    for (size_t i = 0; i < paste.steps.size(); ++i) {
        const Step &s = paste.steps[i];
        QVERIFY2(!originalIds.contains(s.id), qPrintable(s.id));
        QVERIFY(isValidId(s.id));
        const Step &source = fragment.elements.steps[i];
        newIdOf.insert(source.id, s.id);
        QCOMPARE(s.title, source.title);
        QCOMPARE(s.lane, source.lane); // the lane exists here
        QCOMPARE(s.pool, source.pool); // so does the pool
        QCOMPARE(s.pos, source.pos + QPointF(20, 0));
    }
    for (size_t i = 0; i < paste.flows.size(); ++i) {
        const Flow &f = paste.flows[i];
        const Flow &source = fragment.elements.flows[i];
        QVERIFY2(!originalIds.contains(f.id), qPrintable(f.id));
        QCOMPARE(f.from, newIdOf.value(source.from));
        QCOMPARE(f.to, newIdOf.value(source.to));
    }

    doc.undoStack()->push(new AddElementsCommand(&doc, paste, u"Paste"_s));
    const auto &g = doc.blueprint().graph;
    QCOMPARE(g.stepCount(), size_t(9));
    QCOMPARE(g.flowCount(), size_t(7));
    // Internal flows join the new steps; the originals keep exactly their old flows.
    QCOMPARE(idsOf(g.outFlows(newIdOf.value(u"greet"_s))), QStringList { paste.flows[0].id });
    QCOMPARE(idsOf(g.inFlows(newIdOf.value(u"check"_s))), QStringList { paste.flows[1].id });
    QVERIFY(g.inFlows(newIdOf.value(u"greet"_s)).empty());
    QVERIFY(g.outFlows(newIdOf.value(u"check"_s)).empty());
    for (const Step *s : original.graph.steps()) {
        QCOMPARE(idsOf(g.outFlows(s->id)), idsOf(original.graph.outFlows(s->id)));
        QCOMPARE(idsOf(g.inFlows(s->id)), idsOf(original.graph.inFlows(s->id)));
        QVERIFY(*g.step(s->id) == *s);
    }
    // The pasted steps come last in creation order.
    QCOMPARE(idsOf(g.steps()).mid(6),
             QStringList({ newIdOf.value(u"greet"_s), newIdOf.value(u"interview"_s),
                           newIdOf.value(u"check"_s) }));

    // Pasting the same fragment again gives yet other ids.
    const ElementSnapshot again = prepareForPaste(fragment, doc, { 40, 0 });
    const QStringList idsNow = allIds(doc.blueprint());
    for (const Step &s : again.steps)
        QVERIFY(!idsNow.contains(s.id));
    for (const Flow &f : again.flows)
        QVERIFY(!idsNow.contains(f.id));
    doc.undoStack()->push(new AddElementsCommand(&doc, again, u"Paste"_s));
    QCOMPARE(g.stepCount(), size_t(12));
    QCOMPARE(doc.undoStack()->count(), 2);
    QCOMPARE(graphProblem(g), QString());

    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(doc.blueprint() == original);
}

void TestDocumentEvents::pasteDropsOutsideFlows()
{
    Document doc(sampleBlueprint());
    // A fragment that (as from a hand-edited clipboard) names a flow to a step it lacks, and a
    // self-loop on a step it has.
    Fragment fragment = copyFragment(doc.blueprint(), { u"greet"_s, u"interview"_s });
    QCOMPARE(idsOf(fragment.elements.flows), QStringList { u"f2"_s }); // f1, e1, f3 left out
    fragment.elements.flows.push_back(makeFlow(u"out"_s, u"interview"_s, u"check"_s));
    fragment.elements.flows.push_back(makeFlow(u"in"_s, u"ghost"_s, u"greet"_s));
    fragment.elements.flows.push_back(makeFlow(u"self"_s, u"greet"_s, u"greet"_s));

    const ElementSnapshot paste = prepareForPaste(fragment, doc, {});
    QCOMPARE(paste.steps.size(), size_t(2));
    QCOMPARE(paste.flows.size(), size_t(2)); // f2 and the self-loop
    const QString newGreet = paste.steps[0].id;
    const QString newInterview = paste.steps[1].id;
    QCOMPARE(paste.flows[0].from, newGreet);
    QCOMPARE(paste.flows[0].to, newInterview);
    QCOMPARE(paste.flows[1].from, newGreet);
    QCOMPARE(paste.flows[1].to, newGreet);

    doc.undoStack()->push(new AddElementsCommand(&doc, paste, u"Paste"_s));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(idsOf(doc.blueprint().graph.inFlows(u"check"_s)), QStringList { u"f3"_s });
    QCOMPARE(idsOf(doc.blueprint().graph.inFlows(u"greet"_s)), QStringList({ u"f1"_s, u"e1"_s }));
}

void TestDocumentEvents::pasteIntoOtherDocument()
{
    const Blueprint source = sampleBlueprint();
    const Fragment fragment
        = copyFragment(source, { u"start"_s, u"greet"_s, u"interview"_s, u"check"_s, u"ticket"_s });

    Blueprint other;
    other.setLanes({ Lane { u"top"_s, LaneKind::Other, u"Notes"_s, 120.0, {} },
                     Lane { u"desk"_s, LaneKind::Frontstage, u"Desk"_s, 120.0, {} },
                     Lane { u"guest"_s, LaneKind::Customer, u"Guest"_s, 120.0, {} },
                     Lane { u"phone"_s, LaneKind::Frontstage, u"Phone"_s, 120.0, {} },
                     Lane { u"office"_s, LaneKind::Backstage, u"Office"_s, 120.0, {} } });
    other.graph.addStep(makeStep(u"greet"_s, u"desk"_s)); // same id as a source step
    Document target(other);
    const QByteArray before = nativeBytes(target);

    const ElementSnapshot paste = prepareForPaste(fragment, target, { 0, 0 });
    QCOMPARE(paste.steps.size(), size_t(5));
    QCOMPARE(paste.flows.size(), size_t(4)); // f1 f2 f3 e1; f4 goes to "done", not copied
    QHash<QString, const Step *> byTitle;
    for (const Step &s : paste.steps) {
        QVERIFY(!other.isIdTaken(s.id));
        QVERIFY(!source.isIdTaken(s.id));
        byTitle.insert(s.title, &s);
    }
    QCOMPARE(byTitle.value(u"Arrives"_s)->lane, u"guest"_s);
    QCOMPARE(byTitle.value(u"Greet and triage"_s)->lane, u"desk"_s); // first frontstage lane
    QCOMPARE(byTitle.value(u"Loan interview"_s)->lane, u"desk"_s);
    QCOMPARE(byTitle.value(u"Credit check"_s)->lane, u"office"_s);
    // No physical-evidence lane here: the first lane.
    QCOMPARE(byTitle.value(u"Queue ticket"_s)->lane, u"top"_s);
    // The pool does not exist here: the reference is dropped.
    QVERIFY(byTitle.value(u"Loan interview"_s)->pool.isEmpty());

    target.undoStack()->push(new AddElementsCommand(&target, paste, u"Paste"_s));
    QCOMPARE(target.undoStack()->count(), 1);
    const auto &g = target.blueprint().graph;
    QCOMPARE(g.stepCount(), size_t(6));
    QCOMPARE(g.flowCount(), size_t(4));
    QVERIFY(g.inFlows(u"greet"_s).empty()); // the target's own "greet" is untouched
    QCOMPARE(graphProblem(g), QString());
    target.undoStack()->undo();
    QCOMPARE(nativeBytes(target), before);

    // A document without lanes cannot take a paste.
    Document empty;
    QVERIFY(prepareForPaste(fragment, empty, {}).empty());
}

// ---- change events ---------------------------------------------------------------------------

void TestDocumentEvents::changedSignal_data()
{
    using K = ChangeEvent::Kind;
    using A = ChangeEvent::StepAspect;
    QTest::addColumn<MaybeCommand>("command");
    QTest::addColumn<QList<Expect>>("onRedo");
    QTest::addColumn<QList<Expect>>("onUndo");

    QTest::newRow("add step and flow")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               ElementSnapshot s;
               s.steps.push_back(makeStep(u"n1"_s, u"back"_s));
               s.flows.push_back(makeFlow(u"nf"_s, u"check"_s, u"n1"_s));
               return new AddElementsCommand(&doc, s, u"Add"_s);
           } }
        << QList<Expect> { { K::ElementsAdded, { u"n1"_s }, { u"nf"_s }, {}, {} } }
        << QList<Expect> { { K::ElementsRemoved, { u"n1"_s }, { u"nf"_s }, {}, {} } };
    QTest::newRow("remove step")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new RemoveElementsCommand(&doc, { u"greet"_s }, {}, u"Delete"_s);
           } }
        << QList<Expect> { { K::ElementsRemoved,
                             { u"greet"_s },
                             { u"f1"_s, u"f2"_s, u"e1"_s },
                             {},
                             {} } }
        << QList<Expect> {
               { K::ElementsAdded, { u"greet"_s }, { u"f1"_s, u"f2"_s, u"e1"_s }, {}, {} }
           };
    QTest::newRow("move step") << MaybeCommand { [](Document &doc) -> QUndoCommand * {
        Step s = stepOf(doc, u"greet"_s);
        s.pos = { 1, 2 };
        return new ChangeStepsCommand(&doc, { s }, u"Move"_s, CommandId::MoveSteps, newGestureId());
    } } << QList<Expect> { { K::StepsChanged, { u"greet"_s }, {}, {}, A::Geometry } }
                               << QList<Expect> {
                                      { K::StepsChanged, { u"greet"_s }, {}, {}, A::Geometry }
                                  };
    QTest::newRow("edit times of two steps")
        << MaybeCommand { [](Document &doc) {
               return makeStepEdit(
                   &doc, { u"greet"_s, u"check"_s }, [](Step &s) { s.time = 1; }, u"Time"_s);
           } }
        << QList<Expect> { { K::StepsChanged, { u"greet"_s, u"check"_s }, {}, {}, A::Figures } }
        << QList<Expect> { { K::StepsChanged, { u"greet"_s, u"check"_s }, {}, {}, A::Figures } };
    QTest::newRow("rename and change kind")
        << MaybeCommand { [](Document &doc) {
               return makeStepEdit(
                   &doc, { u"done"_s },
                   [](Step &s) {
                       s.title = u"Gone"_s;
                       s.kind = StepKind::Action;
                   },
                   u"Edit"_s);
           } }
        << QList<Expect> { { K::StepsChanged, { u"done"_s }, {}, {}, A::Text | A::Appearance } }
        << QList<Expect> { { K::StepsChanged, { u"done"_s }, {}, {}, A::Text | A::Appearance } };
    QTest::newRow("reconnect flow")
        << MaybeCommand { [](Document &doc) {
               return makeFlowEdit(
                   &doc, { u"f3"_s }, [](Flow &f) { f.to = u"done"_s; }, u"R"_s);
           } }
        << QList<Expect> { { K::FlowsChanged, {}, { u"f3"_s }, {}, {} } }
        << QList<Expect> { { K::FlowsChanged, {}, { u"f3"_s }, {}, {} } };
    QTest::newRow("add lane") << MaybeCommand { [](Document &doc) -> QUndoCommand * {
        return new AddLaneCommand(&doc, 0, Lane { u"l2"_s, LaneKind::Other, {}, 120.0, {} });
    } } << QList<Expect> { { K::LanesChanged, {}, {}, { u"l2"_s }, {} } }
                              << QList<Expect> { { K::LanesChanged, {}, {}, { u"l2"_s }, {} } };
    QTest::newRow("remove empty lane")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new RemoveLaneCommand(&doc, u"support"_s);
           } }
        << QList<Expect> { { K::LanesChanged, {}, {}, { u"support"_s }, {} } }
        << QList<Expect> { { K::LanesChanged, {}, {}, { u"support"_s }, {} } };
    // Two primitives: the steps go before their lane, and come back after it.
    QTest::newRow("remove lane with steps")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new RemoveLaneCommand(&doc, u"back"_s);
           } }
        << QList<Expect> { { K::ElementsRemoved, { u"check"_s }, { u"f3"_s, u"f4"_s }, {}, {} },
                           { K::LanesChanged, {}, {}, { u"back"_s }, {} } }
        << QList<Expect> { { K::LanesChanged, {}, {}, { u"back"_s }, {} },
                           { K::ElementsAdded, { u"check"_s }, { u"f3"_s, u"f4"_s }, {}, {} } };
    QTest::newRow("move lane") << MaybeCommand { [](Document &doc) -> QUndoCommand * {
        return new MoveLaneCommand(&doc, u"back"_s, 0);
    } } << QList<Expect> { { K::LanesChanged, {}, {}, { u"back"_s }, {} } }
                               << QList<Expect> { { K::LanesChanged, {}, {}, { u"back"_s }, {} } };
    QTest::newRow("rename lane") << MaybeCommand { [](Document &doc) -> QUndoCommand * {
        Lane l = *doc.blueprint().lane(u"front"_s);
        l.title = u"Desk"_s;
        return new ChangeLaneCommand(&doc, l, u"Rename"_s);
    } } << QList<Expect> { { K::LanesChanged, {}, {}, { u"front"_s }, {} } }
                                 << QList<Expect> {
                                        { K::LanesChanged, {}, {}, { u"front"_s }, {} }
                                    };
    QTest::newRow("add pool") << MaybeCommand { [](Document &doc) -> QUndoCommand * {
        return new AddPoolCommand(&doc, Pool { u"p2"_s, {}, Servers::of(2), {} });
    } } << QList<Expect> { { K::PoolsChanged, {}, {}, {}, {} } }
                              << QList<Expect> { { K::PoolsChanged, {}, {}, {}, {} } };
    QTest::newRow("change pool") << MaybeCommand { [](Document &doc) -> QUndoCommand * {
        return new ChangePoolCommand(&doc, Pool { u"officers"_s, {}, Servers::of(2), {} });
    } } << QList<Expect> { { K::PoolsChanged, {}, {}, {}, {} } }
                                 << QList<Expect> { { K::PoolsChanged, {}, {}, {}, {} } };
    // Two primitives: the users let go of the pool before it goes, and take it back after.
    QTest::newRow("remove pool in use")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new RemovePoolCommand(&doc, u"officers"_s);
           } }
        << QList<Expect> { { K::StepsChanged, { u"interview"_s }, {}, {}, A::Figures },
                           { K::PoolsChanged, {}, {}, {}, {} } }
        << QList<Expect> { { K::PoolsChanged, {}, {}, {}, {} },
                           { K::StepsChanged, { u"interview"_s }, {}, {}, A::Figures } };
    QTest::newRow("change demand") << MaybeCommand { [](Document &doc) -> QUndoCommand * {
        return new ChangeDemandCommand(&doc, std::nullopt);
    } } << QList<Expect> { { K::DemandChanged, {}, {}, {}, {} } }
                                   << QList<Expect> { { K::DemandChanged, {}, {}, {}, {} } };
    QTest::newRow("change analysis settings")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               AnalysisSettings s;
               s.rpnThreshold = 80;
               return new ChangeAnalysisSettingsCommand(&doc, s);
           } }
        << QList<Expect> { { K::AnalysisSettingsChanged, {}, {}, {}, {} } }
        << QList<Expect> { { K::AnalysisSettingsChanged, {}, {}, {}, {} } };
    QTest::newRow("change title") << MaybeCommand { [](Document &doc) -> QUndoCommand * {
        Meta m = doc.blueprint().meta;
        m.title = u"T"_s;
        return new ChangeMetaCommand(&doc, m, u"Title"_s);
    } } << QList<Expect> { { K::MetaChanged, {}, {}, {}, {} } }
                                  << QList<Expect> { { K::MetaChanged, {}, {}, {}, {} } };
}

void TestDocumentEvents::changedSignal()
{
    QFETCH(MaybeCommand, command);
    QFETCH(QList<Expect>, onRedo);
    QFETCH(QList<Expect>, onUndo);

    Document doc(sampleBlueprint());
    QSignalSpy spy(&doc, &Document::changed);
    QVERIFY(spy.isValid());

    const auto verify = [&](const QList<Expect> &expected, const char *when) {
        QVERIFY2(spy.count() == expected.size(),
                 qPrintable(QStringLiteral("%1: %2 events, expected %3")
                                .arg(QLatin1StringView(when))
                                .arg(spy.count())
                                .arg(expected.size())));
        for (int i = 0; i < expected.size(); ++i) {
            const auto event = spy.at(i).at(0).value<ChangeEvent>();
            const Expect &e = expected.at(i);
            QCOMPARE(event.kind, e.kind);
            QCOMPARE(eventIds(event.steps), e.steps);
            QCOMPARE(eventIds(event.flows), e.flows);
            QCOMPARE(eventIds(event.lanes), e.lanes);
            QCOMPARE(event.stepAspects.toInt(), e.aspects.toInt());
        }
        spy.clear();
    };

    QUndoCommand *cmd = command.make(doc);
    QVERIFY(cmd);
    QCOMPARE(spy.count(), 0); // building a command changes nothing
    doc.undoStack()->push(cmd);
    verify(onRedo, "push");
    if (QTest::currentTestFailed())
        return;
    for (int round = 0; round < 2; ++round) {
        doc.undoStack()->undo();
        verify(onUndo, "undo");
        if (QTest::currentTestFailed())
            return;
        doc.undoStack()->redo();
        verify(onRedo, "redo");
        if (QTest::currentTestFailed())
            return;
    }
}

// ---- modified state --------------------------------------------------------------------------

void TestDocumentEvents::modifiedFollowsCleanState()
{
    Document doc(sampleBlueprint());
    QSignalSpy spy(&doc, &Document::modifiedChanged);
    QUndoStack *stack = doc.undoStack();
    const auto setTitle = [&](const QString &title) {
        Meta m = doc.blueprint().meta;
        m.title = title;
        stack->push(new ChangeMetaCommand(&doc, m, u"Title"_s));
    };

    QVERIFY(!doc.isModified());
    setTitle(u"One"_s);
    QVERIFY(doc.isModified());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toBool(), true);

    doc.markSaved();
    QVERIFY(!doc.isModified());
    QCOMPARE(spy.last().at(0).toBool(), false);

    setTitle(u"Two"_s);
    QVERIFY(doc.isModified());
    stack->undo();
    QVERIFY(!doc.isModified()); // back at the saved state
    QCOMPARE(spy.last().at(0).toBool(), false);
    stack->undo();
    QVERIFY(doc.isModified()); // before the saved state
    stack->redo();
    QVERIFY(!doc.isModified());

    // A new edit below the saved state discards it: no undo or redo reaches it again.
    stack->undo();
    setTitle(u"Three"_s);
    QVERIFY(doc.isModified());
    stack->undo();
    QVERIFY(doc.isModified());
    stack->redo();
    QVERIFY(doc.isModified());

    doc.markSaved();
    QVERIFY(!doc.isModified());
    QCOMPARE(spy.last().at(0).toBool(), false);
}

void TestDocumentEvents::resetClearsHistory()
{
    Document doc(sampleBlueprint());
    QSignalSpy changed(&doc, &Document::changed);
    Meta m = doc.blueprint().meta;
    m.title = u"Edited"_s;
    doc.undoStack()->push(new ChangeMetaCommand(&doc, m, u"Title"_s));
    QVERIFY(doc.isModified());
    changed.clear();

    Blueprint other = sampleBlueprint();
    other.graph.removeStep(u"done"_s);
    doc.resetBlueprint(other);
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<ChangeEvent>().kind, ChangeEvent::Kind::Reset);
    QVERIFY(doc.blueprint() == other);
    QCOMPARE(graphProblem(doc.blueprint().graph), QString());
    QCOMPARE(doc.blueprint().meta.title, u"Personal loan"_s);
}

// ---- the document's analysis settings ----------------------------------------------------------

void TestDocumentEvents::analysisSettingsUndoRedo()
{
    Document doc(sampleBlueprint());
    const QByteArray before = nativeBytes(doc);
    QVERIFY(!before.contains("<analysis"));
    AnalysisSettings s;
    s.waitModel = WaitModel::Exact;
    s.rpnThreshold = 80;
    doc.undoStack()->push(new ChangeAnalysisSettingsCommand(&doc, s));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), u"Change analysis settings"_s);
    QVERIFY(doc.isModified());
    QVERIFY(doc.blueprint().analysisSettings == s);
    const QByteArray after = nativeBytes(doc);
    QVERIFY2(after.contains("  <analysis wait-model=\"exact\" rpn-threshold=\"80\"/>\n"),
             after.constData());

    // The same settings again: no second entry.
    doc.undoStack()->push(new ChangeAnalysisSettingsCommand(&doc, s));
    QCOMPARE(doc.undoStack()->count(), 1);

    for (int round = 0; round < 2; ++round) {
        doc.undoStack()->undo();
        QVERIFY(doc.blueprint().analysisSettings.isDefault());
        QCOMPARE(nativeBytes(doc), before);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QVERIFY(doc.blueprint().analysisSettings == s);
        QCOMPARE(nativeBytes(doc), after);
    }
}

QTEST_GUILESS_MAIN(TestDocumentEvents)
#include "tst_documentevents.moc"
