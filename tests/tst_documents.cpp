// Documents and windows: new from a template, open/save/reopen byte-identical, one window per
// document (reuse of an untouched window, an open file activates its window), drop a file,
// recent files, the Window menu, quitting with several modified windows, settings restored.

#include "canvas/diagramview.h"
#include "commands/documentcommands.h"
#include "docks/findingsdock.h"
#include "docks/propertiesdock.h"
#include "document/document.h"
#include "documentio.h"
#include "guitestutil.h"
#include "io/nativereader.h"
#include "io/nativewriter.h"
#include "mainwindow.h"
#include "windowmanager.h"

#include <QDockWidget>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QUndoStack>

using namespace bp;
using namespace bp::test;

namespace {
const QString bankSample = samplePath("bank-loan.blueprint");
const QString hotelSample = samplePath("hotel-checkin.blueprint");

WindowManager *manager()
{
    return WindowManager::instance();
}

QMenu *menuNamed(QWidget *w, const char *name)
{
    return w->findChild<QMenu *>(QLatin1String(name));
}

/// The actions a menu shows (after its aboutToShow).
QList<QAction *> shownActions(QMenu *menu)
{
    emit menu->aboutToShow();
    return menu->actions();
}

QAction *actionWithText(QMenu *menu, const QString &part)
{
    const QList<QAction *> actions = shownActions(menu);
    for (QAction *a : actions) {
        if (a->text().contains(part))
            return a;
    }
    return nullptr;
}

void modify(MainWindow *w)
{
    Document *doc = w->document();
    Meta meta = doc->blueprint().meta;
    meta.title += QStringLiteral(" (edited)");
    doc->undoStack()->push(new ChangeMetaCommand(doc, meta, QStringLiteral("Edit")));
}

void dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    data.setUrls(urls);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}
} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_settings = isolateSettings(); }
    void cleanup();
    void templatesAreTheSamples();
    void newFromTemplateIntoUntouchedWindow();
    void newFromTemplateOpensAnotherWindowWhenTouched();
    void newWindowOnlyWhenTouched();
    void saveUnchangedSampleIsByteIdentical();
    void openAlreadyOpenFileActivatesItsWindow();
    void dropFileOpensIt();
    void openBpmnImportsUntitled();
    void titleShowsFileAndModifiedMark();
    void recentFiles();
    void recentFileMissingIsRemovedWithMessage();
    void windowMenuListsWindows();
    void quitAsksForEachModifiedWindow();
    void settingsRestored();

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

