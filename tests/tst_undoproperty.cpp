// Undo/redo property tests (reliability.md, issue "Never lose a blueprint"): seeded random edit
// sequences through the real commands; undoing everything gives the initial bytes back and
// redoing everything gives the final bytes, for 200 seeds × 50 operations and for long runs.

#include "commands/changecommands.h"
#include "commands/commandids.h"
#include "commands/documentcommands.h"
#include "commands/elementcommands.h"
#include "commands/fragment.h"
#include "commands/lanecommands.h"
#include "document/document.h"
#include "io/nativereader.h"
#include "io/nativewriter.h"

#include <QTest>
#include <QUndoStack>

#include <random>

using namespace bp;
using namespace Qt::StringLiterals;

namespace {

/// Drives one document with random but reproducible edits.
class RandomEditor
{
public:
    RandomEditor(Document &doc, quint64 seed)
        : m_doc(doc)
        , m_rng(seed)
    { }

    /// Applies one random edit; returns a short name of what it did (for failure messages).
    QString step()
    {
        const int op = pick(0, 15);
        switch (op) {
        case 0:
        case 1:
            return addStep();
        case 2:
        case 3:
            return addFlow();
        case 4:
            return removeSteps();
        case 5:
            return removeFlow();
        case 6:
        case 7:
            return editSteps();
        case 8:
            return editFlow();
        case 9:
            return moveGesture();
        case 10:
            return laneEdit();
        case 11:
            return poolEdit();
        case 12:
            return documentEdit();
        case 13:
            return paste();
        case 14:
            return undoSome();
        default:
            return reconnect();
        }
    }

private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }
    QString freshId(const char *prefix)
    {
        return QString::fromLatin1(prefix) + QString::number(++m_counter);
    }

    std::vector<const Step *> steps() const { return m_doc.blueprint().graph.steps(); }
    std::vector<const Flow *> flows() const { return m_doc.blueprint().graph.flows(); }

    void push(QUndoCommand *cmd)
    {
        if (cmd)
            m_doc.undoStack()->push(cmd);
    }

    QString randomLaneId()
    {
        const auto &lanes = m_doc.blueprint().lanes();
        return lanes[static_cast<size_t>(pick(0, static_cast<int>(lanes.size()) - 1))].id;
    }

    QVector<ElementId> randomStepIds(int max)
    {
        const auto all = steps();
        QVector<ElementId> ids;
        if (all.empty())
            return ids;
        const int n = pick(1, max);
        for (int i = 0; i < n; ++i) {
            const ElementId &id
                = all[static_cast<size_t>(pick(0, static_cast<int>(all.size()) - 1))]->id;
            if (!ids.contains(id))
                ids.append(id);
        }
        return ids;
    }

    QString addStep()
    {
        if (m_doc.blueprint().lanes().empty())
            return laneEdit();
        Step s;
        s.id = freshId("s");
        s.lane = randomLaneId();
        s.kind = static_cast<StepKind>(pick(0, 6));
        s.title = u"Step %1 – ü"_s.arg(m_counter);
        s.time = pick(0, 200) / 10.0;
        s.scv = pick(0, 20) / 10.0;
        if (pick(0, 1))
            s.servers = pick(0, 4) == 0 ? Servers::unlimited() : Servers::of(pick(1, 5));
        s.pFail = pick(0, 3) == 0 ? pick(1, 9) / 100.0 : 0.0;
        if (pick(0, 1)) {
            s.severity = pick(1, 10);
            s.occurrence = pick(1, 10);
            s.detection = pick(1, 10);
        }
        s.pos = QPointF(pick(0, 4000), pick(10, 110));
        ElementSnapshot add;
        add.steps.push_back(s);
        push(new AddElementsCommand(&m_doc, add, u"Add step"_s));
        return u"addStep"_s;
    }

