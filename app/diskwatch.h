#pragma once

#include "io/fingerprint.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

/// @file diskwatch.h
/// Noticing that the file of a document changed on disk (reliability.md): the fingerprint taken
/// at load and save, compared when a QFileSystemWatcher reports the file or its folder, when the
/// window is activated, and before every save.

namespace bp {

class DiskWatch : public QObject
{
    Q_OBJECT

public:
    explicit DiskWatch(QObject *parent = nullptr);

    /// Watches @p path, whose contents were @p fingerprint when we last read or wrote it.
    void setFile(const QString &path, const FileFingerprint &fingerprint);
    /// Stops watching (untitled documents).
    void clear();
    QString path() const { return m_path; }
    const FileFingerprint &fingerprint() const { return m_fingerprint; }

    /// Compares the file with the fingerprint now (one read of the file). Emits
    /// changedOnDisk() when the result differs from the last one reported.
    DiskChange check();

signals:
    /// The file no longer matches the fingerprint (or matches it again: Unchanged).
    void changedOnDisk(bp::DiskChange change);

private:
    void rewatch();

    QFileSystemWatcher m_watcher;
    QTimer m_settle; ///< several notifications of one save make one check
    QString m_path;
    FileFingerprint m_fingerprint;
    DiskChange m_reported = DiskChange::Unchanged;
};

} // namespace bp
