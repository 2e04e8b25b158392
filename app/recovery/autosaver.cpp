#include "autosaver.h"

#include "document/document.h"
#include "recoverystore.h"

#include <QUndoStack>

#include <algorithm>

namespace bp {

namespace {
int s_idleMs = Autosaver::defaultIdleMs;
int s_maxMs = Autosaver::defaultMaxMs;
} // namespace

void Autosaver::setDefaultIntervals(int idleMs, int maxMs)
{
    s_idleMs = idleMs;
    s_maxMs = maxMs;
}

int Autosaver::defaultIdle()
{
    return s_idleMs;
}

Autosaver::Autosaver(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_key(RecoveryStore::instance()->newKey())
{
    m_idle.setSingleShot(true);
    m_max.setSingleShot(true);
    setIntervals(s_idleMs, s_maxMs);
    connect(&m_idle, &QTimer::timeout, this, &Autosaver::autosaveNow);
    connect(&m_max, &QTimer::timeout, this, &Autosaver::autosaveNow);
    // Undo and redo change the model as much as a new edit does.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::edited);
    connect(RecoveryStore::instance(), &RecoveryStore::written, this,
            [this](const QString &key, bool ok, const QString &error) {
                if (key != m_key)
                    return;
                m_written += ok ? 1 : 0;
                emit autosaved(ok, error);
            });
}

void Autosaver::setIntervals(int idleMs, int maxMs)
{
    m_enabled = idleMs > 0;
    m_idle.setInterval(std::max(idleMs, 1));
    m_max.setInterval(std::max(maxMs > 0 ? maxMs : idleMs, 1));
    if (!m_enabled) {
        m_idle.stop();
        m_max.stop();
    }
}

void Autosaver::edited()
{
    if (!m_enabled || !m_document->isModified())
        return;
    m_idle.start(); // restarts: a few seconds after the last edit
    if (!m_max.isActive())
        m_max.start(); // not restarted: at most this long after the first unsaved edit
}

void Autosaver::autosaveNow()
{
    m_idle.stop();
    m_max.stop();
    if (!m_document->isModified())
        return;
    AutosaveSnapshot snapshot;
    snapshot.key = m_key;
    snapshot.blueprint = m_document->blueprint(); // a copy, on the GUI thread
    snapshot.originalPath = m_document->fileName();
    snapshot.title = m_document->blueprint().meta.title;
    RecoveryStore::instance()->write(std::move(snapshot));
}

void Autosaver::discard()
{
    m_idle.stop();
    m_max.stop();
    RecoveryStore::instance()->remove(m_key);
}

} // namespace bp
