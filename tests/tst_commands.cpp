// Every command: redo and undo restore the exact bytes and ids; delete restores its snapshot.

#include "commandtestutil.h"

using namespace bp;
using namespace bp::test;
using namespace Qt::StringLiterals;

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void undoRedo_data();
    void undoRedo();
    void deleteRestoresSnapshot();
    void removeLaneRestoresSteps();
};

// ---- every command: exact undo and redo ------------------------------------------------------

void TestCommands::undoRedo_data()
{
    QTest::addColumn<CommandCase>("testCase");

    // Steps and flows.
    QTest::newRow("add step") << CommandCase {
        {},
        [](Document &doc) -> QUndoCommand * {
            ElementSnapshot s;
            s.steps.push_back(
                makeStep(u"archive"_s, u"back"_s, StepKind::Action, u"Archive"_s, { 600, 60 }));
            return new AddElementsCommand(&doc, s, u"Add step"_s);
        },
        [](const Document &doc) {
            const auto &g = doc.blueprint().graph;
            QCOMPARE(g.stepCount(), size_t(7));
            QCOMPARE(stepOf(doc, u"archive"_s).lane, u"back"_s);
            QCOMPARE(stepOf(doc, u"archive"_s).title, u"Archive"_s);
            QCOMPARE(idsOf(g.steps()).last(), u"archive"_s);
            QCOMPARE(g.flowCount(), size_t(5));
        }
    };
    QTest::newRow("add step with flow (connect)") << CommandCase {
        {},
        [](Document &doc) -> QUndoCommand * {
            ElementSnapshot s;
            s.steps.push_back(makeStep(u"file"_s, u"support"_s, StepKind::Action, u"File"_s));
            s.flows.push_back(makeFlow(u"nf"_s, u"check"_s, u"file"_s));
            return new AddElementsCommand(&doc, s, u"Add"_s);
        },
        [](const Document &doc) {
            const auto &g = doc.blueprint().graph;
            QCOMPARE(idsOf(g.outFlows(u"check"_s)), QStringList({ u"f4"_s, u"nf"_s }));
            QCOMPARE(idsOf(g.inFlows(u"file"_s)), QStringList { u"nf"_s });
            QCOMPARE(stepOf(doc, u"file"_s).lane, u"support"_s);
        }
    };
    QTest::newRow("add flow between existing steps") << CommandCase {
        {},
        [](Document &doc) -> QUndoCommand * {
            ElementSnapshot s;
            Flow f = makeFlow(u"redo"_s, u"check"_s, u"greet"_s, FlowKind::Rework);
            f.p = 0.1;
            f.label = u"incomplete"_s;
            s.flows.push_back(f);
            return new AddElementsCommand(&doc, s, u"Connect"_s);
        },
        [](const Document &doc) {
            const auto &g = doc.blueprint().graph;
            QCOMPARE(idsOf(g.inFlows(u"greet"_s)), QStringList({ u"f1"_s, u"e1"_s, u"redo"_s }));
            QCOMPARE(flowOf(doc, u"redo"_s).kind, FlowKind::Rework);
            QCOMPARE(flowOf(doc, u"redo"_s).p, std::optional<double>(0.1));
            QCOMPARE(g.stepCount(), size_t(6));
        }
    };
    QTest::newRow("remove step with its flows")
        << CommandCase { {},
                         [](Document &doc) -> QUndoCommand * {
                             return new RemoveElementsCommand(&doc, { u"greet"_s }, {},
                                                              u"Delete"_s);
                         },
                         [](const Document &doc) {
                             const auto &g = doc.blueprint().graph;
                             QVERIFY(!g.hasStep(u"greet"_s));
                             QCOMPARE(idsOf(g.flows()), QStringList({ u"f3"_s, u"f4"_s }));
                             QCOMPARE(g.stepCount(), size_t(5));
                             QVERIFY(g.outFlows(u"start"_s).empty());
                         } };
    QTest::newRow("remove flows") << CommandCase {
        {},
        [](Document &doc) -> QUndoCommand * {
            return new RemoveElementsCommand(&doc, {}, { u"f2"_s, u"e1"_s }, u"Delete"_s);
        },
        [](const Document &doc) {
            const auto &g = doc.blueprint().graph;
            QCOMPARE(idsOf(g.flows()), QStringList({ u"f1"_s, u"f3"_s, u"f4"_s }));
            QCOMPARE(g.stepCount(), size_t(6));
            QVERIFY(g.outFlows(u"greet"_s).empty());
        }
    };
    QTest::newRow("remove steps and flows") << CommandCase {
        {},
        [](Document &doc) -> QUndoCommand * {
            return new RemoveElementsCommand(&doc, { u"start"_s, u"check"_s }, { u"f2"_s },
                                             u"Delete"_s);
        },
        [](const Document &doc) {
            const auto &g = doc.blueprint().graph;
            QCOMPARE(idsOf(g.steps()),
                     QStringList({ u"greet"_s, u"interview"_s, u"ticket"_s, u"done"_s }));
            QCOMPARE(idsOf(g.flows()), QStringList { u"e1"_s });
        }
    };
    QTest::newRow("move one step")
        << CommandCase { {},
                         [](Document &doc) -> QUndoCommand * {
                             return new ChangeStepsCommand(&doc,
                                                           { editedStep(u"greet"_s,
                                                                        [](Step &s) {
                                                                            s.pos = { 200, 70 };
                                                                        }) },
                                                           u"Move"_s);
                         },
                         [](const Document &doc) {
                             QCOMPARE(stepOf(doc, u"greet"_s).pos, QPointF(200, 70));
                             QCOMPARE(stepOf(doc, u"interview"_s).pos, QPointF(280, 60));
                         } };
    QTest::newRow("change several steps")
        << CommandCase { {},
                         [](Document &doc) -> QUndoCommand * {
                             return new ChangeStepsCommand(
                                 &doc,
                                 { editedStep(u"greet"_s,
                                              [](Step &s) {
                                                  s.lane = u"back"_s;
                                                  s.title = u"Triage"_s;
                                              }),
                                   editedStep(u"check"_s,
                                              [](Step &s) {
                                                  s.lane = u"front"_s;
                                                  s.time = 8;
                                                  s.kind = StepKind::Decision;
                                              }) },
                                 u"Edit"_s);
                         },
                         [](const Document &doc) {
                             QCOMPARE(stepOf(doc, u"greet"_s).lane, u"back"_s);
                             QCOMPARE(stepOf(doc, u"greet"_s).title, u"Triage"_s);
                             QCOMPARE(stepOf(doc, u"check"_s).lane, u"front"_s);
                             QCOMPARE(stepOf(doc, u"check"_s).time, 8.0);
                             QCOMPARE(stepOf(doc, u"check"_s).kind, StepKind::Decision);
                             QCOMPARE(stepOf(doc, u"greet"_s).order, quint64(2)); // identity kept
                         } };
    QTest::newRow("makeStepEdit, one step")
        << CommandCase { {},
                         [](Document &doc) {
                             return makeStepEdit(
                                 &doc, { u"check"_s }, [](Step &s) { s.time = 7.5; }, u"Time"_s);
                         },
                         [](const Document &doc) {
                             QCOMPARE(stepOf(doc, u"check"_s).time, 7.5);
                             QCOMPARE(stepOf(doc, u"interview"_s).time, 10.2);
                         } };
    QTest::newRow("makeStepEdit, many steps") << CommandCase {
        {},
        [](Document &doc) {
            return makeStepEdit(
                &doc, { u"greet"_s, u"interview"_s, u"missing"_s, u"check"_s },
                [](Step &s) {
                    s.servers = Servers::of(4);
                    s.tolerance = 9.0;
                },
                u"Servers"_s);
        },
        [](const Document &doc) {
            const Blueprint &bp = doc.blueprint();
            for (const QString &id : { u"greet"_s, u"interview"_s, u"check"_s }) {
                QCOMPARE(stepOf(doc, id).servers, std::optional<Servers>(Servers::of(4)));
                QCOMPARE(stepOf(doc, id).tolerance, std::optional<double>(9.0));
            }
            QCOMPARE(bp.effectiveServers(stepOf(doc, u"check"_s)), Servers::of(4));
            QCOMPARE(bp.effectiveServers(stepOf(doc, u"interview"_s)), Servers::of(3)); // pool
            QVERIFY(!stepOf(doc, u"start"_s).servers);
            QVERIFY(!bp.graph.hasStep(u"missing"_s));
        }
    };
    QTest::newRow("change a flow's label and probability")
        << CommandCase { {},
                         [](Document &doc) -> QUndoCommand * {
                             return new ChangeFlowsCommand(
                                 &doc,
                                 { editedFlow(u"f3"_s,
                                              [](Flow &f) {
                                                  f.label = u"approved"_s;
                                                  f.p = 0.9;
                                                  f.waypoints = { { 300, 100 }, { 380, 100 } };
                                              }) },
                                 u"Edit flow"_s);
                         },
                         [](const Document &doc) {
                             QCOMPARE(flowOf(doc, u"f3"_s).label, u"approved"_s);
                             QCOMPARE(flowOf(doc, u"f3"_s).p, std::optional<double>(0.9));
                             QCOMPARE(flowOf(doc, u"f3"_s).waypoints.size(), 2);
                             QCOMPARE(flowOf(doc, u"f3"_s).to, u"check"_s);
                         } };
    QTest::newRow("reconnect a flow") << CommandCase {
        {},
        [](Document &doc) -> QUndoCommand * {
            return new ChangeFlowsCommand(
                &doc, { editedFlow(u"f3"_s, [](Flow &f) { f.to = u"done"_s; }) }, u"Reconnect"_s);
        },
        [](const Document &doc) {
            const auto &g = doc.blueprint().graph;
            QCOMPARE(flowOf(doc, u"f3"_s).to, u"done"_s);
            QCOMPARE(idsOf(g.inFlows(u"done"_s)), QStringList({ u"f3"_s, u"f4"_s }));
            QVERIFY(g.inFlows(u"check"_s).empty());
            QCOMPARE(idsOf(g.outFlows(u"interview"_s)), QStringList { u"f3"_s });
            QCOMPARE(graphProblem(g), QString());
        }
    };
    QTest::newRow("makeFlowEdit, kind and label")
        << CommandCase { {},
                         [](Document &doc) {
                             return makeFlowEdit(
                                 &doc, { u"f1"_s, u"f4"_s },
                                 [](Flow &f) {
                                     f.kind = FlowKind::Failure;
                                     f.label = u"x"_s;
                                 },
                                 u"Kind"_s);
                         },
                         [](const Document &doc) {
                             QCOMPARE(flowOf(doc, u"f1"_s).kind, FlowKind::Failure);
                             QCOMPARE(flowOf(doc, u"f4"_s).label, u"x"_s);
                             QCOMPARE(flowOf(doc, u"f2"_s).kind, FlowKind::Flow);
                         } };
    QTest::newRow("makeFlowEdit, reconnect source") << CommandCase {
        {},
        [](Document &doc) {
            return makeFlowEdit(
                &doc, { u"f2"_s }, [](Flow &f) { f.from = u"start"_s; }, u"Reconnect"_s);
        },
        [](const Document &doc) {
            const auto &g = doc.blueprint().graph;
            QCOMPARE(idsOf(g.outFlows(u"start"_s)), QStringList({ u"f1"_s, u"f2"_s }));
            QVERIFY(g.outFlows(u"greet"_s).empty());
            QCOMPARE(graphProblem(g), QString());
        }
    };

    // Lanes.
    QTest::newRow("add lane") << CommandCase {
        {},
        [](Document &doc) -> QUndoCommand * {
            return new AddLaneCommand(&doc, 2,
                                      Lane { u"extra"_s, LaneKind::Other, u"Extra"_s, 90.0, {} });
        },
        [](const Document &doc) {
            const Blueprint &bp = doc.blueprint();
            QCOMPARE(idsOf(bp.lanes()),
                     QStringList({ u"evidence"_s, u"customer"_s, u"extra"_s, u"front"_s, u"back"_s,
                                   u"support"_s }));
            QCOMPARE(bp.lane(u"extra"_s)->height, 90.0);
            QCOMPARE(bp.laneTop(u"front"_s), 330.0);
        }
    };
    QTest::newRow("remove lane with steps") << CommandCase {
        {},
        [](Document &doc) -> QUndoCommand * { return new RemoveLaneCommand(&doc, u"front"_s); },
        [](const Document &doc) {
            const Blueprint &bp = doc.blueprint();
            QVERIFY(!bp.lane(u"front"_s));
            QCOMPARE(idsOf(bp.graph.steps()),
                     QStringList({ u"start"_s, u"ticket"_s, u"check"_s, u"done"_s }));
            QCOMPARE(idsOf(bp.graph.flows()), QStringList { u"f4"_s });
            QCOMPARE(bp.laneIndex(u"back"_s), 2);
        }
    };
    QTest::newRow("remove empty lane")
        << CommandCase { {},
                         [](Document &doc) -> QUndoCommand * {
                             return new RemoveLaneCommand(&doc, u"support"_s);
                         },
                         [](const Document &doc) {
                             QVERIFY(!doc.blueprint().lane(u"support"_s));
                             QCOMPARE(doc.blueprint().lanes().size(), size_t(4));
                             QCOMPARE(doc.blueprint().graph.stepCount(), size_t(6));
                         } };
    QTest::newRow("move lane up") << CommandCase {
        {},
        [](Document &doc) -> QUndoCommand * { return new MoveLaneCommand(&doc, u"back"_s, 0); },
        [](const Document &doc) {
            QCOMPARE(
                idsOf(doc.blueprint().lanes()),
                QStringList({ u"back"_s, u"evidence"_s, u"customer"_s, u"front"_s, u"support"_s }));
            QCOMPARE(stepOf(doc, u"check"_s).lane, u"back"_s); // its steps move with it
        }
    };
    QTest::newRow("move lane down") << CommandCase {
        {},
        [](Document &doc) -> QUndoCommand * { return new MoveLaneCommand(&doc, u"evidence"_s, 4); },
        [](const Document &doc) {
            QCOMPARE(
                idsOf(doc.blueprint().lanes()),
                QStringList({ u"customer"_s, u"front"_s, u"back"_s, u"support"_s, u"evidence"_s }));
        }
    };
    QTest::newRow("rename lane") << CommandCase {
        {},
        [](Document &doc) -> QUndoCommand * {
            Lane l = *doc.blueprint().lane(u"front"_s);
            l.title = u"Counter"_s;
            return new ChangeLaneCommand(&doc, l, u"Rename lane"_s);
        },
        [](const Document &doc) {
            QCOMPARE(doc.blueprint().lane(u"front"_s)->title, u"Counter"_s);
            QCOMPARE(doc.blueprint().lane(u"front"_s)->kind, LaneKind::Frontstage);
            QCOMPARE(doc.blueprint().laneIndex(u"front"_s), 2);
        }
    };
    QTest::newRow("resize lane") << CommandCase {
        {},
        [](Document &doc) -> QUndoCommand * {
            Lane l = *doc.blueprint().lane(u"customer"_s);
            l.height = 200;
            return new ChangeLaneCommand(&doc, l, u"Resize lane"_s);
        },
        [](const Document &doc) {
            QCOMPARE(doc.blueprint().lane(u"customer"_s)->height, 200.0);
            QCOMPARE(doc.blueprint().laneTop(u"front"_s), 320.0);
        }
    };
    QTest::newRow("change lane kind")
        << CommandCase { {},
                         [](Document &doc) -> QUndoCommand * {
                             Lane l = *doc.blueprint().lane(u"back"_s);
                             l.kind = LaneKind::Customer;
                             return new ChangeLaneCommand(&doc, l, u"Lane kind"_s);
                         },
                         [](const Document &doc) {
                             QCOMPARE(doc.blueprint().lane(u"back"_s)->kind, LaneKind::Customer);
                             QCOMPARE(doc.blueprint().effectiveServers(stepOf(doc, u"check"_s)),
                                      Servers::unlimited());
                         } };

    // Pools, demand, metadata.
    QTest::newRow("add pool") << CommandCase {
        {},
        [](Document &doc) -> QUndoCommand * {
            return new AddPoolCommand(&doc, Pool { u"clerks"_s, u"Clerks"_s, Servers::of(2), {} });
        },
        [](const Document &doc) {
            QCOMPARE(idsOf(doc.blueprint().pools()), QStringList({ u"officers"_s, u"clerks"_s }));
            QCOMPARE(doc.blueprint().pool(u"clerks"_s)->servers, Servers::of(2));
        }
    };
    QTest::newRow("remove pool used by steps") << CommandCase {
        [] {
            Blueprint bp = sampleBlueprint();
            Step check = *bp.graph.step(u"check"_s);
            check.pool = u"officers"_s;
            check.servers = Servers::of(2); // own servers, ignored while the pool is set
            bp.graph.updateStep(check);
            bp.insertPool(0, Pool { u"spare"_s, {}, Servers::of(9), {} });
            return bp;
        },
        [](Document &doc) -> QUndoCommand * { return new RemovePoolCommand(&doc, u"officers"_s); },
        [](const Document &doc) {
            const Blueprint &bp = doc.blueprint();
            QVERIFY(!bp.pool(u"officers"_s));
            QCOMPARE(idsOf(bp.pools()), QStringList { u"spare"_s });
            QVERIFY(stepOf(doc, u"interview"_s).pool.isEmpty());
            QVERIFY(stepOf(doc, u"check"_s).pool.isEmpty());
            // A user without own servers keeps the capacity it had; one with own keeps those.
            QCOMPARE(stepOf(doc, u"interview"_s).servers, std::optional<Servers>(Servers::of(3)));
            QCOMPARE(bp.effectiveServers(stepOf(doc, u"interview"_s)), Servers::of(3));
            QCOMPARE(stepOf(doc, u"check"_s).servers, std::optional<Servers>(Servers::of(2)));
        }
    };
    QTest::newRow("remove unused pool") << CommandCase {
        [] {
            Blueprint bp = sampleBlueprint();
            bp.insertPool(1, Pool { u"spare"_s, u"Spare"_s, Servers::unlimited(), {} });
            return bp;
        },
        [](Document &doc) -> QUndoCommand * { return new RemovePoolCommand(&doc, u"spare"_s); },
        [](const Document &doc) {
            QCOMPARE(idsOf(doc.blueprint().pools()), QStringList { u"officers"_s });
            QCOMPARE(stepOf(doc, u"interview"_s).pool, u"officers"_s);
        }
    };
    QTest::newRow("change pool") << CommandCase {
        {},
        [](Document &doc) -> QUndoCommand * {
            return new ChangePoolCommand(&doc,
                                         Pool { u"officers"_s, u"Advisers"_s, Servers::of(5), {} });
        },
        [](const Document &doc) {
            QCOMPARE(doc.blueprint().pool(u"officers"_s)->title, u"Advisers"_s);
            QCOMPARE(doc.blueprint().effectiveServers(stepOf(doc, u"interview"_s)), Servers::of(5));
        }
    };
    QTest::newRow("change demand")
        << CommandCase { {},
                         [](Document &doc) -> QUndoCommand * {
                             Demand d;
                             d.arrivalRate = 30.0;
                             d.per = RateUnit::Day;
                             d.arrivalScv = 0.7;
                             d.serviceLevel = 0.95;
                             return new ChangeDemandCommand(&doc, d);
                         },
                         [](const Document &doc) {
                             QVERIFY(doc.blueprint().demand);
                             QCOMPARE(doc.blueprint().demand->arrivalRate,
                                      std::optional<double>(30.0));
                             QCOMPARE(doc.blueprint().demand->per, RateUnit::Day);
                             QVERIFY(!doc.blueprint().demand->journeyTolerance);
                         } };
    QTest::newRow("clear demand") << CommandCase {
        {},
        [](Document &doc) -> QUndoCommand * { return new ChangeDemandCommand(&doc, std::nullopt); },
        [](const Document &doc) {
            QVERIFY(!doc.blueprint().demand);
        }
    };
    QTest::newRow("set demand where there was none")
        << CommandCase { [] {
                            Blueprint bp = sampleBlueprint();
                            bp.demand.reset();
                            return bp;
                        },
                         [](Document &doc) -> QUndoCommand * {
                             Demand d;
                             d.arrivalRate = 4.0;
                             return new ChangeDemandCommand(&doc, d);
                         },
                         [](const Document &doc) {
                             QVERIFY(doc.blueprint().demand);
                             QCOMPARE(doc.blueprint().demand->arrivalRate,
                                      std::optional<double>(4.0));
                         } };
    QTest::newRow("change title") << CommandCase {
        {},
        [](Document &doc) -> QUndoCommand * {
            Meta m = doc.blueprint().meta;
            m.title = u"Business loan"_s;
            return new ChangeMetaCommand(&doc, m, u"Title"_s);
        },
        [](const Document &doc) {
            QCOMPARE(doc.blueprint().meta.title, u"Business loan"_s);
            QCOMPARE(doc.blueprint().meta.timeUnit, TimeUnit::Minutes);
        }
    };
    QTest::newRow("change time unit and description")
        << CommandCase { {},
                         [](Document &doc) -> QUndoCommand * {
                             Meta m = doc.blueprint().meta;
                             m.timeUnit = TimeUnit::Hours;
                             m.description = u"Two lines\nof text"_s;
                             return new ChangeMetaCommand(&doc, m, u"Properties"_s);
                         },
                         [](const Document &doc) {
                             QCOMPARE(doc.blueprint().meta.timeUnit, TimeUnit::Hours);
                             QCOMPARE(doc.blueprint().meta.title, u"Personal loan"_s);
                         } };

    // Paste.
    QTest::newRow("paste") << CommandCase {
        {},
        [](Document &doc) -> QUndoCommand * {
            const Fragment fragment
                = copyFragment(doc.blueprint(), { u"greet"_s, u"interview"_s, u"check"_s });
            return new AddElementsCommand(&doc, prepareForPaste(fragment, doc, { 30, 40 }),
                                          u"Paste"_s);
        },
        [](const Document &doc) {
            const auto &g = doc.blueprint().graph;
            QCOMPARE(g.stepCount(), size_t(9));
            QCOMPARE(g.flowCount(), size_t(7));
            const auto added = newSteps(doc);
            QCOMPARE(added.size(), size_t(3));
            QCOMPARE(added[0]->title, u"Greet and triage"_s);
            QCOMPARE(added[0]->pos, QPointF(190, 100));
            QCOMPARE(added[2]->lane, u"back"_s);
        }
    };
}

