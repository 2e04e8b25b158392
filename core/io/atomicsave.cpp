#include "atomicsave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace bp {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::AtomicSave)
};

thread_local SaveFault::Hook t_hook;

SaveFault::Action ask(SaveFault::Stage stage, qint64 written = 0, qint64 chunk = 0)
{
    return t_hook ? t_hook(stage, written, chunk) : SaveFault::Action::Proceed;
}

// The rename of QSaveFile::commit() is durable only once the folder itself is on disk.
void syncFolder(const QString &path)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

constexpr qint64 chunkSize = 64 * 1024;
} // namespace

void SaveFault::setHook(Hook hook)
{
    t_hook = std::move(hook);
}

SaveResult saveAtomically(const QString &path, const QByteArray &bytes)
{
    const QString name = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    // Never fall back to writing the target in place: that is what loses files.
    file.setDirectWriteFallback(false);
    if (ask(SaveFault::Stage::Open) != SaveFault::Action::Proceed
        || !file.open(QIODevice::WriteOnly)) {
        return { false,
                 Tr::tr("Cannot save %1: %2")
                     .arg(name,
                          file.errorString().isEmpty() ? Tr::tr("cannot create the file")
                                                       : file.errorString()) };
    }
    qint64 written = 0;
    while (written < bytes.size()) {
        qint64 chunk = std::min(chunkSize, bytes.size() - written);
        const SaveFault::Action action = ask(SaveFault::Stage::Write, written, chunk);
        if (action == SaveFault::Action::Fail) {
            file.cancelWriting();
            return { false, Tr::tr("Cannot save %1: writing failed").arg(name) };
        }
        if (action == SaveFault::Action::ShortWrite)
            chunk /= 2;
        const qint64 n = file.write(bytes.constData() + written, chunk);
        if (n < 0) {
            const QString why = file.errorString();
            file.cancelWriting();
            return { false, Tr::tr("Cannot save %1: %2").arg(name, why) };
        }
        written += n;
        if (n != chunk || action == SaveFault::Action::ShortWrite) {
            // A short count with no error: the disk is full or a size limit was hit.
            file.cancelWriting();
            return { false,
                     Tr::tr("Cannot save %1: the disk is full or the file is too large "
                            "(%2 of %3 bytes written)")
                         .arg(name)
                         .arg(written)
                         .arg(bytes.size()) };
        }
    }
    if (ask(SaveFault::Stage::Commit) != SaveFault::Action::Proceed) {
        file.cancelWriting();
        return { false, Tr::tr("Cannot save %1: the file could not be replaced").arg(name) };
    }
    if (!file.commit()) {
        return { false, Tr::tr("Cannot save %1: %2").arg(name, file.errorString()) };
    }
    syncFolder(path);
    return { true, {} };
}

} // namespace bp
