// Atomic saving: injected faults at every stage and real short writes under RLIMIT_FSIZE
// leave the original file byte-identical.

#include "formattestutil.h"

#include <QProcess>
#include <QScopeGuard>

using namespace bp;
using namespace bp::test;

class TestAtomicSave : public QObject
{
    Q_OBJECT

private slots:
    void atomicSaveFaults_data();
    void atomicSaveFaults();
    void atomicSaveUnderFileSizeLimit();
    void atomicSaveIntoMissingFolder();
    void atomicSaveOnFullTmpfs();
};

void TestAtomicSave::atomicSaveFaults_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("action");
    QTest::addColumn<qint64>("atByte");
    const auto W = int(SaveFault::Stage::Write);
    const auto fail = int(SaveFault::Action::Fail);
    const auto shortWrite = int(SaveFault::Action::ShortWrite);
    QTest::newRow("open fails") << int(SaveFault::Stage::Open) << fail << qint64(0);
    for (qint64 k : { 0LL, 1LL, 4095LL, 4096LL, 65536LL, 150000LL }) {
        QTest::addRow("write error at byte %lld", k) << W << fail << k;
        QTest::addRow("short write at byte %lld", k) << W << shortWrite << k;
    }
    QTest::newRow("commit fails") << int(SaveFault::Stage::Commit) << fail << qint64(0);
}

void TestAtomicSave::atomicSaveFaults()
{
    QFETCH(int, stage);
    QFETCH(int, action);
    QFETCH(qint64, atByte);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loan.blueprint"));
    const QByteArray original = writeNative(generateBlueprint(50, 1));
    QVERIFY(saveAtomically(path, original).ok);
    const QByteArray before = QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
    const QByteArray bigger = writeNative(generateBlueprint(1000, 2)); // > 150,000 bytes
    QVERIFY(bigger.size() > 150000);

    bool injected = false;
    SaveFault::setHook([&](SaveFault::Stage s, qint64 written, qint64 chunk) {
        if (int(s) != stage)
            return SaveFault::Action::Proceed;
        if (s == SaveFault::Stage::Write && !(atByte >= written && atByte < written + chunk))
            return SaveFault::Action::Proceed;
        injected = true;
        return SaveFault::Action(action);
    });
    const SaveResult result = saveAtomically(path, bigger);
    SaveFault::setHook(nullptr);
    QVERIFY(injected);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QDir::toNativeSeparators(path)));
    QCOMPARE(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256), before);
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestAtomicSave::atomicSaveUnderFileSizeLimit()
{
    // Real kernel short writes (reliability.md): a child process with RLIMIT_FSIZE below the
    // file's size saves; QSaveFile alone would commit a truncated file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loan.blueprint"));
    const QByteArray original = "original contents\n";
    QVERIFY(saveAtomically(path, original).ok);
    const QByteArray bigger = writeNative(generateBlueprint(1000, 3));
    for (rlim_t limit :
         { rlim_t(0), rlim_t(4096), rlim_t(65536 + 100), rlim_t(bigger.size() - 1) }) {
        const pid_t pid = fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            std::signal(SIGXFSZ, SIG_IGN); // get short writes instead of a signal
            rlimit rl { limit, limit };
            setrlimit(RLIMIT_FSIZE, &rl);
            const SaveResult r = saveAtomically(path, bigger);
            _exit(r.ok ? 1 : 0); // 0: the failure was reported
        }
        int status = 0;
        QCOMPARE(waitpid(pid, &status, 0), pid);
        QVERIFY(WIFEXITED(status));
        QVERIFY2(WEXITSTATUS(status) == 0, "the save under a file-size limit claimed success");
        QCOMPARE(readAll(path), original);
    }
}

void TestAtomicSave::atomicSaveIntoMissingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/x.blueprint"));
    const SaveResult r = saveAtomically(path, "x");
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("x.blueprint")));
    QVERIFY(!QFile::exists(path));
}

void TestAtomicSave::atomicSaveOnFullTmpfs()
{
    // A real full disk: a 256 KiB tmpfs, where QSaveFile alone commits a truncated file
    // (reliability.md). Needs the right to mount; skipped with a message otherwise.
    QTemporaryDir dir;
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                  QStringLiteral("size=256k"), QStringLiteral("tmpfs"), dir.path() });
    if (!mount.waitForFinished() || mount.exitStatus() != QProcess::NormalExit
        || mount.exitCode() != 0) {
        QSKIP("mounting a tmpfs is not allowed here; the full-disk case is covered by the "
              "RLIMIT_FSIZE and fault-injection tests");
    }
    const auto unmount
        = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), { dir.path() }); });
    const QString path = dir.filePath(QStringLiteral("loan.blueprint"));
    const QByteArray original = writeNative(generateBlueprint(100, 1));
    QVERIFY(original.size() < 128 * 1024);
    QVERIFY(saveAtomically(path, original).ok);
    const QByteArray bigger = writeNative(generateBlueprint(2000, 3));
    QVERIFY(bigger.size() > 256 * 1024);
    const SaveResult r = saveAtomically(path, bigger);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("loan.blueprint")));
    QCOMPARE(readAll(path), original);
    // Nothing left behind that would fill the disk further.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

QTEST_GUILESS_MAIN(TestAtomicSave)
#include "tst_atomicsave.moc"
