// A file changed on disk by another program is never silently overwritten (reliability.md): the
// five scenarios (rewrite with another size, same-size rewrite with the time restored, replace by
// rename, delete and recreate, touch only) × 20 repetitions, each followed by Save; the bar and
// its buttons; backups on save and a failed backup; the preferences.

#include "commands/documentcommands.h"
#include "diskwatch.h"
#include "document/document.h"
#include "filechangedbar.h"
#include "guitestutil.h"
#include "io/backup.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "recovery/autosaver.h"
#include "recovery/recoverystore.h"

#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QUndoStack>

#include <cstdio>

using namespace bp;
using namespace bp::test;

namespace {

void modify(MainWindow *w, const QString &title = QStringLiteral("Edited in the editor"))
{
    Document *doc = w->document();
    Meta meta = doc->blueprint().meta;
    meta.title = title;
    doc->undoStack()->push(new ChangeMetaCommand(doc, meta, QStringLiteral("Edit")));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

/// Answers every modal message box that appears while it lives with the button of @p role.
class Answerer
{
public:
    explicit Answerer(QMessageBox::ButtonRole role)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this, role] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            ++seen;
            texts << box->text() + u'\n' + box->informativeText();
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == role) {
                    b->click();
                    return;
                }
            }
            box->reject();
        });
        m_timer.start(5);
    }
    int seen = 0;
    QStringList texts;

private:
    QTimer m_timer;
};

enum class Scenario { OtherSize, SameSizeTimeRestored, ReplaceByRename, DeleteRecreate, Touch };

const char *scenarioName(Scenario s)
{
    switch (s) {
    case Scenario::OtherSize:
        return "rewrite with another size";
    case Scenario::SameSizeTimeRestored:
        return "same-size rewrite, time restored";
    case Scenario::ReplaceByRename:
        return "replace by rename";
    case Scenario::DeleteRecreate:
        return "delete and recreate";
    case Scenario::Touch:
        return "touch only";
    }
    return "";
}

/// What another program does to @p path; returns the bytes it leaves there.
QByteArray applyScenario(Scenario s, const QString &path, int rep)
{
    const QByteArray before = readAll(path);
    QByteArray after = before;
    switch (s) {
    case Scenario::OtherSize:
        after.replace("Personal loan",
                      "Personal loan (their edit " + QByteArray::number(rep) + ")");
        writeFile(path, after);
        break;
    case Scenario::SameSizeTimeRestored: {
        const QDateTime time = QFileInfo(path).lastModified();
        after.replace("Personal loan", "PERSONAL LOAN");
        Q_ASSERT(after.size() == before.size());
        writeFile(path, after);
        QFile f(path);
        if (f.open(QIODevice::ReadWrite))
            f.setFileTime(time, QFileDevice::FileModificationTime);
        break;
    }
    case Scenario::ReplaceByRename: {
        after.replace("Personal loan", "Replaced loan");
        const QString temp = path + QStringLiteral(".other-program");
        writeFile(temp, after);
        std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData());
        break;
    }
    case Scenario::DeleteRecreate:
        QFile::remove(path);
        QTest::qWait(30);
        after.replace("Personal loan", "Recreated loan");
        writeFile(path, after);
        break;
    case Scenario::Touch: {
        QFile f(path);
        if (f.open(QIODevice::ReadWrite))
            f.setFileTime(QDateTime::currentDateTime().addSecs(5 + rep),
                          QFileDevice::FileModificationTime);
        break;
    }
    }
    return after;
}

} // namespace

class TestDiskChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void scenarios_data();
    void scenarios();
    void deletedFile();
    void checkedOnActivation();
    void barReload();
    void barReloadAsksWhenModified();
    void barOverwrite();
    void barDeletedSave();
    void savedFileIsWatchedAgain();
    void backupOnSave();
    void backupOff();
    void failedBackupAsks();
    void preferences();

private:
    MainWindow *openCopy(const QString &name = QStringLiteral("bank.blueprint"));
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_recovery;
    int m_missed = 0; ///< changes saved over without a question (must stay 0)
};

void TestDiskChange::initTestCase()
{
    m_settings = isolateSettings();
    RecoveryStore::instance()->setRoot(m_recovery.path());
    Autosaver::setDefaultIntervals(0, 0); // not the subject here
}

