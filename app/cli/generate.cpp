#include "cli.h"
#include "commands.h"

#include "generate/generator.h"
#include "io/atomicsave.h"
#include "io/nativewriter.h"
#include "model/limits.h"

#include <QCoreApplication>
#include <QFile>

namespace bp::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::Cli)
};
} // namespace

int generateCommand(const QStringList &arguments, Streams &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Writes a synthetic, valid blueprint of N steps over "
                                            "the five standard lanes, for benchmarks and tests. "
                                            "The same seed gives the same file."));
    const QCommandLineOption steps(QStringLiteral("steps"), Tr::tr("Number of steps (2 or more)."),
                                   QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Random seed (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
                                    Tr::tr("Output file ('-' or none: standard output)."),
                                    QStringLiteral("OUT"));
    parser.addOption(steps);
    parser.addOption(seed);
    parser.addOption(output);
    const QCommandLineOption force = forceOption();
    parser.addOption(force);
    const QString synopsis
        = Tr::tr("Usage: blueprint generate --steps N [--seed S] [-o OUT [--force]]");
    if (const int status = parseCommand(parser, arguments, io, synopsis); status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << Tr::tr("blueprint generate: unexpected argument '%1'")
                      .arg(parser.positionalArguments().constFirst())
               << '\n'
               << synopsis << '\n';
        return UsageOrFileError;
    }
    if (!parser.isSet(steps)) {
        io.err << Tr::tr("blueprint generate: --steps is required") << '\n' << synopsis << '\n';
        return UsageOrFileError;
    }
    bool ok = false;
    const qlonglong n = parser.value(steps).toLongLong(&ok);
    if (!ok || n < 2 || n > limits::maxSteps) {
        io.err << Tr::tr("blueprint generate: --steps must be a whole number from 2 to %1")
                      .arg(limits::maxSteps)
               << '\n';
        return UsageOrFileError;
    }
    const qulonglong s = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        io.err << Tr::tr("blueprint generate: --seed must be a whole number of 0 or more") << '\n';
        return UsageOrFileError;
    }
    const QString out = parser.value(output);
    if (!out.isEmpty() && out != u"-"
        && !checkOutput(QStringLiteral("generate"), out, parser.isSet(force), io))
        return UsageOrFileError;
    const QByteArray bytes = writeNative(generateBlueprint(int(n), s));
    if (out.isEmpty() || out == u"-") {
        io.out.flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(bytes) != bytes.size()) {
            io.err << Tr::tr("blueprint generate: cannot write to standard output") << '\n';
            return UsageOrFileError;
        }
        return Success;
    }
    const SaveResult saved = saveAtomically(out, bytes);
    if (!saved.ok) {
        io.err << QStringLiteral("blueprint generate: ") << saved.error << '\n';
        return UsageOrFileError;
    }
    io.err << Tr::tr("%1: %2 steps written").arg(out).arg(n) << '\n';
    return Success;
}

} // namespace bp::cli
