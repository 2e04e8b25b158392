#pragma once

#include "document/document.h"

#include <QUndoCommand>

/// @file elementcommands.h
/// Adding and removing steps and flows (create, connect, paste, duplicate, delete).

namespace bp {

/// Adds steps and flows (new step, connect, paste, duplicate). Undo removes exactly them.
class AddElementsCommand : public QUndoCommand
{
public:
    AddElementsCommand(Document *document, ElementSnapshot elements, const QString &text,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    ElementSnapshot m_elements;
};

/// Removes steps (with every flow touching them) and flows. Takes a snapshot by value on the
/// first redo, and undo restores the same ids, data and creation order.
class RemoveElementsCommand : public QUndoCommand
{
public:
    RemoveElementsCommand(Document *document, QVector<ElementId> stepIds,
                          QVector<ElementId> flowIds, const QString &text,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    QVector<ElementId> m_stepIds;
    QVector<ElementId> m_flowIds;
    ElementSnapshot m_removed;
};

} // namespace bp
