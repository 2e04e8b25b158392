#include "elementcommands.h"

namespace bp {

AddElementsCommand::AddElementsCommand(Document *document, ElementSnapshot elements,
                                       const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_elements(std::move(elements))
{
    if (m_elements.empty())
        setObsolete(true);
    // Fix the creation order now, so that redo after undo puts the elements back in place.
    quint64 stepOrder = document->blueprint().graph.nextStepOrder();
    quint64 flowOrder = document->blueprint().graph.nextFlowOrder();
    for (Step &s : m_elements.steps)
        s.order = stepOrder++;
    for (Flow &f : m_elements.flows)
        f.order = flowOrder++;
}

void AddElementsCommand::redo()
{
    if (!m_document->addElements(m_elements))
        setObsolete(true); // invalid input: leave no entry in the history
}

void AddElementsCommand::undo()
{
    QVector<ElementId> steps;
    QVector<ElementId> flows;
    for (const Step &s : m_elements.steps)
        steps.append(s.id);
    for (const Flow &f : m_elements.flows)
        flows.append(f.id);
    m_document->removeElements(steps, flows);
}

RemoveElementsCommand::RemoveElementsCommand(Document *document, QVector<ElementId> stepIds,
                                             QVector<ElementId> flowIds, const QString &text,
                                             QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_stepIds(std::move(stepIds))
    , m_flowIds(std::move(flowIds))
{ }

void RemoveElementsCommand::redo()
{
    m_removed = m_document->removeElements(m_stepIds, m_flowIds);
    if (m_removed.empty())
        setObsolete(true);
}

void RemoveElementsCommand::undo()
{
    m_document->addElements(m_removed);
}

} // namespace bp
