#include "lanecommands.h"

#include <QCoreApplication>

namespace bp {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::LaneCommands)
};
} // namespace

AddLaneCommand::AddLaneCommand(Document *document, int index, Lane lane, QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Add lane"), parent)
    , m_document(document)
    , m_index(index)
    , m_lane(std::move(lane))
{ }

void AddLaneCommand::redo()
{
    if (!m_document->insertLane(m_index, m_lane))
        setObsolete(true);
}

void AddLaneCommand::undo()
{
    m_document->removeLane(m_lane.id);
}

RemoveLaneCommand::RemoveLaneCommand(Document *document, ElementId laneId, QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Remove lane"), parent)
    , m_document(document)
    , m_laneId(std::move(laneId))
{ }

void RemoveLaneCommand::redo()
{
    const Blueprint &bp = m_document->blueprint();
    m_index = bp.laneIndex(m_laneId);
    if (m_index < 0) {
        setObsolete(true);
        return;
    }
    m_lane = *bp.lane(m_laneId);
    QVector<ElementId> steps;
    bp.graph.forEachStep([&](const Step &s) {
        if (s.lane == m_laneId)
            steps.append(s.id);
    });
    m_removed = m_document->removeElements(steps, {});
    m_document->removeLane(m_laneId);
}

void RemoveLaneCommand::undo()
{
    m_document->insertLane(m_index, m_lane);
    m_document->addElements(m_removed);
}

MoveLaneCommand::MoveLaneCommand(Document *document, ElementId laneId, int newIndex,
                                 QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Move lane"), parent)
    , m_document(document)
    , m_laneId(std::move(laneId))
    , m_from(document->blueprint().laneIndex(m_laneId))
    , m_to(std::clamp(newIndex, 0, int(document->blueprint().lanes().size()) - 1))
{
    setObsolete(m_from < 0 || m_from == m_to);
}

void MoveLaneCommand::redo()
{
    m_document->moveLane(m_laneId, m_to);
}

void MoveLaneCommand::undo()
{
    m_document->moveLane(m_laneId, m_from);
}

ChangeLaneCommand::ChangeLaneCommand(Document *document, Lane newValue, const QString &text,
                                     CommandId mergeId, quint64 gesture, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_after(std::move(newValue))
    , m_mergeId(mergeId)
    , m_gesture(gesture)
{
    const Lane *current = document->blueprint().lane(m_after.id);
    if (current)
        m_before = *current;
    setObsolete(!current || m_before == m_after);
}

void ChangeLaneCommand::redo()
{
    m_document->updateLane(m_after);
}

void ChangeLaneCommand::undo()
{
    m_document->updateLane(m_before);
}

bool ChangeLaneCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeLaneCommand *>(other);
    if (m_mergeId == CommandId::None || m_gesture == 0 || o->m_gesture != m_gesture
        || o->m_after.id != m_after.id)
        return false;
    m_after = o->m_after;
    setObsolete(m_before == m_after);
    return true;
}

} // namespace bp
