#include "cli.h"
#include "commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace bp::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::Cli)
};
} // namespace

QCommandLineOption forceOption()
{
    return QCommandLineOption(QStringLiteral("force"),
                              Tr::tr("Overwrite the output file when it exists already."));
}

bool checkOutput(const QString &command, const QString &path, bool force, Streams &io)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    if (info.isDir()) {
        io.err << Tr::tr("blueprint %1: %2 is a folder; give a file name to write")
                      .arg(command, QDir::toNativeSeparators(path))
               << '\n';
        return false;
    }
    if (force)
        return true;
    io.err << Tr::tr("blueprint %1: %2 exists already; nothing was written (use --force to "
                     "overwrite it)")
                  .arg(command, QDir::toNativeSeparators(path))
           << '\n';
    return false;
}

} // namespace bp::cli
