#include "changecommands.h"

#include <atomic>

namespace bp {

quint64 newGestureId()
{
    static std::atomic<quint64> next { 1 };
    return next++;
}

ChangeStepsCommand::ChangeStepsCommand(Document *document, std::vector<Step> newValues,
                                       const QString &text, CommandId mergeId, quint64 gesture,
                                       QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_mergeId(mergeId)
    , m_gesture(gesture)
{
    for (Step &s : newValues) {
        const Step *current = document->blueprint().graph.step(s.id);
        if (!current)
            continue;
        s.order = current->order; // creation order is identity, not an attribute
        m_before.push_back(*current);
        m_after.push_back(std::move(s));
    }
    updateObsolete();
}

void ChangeStepsCommand::updateObsolete()
{
    setObsolete(m_before == m_after);
}

void ChangeStepsCommand::redo()
{
    if (!m_document->updateSteps(m_after))
        setObsolete(true);
}

void ChangeStepsCommand::undo()
{
    m_document->updateSteps(m_before);
}

bool ChangeStepsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeStepsCommand *>(other);
    if (m_mergeId == CommandId::None || m_gesture == 0 || o->m_gesture != m_gesture
        || o->m_after.size() != m_after.size())
        return false;
    for (size_t i = 0; i < m_after.size(); ++i) {
        if (o->m_after[i].id != m_after[i].id)
            return false;
    }
    m_after = o->m_after;
    updateObsolete(); // a drag back to where it started leaves nothing
    return true;
}

ChangeFlowsCommand::ChangeFlowsCommand(Document *document, std::vector<Flow> newValues,
                                       const QString &text, CommandId mergeId, quint64 gesture,
                                       QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_mergeId(mergeId)
    , m_gesture(gesture)
{
    for (Flow &f : newValues) {
        const Flow *current = document->blueprint().graph.flow(f.id);
        if (!current)
            continue;
        f.order = current->order;
        m_before.push_back(*current);
        m_after.push_back(std::move(f));
    }
    setObsolete(m_before == m_after);
}

void ChangeFlowsCommand::redo()
{
    if (!m_document->updateFlows(m_after))
        setObsolete(true);
}

void ChangeFlowsCommand::undo()
{
    m_document->updateFlows(m_before);
}

bool ChangeFlowsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeFlowsCommand *>(other);
    if (m_mergeId == CommandId::None || m_gesture == 0 || o->m_gesture != m_gesture
        || o->m_after.size() != m_after.size())
        return false;
    for (size_t i = 0; i < m_after.size(); ++i) {
        if (o->m_after[i].id != m_after[i].id)
            return false;
    }
    m_after = o->m_after;
    setObsolete(m_before == m_after);
    return true;
}

QUndoCommand *makeStepEdit(Document *document, const QVector<ElementId> &ids,
                           const std::function<void(Step &)> &edit, const QString &text)
{
    std::vector<Step> values;
    values.reserve(size_t(ids.size()));
    for (const ElementId &id : ids) {
        if (const Step *s = document->blueprint().graph.step(id)) {
            Step copy = *s;
            edit(copy);
            values.push_back(std::move(copy));
        }
    }
    auto *cmd = new ChangeStepsCommand(document, std::move(values), text);
    if (cmd->isObsolete()) {
        delete cmd;
        return nullptr;
    }
    return cmd;
}

QUndoCommand *makeFlowEdit(Document *document, const QVector<ElementId> &ids,
                           const std::function<void(Flow &)> &edit, const QString &text)
{
    std::vector<Flow> values;
    values.reserve(size_t(ids.size()));
    for (const ElementId &id : ids) {
        if (const Flow *f = document->blueprint().graph.flow(id)) {
            Flow copy = *f;
            edit(copy);
            values.push_back(std::move(copy));
        }
    }
    auto *cmd = new ChangeFlowsCommand(document, std::move(values), text);
    if (cmd->isObsolete()) {
        delete cmd;
        return nullptr;
    }
    return cmd;
}

} // namespace bp
