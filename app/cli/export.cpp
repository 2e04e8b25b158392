// `blueprint export`: the diagram as SVG, PNG or PDF with the editor's painters, or the steps or
// findings as CSV (spec/cli.md).

#include "cli.h"
#include "commands.h"

#include "export/csv.h"
#include "export/diagramexport.h"
#include "export/reviewdata.h"
#include "io/atomicsave.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

#include <cmath>

namespace bp::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::Cli)
};

bool parsePositive(const QString &text, double max, double *value)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(v) || v <= 0 || v > max)
        return false;
    *value = v;
    return true;
}
} // namespace

bool canPaint(Streams &io, const QString &command)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    io.err << Tr::tr("blueprint %1: painting needs a GUI application object (internal error)")
                  .arg(command)
           << '\n';
    return false;
}

int exportCommand(const QStringList &arguments, Streams &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Exports the diagram with the editor's painters: SVG (vectors, text as text), PNG "
               "or PDF (vectors, one fitted page or tiled A4/A3 pages with a title block), by the "
               "extension of OUT. A .csv OUT exports the steps with every attribute and the "
               "computed figures (or the findings with --findings)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Blueprint file."));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
                                    Tr::tr("File to write: .svg, .png, .pdf or .csv."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption overlay(QStringLiteral("overlay"),
                                     Tr::tr("Paint the analysis overlay (F and W marks, "
                                            "utilisation, bottleneck) and its legend."));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   Tr::tr("PNG: pixels per diagram unit (default 1)."),
                                   QStringLiteral("K"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 Tr::tr("PNG: resolution in dots per inch (96 = scale 1)."),
                                 QStringLiteral("D"));
    const QCommandLineOption transparent(QStringLiteral("transparent"),
                                         Tr::tr("PNG and SVG: no background around the lanes."));
    const QCommandLineOption noHeaders(QStringLiteral("no-headers"),
                                       Tr::tr("Leave out the lane header column."));
    const QCommandLineOption page(QStringLiteral("page"),
                                  Tr::tr("PDF: 'fit' (one page, default), or 'a4' or 'a3' (tiled "
                                         "pages with overlap and marks)."),
                                  QStringLiteral("a4|a3|fit"));
    const QCommandLineOption landscape(QStringLiteral("landscape"),
                                       Tr::tr("PDF: landscape A4/A3 pages."));
    const QCommandLineOption findings(QStringLiteral("findings"),
                                      Tr::tr("CSV: export the findings instead of the steps."));
    const QCommandLineOption force = forceOption();
    for (const QCommandLineOption &o :
         { output, overlay, scale, dpi, transparent, noHeaders, page, landscape, findings, force })
        parser.addOption(o);
    const QString synopsis
        = Tr::tr("Usage: blueprint export FILE -o OUT.{svg,png,pdf,csv} [--overlay] [--scale K] "
                 "[--dpi D] [--transparent] [--no-headers] [--page a4|a3|fit] [--landscape] "
                 "[--findings] [--force]");
    if (const int status = parseCommand(parser, arguments, io, synopsis); status >= 0)
        return status;
    auto usage = [&](const QString &message) {
        io.err << QStringLiteral("blueprint export: ") << message << '\n' << synopsis << '\n';
        return int(UsageOrFileError);
    };
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usage(Tr::tr("give one blueprint file"));
    if (!parser.isSet(output))
        return usage(Tr::tr("give the file to write with -o OUT"));
    const QString in = files.first();
    const QString out = parser.value(output);
    const bool csv = QFileInfo(out).suffix().compare(u"csv", Qt::CaseInsensitive) == 0;
    const std::optional<exporting::DiagramFormat> format = exporting::diagramFormatOf(out);
    if (!csv && !format)
        return usage(Tr::tr("cannot tell the format of %1 from its extension; use .svg, .png, "
                            ".pdf or .csv")
                         .arg(out));
    if (parser.isSet(findings) && !csv)
        return usage(Tr::tr("--findings goes with a .csv output"));

    exporting::ExportOptions options;
    options.overlay = parser.isSet(overlay);
    options.headers = !parser.isSet(noHeaders);
    options.transparent = parser.isSet(transparent);
    options.landscape = parser.isSet(landscape);
    options.fileName = in;
    if (parser.isSet(scale) && !parsePositive(parser.value(scale), 100, &options.scale))
        return usage(Tr::tr("--scale must be a number greater than 0 and at most 100"));
    if (parser.isSet(dpi)) {
        double d = 0;
        if (!parsePositive(parser.value(dpi), 9600, &d))
            return usage(Tr::tr("--dpi must be a number greater than 0 and at most 9600"));
        options.dpi = d;
    }
    if (parser.isSet(scale) && parser.isSet(dpi))
        return usage(Tr::tr("give --scale or --dpi, not both"));
    if (parser.isSet(page)) {
        const QString p = parser.value(page).toLower();
        if (p == u"a4")
            options.page = exporting::PageMode::A4;
        else if (p == u"a3")
            options.page = exporting::PageMode::A3;
        else if (p != u"fit")
            return usage(Tr::tr("--page must be a4, a3 or fit"));
    }

    if (!checkOutput(QStringLiteral("export"), out, parser.isSet(force), io))
        return UsageOrFileError;
    const std::optional<Blueprint> blueprint = loadBlueprint(in, io);
    if (!blueprint) {
        io.err << Tr::tr("blueprint export: %1 cannot be read; nothing was written").arg(in)
               << '\n';
        return UsageOrFileError;
    }
    QByteArray bytes;
    if (csv) {
        const exporting::ReviewData review = exporting::reviewAnalysis(*blueprint);
        bytes = parser.isSet(findings) ? exporting::findingsCsv(review)
                                       : exporting::stepsCsv(*blueprint, review);
    } else {
        if (!canPaint(io, QStringLiteral("export")))
            return UsageOrFileError;
        const OverlayData marks
            = options.overlay ? exporting::overlayData(*blueprint) : OverlayData();
        const exporting::DiagramPicture picture(*blueprint, options, marks);
        const exporting::ExportResult result = exporting::exportDiagram(picture, *format, options);
        if (!result.ok()) {
            io.err << QStringLiteral("blueprint export: %1: ").arg(out) << result.error << '\n';
            return UsageOrFileError;
        }
        bytes = result.bytes;
    }
    const SaveResult saved = saveAtomically(out, bytes);
    if (!saved.ok) {
        io.err << QStringLiteral("blueprint export: ") << saved.error << '\n';
        return UsageOrFileError;
    }
    io.err << Tr::tr("%1: written (%2 bytes)").arg(out).arg(bytes.size()) << '\n';
    return Success;
}

} // namespace bp::cli
