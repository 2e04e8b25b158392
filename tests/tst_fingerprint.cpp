// Changed-on-disk detection (reliability.md): the five scenarios, 20 repetitions each.

#include "io/atomicsave.h"
#include "io/fingerprint.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <random>

using namespace bp;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray randomBytes(std::mt19937 &rng, int size)
{
    QByteArray b(size, Qt::Uninitialized);
    for (char &c : b)
        c = static_cast<char>('a' + rng() % 26);
    return b;
}

} // namespace

class TestFingerprint : public QObject
{
    Q_OBJECT

private slots:
    void scenarios_data();
    void scenarios();
    void writtenMatchesRead();
    void missingFile();
};

using Scenario
    = std::function<void(const QString &path, const QByteArray &original, std::mt19937 &rng)>;
Q_DECLARE_METATYPE(Scenario)

void TestFingerprint::scenarios_data()
{
    QTest::addColumn<Scenario>("change");
    QTest::addColumn<DiskChange>("expected");

    QTest::newRow("rewrite with another size")
        << Scenario([](const QString &path, const QByteArray &original, std::mt19937 &rng) {
               writeFile(path, original + randomBytes(rng, 1 + int(rng() % 50)));
           })
        << DiskChange::Modified;
    QTest::newRow("same-size rewrite, time restored")
        << Scenario([](const QString &path, const QByteArray &original, std::mt19937 &rng) {
               const QDateTime before = QFileInfo(path).lastModified();
               QByteArray other = original;
               other[int(rng() % uint(other.size()))] ^= 1; // one bit, same size
               writeFile(path, other);
               QFile f(path);
               QVERIFY(f.open(QIODevice::ReadWrite));
               QVERIFY(f.setFileTime(before, QFileDevice::FileModificationTime));
               f.close();
               QCOMPARE(QFileInfo(path).lastModified(), before);
           })
        << DiskChange::Modified;
    QTest::newRow("replaced by rename")
        << Scenario([](const QString &path, const QByteArray &original, std::mt19937 &rng) {
               const QString other = path + u".new"_s;
               writeFile(other, randomBytes(rng, int(original.size())));
               QVERIFY(QFile::remove(path));
               QVERIFY(QFile::rename(other, path));
           })
        << DiskChange::Modified;
    QTest::newRow("deleted and recreated")
        << Scenario([](const QString &path, const QByteArray &original, std::mt19937 &rng) {
               QVERIFY(QFile::remove(path));
               writeFile(path, randomBytes(rng, int(original.size()) + 3));
           })
        << DiskChange::Modified;
    QTest::newRow("touched only") << Scenario(
        [](const QString &path, const QByteArray &, std::mt19937 &) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(3600),
                                  QFileDevice::FileModificationTime));
        }) << DiskChange::Unchanged;
    QTest::newRow("deleted") << Scenario([](const QString &path, const QByteArray &,
                                            std::mt19937 &) { QVERIFY(QFile::remove(path)); })
                             << DiskChange::Deleted;
}

void TestFingerprint::scenarios()
{
    QFETCH(Scenario, change);
    QFETCH(DiskChange, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::mt19937 rng(42);
    for (int repetition = 0; repetition < 20; ++repetition) {
        const QString path = dir.filePath(u"blueprint-%1.blueprint"_s.arg(repetition));
        const QByteArray original = randomBytes(rng, 100 + int(rng() % 5000));
        // As the editor does: save atomically, fingerprint what was written.
        QVERIFY(saveAtomically(path, original).ok);
        const FileFingerprint saved = FileFingerprint::ofWritten(path, original);
        QCOMPARE(diskChange(path, saved), DiskChange::Unchanged);
        change(path, original, rng);
        QCOMPARE(diskChange(path, saved), expected);
    }
}

void TestFingerprint::writtenMatchesRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.blueprint"_s);
    const QByteArray bytes("<blueprint/>\n");
    QVERIFY(saveAtomically(path, bytes).ok);
    const FileFingerprint written = FileFingerprint::ofWritten(path, bytes);
    const FileFingerprint read = FileFingerprint::of(path);
    QCOMPARE(read.sha256, written.sha256);
    QCOMPARE(read.size, written.size);
    QCOMPARE(read.modified, written.modified);
    QCOMPARE(read.sha256.size(), 32);
}

void TestFingerprint::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"none.blueprint"_s);
    const FileFingerprint none = FileFingerprint::of(path);
    QVERIFY(!none.exists);
    QCOMPARE(diskChange(path, none), DiskChange::Unchanged);
    writeFile(path, "x");
    QCOMPARE(diskChange(path, none), DiskChange::Created);
}

QTEST_GUILESS_MAIN(TestFingerprint)
#include "tst_fingerprint.moc"
