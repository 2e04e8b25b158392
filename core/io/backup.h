#pragma once

#include "io/atomicsave.h"

#include <QDateTime>
#include <QString>

/// @file backup.h
/// Keeping the previous version of a file when it is saved over (reliability.md, issue "Never
/// lose a blueprint": "the previous version kept on save — off / one backup / a folder").

namespace bp {

/// Where the previous version goes.
struct BackupPolicy
{
    enum class Mode {
        Off, ///< no backup
        Single, ///< one backup beside the file: `loan.blueprint` → `loan.blueprint.bak`
        Folder, ///< every version, time-stamped, in a folder of the user's choice
    };
    Mode mode = Mode::Single;
    QString folder; ///< for Mode::Folder
    int keep = 20; ///< for Mode::Folder: newest backups kept per file (0 = all)
};

/// The path of the single backup of @p path.
QString singleBackupPath(const QString &path);

/// Copies the current contents of @p path to its backup, as @p policy says, before the caller
/// saves over it. Does nothing (and succeeds) when the policy is Off or there is no file yet.
/// The backup is written atomically too; a failed backup is reported and the caller should not
/// save over the original without asking. In Folder mode, older backups beyond `keep` are
/// removed. @p now names folder backups (tests pass a fixed time).
SaveResult backupBeforeSave(const QString &path, const BackupPolicy &policy,
                            const QDateTime &now = QDateTime::currentDateTime());

} // namespace bp
