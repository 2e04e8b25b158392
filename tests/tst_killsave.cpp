// kill -9 harness (reliability.md: "save is atomic"): a helper saves numbered versions of one
// file in a loop; we SIGKILL it at a random moment 5–80 ms after it starts and check that the
// file parses and is exactly one version. A naive truncating writer is the positive control: the
// same harness must catch it leaving partial files.
//
// The suite runs BLUEPRINT_KILLS kills per writer (default 40); scripts/kill-test.sh runs 1,000.

#include "io/nativereader.h"
#include "killsave/versions.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <random>

#include <signal.h>
#include <sys/types.h>

using namespace bp;
using namespace Qt::StringLiterals;

namespace {

struct KillRun
{
    int kills = 0;
    int partial = 0; ///< files that do not parse or are not exactly one version
    int versionsSeen = 0; ///< distinct kills after which a newer version was on disk
};

/// The version number of a complete file, or -1 when the file is partial or mixed.
int versionOf(const QByteArray &bytes, const QByteArray &base)
{
    static const QRegularExpression title(u"title=\"version (\\d+)\""_s);
    const auto m = title.match(QString::fromLatin1(bytes.left(4096)));
    if (!m.hasMatch())
        return -1;
    const int n = m.captured(1).toInt();
    if (bytes != killsave::versionBytes(base, n))
        return -1;
    return readNative(bytes).ok() ? n : -1;
}

KillRun run(const QString &mode, int kills, quint64 seed)
{
    KillRun r;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"workshop.blueprint"_s);
    const QByteArray base = killsave::baseBytes();
    const QString baseFile = dir.filePath(u"base.blueprint"_s);
    {
        QFile b(baseFile);
        if (!b.open(QIODevice::WriteOnly) || b.write(base) != base.size())
            return r;
    }
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)
            || f.write(killsave::versionBytes(base, 0)) != base.size())
            return r;
    }
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> delay(5, 80);
    int last = 0;
    int next = 1;
    for (int k = 0; k < kills; ++k) {
        QProcess saver;
        saver.start(QStringLiteral(KILLSAVE_SAVER),
                    { path, baseFile, QString::number(next), mode });
        if (!saver.waitForStarted())
            return r;
        QThread::msleep(static_cast<unsigned long>(delay(rng)));
        ::kill(static_cast<pid_t>(saver.processId()), SIGKILL);
        saver.waitForFinished();
        ++r.kills;
        QFile f(path);
        QByteArray bytes;
        if (f.open(QIODevice::ReadOnly))
            bytes = f.readAll();
        const int v = versionOf(bytes, base);
        if (v < 0) {
            ++r.partial;
            // Start the next round from a complete file again.
            QFile::remove(path);
            QFile w(path);
            if (w.open(QIODevice::WriteOnly))
                w.write(killsave::versionBytes(base, last));
            continue;
        }
        if (v > last)
            ++r.versionsSeen;
        last = v;
        next = std::max(next, v + 1) + 1000; // each round starts with fresh numbers
    }
    return r;
}

int killCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("BLUEPRINT_KILLS", &ok);
    return ok && n > 0 ? n : 40;
}

} // namespace

class TestKillSave : public QObject
{
    Q_OBJECT

private slots:
    void atomicSaveSurvivesKills();
    void naiveWriterIsCaught();
};

void TestKillSave::atomicSaveSurvivesKills()
{
    const int kills = killCount();
    const KillRun r = run(u"atomic"_s, kills, 1);
    qInfo("atomic: %d kills, %d partial files, %d rounds ended with a newer version", r.kills,
          r.partial, r.versionsSeen);
    QCOMPARE(r.kills, kills);
    QCOMPARE(r.partial, 0);
    // The kills must land while saves happen, or the test proves nothing.
    QVERIFY2(r.versionsSeen > 0, "no save completed before a kill: the harness is too fast");
}

void TestKillSave::naiveWriterIsCaught()
{
    const int kills = killCount();
    const KillRun r = run(u"naive"_s, kills, 2);
    qInfo("naive: %d kills, %d partial files", r.kills, r.partial);
    QCOMPARE(r.kills, kills);
    QVERIFY2(r.partial > 0, "the harness did not catch the truncating writer");
}

QTEST_GUILESS_MAIN(TestKillSave)
#include "tst_killsave.moc"
