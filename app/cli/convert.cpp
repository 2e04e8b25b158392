#include "cli.h"
#include "commands.h"

#include "export/csv.h"
#include "io/atomicsave.h"
#include "io/bpmnreader.h"
#include "io/bpmnwriter.h"
#include "io/nativereader.h"
#include "io/nativewriter.h"
#include "model/diagnostic.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

namespace bp::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::Cli)
};

enum class Format { Native, Bpmn, Csv };

std::optional<Format> formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"blueprint")
        return Format::Native;
    if (suffix == u"bpmn" || suffix == u"bpmn2")
        return Format::Bpmn;
    if (suffix == u"csv")
        return Format::Csv;
    return std::nullopt;
}
} // namespace

int convertCommand(const QStringList &arguments, Streams &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Converts between the blueprint format (.blueprint) and BPMN 2.0 (.bpmn), by the "
               "extensions of the two files; a step list from a spreadsheet (.csv, docs/csv.md) "
               "starts a blueprint, laid out automatically. Warnings, including what a BPMN file holds that is "
               "not imported, go to standard error as file:line:column: severity: message."));
    parser.addPositionalArgument(QStringLiteral("IN"),
                                 Tr::tr("File to read (.blueprint, .bpmn or .csv)."));
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 Tr::tr("File to write (.blueprint or .bpmn)."));
    const QCommandLineOption maxSize(QStringLiteral("max-file-size"),
                                     Tr::tr("Maximum file size to read, in MB (default 50)."),
                                     QStringLiteral("MB"));
    parser.addOption(maxSize);
    const QCommandLineOption force = forceOption();
    parser.addOption(force);
    const QString synopsis
        = Tr::tr("Usage: blueprint convert [--max-file-size MB] [--force] IN OUT");
    if (const int status = parseCommand(parser, arguments, io, synopsis); status >= 0)
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        io.err << Tr::tr("blueprint convert: give one file to read and one file to write") << '\n'
               << synopsis << '\n';
        return UsageOrFileError;
    }
    const QString in = files.at(0);
    const QString out = files.at(1);
    const std::optional<Format> inFormat = formatOf(in);
    const std::optional<Format> outFormat = formatOf(out);
    for (const auto &[file, format] :
         { std::pair { in, inFormat }, std::pair { out, outFormat } }) {
        if (!format) {
            io.err << Tr::tr("blueprint convert: cannot tell the format of %1 from its extension; "
                             "use .blueprint, .bpmn or .csv")
                          .arg(file)
                   << '\n';
            return UsageOrFileError;
        }
    }
    if (!checkOutput(QStringLiteral("convert"), out, parser.isSet(force), io))
        return UsageOrFileError;
    if (*outFormat == Format::Csv) {
        io.err << Tr::tr("blueprint convert: a step list (.csv) can be read, not written; use "
                         "'blueprint export FILE -o OUT.csv'")
               << '\n';
        return UsageOrFileError;
    }
    ReadOptions options;
    if (!parseMaxFileSize(parser, maxSize, QStringLiteral("convert"), options, io))
        return UsageOrFileError;

    ReadResult read;
    if (*inFormat == Format::Csv) {
        exporting::CsvImport imported = exporting::importStepsCsvFile(in);
        read.blueprint = std::move(imported.blueprint);
        read.diagnostics = std::move(imported.diagnostics);
    } else {
        read = *inFormat == Format::Bpmn ? readBpmnFile(in, options) : readNativeFile(in, options);
    }
    int warnings = 0;
    for (const Diagnostic &d : read.diagnostics) {
        warnings += d.severity == Diagnostic::Severity::Warning;
        io.err << formatDiagnostic(in, d) << '\n';
    }
    if (read.suppressed > 0)
        io.err << Tr::tr("%1: %n more message(s) not shown", nullptr, read.suppressed).arg(in)
               << '\n';
    if (!read.ok()) {
        io.err << Tr::tr("blueprint convert: %1 cannot be read; nothing was written").arg(in)
               << '\n';
        return UsageOrFileError;
    }
    const Blueprint &blueprint = *read.blueprint;
    const QByteArray bytes
        = *outFormat == Format::Bpmn ? writeBpmn(blueprint) : writeNative(blueprint);
    const SaveResult saved = saveAtomically(out, bytes);
    if (!saved.ok) {
        io.err << QStringLiteral("blueprint convert: ") << saved.error << '\n';
        return UsageOrFileError;
    }
    io.err << Tr::tr("%1: written from %2: %3 steps, %4 flows, %5 lanes; %n warning(s)", nullptr,
                     warnings)
                  .arg(out, in)
                  .arg(blueprint.graph.stepCount())
                  .arg(blueprint.graph.flowCount())
                  .arg(blueprint.lanes().size())
           << '\n';
    return Success;
}

} // namespace bp::cli