void TestCommands::undoRedo()
{
    QFETCH(CommandCase, testCase);

    Document doc(testCase.build ? testCase.build() : sampleBlueprint());
    const Blueprint modelBefore = doc.blueprint();
    const QByteArray before = nativeBytes(doc);
    const QStringList idsBefore = allIds(doc.blueprint());
    QVERIFY(!doc.isModified());

    QUndoCommand *command = testCase.make(doc);
    QVERIFY(command);
    doc.undoStack()->push(command);
    QCOMPARE(doc.undoStack()->count(), 1);
    testCase.check(doc);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(graphProblem(doc.blueprint().graph), QString());
    const Blueprint modelAfter = doc.blueprint();
    const QByteArray after = nativeBytes(doc);
    const QStringList idsAfter = allIds(doc.blueprint());
    QVERIFY(after != before);
    QVERIFY(doc.isModified());

    for (int round = 0; round < 3; ++round) {
        doc.undoStack()->undo();
        QCOMPARE(nativeBytes(doc), before);
        QCOMPARE(allIds(doc.blueprint()), idsBefore);
        QVERIFY(doc.blueprint() == modelBefore); // including creation order
        QCOMPARE(graphProblem(doc.blueprint().graph), QString());
        QVERIFY(!doc.isModified());

        doc.undoStack()->redo();
        QCOMPARE(nativeBytes(doc), after);
        QCOMPARE(allIds(doc.blueprint()), idsAfter);
        QVERIFY(doc.blueprint() == modelAfter);
        QCOMPARE(graphProblem(doc.blueprint().graph), QString());
        QVERIFY(doc.isModified());
    }
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->index(), 1);
}

