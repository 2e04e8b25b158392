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

bool parseMaxFileSize(const QCommandLineParser &parser, const QCommandLineOption &option,
                      const QString &command, ReadOptions &options, Streams &io)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const double mb = parser.value(option).toDouble(&ok);
    if (!ok || mb <= 0 || mb > 4096) {
        io.err << Tr::tr("blueprint %1: --max-file-size must be a number of MB greater than 0 "
                         "and at most 4096")
                      .arg(command)
               << '\n';
        return false;
    }
    options.maxFileBytes = std::int64_t(mb * 1e6);
    return true;
}

} // namespace bp::cli
