// blueprint-studio [FILE]: the editor.

#include "documentio.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "windowmanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace {

struct Main
{
    Q_DECLARE_TR_FUNCTIONS(bp::Main)
};

bool wantsHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "-h") || !std::strcmp(a, "--help") || !std::strcmp(a, "--help-all")
            || !std::strcmp(a, "-?") || !std::strcmp(a, "-v") || !std::strcmp(a, "--version"))
            return true;
    }
    return false;
}

bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    const auto set = [](const char *name) {
        const char *value = std::getenv(name);
        return value && *value;
    };
    return set("DISPLAY") || set("WAYLAND_DISPLAY") || set("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Blueprint Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("Blueprint Studio"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(BLUEPRINT_VERSION));
}

// Parses the command line (printing help or the version and exiting when asked) and returns the
// files to open (each in its own window), or nothing when the command line is wrong.
std::optional<QStringList> parseArguments(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Blueprint Studio: service blueprint editor."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"), Main::tr("Blueprint files to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);
    return parser.positionalArguments();
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsHelpOrVersion(argc, argv)) {
        // No window needed, so no display either.
        QCoreApplication app(argc, argv);
        setNames();
        QCoreApplication::setApplicationName(QStringLiteral("blueprint-studio"));
        bp::i18n::install(app);
        return parseArguments(app) ? 0 : 2; // prints help or the version and exits
    }
    if (!hasDisplay()) {
        // A QCoreApplication needs no display, and gives the message its translation.
        QCoreApplication app(argc, argv);
        bp::i18n::install(app);
        const QString message
            = QCoreApplication::translate("bp::Main",
                                          "blueprint-studio: no display found (neither DISPLAY "
                                          "nor WAYLAND_DISPLAY is set).\nRun it under a virtual "
                                          "display: xvfb-run -a %1 FILE\n")
                  .arg(QString::fromLocal8Bit(argv[0]));
        std::fputs(message.toLocal8Bit().constData(), stderr);
        return 2;
    }

    QApplication app(argc, argv);
    setNames();
    bp::i18n::install(app);
    const std::optional<QStringList> files = parseArguments(app);
    if (!files)
        return 2;

    bp::WindowManager *manager = bp::WindowManager::instance();
    bp::MainWindow *first = manager->createWindow();
    // The first file replaces the new blueprint; the others open windows of their own. On errors:
    // a message box, and the new blueprint stays.
    for (const QString &file : *files)
        manager->openFile(file, first);
    return app.exec();
}