void TestDiskChange::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestDiskChange::cleanup()
{
    QList<QPointer<MainWindow>> windows;
    const QList<QWidget *> widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (auto *mw = qobject_cast<MainWindow *>(w))
            windows << mw;
    }
    for (const QPointer<MainWindow> &mw : std::as_const(windows)) {
        if (!mw)
            continue;
        mw->document()->markSaved();
        delete mw.data();
    }
}

MainWindow *TestDiskChange::openCopy(const QString &name)
{
    m_path = copyOf(*m_dir, samplePath("bank-loan.blueprint"), name);
    auto *w = new MainWindow;
    w->show();
    if (!w->loadFile(m_path))
        return nullptr;
    return w;
}

void TestDiskChange::scenarios_data()
{
    QTest::addColumn<int>("scenario");
    for (Scenario s : { Scenario::OtherSize, Scenario::SameSizeTimeRestored,
                        Scenario::ReplaceByRename, Scenario::DeleteRecreate, Scenario::Touch })
        QTest::newRow(scenarioName(s)) << int(s);
}

void TestDiskChange::scenarios()
{
    QFETCH(int, scenario);
    const auto s = Scenario(scenario);
    const bool mustWarn = s != Scenario::Touch;
    constexpr int repetitions = 20;
    int warned = 0;
    int silentOverwrites = 0;
    int falseAlarms = 0;
    for (int rep = 0; rep < repetitions; ++rep) {
        MainWindow *w = openCopy(QStringLiteral("bank-%1.blueprint").arg(rep));
        QVERIFY(w);
        modify(w);
        QTest::qWait(20);
        const QByteArray theirs = applyScenario(s, m_path, rep);
        if (mustWarn) {
            // The watcher (file and folder) notices without any save or focus change.
            QTRY_VERIFY_WITH_TIMEOUT(w->fileChangedBar()->isVisible()
                                         && w->fileChangedBar()->change() == DiskChange::Modified,
                                     3000);
            QVERIFY(w->fileChangedBar()->text().contains(QFileInfo(m_path).fileName()));
            QVERIFY(w->fileChangedBar()->reloadButton()->isVisible());
        } else {
            QTest::qWait(300);
            QVERIFY(!w->fileChangedBar()->isVisible());
        }
        // Save: the user answers Cancel to any question.
        {
            Answerer cancel(QMessageBox::RejectRole);
            w->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
            warned += cancel.seen;
            if (!mustWarn && cancel.seen > 0)
                ++falseAlarms;
        }
        const QByteArray now = readAll(m_path);
        if (mustWarn) {
            if (now != theirs)
                ++silentOverwrites;
            QVERIFY(w->document()->isModified());
        } else {
            // A touch is no change: the save went through, without a question.
            QVERIFY(!w->document()->isModified());
            QVERIFY(now.contains("Edited in the editor"));
        }
        w->document()->markSaved();
        delete w;
    }
    m_missed += silentOverwrites;
    std::printf("%s: %d repetitions, %d questions, %d silent overwrites, %d false alarms\n",
                scenarioName(s), repetitions, warned, silentOverwrites, falseAlarms);
    QCOMPARE(silentOverwrites, 0);
    QCOMPARE(falseAlarms, 0);
    QCOMPARE(warned, mustWarn ? repetitions : 0);
}

void TestDiskChange::deletedFile()
{
    MainWindow *w = openCopy();
    QVERIFY(w);
    modify(w);
    QVERIFY(QFile::remove(m_path));
    QTRY_VERIFY_WITH_TIMEOUT(w->fileChangedBar()->isVisible(), 3000);
    QCOMPARE(w->fileChangedBar()->change(), DiskChange::Deleted);
    QVERIFY(w->fileChangedBar()->text().contains(QStringLiteral("deleted")));
    QVERIFY(!w->fileChangedBar()->reloadButton()->isVisible());
    QVERIFY(w->fileChangedBar()->closeButton()->isVisible());
    Answerer cancel(QMessageBox::RejectRole);
    w->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
    QCOMPARE(cancel.seen, 1);
    QVERIFY(!QFileInfo::exists(m_path));
}

