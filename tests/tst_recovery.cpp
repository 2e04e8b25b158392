// Autosave and crash recovery (reliability.md: "a crash loses at most a few seconds of work").
//
// In process: the two autosave timers, the files and their sidecar, deletion only after an
// explicit save or discard, per-instance folders and their locks (a live instance's folder is
// never touched, a dead one's is taken over), and Restore / Save As / Discard / Later.
//
// With real kills: the real `blueprint-studio` runs offscreen with a temporary HOME and XDG
// folders and the hidden test hooks --test-autosave-ms and --test-edits; once its autosave
// appears it gets SIGKILL at a random moment; a second run with --test-recover-to reads the
// recovery folder with the code of the Restore button. The recovered model must be exactly the
// last autosave, and the user's own file untouched. BLUEPRINT_RECOVERY_RUNS runs (default 5);
// scripts/recovery-test.sh runs 100.

#include "commands/documentcommands.h"
#include "document/document.h"
#include "guitestutil.h"
#include "io/nativereader.h"
#include "io/nativewriter.h"
#include "mainwindow.h"
#include "recovery/autosaver.h"
#include "recovery/recoverydialog.h"
#include "recovery/recoverystore.h"
#include "windowmanager.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLockFile>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QUndoStack>

#include <cstdio>
#include <random>

#include <signal.h>
#include <sys/types.h>

using namespace bp;
using namespace bp::test;

namespace {

void modify(MainWindow *w, const QString &title)
{
    Document *doc = w->document();
    Meta meta = doc->blueprint().meta;
    meta.title = title;
    doc->undoStack()->push(new ChangeMetaCommand(doc, meta, QStringLiteral("Edit")));
}

QString dataFile(MainWindow *w)
{
    return QDir(RecoveryStore::instance()->folder())
        .filePath(w->autosaver()->key() + QStringLiteral(".blueprint"));
}

QByteArray sha(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

/// An orphan folder as a killed instance leaves it: one autosave and a lock whose process is
/// gone.
QString makeOrphan(const QString &root, const QString &name, const AutosaveSnapshot &snapshot)
{
    const QString folder = QDir(root).filePath(name);
    QDir().mkpath(folder);
    if (!RecoveryStore::writeFiles(folder, snapshot).ok)
        return {};
    // The lock of a dead process: a real lock file, with the pid of a finished child.
    const QString lockPath = QDir(folder).filePath(QStringLiteral("lock"));
    QByteArray contents;
    {
        QLockFile lock(lockPath);
        if (!lock.tryLock(0))
            return {};
        contents = readAll(lockPath);
        lock.unlock();
    }
    QProcess dead;
    dead.start(QStringLiteral("true"), {});
    qint64 pid = dead.waitForStarted() ? dead.processId() : 0;
    dead.waitForFinished();
    if (pid <= 0)
        pid = 999999;
    const qsizetype eol = contents.indexOf('\n');
    if (eol < 0)
        return {};
    contents = QByteArray::number(pid) + contents.mid(eol);
    QFile lock(lockPath);
    if (!lock.open(QIODevice::WriteOnly) || lock.write(contents) != contents.size())
        return {};
    return folder;
}

AutosaveSnapshot snapshotOf(const QString &original, const QString &title)
{
    ReadResult read = readNativeFile(samplePath("bank-loan.blueprint"));
    AutosaveSnapshot s;
    s.key = QStringLiteral("document-1");
    s.blueprint = std::move(*read.blueprint);
    s.blueprint.meta.title = title;
    s.originalPath = original;
    s.title = title;
    return s;
}

QStringList autosavesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, { QStringLiteral("*.blueprint") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void autosaveAfterIdle();
    void autosaveAtMostMaxAfterFirstEdit();
    void deletedAfterExplicitSave();
    void deletedAfterDiscardOnClose();
    void keptWhileUnsaved();
    void liveInstanceIsNeverTouched();
    void restoreOffersOriginalFile();
    void saveAsAndDiscardAndLater();
    void realKills();

private:
    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRecovery::initTestCase()
{
    m_settings = isolateSettings();
    m_root = std::make_unique<QTemporaryDir>();
    RecoveryStore::instance()->setRoot(m_root->path());
}

void TestRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Autosaver::setDefaultIntervals(150, 600);
    RecoveryDialog::setDeciderForTests({});
}

void TestRecovery::cleanup()
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
    RecoveryStore::instance()->waitForWrites();
}

void TestRecovery::autosaveAfterIdle()
{
    const QString path = copyOf(*m_dir, samplePath("bank-loan.blueprint"));
    MainWindow w;
    QVERIFY(w.loadFile(path));
    modify(&w, QStringLiteral("First"));
    QTest::qWait(50);
    QVERIFY(!QFileInfo::exists(dataFile(&w))); // not at once: a few seconds after the last edit
    modify(&w, QStringLiteral("Second"));
    QTRY_COMPARE_WITH_TIMEOUT(w.autosaver()->written(), 1, 3000);
    QCOMPARE(readAll(dataFile(&w)), writeNative(w.document()->blueprint()));
    const QList<RecoveryEntry> entries
        = RecoveryStore::entriesIn(RecoveryStore::instance()->folder());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().originalPath, QFileInfo(path).absoluteFilePath());
    QCOMPARE(entries.constFirst().title, QStringLiteral("Second"));
    QVERIFY(w.document()->isModified());
    // The user's file is untouched by autosave.
    QCOMPARE(readAll(path), readAll(samplePath("bank-loan.blueprint")));
}