void TestDocuments::cleanup()
{
    // Close every window a test left open, without prompts.
    const QList<MainWindow *> windows = manager()->windows();
    for (MainWindow *w : windows) {
        w->document()->undoStack()->setClean();
        w->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestDocuments::templatesAreTheSamples()
{
    const QList<TemplateInfo> templates = availableTemplates();
    QStringList titles;
    for (const TemplateInfo &t : templates)
        titles << t.title;
    QCOMPARE(
        titles,
        QStringList({ QStringLiteral("Airline customer-service centre"),
                      QStringLiteral("Dinner at a casual restaurant"),
                      QStringLiteral("Hospital outpatient visit"), QStringLiteral("Hotel check-in"),
                      QStringLiteral("IT service-desk incident"),
                      QStringLiteral("Online retail order"),
                      QStringLiteral("Online return and refund"),
                      QStringLiteral("Personal loan at a branch") }));
}

void TestDocuments::newFromTemplateIntoUntouchedWindow()
{
    MainWindow *w = manager()->createWindow();
    QVERIFY(w->isUntouched());
    const int windows = int(manager()->windows().size());
    QAction *bank = actionWithText(menuNamed(w, "menuTemplates"),
                                   QStringLiteral("Personal loan at a branch"));
    QVERIFY(bank);
    bank->trigger();
    QCOMPARE(int(manager()->windows().size()), windows);
    const Document *doc = w->document();
    QCOMPARE(int(doc->blueprint().graph.stepCount()), 18);
    QVERIFY(doc->fileName().isEmpty());
    QVERIFY(!doc->isModified());
    QVERIFY(!w->isUntouched());
    QVERIFY(w->windowTitle().startsWith(QStringLiteral("Untitled")));
    // The template is the sample, byte for byte.
    QCOMPARE(writeNative(doc->blueprint()), readAll(bankSample));
}

void TestDocuments::newFromTemplateOpensAnotherWindowWhenTouched()
{
    MainWindow *w = manager()->createWindow();
    QVERIFY(w->loadFile(bankSample));
    const int windows = int(manager()->windows().size());
    actionWithText(menuNamed(w, "menuTemplates"), QStringLiteral("Hotel check-in"))->trigger();
    QCOMPARE(int(manager()->windows().size()), windows + 1);
    MainWindow *created = manager()->windows().last();
    QVERIFY(created != w);
    QCOMPARE(created->document()->blueprint().meta.title, QStringLiteral("Hotel check-in"));
    QCOMPARE(w->document()->blueprint().meta.title, QStringLiteral("Personal loan at a branch"));
}

void TestDocuments::newWindowOnlyWhenTouched()
{
    MainWindow *w = manager()->createWindow();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    const int windows = int(manager()->windows().size());
    const QKeySequence newBlank(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    QTest::keySequence(w, newBlank); // already a new blueprint
    QCOMPARE(int(manager()->windows().size()), windows);
    modify(w);
    QTest::keySequence(w, newBlank);
    QCOMPARE(int(manager()->windows().size()), windows + 1);
    MainWindow *created = manager()->windows().last();
    QCOMPARE(int(created->document()->blueprint().lanes().size()), 5);
    QVERIFY(created->isUntouched());
}

void TestDocuments::saveUnchangedSampleIsByteIdentical()
{
    QTemporaryDir dir;
    const QString path = copyOf(dir, bankSample);
    QFile(path).setFileTime(QDateTime(QDate(2020, 1, 1), QTime(0, 0)),
                            QFileDevice::FileModificationTime);
    const QByteArray original = readAll(path);
    MainWindow *w = manager()->openFile(path, nullptr);
    QVERIFY(w);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTest::keySequence(w, QKeySequence(QKeySequence::Save));
    QVERIFY(QFileInfo(path).lastModified().date().year() > 2020); // really written
    QCOMPARE(readAll(path), original);
    // Edit, save, reopen in a fresh window: the same model.
    modify(w);
    QTest::keySequence(w, QKeySequence(QKeySequence::Save));
    QVERIFY(!w->isWindowModified());
    const Blueprint saved = w->document()->blueprint();
    w->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    MainWindow *again = manager()->openFile(path, nullptr);
    QVERIFY(again);
    QVERIFY(again->document()->blueprint() == saved);
    QCOMPARE(readAll(path), writeNative(saved));
}

void TestDocuments::openAlreadyOpenFileActivatesItsWindow()
{
    QTemporaryDir dir;
    const QString path = copyOf(dir, bankSample);
    MainWindow *first = manager()->openFile(path, nullptr);
    QVERIFY(first);
    MainWindow *other = manager()->openFile(copyOf(dir, hotelSample), nullptr);
    QVERIFY(other && other != first);
    const int windows = int(manager()->windows().size());
    // Through another spelling of the same path.
    const QString sameFile = dir.path() + QStringLiteral("/./bank-loan.blueprint");
    QCOMPARE(manager()->openFile(sameFile, other), first);
    QCOMPARE(int(manager()->windows().size()), windows);
    QTRY_COMPARE(QApplication::activeWindow(), first);
}

void TestDocuments::openBpmnImportsUntitled()
{
    // Open imports a BPMN 2.0 model as a new, untitled blueprint: Save must not write our
    // format over the .bpmn file.
    const QString model = QStringLiteral(BLUEPRINT_SHARED_DIR "/corpus/bpmn-miwg/A.4.0.bpmn");
    MainWindow *w = manager()->createWindow();
    QStringList errors;
    QVERIFY2(w->loadFile(model, &errors), qPrintable(errors.join(u'\n')));
    QVERIFY(w->document()->fileName().isEmpty());
    QVERIFY(w->document()->blueprint().graph.stepCount() > 5);
    QVERIFY(!w->document()->blueprint().meta.title.isEmpty());
    QVERIFY(manager()->recentFiles().contains(QFileInfo(model).absoluteFilePath()));
    // A dropped .bpmn file is accepted too.
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(model) });
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(w, &enter);
    QVERIFY(enter.isAccepted());
    QVERIFY(w->findChild<QAction *>(QStringLiteral("actionExportBpmn")));
}

void TestDocuments::dropFileOpensIt()
{
    QTemporaryDir dir;
    const QString bank = copyOf(dir, bankSample);
    const QString hotel = copyOf(dir, hotelSample);
    MainWindow *w = manager()->createWindow();
    const int windows = int(manager()->windows().size());
    dropFiles(w, { bank }); // an untouched window takes it
    QCOMPARE(int(manager()->windows().size()), windows);
    QCOMPARE(w->document()->fileName(), QFileInfo(bank).absoluteFilePath());
    dropFiles(w, { hotel }); // now a window of its own
    QCOMPARE(int(manager()->windows().size()), windows + 1);
    QCOMPARE(manager()->windows().last()->document()->fileName(),
             QFileInfo(hotel).absoluteFilePath());

    // Dropped on the canvas, too.
    QTemporaryDir other;
    const QString onCanvas = copyOf(other, bankSample);
    dropFiles(w->view()->viewport(), { onCanvas });
    QCOMPARE(int(manager()->windows().size()), windows + 2);
    QCOMPARE(manager()->windows().last()->document()->fileName(),
             QFileInfo(onCanvas).absoluteFilePath());

    // Other files are refused.
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.txt"))) });
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(w, &enter);
    QVERIFY(!enter.isAccepted());
}

void TestDocuments::titleShowsFileAndModifiedMark()
{
    MainWindow *w = manager()->createWindow();
    QCOMPARE(w->windowTitle(), QStringLiteral("Untitled[*] — Blueprint Studio"));
    QVERIFY(w->loadFile(bankSample));
    QCOMPARE(w->windowTitle(), QStringLiteral("bank-loan.blueprint[*] — Blueprint Studio"));
    QVERIFY(!w->isWindowModified());
    modify(w);
    QVERIFY(w->isWindowModified());
    w->document()->undoStack()->undo();
    QVERIFY(!w->isWindowModified());
}

void TestDocuments::recentFiles()
{
    manager()->clearRecentFiles();
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < 12; ++i)
        paths << copyOf(dir, hotelSample, QStringLiteral("hotel-%1.blueprint").arg(i));
    MainWindow *w = manager()->createWindow();
    for (const QString &p : paths)
        QVERIFY(w->loadFile(p));
    const QStringList recent = manager()->recentFiles();
    QCOMPARE(recent.size(), 10);
    QCOMPARE(recent.first(), QFileInfo(paths.last()).absoluteFilePath());
    QCOMPARE(recent.last(), QFileInfo(paths.at(2)).absoluteFilePath());
    // Opening one again moves it to the top.
    QVERIFY(w->loadFile(paths.at(5)));
    QCOMPARE(manager()->recentFiles().first(), QFileInfo(paths.at(5)).absoluteFilePath());
    QCOMPARE(manager()->recentFiles().size(), 10);
    // The menu lists them, numbered, and opens one.
    QMenu *menu = menuNamed(w, "menuRecent");
    QAction *first = actionWithText(menu, QStringLiteral("hotel-5.blueprint"));
    QVERIFY(first);
    QVERIFY(first->text().startsWith(QStringLiteral("&1 ")));
    // The list survives the session (QSettings).
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(),
             manager()->recentFiles());
    // Clear list.
    QAction *clear = nullptr;
    for (QAction *a : shownActions(menu))
        clear = a->objectName() == QStringLiteral("actionClearRecent") ? a : clear;
    QVERIFY(clear && clear->isEnabled());
    clear->trigger();
    QVERIFY(manager()->recentFiles().isEmpty());
    QVERIFY(QSettings().value(QStringLiteral("recentFiles")).toStringList().isEmpty());
}