    QString addFlow()
    {
        const auto all = steps();
        if (all.size() < 2)
            return addStep();
        Flow f;
        f.id = freshId("f");
        f.from = all[static_cast<size_t>(pick(0, static_cast<int>(all.size()) - 1))]->id;
        f.to = all[static_cast<size_t>(pick(0, static_cast<int>(all.size()) - 1))]->id;
        f.kind = static_cast<FlowKind>(pick(0, 3));
        if (pick(0, 1))
            f.p = pick(0, 100) / 100.0;
        if (pick(0, 2) == 0)
            f.label = u"label %1"_s.arg(m_counter);
        if (pick(0, 3) == 0)
            f.waypoints = { QPointF(pick(0, 900), pick(0, 600)) };
        ElementSnapshot add;
        add.flows.push_back(f);
        push(new AddElementsCommand(&m_doc, add, u"Connect"_s));
        return u"addFlow"_s;
    }

    QString removeSteps()
    {
        const QVector<ElementId> ids = randomStepIds(3);
        if (ids.isEmpty())
            return addStep();
        push(new RemoveElementsCommand(&m_doc, ids, {}, u"Delete"_s));
        return u"removeSteps"_s;
    }

    QString removeFlow()
    {
        const auto all = flows();
        if (all.empty())
            return addFlow();
        const ElementId id
            = all[static_cast<size_t>(pick(0, static_cast<int>(all.size()) - 1))]->id;
        push(new RemoveElementsCommand(&m_doc, {}, { id }, u"Delete"_s));
        return u"removeFlow"_s;
    }

    QString editSteps()
    {
        const QVector<ElementId> ids = randomStepIds(4);
        const int what = pick(0, 5);
        const double value = pick(0, 300) / 10.0;
        const QString lane = m_doc.blueprint().lanes().empty() ? QString() : randomLaneId();
        push(makeStepEdit(
            &m_doc, ids,
            [&](Step &s) {
                switch (what) {
                case 0:
                    s.time = value;
                    break;
                case 1:
                    s.title = u"Renamed %1"_s.arg(value);
                    break;
                case 2:
                    s.servers = Servers::of(1 + static_cast<int>(value) % 7);
                    break;
                case 3:
                    s.tolerance = value;
                    break;
                case 4:
                    if (!lane.isEmpty())
                        s.lane = lane;
                    break;
                default:
                    s.description = u"Notes\nline two <&> %1"_s.arg(value);
                    break;
                }
            },
            u"Edit"_s));
        return u"editSteps"_s;
    }

    QString editFlow()
    {
        const auto all = flows();
        if (all.empty())
            return addFlow();
        const ElementId id
            = all[static_cast<size_t>(pick(0, static_cast<int>(all.size()) - 1))]->id;
        const double p = pick(0, 100) / 100.0;
        const auto kind = static_cast<FlowKind>(pick(0, 3));
        push(makeFlowEdit(
            &m_doc, { id },
            [&](Flow &f) {
                f.p = p;
                f.kind = kind;
            },
            u"Edit flow"_s));
        return u"editFlow"_s;
    }

    QString reconnect()
    {
        const auto all = flows();
        const auto nodes = steps();
        if (all.empty() || nodes.empty())
            return addFlow();
        const ElementId id
            = all[static_cast<size_t>(pick(0, static_cast<int>(all.size()) - 1))]->id;
        const ElementId to
            = nodes[static_cast<size_t>(pick(0, static_cast<int>(nodes.size()) - 1))]->id;
        push(makeFlowEdit(
            &m_doc, { id }, [&](Flow &f) { f.to = to; }, u"Reconnect"_s));
        return u"reconnect"_s;
    }

    /// A drag: several move commands of one gesture, merged into one undo step.
    QString moveGesture()
    {
        const QVector<ElementId> ids = randomStepIds(3);
        if (ids.isEmpty())
            return addStep();
        const quint64 gesture = newGestureId();
        const int moves = pick(1, 6);
        for (int i = 0; i < moves; ++i) {
            std::vector<Step> moved;
            for (const ElementId &id : ids) {
                Step s = *m_doc.blueprint().graph.step(id);
                s.pos += QPointF(pick(-30, 30), pick(-10, 10));
                moved.push_back(std::move(s));
            }
            push(new ChangeStepsCommand(&m_doc, std::move(moved), u"Move"_s, CommandId::MoveSteps,
                                        gesture));
        }
        return u"moveGesture"_s;
    }

