#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

/// @file fingerprint.h
/// Noticing that a file changed on disk behind the editor's back (reliability.md: "a file changed
/// on disk by another program is never silently overwritten").

namespace bp {

/// What a file looked like when we last read or wrote it: size, modification time and SHA-256 of
/// the contents. The hash decides; size and time only explain.
struct FileFingerprint
{
    bool exists = false;
    qint64 size = -1;
    QDateTime modified; ///< with the file system's sub-second precision
    QByteArray sha256; ///< raw 32 bytes; empty when the file could not be read

    /// The fingerprint of the file at @p path now (exists = false when it is missing or cannot
    /// be read).
    static FileFingerprint of(const QString &path);
    /// The fingerprint of bytes just written to a file (avoids reading them back).
    static FileFingerprint ofWritten(const QString &path, const QByteArray &bytes);

    friend bool operator==(const FileFingerprint &, const FileFingerprint &) = default;
};

/// How the file on disk relates to a fingerprint taken earlier.
enum class DiskChange {
    Unchanged, ///< same contents (a `touch` that only changed the time is not a change)
    Modified, ///< different contents: another size, or the same size with other bytes
    Deleted, ///< the file is gone (or unreadable)
    Created, ///< there was no file and now there is one
};

/// Compares the file at @p path with @p before. Always hashes when the file exists: a same-size
/// rewrite with its time restored must still be seen. Cost: one read of the file.
DiskChange diskChange(const QString &path, const FileFingerprint &before);

} // namespace bp
