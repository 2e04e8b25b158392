#include "io/fingerprint.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace bp {

namespace {

/// SHA-256 of a file's contents, streamed; empty on a read error.
QByteArray hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result();
}

} // namespace

FileFingerprint FileFingerprint::of(const QString &path)
{
    FileFingerprint f;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return f;
    f.sha256 = hashFile(path);
    if (f.sha256.isEmpty())
        return f;
    f.exists = true;
    f.size = info.size();
    f.modified = info.lastModified();
    return f;
}

FileFingerprint FileFingerprint::ofWritten(const QString &path, const QByteArray &bytes)
{
    FileFingerprint f;
    const QFileInfo info(path);
    f.exists = info.exists();
    f.size = bytes.size();
    f.modified = info.lastModified();
    f.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return f;
}

DiskChange diskChange(const QString &path, const FileFingerprint &before)
{
    const FileFingerprint now = FileFingerprint::of(path);
    if (!now.exists)
        return before.exists ? DiskChange::Deleted : DiskChange::Unchanged;
    if (!before.exists)
        return DiskChange::Created;
    if (now.size != before.size || now.sha256 != before.sha256)
        return DiskChange::Modified;
    return DiskChange::Unchanged;
}

} // namespace bp