    QString laneEdit()
    {
        const auto &lanes = m_doc.blueprint().lanes();
        const int what = lanes.size() < 2 ? 0 : pick(0, 4);
        if (what == 0) {
            Lane l;
            l.id = freshId("lane");
            l.kind = static_cast<LaneKind>(pick(0, 5));
            l.title = u"Lane %1"_s.arg(m_counter);
            push(new AddLaneCommand(&m_doc, pick(0, static_cast<int>(lanes.size())), l));
            return u"addLane"_s;
        }
        if (what == 1 && pick(0, 2) == 0) {
            push(new RemoveLaneCommand(&m_doc, randomLaneId()));
            return u"removeLane"_s;
        }
        if (what <= 2) {
            push(new MoveLaneCommand(&m_doc, randomLaneId(),
                                     pick(0, static_cast<int>(lanes.size()) - 1)));
            return u"moveLane"_s;
        }
        Lane l = *m_doc.blueprint().lane(randomLaneId());
        if (what == 3)
            l.title = u"Renamed lane %1"_s.arg(pick(0, 99));
        else
            l.height = pick(40, 400);
        push(new ChangeLaneCommand(&m_doc, l, u"Lane"_s));
        return u"changeLane"_s;
    }

    QString poolEdit()
    {
        const auto &pools = m_doc.blueprint().pools();
        const int what = pools.empty() ? 0 : pick(0, 2);
        if (what == 0) {
            Pool p;
            p.id = freshId("pool");
            p.title = u"Pool %1"_s.arg(m_counter);
            p.servers = Servers::of(pick(1, 9));
            push(new AddPoolCommand(&m_doc, p));
            // Let some steps use it.
            push(makeStepEdit(
                &m_doc, randomStepIds(2), [&](Step &s) { s.pool = p.id; }, u"Use pool"_s));
            return u"addPool"_s;
        }
        const ElementId id
            = pools[static_cast<size_t>(pick(0, static_cast<int>(pools.size()) - 1))].id;
        if (what == 1) {
            push(new RemovePoolCommand(&m_doc, id));
            return u"removePool"_s;
        }
        Pool p = *m_doc.blueprint().pool(id);
        p.servers = pick(0, 3) == 0 ? Servers::unlimited() : Servers::of(pick(1, 9));
        push(new ChangePoolCommand(&m_doc, p));
        return u"changePool"_s;
    }

    QString documentEdit()
    {
        if (pick(0, 1)) {
            std::optional<Demand> d;
            if (pick(0, 3) != 0) {
                d.emplace();
                d->arrivalRate = pick(1, 600) / 10.0;
                d->per = static_cast<RateUnit>(pick(0, 3));
                d->arrivalScv = pick(0, 20) / 10.0;
                if (pick(0, 1))
                    d->journeyTolerance = pick(1, 300);
            }
            push(new ChangeDemandCommand(&m_doc, d));
            return u"demand"_s;
        }
        Meta m = m_doc.blueprint().meta;
        m.title = u"Title %1 漢字"_s.arg(pick(0, 999));
        if (pick(0, 3) == 0)
            m.timeUnit = static_cast<TimeUnit>(pick(0, 2));
        push(new ChangeMetaCommand(&m_doc, m, u"Properties"_s));
        return u"meta"_s;
    }

    QString paste()
    {
        const QVector<ElementId> ids = randomStepIds(4);
        if (ids.isEmpty())
            return addStep();
        const Fragment fragment = copyFragment(m_doc.blueprint(), ids);
        ElementSnapshot pasted = prepareForPaste(fragment, m_doc, QPointF(40, 0));
        if (!pasted.empty())
            push(new AddElementsCommand(&m_doc, std::move(pasted), u"Paste"_s));
        return u"paste"_s;
    }

