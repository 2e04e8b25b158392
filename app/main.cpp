// blueprint-studio [FILE]: the editor.

#include "commands/documentcommands.h"
#include "document/document.h"
#include "documentio.h"
#include "i18n/translations.h"
#include "io/atomicsave.h"
#include "io/nativewriter.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "recovery/autosaver.h"
#include "recovery/recoverystore.h"
#include "windowmanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTimer>
#include <QUndoStack>

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

/// The language of Edit → Preferences (the system's unless the user chose one).
void installLanguage(QCoreApplication &app)
{
    bp::i18n::install(app, bp::i18n::localeForSetting(bp::Preferences::load().language));
}

// What the command line asks for.
struct Arguments
{
    QStringList files; ///< to open, each in its own window
    // Test hooks (hidden from --help; tests/tst_recovery.cpp, scripts/recovery-test.sh):
    int testEdits = 0; ///< --test-edits N: N undoable title edits, 20 ms apart, after loading
    int testAutosaveMs = 0; ///< --test-autosave-ms MS: autosave MS after the last edit
    QString testRecoverTo; ///< --test-recover-to DIR: write what recovery finds to DIR, quit
};

// Parses the command line (printing help or the version and exiting when asked), or nothing when
// the command line is wrong.
std::optional<Arguments> parseArguments(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Blueprint Studio: service blueprint editor."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"), Main::tr("Blueprint files to open."),
                                 QStringLiteral("[FILE...]"));
    QCommandLineOption edits(QStringLiteral("test-edits"), QString(), QStringLiteral("N"));
    QCommandLineOption autosaveMs(QStringLiteral("test-autosave-ms"), QString(),
                                  QStringLiteral("MS"));
    QCommandLineOption recoverTo(QStringLiteral("test-recover-to"), QString(),
                                 QStringLiteral("DIR"));
    for (QCommandLineOption *o : { &edits, &autosaveMs, &recoverTo }) {
        o->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*o);
    }
    parser.process(app);
    Arguments args;
    args.files = parser.positionalArguments();
    args.testEdits = parser.value(edits).toInt();
    args.testAutosaveMs = parser.value(autosaveMs).toInt();
    args.testRecoverTo = parser.value(recoverTo);
    return args;
}

// Test hook: writes each document that recovery would offer (read by the same code as Restore)
// to DIR/<n>.blueprint, with DIR/<n>.txt holding its original path; leaves the autosaves.
int recoverTo(const QString &dir)
{
    bp::RecoveryStore *store = bp::RecoveryStore::instance();
    const QList<bp::RecoveryEntry> entries = store->claimOrphans();
    int n = 0;
    for (const bp::RecoveryEntry &entry : entries) {
        QString error;
        const std::optional<bp::Blueprint> blueprint = bp::RecoveryStore::read(entry, &error);
        ++n;
        const QString base = QDir(dir).filePath(QString::number(n));
        if (!blueprint) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        if (!bp::saveAtomically(base + QStringLiteral(".blueprint"), bp::writeNative(*blueprint)).ok
            || !bp::saveAtomically(base + QStringLiteral(".txt"), entry.originalPath.toUtf8()).ok)
            return 1;
    }
    std::printf("recovered %d\n", n);
    store->releaseClaims();
    return 0;
}

// Test hook: N undoable edits of the title, one every 20 ms.
void scriptEdits(bp::MainWindow *window, int count)
{
    auto *timer = new QTimer(window);
    auto *done = new int(0);
    QObject::connect(timer, &QTimer::timeout, window, [window, timer, done, count] {
        bp::Document *doc = window->document();
        bp::Meta meta = doc->blueprint().meta;
        meta.title = QStringLiteral("Scripted edit %1").arg(++*done);
        doc->undoStack()->push(new bp::ChangeMetaCommand(doc, meta, QStringLiteral("Edit")));
        if (*done >= count) {
            timer->stop();
            delete done;
            std::printf("edits done\n");
            std::fflush(stdout);
        }
    });
    timer->start(20);
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsHelpOrVersion(argc, argv)) {
        // No window needed, so no display either.
        QCoreApplication app(argc, argv);
        setNames();
        installLanguage(app);
        QCoreApplication::setApplicationName(QStringLiteral("blueprint-studio"));
        return parseArguments(app) ? 0 : 2; // prints help or the version and exits
    }
    if (!hasDisplay()) {
        // A QCoreApplication needs no display, and gives the message its translation.
        QCoreApplication app(argc, argv);
        setNames();
        installLanguage(app);
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
    installLanguage(app);
    const std::optional<Arguments> args = parseArguments(app);
    if (!args)
        return 2;
    bp::Preferences::load().apply();
    if (args->testAutosaveMs > 0)
        bp::Autosaver::setDefaultIntervals(args->testAutosaveMs, 4 * args->testAutosaveMs);
    if (!args->testRecoverTo.isEmpty())
        return recoverTo(args->testRecoverTo);

    bp::WindowManager *manager = bp::WindowManager::instance();
    bp::MainWindow *first = manager->createWindow();
    // The first file replaces the new blueprint; the others open windows of their own. On errors:
    // a message box, and the new blueprint stays.
    for (const QString &file : args->files)
        manager->openFile(file, first);
    // Work autosaved by an instance that crashed or was killed.
    manager->offerRecovery(first);
    if (args->testEdits > 0)
        scriptEdits(first, args->testEdits);
    const int status = app.exec();
    bp::RecoveryStore::instance()->shutdown();
    return status;
}
