#include "cli.h"
#include "commands.h"

#include "io/nativereader.h"
#include "model/diagnostic.h"

#include <QCoreApplication>

namespace bp::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::Cli)
};
} // namespace

int validateCommand(const QStringList &arguments, Streams &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Loads each file and prints its errors and warnings "
                                            "as file:line:column: severity: message."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Blueprint files to check."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption maxSize(QStringLiteral("max-file-size"),
                                     Tr::tr("Maximum file size to read, in MB (default 50)."),
                                     QStringLiteral("MB"));
    parser.addOption(maxSize);
    const QString synopsis = Tr::tr("Usage: blueprint validate [--max-file-size MB] FILE...");
    if (const int status = parseCommand(parser, arguments, io, synopsis); status >= 0)
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        io.err << Tr::tr("blueprint validate: no file given") << '\n' << synopsis << '\n';
        return UsageOrFileError;
    }
    ReadOptions options;
    if (!parseMaxFileSize(parser, maxSize, QStringLiteral("validate"), options, io))
        return UsageOrFileError;

    bool anyError = false;
    for (const QString &file : files) {
        const ReadResult result = readNativeFile(file, options);
        int errors = 0;
        int warnings = 0;
        for (const Diagnostic &d : result.diagnostics) {
            errors += d.severity == Diagnostic::Severity::Error;
            warnings += d.severity == Diagnostic::Severity::Warning;
            io.out << formatDiagnostic(file, d) << '\n';
        }
        if (result.suppressed > 0)
            io.out
                << Tr::tr("%1: %n more message(s) not shown", nullptr, result.suppressed).arg(file)
                << '\n';
        if (result.ok()) {
            const Blueprint &bp = *result.blueprint;
            io.out << Tr::tr("%1: valid: %2 steps, %3 flows, %4 lanes, %5 warning(s)")
                          .arg(file)
                          .arg(bp.graph.stepCount())
                          .arg(bp.graph.flowCount())
                          .arg(bp.lanes().size())
                          .arg(warnings)
                   << '\n';
        } else {
            anyError = true;
            io.out << Tr::tr("%1: not valid: %2 error(s)").arg(file).arg(errors) << '\n';
        }
    }
    io.out.flush();
    return anyError ? UsageOrFileError : Success;
}

} // namespace bp::cli
