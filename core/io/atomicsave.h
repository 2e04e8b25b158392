#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

/// @file atomicsave.h
/// Saving a whole file so that the disk holds the complete old or the complete new version.

namespace bp {

/// Outcome of a save.
struct SaveResult
{
    bool ok = false;
    QString error; ///< translated, names the file; empty when ok
};

/// Writes @p bytes to @p path atomically: a temporary file in the same folder (QSaveFile),
/// every write checked for a short count (a full disk gives a short count with no error, and
/// QSaveFile would still commit a truncated file: reliability.md), the temporary file cancelled on
/// any failure, the rename checked, and the folder fsynced after the rename. On failure the
/// original file is untouched.
SaveResult saveAtomically(const QString &path, const QByteArray &bytes);

/// A fault-injection seam for tests (issue: never lose a blueprint). The hook is asked at each
/// stage; returning a value other than Proceed makes that stage fail as it would on a real disk.
struct SaveFault
{
    enum class Stage { Open, Write, Commit };
    enum class Action { Proceed, Fail, ShortWrite };
    /// For Stage::Write: bytes already written and the size of the write about to happen.
    using Hook = std::function<Action(Stage stage, qint64 written, qint64 chunk)>;
    /// Installs a hook for this thread's saves (nullptr removes it).
    static void setHook(Hook hook);
};

} // namespace bp
