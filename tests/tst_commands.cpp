// Tests of the document and its undo commands: every command undoes to the exact bytes it
// started from and redoes to the exact bytes it produced.

#include "commands/changecommands.h"
#include "commands/documentcommands.h"
#include "commands/elementcommands.h"
#include "commands/fragment.h"
#include "commands/lanecommands.h"
#include "document/document.h"
#include "testutil.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace bp;
using namespace bp::test;
using namespace Qt::StringLiterals;

namespace {

/// One row of the undo/redo table: the document to start from, the command, and what must be
/// true after it ran.
struct CommandCase
{
    std::function<Blueprint()> build; ///< unset: sampleBlueprint()
    std::function<QUndoCommand *(Document &)> make;
    std::function<void(const Document &)> check; ///< QVERIFY/QCOMPARE inside
};

/// What one Document::changed emission must carry.
struct Expect
{
    ChangeEvent::Kind kind = ChangeEvent::Kind::Reset;
    QStringList steps;
    QStringList flows;
    QStringList lanes;
    ChangeEvent::StepAspects aspects;
};

/// A command that may be nullptr (builders return nullptr for no-ops).
struct MaybeCommand
{
    std::function<QUndoCommand *(Document &)> make;
};

const Step &stepOf(const Document &doc, const QString &id)
{
    static const Step none;
    const Step *s = doc.blueprint().graph.step(id);
    return s ? *s : none;
}

const Flow &flowOf(const Document &doc, const QString &id)
{
    static const Flow none;
    const Flow *f = doc.blueprint().graph.flow(id);
    return f ? *f : none;
}

QStringList sampleStepIds()
{
    return { u"start"_s, u"greet"_s, u"interview"_s, u"ticket"_s, u"check"_s, u"done"_s };
}

/// Steps of @p doc that are not in the sample blueprint, in creation order.
std::vector<const Step *> newSteps(const Document &doc)
{
    const Blueprint sample = sampleBlueprint();
    std::vector<const Step *> result;
    for (const Step *s : doc.blueprint().graph.steps()) {
        if (!sample.isIdTaken(s->id))
            result.push_back(s);
    }
    return result;
}

Step editedStep(const QString &id, const std::function<void(Step &)> &edit)
{
    Step s = *sampleBlueprint().graph.step(id);
    edit(s);
    return s;
}

Flow editedFlow(const QString &id, const std::function<void(Flow &)> &edit)
{
    Flow f = *sampleBlueprint().graph.flow(id);
    edit(f);
    return f;
}

/// Moves one step to @p pos as one event of a drag gesture.
void dragStep(Document &doc, const QString &id, QPointF pos, quint64 gesture)
{
    Step s = stepOf(doc, id);
    s.pos = pos;
    doc.undoStack()->push(
        new ChangeStepsCommand(&doc, { s }, u"Move"_s, CommandId::MoveSteps, gesture));
}

QStringList eventIds(const QVector<ElementId> &ids)
{
    return QStringList(ids.begin(), ids.end());
}

} // namespace

Q_DECLARE_METATYPE(CommandCase)
Q_DECLARE_METATYPE(Expect)
Q_DECLARE_METATYPE(MaybeCommand)

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void undoRedo_data();
    void undoRedo();
    void deleteRestoresSnapshot();
    void removeLaneRestoresSteps();
    void dragIsOneUndoStep();
    void dragOfSeveralSteps();
    void movesWithoutGestureStaySeparate();
    void laneResizeGesture();
    void noOpLeavesNoEntry_data();
    void noOpLeavesNoEntry();
    void pasteGivesFreshIds();
    void pasteDropsOutsideFlows();
    void pasteIntoOtherDocument();
    void changedSignal_data();
    void changedSignal();
    void modifiedFollowsCleanState();
    void resetClearsHistory();
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

// ---- drags -----------------------------------------------------------------------------------

void TestCommands::dragIsOneUndoStep()
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

void TestCommands::dragOfSeveralSteps()
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

void TestCommands::movesWithoutGestureStaySeparate()
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

void TestCommands::laneResizeGesture()
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

// ---- no-ops ----------------------------------------------------------------------------------

void TestCommands::noOpLeavesNoEntry_data()
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
    QTest::newRow("RemoveLaneCommand of a missing lane")
        << MaybeCommand { [](Document &doc) -> QUndoCommand * {
               return new RemoveLaneCommand(&doc, u"nope"_s);
           } }
        << false;
}

void TestCommands::noOpLeavesNoEntry()
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

// ---- paste -----------------------------------------------------------------------------------

void TestCommands::pasteGivesFreshIds()
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

void TestCommands::pasteDropsOutsideFlows()
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

void TestCommands::pasteIntoOtherDocument()
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

void TestCommands::changedSignal_data()
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
    QTest::newRow("change title") << MaybeCommand { [](Document &doc) -> QUndoCommand * {
        Meta m = doc.blueprint().meta;
        m.title = u"T"_s;
        return new ChangeMetaCommand(&doc, m, u"Title"_s);
    } } << QList<Expect> { { K::MetaChanged, {}, {}, {}, {} } }
                                  << QList<Expect> { { K::MetaChanged, {}, {}, {}, {} } };
}

void TestCommands::changedSignal()
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

void TestCommands::modifiedFollowsCleanState()
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

void TestCommands::resetClearsHistory()
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

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
