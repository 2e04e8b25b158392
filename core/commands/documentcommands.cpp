#include "documentcommands.h"

#include <QCoreApplication>

namespace bp {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::DocumentCommands)
};
} // namespace

AddPoolCommand::AddPoolCommand(Document *document, Pool pool, QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Add pool"), parent)
    , m_document(document)
    , m_pool(std::move(pool))
{ }

void AddPoolCommand::redo()
{
    if (!m_document->insertPool(int(m_document->blueprint().pools().size()), m_pool))
        setObsolete(true);
}

void AddPoolCommand::undo()
{
    m_document->removePool(m_pool.id);
}

RemovePoolCommand::RemovePoolCommand(Document *document, ElementId poolId, QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Remove pool"), parent)
    , m_document(document)
    , m_poolId(std::move(poolId))
{ }

void RemovePoolCommand::redo()
{
    const Blueprint &bp = m_document->blueprint();
    m_index = bp.poolIndex(m_poolId);
    if (m_index < 0) {
        setObsolete(true);
        return;
    }
    m_pool = *bp.pool(m_poolId);
    m_users.clear();
    std::vector<Step> cleared;
    for (const Step *s : bp.graph.steps()) {
        if (s->pool == m_poolId) {
            m_users.push_back(*s);
            Step copy = *s;
            copy.pool.clear();
            if (!copy.servers)
                copy.servers = m_pool.servers; // keep the capacity the step had
            cleared.push_back(std::move(copy));
        }
    }
    if (!cleared.empty())
        m_document->updateSteps(cleared);
    m_document->removePool(m_poolId);
}

void RemovePoolCommand::undo()
{
    m_document->insertPool(m_index, m_pool);
    if (!m_users.empty())
        m_document->updateSteps(m_users);
}

ChangePoolCommand::ChangePoolCommand(Document *document, Pool newValue, QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Change pool"), parent)
    , m_document(document)
    , m_after(std::move(newValue))
{
    const Pool *current = document->blueprint().pool(m_after.id);
    if (current)
        m_before = *current;
    setObsolete(!current || m_before == m_after);
}

void ChangePoolCommand::redo()
{
    m_document->updatePool(m_after);
}

void ChangePoolCommand::undo()
{
    m_document->updatePool(m_before);
}

ChangeDemandCommand::ChangeDemandCommand(Document *document, std::optional<Demand> demand,
                                         quint64 gesture, QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Change demand"), parent)
    , m_document(document)
    , m_before(document->blueprint().demand)
    , m_after(std::move(demand))
    , m_gesture(gesture)
{
    setObsolete(m_before == m_after);
}

bool ChangeDemandCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeDemandCommand *>(other); // same id(): same class
    if (m_gesture == 0 || o->m_gesture != m_gesture)
        return false;
    m_after = o->m_after;
    setObsolete(m_before == m_after); // back where the gesture began: no entry
    return true;
}

void ChangeDemandCommand::redo()
{
    m_document->setDemand(m_after);
}

void ChangeDemandCommand::undo()
{
    m_document->setDemand(m_before);
}

ChangeAnalysisSettingsCommand::ChangeAnalysisSettingsCommand(Document *document,
                                                             AnalysisSettings settings,
                                                             QUndoCommand *parent)
    : QUndoCommand(Tr::tr("Change analysis settings"), parent)
    , m_document(document)
    , m_before(document->blueprint().analysisSettings)
    , m_after(std::move(settings))
{
    setObsolete(m_before == m_after);
}

void ChangeAnalysisSettingsCommand::redo()
{
    m_document->setAnalysisSettings(m_after);
}

void ChangeAnalysisSettingsCommand::undo()
{
    m_document->setAnalysisSettings(m_before);
}

ChangeMetaCommand::ChangeMetaCommand(Document *document, Meta meta, const QString &text,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(document->blueprint().meta)
    , m_after(std::move(meta))
{
    setObsolete(m_before == m_after);
}

void ChangeMetaCommand::redo()
{
    m_document->setMeta(m_after);
}

void ChangeMetaCommand::undo()
{
    m_document->setMeta(m_before);
}

} // namespace bp
