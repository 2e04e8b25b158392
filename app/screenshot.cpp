// blueprint-screenshot FILE OUT.png [WIDTH HEIGHT]: the real main window on FILE, as a PNG, for
// the documentation. Runs under a virtual display (xvfb-run -a) or the offscreen platform.

#include "analysis/analysiscontroller.h"
#include "analysis/analysisui.h"
#include "canvas/diagramview.h"
#include "i18n/translations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>

#include <cstdio>
#include <cstdlib>

namespace {

void settle(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3 && argc != 5) {
        std::fprintf(stderr, "usage: blueprint-screenshot FILE OUT.png [WIDTH HEIGHT]\n");
        return 2;
    }
    const char *display = std::getenv("DISPLAY");
    const char *wayland = std::getenv("WAYLAND_DISPLAY");
    if ((!display || !*display) && (!wayland || !*wayland) && !std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Blueprint Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("Blueprint Studio"));
    bp::i18n::install(app); // screenshots in the system language, as the editor shows it
    const QStringList args = QCoreApplication::arguments();
    int width = 1600, height = 900;
    if (args.size() == 5) {
        bool okW = false, okH = false;
        width = args[3].toInt(&okW);
        height = args[4].toInt(&okH);
        if (!okW || !okH || width < 200 || height < 150 || width > 10000 || height > 10000) {
            std::fprintf(stderr, "blueprint-screenshot: bad size %s x %s\n", qPrintable(args[3]),
                         qPrintable(args[4]));
            return 2;
        }
    }

    bp::MainWindow window;
    QStringList errors;
    if (!window.loadFile(args[1], &errors)) {
        for (const QString &e : std::as_const(errors))
            std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    window.resize(width, height);
    window.show();
    settle(300);
    // The analysis runs on a worker thread after a short delay: wait for its findings and
    // overlay (at most 20 s).
    const bp::AnalysisController *analysis = window.analysis()->controller();
    QElapsedTimer waited;
    waited.start();
    while ((analysis->isBusy() || !analysis->result()) && waited.elapsed() < 20000)
        settle(50);
    // Show the properties of a step, as a user would see them while editing.
    window.selectAndCentre({ QStringLiteral("interview") });
    window.view()->fitToWindow();
    settle(200);
    if (!window.grab().save(args[2], "PNG")) {
        std::fprintf(stderr, "blueprint-screenshot: cannot write %s\n", qPrintable(args[2]));
        return 1;
    }
    return 0;
}
