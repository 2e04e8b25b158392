// The headless command-line tool `blueprint` (spec/cli.md). Links blueprint_core only.

#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // Exports and reports paint text, which needs a GUI application; the CLI stays headless with
    // the offscreen platform unless the caller chose another one.
    const bool paints
        = argc > 1 && (qstrcmp(argv[1], "export") == 0 || qstrcmp(argv[1], "report") == 0);
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> instance(paints ? new QGuiApplication(argc, argv)
                                                      : new QCoreApplication(argc, argv));
    QCoreApplication &app = *instance;
    QCoreApplication::setApplicationName(QStringLiteral("blueprint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BLUEPRINT_VERSION));
    bp::cli::installTranslator(app);
    return bp::cli::run(QCoreApplication::arguments());
}