void TestDiskChange::checkedOnActivation()
{
    // Without the watcher's help (cleared and set again with a stale fingerprint), activating the
    // window checks the file.
    MainWindow *w = openCopy();
    QVERIFY(w);
    const FileFingerprint fp = w->diskWatch()->fingerprint();
    writeFile(m_path, readAll(m_path) + "<!-- theirs -->\n");
    QTest::qWait(400); // the watcher shows the bar; hide it and forget the watch
    w->fileChangedBar()->showChange(DiskChange::Unchanged, {});
    w->diskWatch()->setFile(m_path, fp);
    QVERIFY(!w->fileChangedBar()->isVisible());
    QEvent activate(QEvent::WindowActivate);
    QCoreApplication::sendEvent(w, &activate);
    QTRY_VERIFY_WITH_TIMEOUT(w->fileChangedBar()->isVisible(), 2000);
}

void TestDiskChange::barReload()
{
    MainWindow *w = openCopy();
    QVERIFY(w);
    QByteArray theirs = readAll(m_path);
    theirs.replace("Personal loan at a branch", "Their loan");
    writeFile(m_path, theirs);
    QTRY_VERIFY_WITH_TIMEOUT(w->fileChangedBar()->isVisible(), 3000);
    w->fileChangedBar()->reloadButton()->click();
    QCOMPARE(w->document()->blueprint().meta.title, QStringLiteral("Their loan"));
    QVERIFY(!w->fileChangedBar()->isVisible());
    QVERIFY(!w->document()->isModified());
    // Reloaded: the fingerprint is the new file's, so Save asks nothing.
    modify(w);
    Answerer none(QMessageBox::RejectRole);
    w->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
    QCOMPARE(none.seen, 0);
    QVERIFY(readAll(m_path).contains("Edited in the editor"));
}

void TestDiskChange::barReloadAsksWhenModified()
{
    MainWindow *w = openCopy();
    QVERIFY(w);
    modify(w);
    writeFile(m_path, readAll(m_path) + "<!-- theirs -->\n");
    QTRY_VERIFY_WITH_TIMEOUT(w->fileChangedBar()->isVisible(), 3000);
    {
        Answerer cancel(QMessageBox::RejectRole);
        w->fileChangedBar()->reloadButton()->click();
        QCOMPARE(cancel.seen, 1);
    }
    QCOMPARE(w->document()->blueprint().meta.title, QStringLiteral("Edited in the editor"));
    {
        Answerer discard(QMessageBox::DestructiveRole);
        w->fileChangedBar()->reloadButton()->click();
        QCOMPARE(discard.seen, 1);
    }
    QCOMPARE(w->document()->blueprint().meta.title, QStringLiteral("Personal loan at a branch"));
    QVERIFY(!w->document()->isModified());
}

void TestDiskChange::barOverwrite()
{
    MainWindow *w = openCopy();
    QVERIFY(w);
    modify(w);
    writeFile(m_path, readAll(m_path) + "<!-- theirs -->\n");
    QTRY_VERIFY_WITH_TIMEOUT(w->fileChangedBar()->isVisible(), 3000);
    // The user's explicit choice: overwrite, with no further question.
    Answerer none(QMessageBox::RejectRole);
    w->fileChangedBar()->overwriteButton()->click();
    QCOMPARE(none.seen, 0);
    QVERIFY(readAll(m_path).contains("Edited in the editor"));
    QVERIFY(!w->document()->isModified());
    QVERIFY(!w->fileChangedBar()->isVisible());
    // The backup kept what was overwritten.
    QVERIFY(readAll(singleBackupPath(m_path)).contains("<!-- theirs -->"));
}

void TestDiskChange::barDeletedSave()
{
    MainWindow *w = openCopy();
    QVERIFY(w);
    modify(w);
    QVERIFY(QFile::remove(m_path));
    QTRY_VERIFY_WITH_TIMEOUT(w->fileChangedBar()->isVisible(), 3000);
    w->fileChangedBar()->overwriteButton()->click(); // "Save"
    QVERIFY(readAll(m_path).contains("Edited in the editor"));
    QVERIFY(!w->fileChangedBar()->isVisible());
}

void TestDiskChange::savedFileIsWatchedAgain()
{
    // Our own save replaces the file by rename: the watch must follow, and our own save must
    // not count as a change.
    MainWindow *w = openCopy();
    QVERIFY(w);
    for (int i = 0; i < 3; ++i) {
        modify(w, QStringLiteral("Save %1").arg(i));
        Answerer none(QMessageBox::RejectRole);
        w->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
        QCOMPARE(none.seen, 0);
        QTest::qWait(300);
        QVERIFY(!w->fileChangedBar()->isVisible());
    }
    writeFile(m_path, readAll(m_path) + "<!-- theirs -->\n");
    QTRY_VERIFY_WITH_TIMEOUT(w->fileChangedBar()->isVisible(), 3000);
}

