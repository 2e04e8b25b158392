#include "cli.h"
#include "commands.h"

#include <QCoreApplication>

namespace bp::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::Cli)
};
} // namespace

int parseCommand(QCommandLineParser &parser, const QStringList &arguments, Streams &io,
                 const QString &synopsis)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  Tr::tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), Tr::tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    QStringList args = arguments;
    args[0] = QStringLiteral("blueprint ") + args[0];
    if (!parser.parse(args)) {
        io.err << QStringLiteral("blueprint: ") << parser.errorText() << '\n' << synopsis << '\n';
        return UsageOrFileError;
    }
    if (parser.isSet(help)) {
        // helpText() starts with its own "Usage:" line built from the program name.
        io.out << synopsis << "\n\n" << parser.helpText().section(u'\n', 1);
        return Success;
    }
    if (parser.isSet(version)) {
        io.out << QStringLiteral("blueprint %1\n").arg(QCoreApplication::applicationVersion());
        return Success;
    }
    return -1;
}

} // namespace bp::cli
