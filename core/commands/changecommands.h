#pragma once

#include "commandids.h"
#include "document/document.h"

#include <QUndoCommand>

#include <functional>

/// @file changecommands.h
/// Changing existing steps and flows: attributes, moves, renames, reconnecting.

namespace bp {

/// Replaces the data of one or many steps (any attribute, a move, a rename). Undo and redo are
/// the same swap. A change that changes nothing marks itself obsolete and leaves no entry.
///
/// Moves of one drag gesture merge: give every command of the gesture the same @p gesture and
/// CommandId::MoveSteps, and the whole drag is one undo step. Gesture 0 never merges.
class ChangeStepsCommand : public QUndoCommand
{
public:
    ChangeStepsCommand(Document *document, std::vector<Step> newValues, const QString &text,
                       CommandId mergeId = CommandId::None, quint64 gesture = 0,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return int(m_mergeId); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void updateObsolete();

    Document *m_document;
    std::vector<Step> m_before;
    std::vector<Step> m_after;
    CommandId m_mergeId;
    quint64 m_gesture;
};

/// Replaces the data of one or many flows: kind, probability, label, bend points, or its ends
/// (reconnect). Same swap and no-op rules as ChangeStepsCommand.
class ChangeFlowsCommand : public QUndoCommand
{
public:
    ChangeFlowsCommand(Document *document, std::vector<Flow> newValues, const QString &text,
                       CommandId mergeId = CommandId::None, quint64 gesture = 0,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return int(m_mergeId); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    std::vector<Flow> m_before;
    std::vector<Flow> m_after;
    CommandId m_mergeId;
    quint64 m_gesture;
};

/// Builds a ChangeStepsCommand that applies @p edit to each of @p ids (e.g. set the time of all
/// selected steps). Ids that do not exist are skipped. Returns nullptr when nothing would change.
QUndoCommand *makeStepEdit(Document *document, const QVector<ElementId> &ids,
                           const std::function<void(Step &)> &edit, const QString &text);

/// Same for flows.
QUndoCommand *makeFlowEdit(Document *document, const QVector<ElementId> &ids,
                           const std::function<void(Flow &)> &edit, const QString &text);

/// A new number for a drag gesture, for merging its moves into one undo step.
quint64 newGestureId();

} // namespace bp
