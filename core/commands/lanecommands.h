#pragma once

#include "commandids.h"
#include "document/document.h"

#include <QUndoCommand>

/// @file lanecommands.h
/// Adding, removing, reordering, renaming and resizing lanes.

namespace bp {

/// Inserts a lane at an index (0 = top).
class AddLaneCommand : public QUndoCommand
{
public:
    AddLaneCommand(Document *document, int index, Lane lane, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    int m_index;
    Lane m_lane;
};

/// Removes a lane together with its steps and their flows; undo restores all with the same ids.
class RemoveLaneCommand : public QUndoCommand
{
public:
    RemoveLaneCommand(Document *document, ElementId laneId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    ElementId m_laneId;
    Lane m_lane;
    int m_index = -1;
    ElementSnapshot m_removed;
};

/// Moves a lane to another index; its steps move with it.
class MoveLaneCommand : public QUndoCommand
{
public:
    MoveLaneCommand(Document *document, ElementId laneId, int newIndex,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    ElementId m_laneId;
    int m_from;
    int m_to;
};

/// Changes a lane's title, kind or height. Resizes of one drag gesture merge
/// (CommandId::ResizeLane with the same gesture).
class ChangeLaneCommand : public QUndoCommand
{
public:
    ChangeLaneCommand(Document *document, Lane newValue, const QString &text,
                      CommandId mergeId = CommandId::None, quint64 gesture = 0,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return int(m_mergeId); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    Lane m_before;
    Lane m_after;
    CommandId m_mergeId;
    quint64 m_gesture;
};

} // namespace bp
