// Output files of the `blueprint` commands (README, "Never losing a blueprint"): an existing
// output is never overwritten without --force; the message names the file and the status is 2.

#include "cli.h"

#include "io/nativereader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace bp;

namespace {
struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.status = cli::run(QStringList { QStringLiteral("blueprint") } + args, &out, &err);
    out.flush();
    err.flush();
    return r;
}

QString sample(const char *name)
{
    return QStringLiteral(BLUEPRINT_SOURCE_DIR "/resources/examples/") + QString::fromLatin1(name);
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QStringList generateArgs(const QString &out)
{
    return { QStringLiteral("generate"), QStringLiteral("--steps"), QStringLiteral("5"),
             QStringLiteral("-o"), out };
}

QStringList convertArgs(const QString &out)
{
    return { QStringLiteral("convert"), sample("bank-loan.blueprint"), out };
}
} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT

private slots:
    void writesNewFile_data();
    void writesNewFile();
    void refusesExisting_data();
    void refusesExisting();
    void forceOverwrites_data();
    void forceOverwrites();
    void refusesFolder();
    void standardOutputNeedsNoForce();
    void helpMentionsForce();
};

void TestCliOutput::writesNewFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("generate") << "generate";
    QTest::newRow("convert") << "convert";
}

static QStringList argsFor(const QString &command, const QString &out)
{
    return command == u"generate" ? generateArgs(out) : convertArgs(out);
}

void TestCliOutput::writesNewFile()
{
    QFETCH(QString, command);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("new.blueprint"));
    const Run r = run(argsFor(command, out));
    QCOMPARE(r.status, 0);
    QVERIFY(readNativeFile(out).ok());
}

void TestCliOutput::refusesExisting_data()
{
    writesNewFile_data();
}

void TestCliOutput::refusesExisting()
{
    QFETCH(QString, command);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("workshop.blueprint"));
    const QByteArray mine("the user's own work, not a blueprint at all\n");
    write(out, mine);
    const Run r = run(argsFor(command, out));
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(out), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("exists already")), qPrintable(r.err));
    QCOMPARE(contents(out), mine);
    // Running it twice refuses the second time too: the first output is not overwritten.
    const QString fresh = dir.filePath(QStringLiteral("fresh.blueprint"));
    QCOMPARE(run(argsFor(command, fresh)).status, 0);
    const QByteArray first = contents(fresh);
    write(fresh, first + "<!-- edited by hand -->\n");
    QCOMPARE(run(argsFor(command, fresh)).status, 2);
    QCOMPARE(contents(fresh), first + "<!-- edited by hand -->\n");
}

void TestCliOutput::forceOverwrites_data()
{
    writesNewFile_data();
}

void TestCliOutput::forceOverwrites()
{
    QFETCH(QString, command);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("workshop.blueprint"));
    write(out, "old\n");
    const Run r = run(argsFor(command, out) << QStringLiteral("--force"));
    QCOMPARE(r.status, 0);
    QVERIFY(readNativeFile(out).ok());
}

void TestCliOutput::refusesFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("out.blueprint"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &command : { QStringLiteral("generate"), QStringLiteral("convert") }) {
        const Run r = run(argsFor(command, folder) << QStringLiteral("--force"));
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is a folder")), qPrintable(r.err));
    }
}

void TestCliOutput::standardOutputNeedsNoForce()
{
    // `-o -` is standard output, never a file called "-".
    QTemporaryDir dir;
    QVERIFY(QDir::setCurrent(dir.path()));
    write(dir.filePath(QStringLiteral("-")), "keep\n");
    const Run r = run({ QStringLiteral("generate"), QStringLiteral("--steps"), QStringLiteral("3"),
                        QStringLiteral("-o"), QStringLiteral("-") });
    QCOMPARE(r.status, 0);
    QCOMPARE(contents(dir.filePath(QStringLiteral("-"))), QByteArray("keep\n"));
}

void TestCliOutput::helpMentionsForce()
{
    for (const QString &command : { QStringLiteral("generate"), QStringLiteral("convert") }) {
        const Run r = run({ command, QStringLiteral("--help") });
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--force")), qPrintable(r.out));
    }
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
