#include "io/backup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace bp {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::Backup)
};

} // namespace

QString singleBackupPath(const QString &path)
{
    return path + QStringLiteral(".bak");
}

SaveResult backupBeforeSave(const QString &path, const BackupPolicy &policy, const QDateTime &now)
{
    if (policy.mode == BackupPolicy::Mode::Off || !QFileInfo::exists(path))
        return { true, {} };
    QFile current(path);
    if (!current.open(QIODevice::ReadOnly)) {
        return { false,
                 Tr::tr("Could not read %1 to keep a backup of it: %2")
                     .arg(QDir::toNativeSeparators(path), current.errorString()) };
    }
    const QByteArray bytes = current.readAll();
    current.close();

    if (policy.mode == BackupPolicy::Mode::Single)
        return saveAtomically(singleBackupPath(path), bytes);

    QDir folder(policy.folder);
    if (policy.folder.isEmpty() || !folder.mkpath(QStringLiteral("."))) {
        return { false,
                 Tr::tr("The backup folder %1 cannot be created.")
                     .arg(QDir::toNativeSeparators(policy.folder)) };
    }
    const QFileInfo info(path);
    const QString stem = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    const QString stamp = now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const SaveResult r = saveAtomically(folder.filePath(stem + u'-' + stamp + suffix), bytes);
    if (!r.ok || policy.keep <= 0)
        return r;
    // The stamp sorts by time; remove the oldest beyond `keep`.
    QStringList mine = folder.entryList(
        { stem + QStringLiteral("-\?\?\?\?\?\?\?\?-\?\?\?\?\?\?-\?\?\?") + suffix }, QDir::Files,
        QDir::Name);
    while (mine.size() > policy.keep)
        folder.remove(mine.takeFirst());
    return r;
}

} // namespace bp
