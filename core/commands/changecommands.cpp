#include "changecommands.h"

#include <atomic>

namespace bp {

quint64 newGestureId()
{
    static std::atomic<quint64> next { 1 };
    return next++;
}

template<typename T>
ChangeElementsCommand<T>::ChangeElementsCommand(Document *document, std::vector<T> newValues,
                                                const QString &text, CommandId mergeId,
                                                quint64 gesture, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_mergeId(mergeId)
    , m_gesture(gesture)
{
    for (T &value : newValues) {
        const T *current = ElementAccess<T>::find(*document, value.id);
        if (!current)
            continue;
        value.order = current->order; // creation order is identity, not an attribute
        m_before.push_back(*current);
        m_after.push_back(std::move(value));
    }
    setObsolete(m_before == m_after);
}

template<typename T> void ChangeElementsCommand<T>::redo()
{
    if (!ElementAccess<T>::update(*m_document, m_after))
        setObsolete(true); // invalid input (e.g. a missing lane): leave no entry
}

template<typename T> void ChangeElementsCommand<T>::undo()
{
    ElementAccess<T>::update(*m_document, m_before);
}

template<typename T> bool ChangeElementsCommand<T>::mergeWith(const QUndoCommand *other)
{
    // Same id() means same merge id, and each merge id belongs to one element type.
    const auto *o = static_cast<const ChangeElementsCommand<T> *>(other);
    if (m_mergeId == CommandId::None || m_gesture == 0 || o->m_gesture != m_gesture
        || o->m_after.size() != m_after.size())
        return false;
    for (size_t i = 0; i < m_after.size(); ++i) {
        if (o->m_after[i].id != m_after[i].id)
            return false;
    }
    m_after = o->m_after;
    setObsolete(m_before == m_after); // a drag back to where it started leaves nothing
    return true;
}

template class ChangeElementsCommand<Step>;
template class ChangeElementsCommand<Flow>;

namespace {
template<typename T>
QUndoCommand *makeEdit(Document *document, const QVector<ElementId> &ids,
                       const std::function<void(T &)> &edit, const QString &text, CommandId mergeId,
                       quint64 gesture)
{
    std::vector<T> values;
    values.reserve(size_t(ids.size()));
    for (const ElementId &id : ids) {
        if (const T *current = ElementAccess<T>::find(*document, id)) {
            T copy = *current;
            edit(copy);
            values.push_back(std::move(copy));
        }
    }
    auto *cmd = new ChangeElementsCommand<T>(document, std::move(values), text,
                                             gesture ? mergeId : CommandId::None, gesture);
    if (cmd->isObsolete()) {
        delete cmd;
        return nullptr;
    }
    return cmd;
}
} // namespace

QUndoCommand *makeStepEdit(Document *document, const QVector<ElementId> &ids,
                           const std::function<void(Step &)> &edit, const QString &text,
                           quint64 gesture)
{
    return makeEdit<Step>(document, ids, edit, text, CommandId::EditSteps, gesture);
}

QUndoCommand *makeFlowEdit(Document *document, const QVector<ElementId> &ids,
                           const std::function<void(Flow &)> &edit, const QString &text,
                           quint64 gesture)
{
    return makeEdit<Flow>(document, ids, edit, text, CommandId::EditFlows, gesture);
}

} // namespace bp