void TestDiskChange::backupOnSave()
{
    // Default: one backup beside the file, holding the previous version.
    MainWindow *w = openCopy();
    QVERIFY(w);
    const QByteArray original = readAll(m_path);
    modify(w);
    w->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
    QCOMPARE(readAll(singleBackupPath(m_path)), original);
}

void TestDiskChange::backupOff()
{
    Preferences p;
    p.backup.mode = BackupPolicy::Mode::Off;
    p.save();
    MainWindow *w = openCopy();
    QVERIFY(w);
    modify(w);
    w->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
    QVERIFY(!w->document()->isModified());
    QVERIFY(!QFileInfo::exists(singleBackupPath(m_path)));
}

void TestDiskChange::failedBackupAsks()
{
    // A backup folder that cannot be created (a file is in the way).
    const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
    writeFile(blocker, "x");
    Preferences p;
    p.backup.mode = BackupPolicy::Mode::Folder;
    p.backup.folder = blocker + QStringLiteral("/backups");
    p.save();
    MainWindow *w = openCopy();
    QVERIFY(w);
    const QByteArray original = readAll(m_path);
    modify(w);
    {
        Answerer cancel(QMessageBox::RejectRole);
        w->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
        QCOMPARE(cancel.seen, 1);
        QVERIFY2(cancel.texts.constFirst().contains(QStringLiteral("backup")),
                 qPrintable(cancel.texts.constFirst()));
    }
    QCOMPARE(readAll(m_path), original);
    QVERIFY(w->document()->isModified());
    {
        Answerer anyway(QMessageBox::AcceptRole);
        w->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
        QCOMPARE(anyway.seen, 1);
    }
    QVERIFY(readAll(m_path).contains("Edited in the editor"));
    QVERIFY(!w->document()->isModified());
}

void TestDiskChange::preferences()
{
    QCOMPARE(Preferences::load().backup.mode, BackupPolicy::Mode::Single);
    QCOMPARE(Preferences::load().autosaveSeconds, 5);
    PreferencesDialog dialog;
    Preferences p;
    p.backup.mode = BackupPolicy::Mode::Folder;
    p.backup.folder = m_dir->path();
    p.autosaveSeconds = 12;
    dialog.setPreferences(p);
    const Preferences back = dialog.preferences();
    QCOMPARE(back.backup.mode, BackupPolicy::Mode::Folder);
    QCOMPARE(back.backup.folder, m_dir->path());
    QCOMPARE(back.autosaveSeconds, 12);
    back.save();
    QCOMPARE(Preferences::load().autosaveSeconds, 12);
    QCOMPARE(Preferences::load().backup.folder, m_dir->path());

    // The language: the system's by default; a choice is saved and says it needs a restart.
    QCOMPARE(Preferences::load().language, QString());
    {
        PreferencesDialog languages;
        auto *combo = languages.findChild<QComboBox *>(QStringLiteral("language"));
        auto *note = languages.findChild<QLabel *>(QStringLiteral("languageNote"));
        QVERIFY(combo && note);
        QCOMPARE(combo->currentData().toString(), QString());
        QCOMPARE(combo->count(), 4);
        languages.show();
        QVERIFY(QTest::qWaitForWindowExposed(&languages));
        QVERIFY(note->isHidden());
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_End); // the last entry: 繁體中文
        QCOMPARE(combo->currentData().toString(), QStringLiteral("zh_TW"));
        QVERIFY(!note->isHidden());
        languages.preferences().save();
        QCOMPARE(Preferences::load().language, QStringLiteral("zh_TW"));
        QTest::keyClick(combo, Qt::Key_Home);
        languages.preferences().save();
        QCOMPARE(Preferences::load().language, QString());
    }
    // The menu entry exists with the platform's shortcut.
    MainWindow w;
    QAction *action = w.findChild<QAction *>(QStringLiteral("actionPreferences"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Preferences));
    Autosaver::setDefaultIntervals(0, 0);
}

QTEST_MAIN(TestDiskChange)
#include "tst_diskchange.moc"
