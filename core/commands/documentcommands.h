#pragma once

#include "commandids.h"
#include "document/document.h"

#include <QUndoCommand>

/// @file documentcommands.h
/// Pools, demand, analysis settings and document properties.

namespace bp {

/// Adds a pool at the end of the pool list.
class AddPoolCommand : public QUndoCommand
{
public:
    AddPoolCommand(Document *document, Pool pool, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Pool m_pool;
};

/// Removes a pool; the steps that used it keep their own servers (the pool reference is
/// cleared), and undo restores the reference.
class RemovePoolCommand : public QUndoCommand
{
public:
    RemovePoolCommand(Document *document, ElementId poolId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    ElementId m_poolId;
    Pool m_pool;
    int m_index = -1;
    std::vector<Step> m_users; ///< steps that used the pool, as they were
};

/// Changes a pool's title or servers.
class ChangePoolCommand : public QUndoCommand
{
public:
    ChangePoolCommand(Document *document, Pool newValue, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Pool m_before;
    Pool m_after;
};

/// Sets or clears the demand. The changes of one gesture (a non-zero @p gesture from
/// newGestureId(), e.g. holding an arrow key on a field) merge into one undo step
/// (CommandId::EditDemand); gesture 0 never merges.
class ChangeDemandCommand : public QUndoCommand
{
public:
    ChangeDemandCommand(Document *document, std::optional<Demand> demand, quint64 gesture = 0,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return int(m_gesture ? CommandId::EditDemand : CommandId::None); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    std::optional<Demand> m_before;
    std::optional<Demand> m_after;
    quint64 m_gesture;
};

/// Changes the document's analysis settings (thresholds, wait model), saved with the file. A
/// command that changes nothing is obsolete and leaves no undo entry.
class ChangeAnalysisSettingsCommand : public QUndoCommand
{
public:
    ChangeAnalysisSettingsCommand(Document *document, AnalysisSettings settings,
                                  QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    AnalysisSettings m_before;
    AnalysisSettings m_after;
};

/// Changes the title, time unit or description of the blueprint.
class ChangeMetaCommand : public QUndoCommand
{
public:
    ChangeMetaCommand(Document *document, Meta meta, const QString &text,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Meta m_before;
    Meta m_after;
};

} // namespace bp
