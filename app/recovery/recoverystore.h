#pragma once

#include "io/atomicsave.h"
#include "model/blueprint.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;
class QThreadPool;

/// @file recoverystore.h
/// Autosave files and crash recovery (reliability.md: "a crash loses at most a few seconds of
/// work"). No widgets here: the dialog and the windows use this, and so do the tests.
///
/// Layout: `<root>/<instance-id>/` per running editor, locked by `<instance-id>/lock`
/// (QLockFile: a live instance's folder is never touched by another one; the folder of a dead
/// process is taken over through QLockFile's pid check). Each modified document has
/// `<key>.blueprint` (the model, written atomically) and `<key>.json` (original path, title,
/// time), the sidecar written after the model.

namespace bp {

/// One autosaved document found in a recovery folder.
struct RecoveryEntry
{
    QString folder; ///< the instance folder it lies in
    QString key; ///< file base name inside the folder
    QString originalPath; ///< the document's file, empty for an untitled one
    QString title; ///< the blueprint's title when it was autosaved
    QDateTime saved; ///< when it was autosaved
    QString dataPath() const;
    QString sidecarPath() const;
};

/// What one autosave writes: a copy of the model taken on the GUI thread.
struct AutosaveSnapshot
{
    QString key;
    Blueprint blueprint;
    QString originalPath;
    QString title;
};

/// The recovery folder of this instance, its lock, and the single worker thread that writes
/// autosaves in order. One per application (instance()).
class RecoveryStore : public QObject
{
    Q_OBJECT

public:
    /// The store of this application, created on first use (a child of the application).
    static RecoveryStore *instance();

    /// `QStandardPaths::AppDataLocation/recovery` unless setRoot() chose another one.
    QString root() const;
    /// For tests: the folder that holds the instance folders. Call before anything is written.
    void setRoot(const QString &root);

    /// This instance's folder, created and locked on first use; empty when it cannot be made.
    QString folder();
    /// A fresh key for a document of this instance.
    QString newKey();

    /// Queues a write of @p snapshot (writeNative + saveAtomically on the worker thread).
    /// Writes and removals run one at a time, in the order they were queued.
    void write(AutosaveSnapshot snapshot);
    /// Queues the removal of @p key's files (after an explicit save or discard).
    void remove(const QString &key);
    /// Blocks until every queued write and removal is done.
    void waitForWrites();
    /// Writes @p snapshot now, on this thread (restoring moves data into this instance).
    SaveResult writeNow(const AutosaveSnapshot &snapshot);

    /// Waits for the writes, removes this instance's folder when it holds no autosave, and
    /// releases the lock. Called when the application quits normally.
    void shutdown();

    // ---- recovery of other instances ----

    /// The documents in folders under root() whose lock no live process holds (the folders of
    /// crashed or killed instances). Their folders are locked by this instance from here on,
    /// until release() or discard; this instance's own folder is never listed.
    QList<RecoveryEntry> claimOrphans();
    /// Reads the autosaved model of @p entry; errors go to @p error.
    static std::optional<Blueprint> read(const RecoveryEntry &entry, QString *error = nullptr);
    /// Deletes the files of @p entry, and its folder when it is left empty.
    void discard(const RecoveryEntry &entry);
    /// Releases the folders claimed by claimOrphans() that still hold entries (kept for the
    /// next start).
    void releaseClaims();

    /// Synchronous write of the files of @p snapshot into @p folder; what the worker runs.
    static SaveResult writeFiles(const QString &folder, const AutosaveSnapshot &snapshot);
    /// The entries of one folder (sidecars that parse and name an existing model file).
    static QList<RecoveryEntry> entriesIn(const QString &folder);

signals:
    /// A queued write of @p key finished (on the GUI thread).
    void written(const QString &key, bool ok, const QString &error);

private:
    explicit RecoveryStore(QObject *parent);
    ~RecoveryStore() override;
    void removeFolderIfEmpty(const QString &folder, QLockFile *lock);

    QString m_root;
    QString m_folder;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QThreadPool> m_pool;
    std::vector<std::pair<QString, std::unique_ptr<QLockFile>>> m_claims;
    int m_nextKey = 1;
};

} // namespace bp
