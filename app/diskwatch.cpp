#include "diskwatch.h"

#include <QFileInfo>

namespace bp {

DiskWatch::DiskWatch(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        rewatch();
        check();
    });
    // An atomic replace (rename over the file) drops the watch on the file: the folder's
    // notification brings it back (rewatch()).
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
}

void DiskWatch::setFile(const QString &path, const FileFingerprint &fingerprint)
{
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    m_path = path;
    m_fingerprint = fingerprint;
    m_reported = DiskChange::Unchanged;
    rewatch();
}

void DiskWatch::clear()
{
    setFile({}, {});
}

void DiskWatch::rewatch()
{
    if (m_path.isEmpty())
        return;
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(folder) && QFileInfo::exists(folder))
        m_watcher.addPath(folder);
    if (!m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

DiskChange DiskWatch::check()
{
    if (m_path.isEmpty())
        return DiskChange::Unchanged;
    const DiskChange change = diskChange(m_path, m_fingerprint);
    if (change != m_reported) {
        m_reported = change;
        emit changedOnDisk(change);
    }
    return change;
}

} // namespace bp