void TestRecovery::autosaveAtMostMaxAfterFirstEdit()
{
    // Edits every 50 ms never leave the 150 ms idle gap; the 600 ms limit still autosaves.
    MainWindow w;
    QElapsedTimer clock;
    clock.start();
    int n = 0;
    while (w.autosaver()->written() == 0 && clock.elapsed() < 3000) {
        modify(&w, QStringLiteral("Edit %1").arg(++n));
        QTest::qWait(50);
    }
    QCOMPARE(w.autosaver()->written(), 1);
    QVERIFY2(clock.elapsed() < 1200, qPrintable(QString::number(clock.elapsed())));
}

void TestRecovery::deletedAfterExplicitSave()
{
    const QString path = copyOf(*m_dir, samplePath("bank-loan.blueprint"));
    MainWindow w;
    QVERIFY(w.loadFile(path));
    modify(&w, QStringLiteral("To be saved"));
    QTRY_COMPARE_WITH_TIMEOUT(w.autosaver()->written(), 1, 3000);
    QVERIFY(QFileInfo::exists(dataFile(&w)));
    w.findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
    QVERIFY(!w.document()->isModified());
    RecoveryStore::instance()->waitForWrites();
    QVERIFY(!QFileInfo::exists(dataFile(&w)));
}

void TestRecovery::deletedAfterDiscardOnClose()
{
    auto *w = new MainWindow;
    w->show();
    modify(w, QStringLiteral("To be discarded"));
    QTRY_COMPARE_WITH_TIMEOUT(w->autosaver()->written(), 1, 3000);
    const QString file = dataFile(w);
    QVERIFY(QFileInfo::exists(file));
    int seen = 0;
    answerNextMessageBox(QMessageBox::DestructiveRole, &seen); // "Don't save"
    QVERIFY(w->close());
    QCOMPARE(seen, 1);
    delete w;
    RecoveryStore::instance()->waitForWrites();
    QVERIFY(!QFileInfo::exists(file));
}

void TestRecovery::keptWhileUnsaved()
{
    // Cancel on close keeps the window, and the autosave with it.
    auto *w = new MainWindow;
    w->show();
    modify(w, QStringLiteral("Still unsaved"));
    QTRY_COMPARE_WITH_TIMEOUT(w->autosaver()->written(), 1, 3000);
    int seen = 0;
    answerNextMessageBox(QMessageBox::RejectRole, &seen);
    QVERIFY(!w->close());
    RecoveryStore::instance()->waitForWrites();
    QVERIFY(QFileInfo::exists(dataFile(w)));
}

void TestRecovery::liveInstanceIsNeverTouched()
{
    QTemporaryDir root;
    // A live instance: its lock is held (by this process, which is alive).
    const QString live = QDir(root.path()).filePath(QStringLiteral("live"));
    QDir().mkpath(live);
    QVERIFY(RecoveryStore::writeFiles(live, snapshotOf({}, QStringLiteral("Live"))).ok);
    QLockFile liveLock(QDir(live).filePath(QStringLiteral("lock")));
    liveLock.setStaleLockTime(0);
    QVERIFY(liveLock.tryLock(0));
    // A dead one.
    const QString dead
        = makeOrphan(root.path(), QStringLiteral("dead"),
                     snapshotOf(QStringLiteral("/x/loan.blueprint"), QStringLiteral("Dead")));
    QVERIFY(!dead.isEmpty());

    RecoveryStore *store = RecoveryStore::instance();
    store->setRoot(root.path());
    const QList<RecoveryEntry> entries = store->claimOrphans();
    store->setRoot(m_root->path());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().title, QStringLiteral("Dead"));
    QCOMPARE(entries.constFirst().originalPath, QStringLiteral("/x/loan.blueprint"));
    // Claimed: another look from a second lock fails while we hold it.
    QLockFile other(QDir(dead).filePath(QStringLiteral("lock")));
    other.setStaleLockTime(0);
    QVERIFY(!other.tryLock(0));
    store->releaseClaims();
    QVERIFY(other.tryLock(0)); // released (and kept: it still holds an autosave)
    other.unlock();
    QVERIFY(QFileInfo::exists(QDir(live).filePath(QStringLiteral("document-1.blueprint"))));
    QVERIFY(QFileInfo::exists(QDir(dead).filePath(QStringLiteral("document-1.blueprint"))));
}

