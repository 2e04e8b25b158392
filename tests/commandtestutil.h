#pragma once

// Helpers shared by the command suites (tst_commands, tst_commandmerging, tst_documentevents).

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

namespace bp::test {

using namespace Qt::StringLiterals;

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

inline const Step &stepOf(const Document &doc, const QString &id)
{
    static const Step none;
    const Step *s = doc.blueprint().graph.step(id);
    return s ? *s : none;
}

inline const Flow &flowOf(const Document &doc, const QString &id)
{
    static const Flow none;
    const Flow *f = doc.blueprint().graph.flow(id);
    return f ? *f : none;
}

inline QStringList sampleStepIds()
{
    return { u"start"_s, u"greet"_s, u"interview"_s, u"ticket"_s, u"check"_s, u"done"_s };
}

/// Steps of @p doc that are not in the sample blueprint, in creation order.
inline std::vector<const Step *> newSteps(const Document &doc)
{
    const Blueprint sample = sampleBlueprint();
    std::vector<const Step *> result;
    for (const Step *s : doc.blueprint().graph.steps()) {
        if (!sample.isIdTaken(s->id))
            result.push_back(s);
    }
    return result;
}

inline Step editedStep(const QString &id, const std::function<void(Step &)> &edit)
{
    Step s = *sampleBlueprint().graph.step(id);
    edit(s);
    return s;
}

inline Flow editedFlow(const QString &id, const std::function<void(Flow &)> &edit)
{
    Flow f = *sampleBlueprint().graph.flow(id);
    edit(f);
    return f;
}

/// Moves one step to @p pos as one event of a drag gesture.
inline void dragStep(Document &doc, const QString &id, QPointF pos, quint64 gesture)
{
    Step s = stepOf(doc, id);
    s.pos = pos;
    doc.undoStack()->push(
        new ChangeStepsCommand(&doc, { s }, u"Move"_s, CommandId::MoveSteps, gesture));
}

inline QStringList eventIds(const QVector<ElementId> &ids)
{
    return QStringList(ids.begin(), ids.end());
}

} // namespace bp::test

Q_DECLARE_METATYPE(bp::test::CommandCase)
Q_DECLARE_METATYPE(bp::test::Expect)
Q_DECLARE_METATYPE(bp::test::MaybeCommand)
