#include "cli.h"

#include "commands.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace bp::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::Cli)
};

QString usage()
{
    return Tr::tr("Usage: blueprint COMMAND [options] [FILE...]\n"
                  "\n"
                  "Commands:\n"
                  "  validate FILE...           check files; print errors and warnings\n"
                  "  analyze FILE [--format text|json] [--wait-model MODEL]\n"
                  "          [--fail-on error|warning|never]\n"
                  "                             utilisation, waits, bottlenecks, fail points\n"
                  "  simulate FILE [--customers N] [--replications R] [--seed S]\n"
                  "           [--format text|json]\n"
                  "                             discrete-event simulation; means with 95% CIs\n"
                  "  generate --steps N [--seed S] [-o OUT]\n"
                  "                             write a synthetic blueprint of N steps\n"
                  "  convert IN OUT             between .blueprint and BPMN 2.0 (.bpmn); a .csv\n"
                  "                             step list (docs/csv.md) starts a blueprint\n"
                  "  export FILE -o OUT.{svg,png,pdf,csv} [--overlay] [--scale K] [--dpi D]\n"
                  "           [--transparent] [--no-headers] [--page a4|a3|fit] [--landscape]\n"
                  "                             the diagram, or the steps or findings as CSV\n"
                  "  report FILE -o OUT.{html,pdf}\n"
                  "                             review report: figures, findings, steps, FMEA\n"
                  "\n"
                  "Options of every command: --help, --version.\n"
                  "Run 'blueprint COMMAND --help' for the options of a command.\n"
                  "Exit status: 0 success, 1 problems found (--fail-on), 2 bad usage or a file\n"
                  "that cannot be read or written.\n");
}
} // namespace

void installTranslator(QCoreApplication &app)
{
    i18n::install(app);
}

int run(const QStringList &arguments, QTextStream *out, QTextStream *err)
{
    QTextStream stdOut(stdout);
    QTextStream stdErr(stderr);
    Streams io { out ? *out : stdOut, err ? *err : stdErr };

    const QString command = arguments.value(1);
    if (command.isEmpty()) {
        io.err << usage();
        return UsageOrFileError;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        io.out << usage();
        return Success;
    }
    if (command == u"--version" || command == u"-v") {
        io.out << QStringLiteral("blueprint %1\n").arg(QCoreApplication::applicationVersion());
        return Success;
    }
    const QStringList rest = arguments.mid(1);
    if (command == u"validate")
        return validateCommand(rest, io);
    if (command == u"analyze")
        return analyzeCommand(rest, io);
    if (command == u"simulate")
        return simulateCommand(rest, io);
    if (command == u"generate")
        return generateCommand(rest, io);
    if (command == u"convert")
        return convertCommand(rest, io);
    if (command == u"export")
        return exportCommand(rest, io);
    if (command == u"report")
        return reportCommand(rest, io);
    io.err << Tr::tr("blueprint: unknown command '%1'").arg(command) << '\n' << usage();
    return UsageOrFileError;
}

} // namespace bp::cli