// ---- delete and restore ----------------------------------------------------------------------

void TestCommands::deleteRestoresSnapshot()
{
    Document doc(sampleBlueprint());
    const Blueprint original = doc.blueprint();
    const QByteArray before = nativeBytes(doc);

    // Delete two steps from the middle of the creation order, plus one unrelated flow.
    doc.undoStack()->push(
        new RemoveElementsCommand(&doc, { u"interview"_s, u"greet"_s }, { u"f4"_s }, u"Delete"_s));
    const auto &g = doc.blueprint().graph;
    QCOMPARE(idsOf(g.steps()), QStringList({ u"start"_s, u"ticket"_s, u"check"_s, u"done"_s }));
    QVERIFY(g.flows().empty()); // f1 f2 e1 (greet), f3 (interview), f4 (named)
    const QByteArray afterDelete = nativeBytes(doc);

    doc.undoStack()->undo();
    QCOMPARE(nativeBytes(doc), before);
    QVERIFY(doc.blueprint() == original);
    QCOMPARE(idsOf(g.steps()), idsOf(original.graph.steps()));
    QCOMPARE(idsOf(g.flows()), idsOf(original.graph.flows()));
    for (const Step *s : original.graph.steps()) {
        QVERIFY2(g.step(s->id) && *g.step(s->id) == *s, qPrintable(s->id)); // data and order
        QCOMPARE(idsOf(g.outFlows(s->id)), idsOf(original.graph.outFlows(s->id)));
        QCOMPARE(idsOf(g.inFlows(s->id)), idsOf(original.graph.inFlows(s->id)));
    }
    for (const Flow *f : original.graph.flows())
        QVERIFY2(g.flow(f->id) && *g.flow(f->id) == *f, qPrintable(f->id));
    QCOMPARE(graphProblem(g), QString());

    // The history works both ways over the restored elements.
    doc.undoStack()->redo();
    QCOMPARE(nativeBytes(doc), afterDelete);
    doc.undoStack()->undo();
    QCOMPARE(nativeBytes(doc), before);
    QVERIFY(doc.blueprint() == original);

    // A new step after the restore still goes last, behind the restored ones.
    ElementSnapshot extra;
    extra.steps.push_back(makeStep(u"late"_s, u"support"_s));
    doc.undoStack()->push(new AddElementsCommand(&doc, extra, u"Add"_s));
    QCOMPARE(doc.undoStack()->count(), 1); // the undone delete is gone from the history
    QCOMPARE(idsOf(g.steps()).last(), u"late"_s);
    QVERIFY(g.step(u"late"_s)->order > g.step(u"done"_s)->order);
    doc.undoStack()->undo();
    QCOMPARE(nativeBytes(doc), before);
    QVERIFY(doc.blueprint() == original);
}

void TestCommands::removeLaneRestoresSteps()
{
    Document doc(sampleBlueprint());
    const Blueprint original = doc.blueprint();
    doc.undoStack()->push(new RemoveLaneCommand(&doc, u"customer"_s)); // first and last steps
    QVERIFY(!doc.blueprint().lane(u"customer"_s));
    QVERIFY(!doc.blueprint().graph.hasStep(u"start"_s));
    QVERIFY(!doc.blueprint().graph.hasStep(u"done"_s));
    doc.undoStack()->undo();
    QVERIFY(doc.blueprint() == original);
    QCOMPARE(doc.blueprint().laneIndex(u"customer"_s), 1);
    QCOMPARE(idsOf(doc.blueprint().graph.steps()), sampleStepIds());
    QCOMPARE(nativeBytes(doc), nativeBytes(original));
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
