#pragma once

#include "commandids.h"
#include "document/document.h"

#include <QUndoCommand>

#include <functional>

/// @file changecommands.h
/// Changing existing steps and flows: attributes, moves, renames, reconnecting.

namespace bp {

/// How a ChangeElementsCommand finds and stores one kind of element.
template<typename T> struct ElementAccess;

template<> struct ElementAccess<Step>
{
    static const Step *find(const Document &d, const ElementId &id)
    {
        return d.blueprint().graph.step(id);
    }
    static bool update(Document &d, const std::vector<Step> &v) { return d.updateSteps(v); }
};

template<> struct ElementAccess<Flow>
{
    static const Flow *find(const Document &d, const ElementId &id)
    {
        return d.blueprint().graph.flow(id);
    }
    static bool update(Document &d, const std::vector<Flow> &v) { return d.updateFlows(v); }
};

/// Replaces the data of one or many steps or flows (any attribute, a move, a rename, new ends
/// of a flow). Undo and redo are the same swap. A change that changes nothing marks itself
/// obsolete and leaves no entry.
///
/// The changes of one gesture merge: give every command of the gesture the same @p gesture (from
/// newGestureId()) and a merge id such as CommandId::MoveSteps (a drag) or CommandId::EditSteps
/// (holding an arrow key on a number field), and the whole gesture is one undo step as long as
/// its commands follow each other on the stack and change the same elements; a gesture back to
/// where it began leaves nothing. Gesture 0 never merges.
template<typename T> class ChangeElementsCommand : public QUndoCommand
{
public:
    ChangeElementsCommand(Document *document, std::vector<T> newValues, const QString &text,
                          CommandId mergeId = CommandId::None, quint64 gesture = 0,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return int(m_mergeId); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    std::vector<T> m_before;
    std::vector<T> m_after;
    CommandId m_mergeId;
    quint64 m_gesture;
};

using ChangeStepsCommand = ChangeElementsCommand<Step>;
using ChangeFlowsCommand = ChangeElementsCommand<Flow>;
extern template class ChangeElementsCommand<Step>;
extern template class ChangeElementsCommand<Flow>;

/// Builds a ChangeStepsCommand that applies @p edit to each of @p ids (e.g. set the time of all
/// selected steps). Ids that do not exist are skipped. Returns nullptr when nothing would change.
/// A non-zero @p gesture merges the edit with the previous one of the same gesture
/// (CommandId::EditSteps).
QUndoCommand *makeStepEdit(Document *document, const QVector<ElementId> &ids,
                           const std::function<void(Step &)> &edit, const QString &text,
                           quint64 gesture = 0);

/// Same for flows (CommandId::EditFlows).
QUndoCommand *makeFlowEdit(Document *document, const QVector<ElementId> &ids,
                           const std::function<void(Flow &)> &edit, const QString &text,
                           quint64 gesture = 0);

/// A new number for a gesture (a drag, the steps of a number field), for merging its changes
/// into one undo step.
quint64 newGestureId();

} // namespace bp