void TestDocuments::recentFileMissingIsRemovedWithMessage()
{
    manager()->clearRecentFiles();
    QTemporaryDir dir;
    const QString keep = copyOf(dir, bankSample);
    const QString gone = copyOf(dir, hotelSample);
    MainWindow *w = manager()->createWindow();
    QVERIFY(w->loadFile(keep));
    QVERIFY(w->loadFile(gone));
    QVERIFY(w->loadFile(keep));
    QCOMPARE(manager()->recentFiles().size(), 2);
    QFile::remove(gone);
    QAction *action = actionWithText(menuNamed(w, "menuRecent"), QStringLiteral("hotel-checkin"));
    QVERIFY(action);
    int seen = 0;
    QString message;
    answerNextMessageBox(QMessageBox::AcceptRole, &seen, &message);
    const int windows = int(manager()->windows().size());
    action->trigger();
    QCOMPARE(seen, 1);
    QVERIFY2(message.contains(QStringLiteral("no longer exists")), qPrintable(message));
    QCOMPARE(manager()->recentFiles(), QStringList { QFileInfo(keep).absoluteFilePath() });
    QCOMPARE(int(manager()->windows().size()), windows);
}

void TestDocuments::windowMenuListsWindows()
{
    QTemporaryDir dir;
    MainWindow *a = manager()->openFile(copyOf(dir, bankSample), nullptr);
    MainWindow *b = manager()->openFile(copyOf(dir, hotelSample), nullptr);
    QVERIFY(a && b && a != b);
    modify(b);
    QMenu *menu = menuNamed(a, "menuWindow");
    QAction *bankEntry = nullptr;
    QAction *hotelEntry = nullptr;
    for (QAction *action : shownActions(menu)) { // one fill of the menu: it is rebuilt each time
        if (action->text().contains(QStringLiteral("bank-loan.blueprint")))
            bankEntry = action;
        if (action->text().contains(QStringLiteral("hotel-checkin.blueprint*")))
            hotelEntry = action;
    }
    QVERIFY(bankEntry && hotelEntry);
    QVERIFY(bankEntry->isChecked()); // the menu's own window
    QVERIFY(!hotelEntry->isChecked());
    hotelEntry->trigger();
    QTRY_COMPARE(QApplication::activeWindow(), b);
}