    /// Undo a few steps and go on from there (drops the redo branch, as a user would).
    QString undoSome()
    {
        QUndoStack *stack = m_doc.undoStack();
        const int n = std::min(stack->index(), pick(1, 3));
        for (int i = 0; i < n; ++i)
            stack->undo();
        return u"undo%1"_s.arg(n);
    }

    Document &m_doc;
    std::mt19937_64 m_rng;
    int m_counter = 0;
};

Blueprint bankSample()
{
    const ReadResult r = readNativeFile(QStringLiteral(BLUEPRINT_SOURCE_DIR)
                                        + u"/resources/examples/bank-loan.blueprint"_s);
    return r.ok() ? *r.blueprint : Blueprint();
}

/// Runs @p operations random edits from @p seed; checks undo-all and redo-all byte equality.
void checkSequence(quint64 seed, int operations)
{
    Document doc(bankSample());
    QVERIFY(doc.blueprint().graph.stepCount() > 0);
    const QByteArray initial = writeNative(doc.blueprint());
    RandomEditor editor(doc, seed);
    QStringList log;
    for (int i = 0; i < operations; ++i) {
        log << editor.step();
        // Every 100 steps: save → load → save is byte-identical (reliability.md).
        if ((i + 1) % 100 == 0) {
            const QByteArray saved = writeNative(doc.blueprint());
            const ReadResult loaded = readNative(saved);
            QVERIFY2(loaded.ok(), qPrintable(u"seed %1, step %2"_s.arg(seed).arg(i)));
            QVERIFY2(writeNative(*loaded.blueprint) == saved,
                     qPrintable(u"seed %1, step %2"_s.arg(seed).arg(i)));
        }
    }
    const QByteArray final = writeNative(doc.blueprint());
    QUndoStack *stack = doc.undoStack();
    const QString context
        = u"seed %1, last ops: %2"_s.arg(seed).arg(log.mid(log.size() - 8).join(u' '));

    // The sequence may end with undone commands still on the redo side: remember where it
    // ended, undo everything, then redo to exactly there.
    const int end = stack->index();
    while (stack->canUndo())
        stack->undo();
    QVERIFY2(writeNative(doc.blueprint()) == initial, qPrintable(u"undo-all: "_s + context));
    QVERIFY2(!doc.isModified(), qPrintable(context));
    while (stack->index() < end)
        stack->redo();
    QVERIFY2(writeNative(doc.blueprint()) == final, qPrintable(u"redo: "_s + context));
    // Redo what is left and come back: the same bytes again.
    while (stack->canRedo())
        stack->redo();
    while (stack->index() > end)
        stack->undo();
    QVERIFY2(writeNative(doc.blueprint()) == final, qPrintable(u"redo-all and back: "_s + context));

    // What was written must read back as the same model (nothing the commands built is
    // unsaveable).
    const ReadResult back = readNative(final);
    QVERIFY2(back.ok(), qPrintable(context));
    QVERIFY2(writeNative(*back.blueprint) == final, qPrintable(u"re-read: "_s + context));
}

} // namespace

class TestUndoProperty : public QObject
{
    Q_OBJECT

private slots:
    void shortSequences_data();
    void shortSequences();
    void longSequences_data();
    void longSequences();
};

void TestUndoProperty::shortSequences_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 seed = 1; seed <= 200; ++seed)
        QTest::addRow("seed %llu", static_cast<unsigned long long>(seed)) << seed;
}

void TestUndoProperty::shortSequences()
{
    QFETCH(quint64, seed);
    checkSequence(seed, 50);
}

void TestUndoProperty::longSequences_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1001") << quint64(1001);
    QTest::newRow("seed 1002") << quint64(1002);
}

void TestUndoProperty::longSequences()
{
    QFETCH(quint64, seed);
    checkSequence(seed, 10000);
}

QTEST_GUILESS_MAIN(TestUndoProperty)
#include "tst_undoproperty.moc"
