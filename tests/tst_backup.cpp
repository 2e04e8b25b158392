// Backups on save: off, one backup beside the file, a folder of time-stamped versions.

#include "io/backup.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bp;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Saves @p bytes as the editor does: backup first, then the atomic save.
bool save(const QString &path, const QByteArray &bytes, const BackupPolicy &policy,
          const QDateTime &now)
{
    return backupBeforeSave(path, policy, now).ok && saveAtomically(path, bytes).ok;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void off();
    void single();
    void folderKeepsNewest();
    void unreadableFolderIsReported();
};

void TestBackup::off()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.blueprint"_s);
    const BackupPolicy policy { BackupPolicy::Mode::Off, {}, 0 };
    QVERIFY(save(path, "one", policy, QDateTime::currentDateTime()));
    QVERIFY(save(path, "two", policy, QDateTime::currentDateTime()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

void TestBackup::single()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.blueprint"_s);
    const BackupPolicy policy;
    QCOMPARE(policy.mode, BackupPolicy::Mode::Single);
    QVERIFY(save(path, "one", policy, QDateTime::currentDateTime()));
    QVERIFY(!QFile::exists(singleBackupPath(path))); // nothing to keep the first time
    QVERIFY(save(path, "two", policy, QDateTime::currentDateTime()));
    QCOMPARE(readAll(singleBackupPath(path)), QByteArray("one"));
    QVERIFY(save(path, "three", policy, QDateTime::currentDateTime()));
    QCOMPARE(readAll(singleBackupPath(path)), QByteArray("two"));
    QCOMPARE(readAll(path), QByteArray("three"));
}

void TestBackup::folderKeepsNewest()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"loan.blueprint"_s);
    const BackupPolicy policy { BackupPolicy::Mode::Folder, dir.filePath(u"backups"_s), 3 };
    QDateTime t(QDate(2026, 11, 20), QTime(9, 0));
    for (int i = 0; i < 6; ++i) {
        QVERIFY(save(path, QByteArray::number(i), policy, t));
        t = t.addSecs(61);
    }
    const QStringList kept = QDir(policy.folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.first(), u"loan-20261120-090303-000.blueprint"_s);
    // The newest backups hold versions 2, 3, 4 (5 is the file itself).
    QCOMPARE(readAll(QDir(policy.folder).filePath(kept.last())), QByteArray("4"));
    QCOMPARE(readAll(QDir(policy.folder).filePath(kept.first())), QByteArray("2"));
}

void TestBackup::unreadableFolderIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.blueprint"_s);
    QVERIFY(saveAtomically(path, "one").ok);
    // A folder path that is a file cannot be created.
    QVERIFY(saveAtomically(dir.filePath(u"file"_s), "x").ok);
    const BackupPolicy policy { BackupPolicy::Mode::Folder, dir.filePath(u"file/sub"_s), 3 };
    const SaveResult r = backupBeforeSave(path, policy);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(u"sub"_s));
    QCOMPARE(readAll(path), QByteArray("one"));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
