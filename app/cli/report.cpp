// `blueprint report`: the review report as self-contained HTML or as PDF (spec/cli.md).

#include "cli.h"
#include "commands.h"

#include "export/report.h"
#include "io/atomicsave.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace bp::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::Cli)
};
} // namespace

int reportCommand(const QStringList &arguments, Streams &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes a review report: the summary figures, the findings ranked by severity, "
               "the per-step table, the FMEA register, the line crossings and the diagram with "
               "its analysis overlay. HTML is one self-contained file; PDF is A4."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Blueprint file."));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
                                    Tr::tr("File to write: .html or .pdf."), QStringLiteral("OUT"));
    parser.addOption(output);
    const QCommandLineOption force = forceOption();
    parser.addOption(force);
    const QString synopsis = Tr::tr("Usage: blueprint report FILE -o OUT.{html,pdf} [--force]");
    if (const int status = parseCommand(parser, arguments, io, synopsis); status >= 0)
        return status;
    auto usage = [&](const QString &message) {
        io.err << QStringLiteral("blueprint report: ") << message << '\n' << synopsis << '\n';
        return int(UsageOrFileError);
    };
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usage(Tr::tr("give one blueprint file"));
    if (!parser.isSet(output))
        return usage(Tr::tr("give the file to write with -o OUT"));
    const QString in = files.first();
    const QString out = parser.value(output);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != u"html" && suffix != u"htm" && suffix != u"pdf")
        return usage(
            Tr::tr("cannot tell the format of %1 from its extension; use .html or .pdf").arg(out));
    if (!checkOutput(QStringLiteral("report"), out, parser.isSet(force), io))
        return UsageOrFileError;
    const std::optional<Blueprint> blueprint = loadBlueprint(in, io);
    if (!blueprint) {
        io.err << Tr::tr("blueprint report: %1 cannot be read; nothing was written").arg(in)
               << '\n';
        return UsageOrFileError;
    }
    if (!canPaint(io, QStringLiteral("report")))
        return UsageOrFileError;
    const exporting::ReviewData review = exporting::reviewAnalysis(*blueprint);
    exporting::ReportOptions options;
    options.fileName = in;
    QByteArray bytes;
    if (suffix == u"pdf") {
        const exporting::ExportResult result = exporting::reportPdf(*blueprint, review, options);
        if (!result.ok()) {
            io.err << QStringLiteral("blueprint report: %1: ").arg(out) << result.error << '\n';
            return UsageOrFileError;
        }
        bytes = result.bytes;
    } else {
        bytes = exporting::reportHtml(*blueprint, review, options);
    }
    const SaveResult saved = saveAtomically(out, bytes);
    if (!saved.ok) {
        io.err << QStringLiteral("blueprint report: ") << saved.error << '\n';
        return UsageOrFileError;
    }
    io.err << Tr::tr("%1: written (%2 bytes)").arg(out).arg(bytes.size()) << '\n';
    return Success;
}

} // namespace bp::cli