void TestRecovery::restoreOffersOriginalFile()
{
    const QString path = copyOf(*m_dir, samplePath("bank-loan.blueprint"));
    const QByteArray userFile = readAll(path);
    const QString orphan = makeOrphan(m_root->path(), QStringLiteral("killed-1"),
                                      snapshotOf(path, QStringLiteral("Recovered work")));
    QVERIFY(!orphan.isEmpty());
    int asked = 0;
    RecoveryDialog::setDeciderForTests([&asked](const RecoveryEntry &) {
        ++asked;
        return RecoveryChoice { RecoveryChoice::Action::Restore, {} };
    });
    auto *first = WindowManager::instance()->createWindow();
    WindowManager::instance()->offerRecovery(first);
    QCOMPARE(asked, 1);
    // Into the untouched window, modified, with its original file name.
    QCOMPARE(first->document()->blueprint().meta.title, QStringLiteral("Recovered work"));
    QVERIFY(first->document()->isModified());
    QCOMPARE(first->document()->fileName(), path);
    QCOMPARE(readAll(path), userFile);
    // Moved into this instance's folder; the orphan folder is gone.
    RecoveryStore::instance()->waitForWrites();
    QVERIFY(QFileInfo::exists(dataFile(first)));
    QVERIFY(!QFileInfo::exists(orphan));
    // Save asks before replacing the original; Cancel writes nothing.
    {
        int seen = 0;
        answerNextMessageBox(QMessageBox::RejectRole, &seen);
        first->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
        QCOMPARE(seen, 1);
        QCOMPARE(readAll(path), userFile);
    }
    {
        int seen = 0;
        answerNextMessageBox(QMessageBox::DestructiveRole, &seen); // Overwrite
        first->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
        QCOMPARE(seen, 1);
    }
    QVERIFY(readAll(path).contains("Recovered work"));
    QVERIFY(!first->document()->isModified());
    RecoveryStore::instance()->waitForWrites();
    QVERIFY(!QFileInfo::exists(dataFile(first)));
}

void TestRecovery::saveAsAndDiscardAndLater()
{
    const QString target = m_dir->filePath(QStringLiteral("rescued.blueprint"));
    const QString a = makeOrphan(m_root->path(), QStringLiteral("killed-a"),
                                 snapshotOf({}, QStringLiteral("Save me")));
    const QString b = makeOrphan(m_root->path(), QStringLiteral("killed-b"),
                                 snapshotOf({}, QStringLiteral("Drop me")));
    const QString c = makeOrphan(m_root->path(), QStringLiteral("killed-c"),
                                 snapshotOf({}, QStringLiteral("Not now")));
    RecoveryDialog::setDeciderForTests([&target](const RecoveryEntry &e) {
        if (e.title == u"Save me")
            return RecoveryChoice { RecoveryChoice::Action::SaveAs, target };
        if (e.title == u"Drop me")
            return RecoveryChoice { RecoveryChoice::Action::Discard, {} };
        return RecoveryChoice { RecoveryChoice::Action::Later, {} };
    });
    WindowManager::instance()->offerRecovery(nullptr);
    QVERIFY(readNativeFile(target).ok());
    QCOMPARE(readNativeFile(target).blueprint->meta.title, QStringLiteral("Save me"));
    QVERIFY(WindowManager::instance()->windowForFile(target));
    QVERIFY(!QFileInfo::exists(a));
    QVERIFY(!QFileInfo::exists(b));
    // Later: kept, and unlocked for the next start.
    QVERIFY(QFileInfo::exists(QDir(c).filePath(QStringLiteral("document-1.blueprint"))));
    RecoveryDialog::setDeciderForTests([](const RecoveryEntry &) {
        return RecoveryChoice { RecoveryChoice::Action::Discard, {} };
    });
    WindowManager::instance()->offerRecovery(nullptr);
    QVERIFY(!QFileInfo::exists(c));
}

