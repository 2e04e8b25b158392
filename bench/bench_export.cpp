// Benchmark of the review exports (issue "Review exports").
//
// For a generated blueprint of N steps (default 10,000): the SVG export and the PDF export (one
// fitted page and tiled A4) with and without the overlay; then the BPMN import of the same
// blueprint written as BPMN, against bpmn-moddle's fromXML on the same file in the same run
// (tests/bpmn/node_modules, installed by scripts/setup.sh), and the ratio of the two.
//
// Usage: bench_export [--steps N] [--repeat K]

#include "export/diagramexport.h"
#include "export/reviewdata.h"
#include "generate/generator.h"
#include "io/bpmnreader.h"
#include "io/bpmnwriter.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

double medianMs(int repeat, const std::function<void()> &fn)
{
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        fn();
        const auto t1 = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows when redirected
    int steps = 10000;
    int repeat = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--steps")
            steps = args[i + 1].toInt();
        else if (args[i] == u"--repeat")
            repeat = std::max(1, args[i + 1].toInt());
    }
    using namespace bp;
    using namespace bp::exporting;
    const Blueprint b = generateBlueprint(steps, 42);
    std::printf("blueprint: %d steps, %zu flows; median of %d runs\n", steps, b.graph.flowCount(),
                repeat);

    OverlayData overlay;
    const double tOverlay = medianMs(repeat, [&] { overlay = overlayData(b); });
    std::printf("overlay data (analysis)      %9.1f ms\n", tOverlay);
    for (const bool withOverlay : { false, true }) {
        ExportOptions o;
        o.overlay = withOverlay;
        const DiagramPicture picture(b, o, overlay);
        qsizetype svgBytes = 0, pdfBytes = 0, tiledBytes = 0;
        const double tSvg
            = medianMs(repeat, [&] { svgBytes = exportSvg(picture, o).bytes.size(); });
        const double tPdf
            = medianMs(repeat, [&] { pdfBytes = exportPdf(picture, o).bytes.size(); });
        ExportOptions tiled = o;
        tiled.page = PageMode::A3;
        tiled.landscape = true;
        const DiagramPicture tiledPicture(b, tiled, overlay);
        const double tTiled
            = medianMs(1, [&] { tiledBytes = exportPdf(tiledPicture, tiled).bytes.size(); });
        const char *label = withOverlay ? "with overlay" : "plain";
        std::printf("SVG  %-13s %12.1f ms  %8.1f MB\n", label, tSvg, svgBytes / 1e6);
        std::printf("PDF  %-13s %12.1f ms  %8.1f MB (one page)\n", label, tPdf, pdfBytes / 1e6);
        std::printf("PDF  %-13s %12.1f ms  %8.1f MB (tiled A3, one run)\n", label, tTiled,
                    tiledBytes / 1e6);
    }

    // BPMN import against bpmn-moddle on the same file.
    QTemporaryDir dir;
    const QString bpmn = dir.filePath(QStringLiteral("bench.bpmn"));
    {
        QFile f(bpmn);
        if (!f.open(QIODevice::WriteOnly) || f.write(writeBpmn(b)) < 0)
            return 1;
    }
    std::printf("BPMN file: %.1f MB\n", QFile(bpmn).size() / 1e6);
    size_t read = 0;
    const double tOurs = medianMs(repeat, [&] {
        const ReadResult r = readBpmnFile(bpmn);
        read = r.blueprint ? r.blueprint->graph.stepCount() : 0;
    });
    std::printf("BPMN import (ours)           %9.1f ms  (%zu steps)\n", tOurs, read);
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString script = QStringLiteral(BLUEPRINT_SOURCE_DIR "/bench/bpmn_moddle_time.mjs");
    if (node.isEmpty()
        || !QFile::exists(
            QStringLiteral(BLUEPRINT_SOURCE_DIR "/tests/bpmn/node_modules/bpmn-moddle"))) {
        std::printf("bpmn-moddle: not run (node or tests/bpmn/node_modules missing)\n");
        return 0;
    }
    QProcess p;
    // Node resolves 'bpmn-moddle' from the script's folder upwards, so run a copy in tests/bpmn.
    const QString copy = QStringLiteral(BLUEPRINT_SOURCE_DIR "/tests/bpmn/.bench_time.mjs");
    QFile::remove(copy);
    QFile::copy(script, copy);
    p.start(node, { copy, bpmn, QString::number(repeat) });
    p.waitForFinished(600000);
    QFile::remove(copy);
    const double tModdle = p.readAllStandardOutput().trimmed().toDouble();
    std::printf("BPMN fromXML (bpmn-moddle)   %9.1f ms\n", tModdle);
    if (tModdle > 0)
        std::printf("ratio ours / bpmn-moddle     %9.2f\n", tOurs / tModdle);
    return 0;
}