void TestDocuments::quitAsksForEachModifiedWindow()
{
    QTemporaryDir dir;
    MainWindow *a = manager()->openFile(copyOf(dir, bankSample), nullptr);
    MainWindow *b = manager()->openFile(copyOf(dir, hotelSample), nullptr);
    MainWindow *c = manager()->createWindow(); // unmodified: no question
    QVERIFY(a && b && c);
    modify(a);
    modify(b);
    const QPointer<MainWindow> pa(a), pb(b), pc(c);

    // Discard the first, cancel the second: quitting stops there.
    int seen = 0;
    answerNextMessageBox(QMessageBox::DestructiveRole, &seen);
    QTimer::singleShot(200, [&seen] { answerNextMessageBox(QMessageBox::RejectRole, &seen); });
    a->findChild<QAction *>(QStringLiteral("actionQuit"))->trigger();
    QCOMPARE(seen, 2);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!pa);
    QVERIFY(pb && pb->isVisible());
    QVERIFY(pc);

    // Quit again and discard: every window goes.
    answerNextMessageBox(QMessageBox::DestructiveRole, &seen);
    QVERIFY(manager()->closeAll());
    QCOMPARE(seen, 3);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!pb);
    QVERIFY(!pc);
}

void TestDocuments::settingsRestored()
{
    MainWindow *w = manager()->createWindow();
    w->resize(1111, 777);
    w->findingsDock()->hide();
    QVERIFY(w->close());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    MainWindow *again = manager()->createWindow();
    QCOMPARE(again->size(), QSize(1111, 777));
    QVERIFY(again->findingsDock()->isHidden());
    QVERIFY(!again->propertiesDock()->isHidden());
    again->findingsDock()->show();
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