void TestRecovery::realKills()
{
    bool ok = false;
    int runs = qEnvironmentVariableIntValue("BLUEPRINT_RECOVERY_RUNS", &ok);
    if (!ok || runs <= 0)
        runs = 5;
    std::mt19937 rng(20240611);
    std::uniform_int_distribution<int> editCount(5, 40);
    std::uniform_int_distribution<int> killDelay(0, 1500);
    constexpr int autosaveMs = 150; // --test-autosave-ms: at most 4 × this after the first edit
    int recovered = 0;
    int complete = 0; // runs killed long after the last edit: every edit must be there
    int untouched = 0;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir home;
        const QString user
            = copyOf(home, samplePath("bank-loan.blueprint"), QStringLiteral("my.blueprint"));
        const QByteArray userSha = sha(readAll(user));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
        const QString recoveryRoot = home.filePath(QStringLiteral("data"));
        const int edits = editCount(rng);

        QProcess editor;
        editor.setProcessEnvironment(env);
        editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        editor.start(QStringLiteral(BLUEPRINT_STUDIO_EXE),
                     { QStringLiteral("--test-autosave-ms"), QString::number(autosaveMs),
                       QStringLiteral("--test-edits"), QString::number(edits), user });
        QVERIFY(editor.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        QElapsedTimer sinceDone;
        while (autosavesUnder(recoveryRoot).isEmpty() && clock.elapsed() < 30000) {
            editor.waitForReadyRead(20);
            if (!sinceDone.isValid() && editor.readAllStandardOutput().contains("edits done"))
                sinceDone.start();
        }
        QVERIFY2(!autosavesUnder(recoveryRoot).isEmpty(), "no autosave within 30 s");
        const int delay = killDelay(rng);
        QElapsedTimer wait;
        wait.start();
        while (wait.elapsed() < delay) {
            editor.waitForReadyRead(10);
            if (!sinceDone.isValid() && editor.readAllStandardOutput().contains("edits done"))
                sinceDone.start();
        }
        const bool settled = sinceDone.isValid() && sinceDone.elapsed() > 8 * autosaveMs;
        ::kill(pid_t(editor.processId()), SIGKILL);
        QVERIFY(editor.waitForFinished());
        QCOMPARE(editor.exitStatus(), QProcess::CrashExit);

        // What the killed editor left: exactly one complete autosave.
        const QStringList left = autosavesUnder(recoveryRoot);
        QCOMPARE(left.size(), 1);
        const QByteArray lastAutosave = readAll(left.constFirst());
        const ReadResult read = readNative(lastAutosave);
        QVERIFY2(read.ok(), "the autosave is not a complete file");
        const QString title = read.blueprint->meta.title;
        QVERIFY2(title.startsWith(QStringLiteral("Scripted edit ")), qPrintable(title));
        if (settled) {
            QCOMPARE(title, QStringLiteral("Scripted edit %1").arg(edits));
            ++complete;
        }

        // Restart: recovery reads it with the Restore code.
        const QString out = home.filePath(QStringLiteral("out"));
        QDir().mkpath(out);
        QProcess again;
        again.setProcessEnvironment(env);
        again.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        again.start(QStringLiteral(BLUEPRINT_STUDIO_EXE),
                    { QStringLiteral("--test-recover-to"), out });
        QVERIFY(again.waitForFinished(30000));
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(again.readAllStandardOutput().trimmed(), QByteArray("recovered 1"));
        QCOMPARE(readAll(QDir(out).filePath(QStringLiteral("1.blueprint"))), lastAutosave);
        QCOMPARE(QString::fromUtf8(readAll(QDir(out).filePath(QStringLiteral("1.txt")))),
                 QFileInfo(user).absoluteFilePath());
        ++recovered;
        if (sha(readAll(user)) == userSha)
            ++untouched;
        QCOMPARE(sha(readAll(user)), userSha);
    }
    std::printf("recovery: %d runs (kill -9 at a random moment after the first autosave), %d "
                "recovered models equal to the last autosave, %d of them with every edit "
                "(killed after the last autosave was due), %d user files untouched\n",
                runs, recovered, complete, untouched);
    QCOMPARE(recovered, runs);
    QCOMPARE(untouched, runs);
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
