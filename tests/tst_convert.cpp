// `blueprint convert IN OUT` (spec/cli.md): both directions, messages with positions, exit codes.

#include "cli.h"
#include "clitestutil.h"

#include "io/bpmnreader.h"
#include "io/nativereader.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace bp;

using namespace bp::test;

namespace {
QString corpus(const char *name)
{
    return QStringLiteral(BLUEPRINT_SHARED_DIR "/corpus/bpmn-miwg/") + QString::fromLatin1(name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestConvert : public QObject
{
    Q_OBJECT

private slots:
    void usage_data();
    void usage();
    void blueprintToBpmnAndBack_data();
    void blueprintToBpmnAndBack();
    void bpmnWarningsWithPositions();
    void unreadableInput();
    void nothingWrittenOnError();
};

void TestConvert::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    const QString s = QStringLiteral("convert");
    QTest::newRow("help") << QStringList { s, QStringLiteral("--help") } << 0
                          << "Usage: blueprint convert";
    QTest::newRow("listed in the main help")
        << QStringList { QStringLiteral("--help") } << 0 << "convert IN OUT";
    QTest::newRow("no files") << QStringList { s } << 2 << "give one file to read and one";
    QTest::newRow("one file") << QStringList { s, QStringLiteral("a.bpmn") } << 2
                              << "give one file to read and one";
    QTest::newRow("three files") << QStringList {
        s, QStringLiteral("a.bpmn"), QStringLiteral("b.blueprint"), QStringLiteral("c.bpmn")
    } << 2 << "give one file to read and one";
    QTest::newRow("unknown input extension")
        << QStringList { s, QStringLiteral("a.txt"), QStringLiteral("b.bpmn") } << 2
        << "cannot tell the format of a.txt from its extension";
    QTest::newRow("unknown output extension")
        << QStringList { s, sample("bank-loan.blueprint"), QStringLiteral("b.svg") } << 2
        << "cannot tell the format of b.svg from its extension";
    QTest::newRow("unknown option")
        << QStringList { s, QStringLiteral("--frob"), QStringLiteral("a.bpmn"),
                         QStringLiteral("b.blueprint") }
        << 2 << "Unknown option 'frob'";
    QTest::newRow("bad size") << QStringList { s, QStringLiteral("--max-file-size"),
                                               QStringLiteral("0"), QStringLiteral("a.bpmn"),
                                               QStringLiteral("b.blueprint") }
                              << 2 << "--max-file-size must be";
}

void TestConvert::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, expected);
    const Run r = run(args);
    QCOMPARE(r.status, status);
    QVERIFY2((r.out + r.err).contains(expected), qPrintable(r.out + r.err));
    if (status == 0)
        QVERIFY(r.err.isEmpty());
    else
        QVERIFY(r.out.isEmpty());
}

void TestConvert::blueprintToBpmnAndBack_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("bank") << "bank-loan.blueprint";
    QTest::newRow("hotel") << "hotel-checkin.blueprint";
}

void TestConvert::blueprintToBpmnAndBack()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString in = sample(name.toLatin1().constData());
    const QString bpmn = dir.filePath(QStringLiteral("out.bpmn"));
    const QString back = dir.filePath(QStringLiteral("back.blueprint"));
    const Run there = run({ QStringLiteral("convert"), in, bpmn });
    QCOMPARE(there.status, 0);
    QVERIFY(there.out.isEmpty());
    QVERIFY2(there.err.contains(bpmn + QStringLiteral(": written from ")), qPrintable(there.err));
    QVERIFY(readBpmnFile(bpmn).ok());
    const Run again = run({ QStringLiteral("convert"), bpmn, back });
    QCOMPARE(again.status, 0);
    QCOMPARE(readAll(back), readAll(in));
}

void TestConvert::bpmnWarningsWithPositions()
{
    QTemporaryDir dir;
    const QString in = corpus("A.4.0.bpmn");
    const QString out = dir.filePath(QStringLiteral("a4.blueprint"));
    const Run r = run({ QStringLiteral("convert"), in, out });
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.contains(in
                            + QStringLiteral(":97:9: warning: message flow \"Message Flow 1\" "
                                             "between pools is not imported")),
             qPrintable(r.err));
    const QRegularExpression line(QStringLiteral("^.+:\\d+:\\d+: (warning|info): .+$"));
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        QVERIFY2(line.match(lines.at(i)).hasMatch(), qPrintable(lines.at(i)));
    QVERIFY(lines.last().contains(QStringLiteral("11 steps, 9 flows, 3 lanes; 12 warning(s)")));
    QVERIFY(readNativeFile(out).ok());
}

void TestConvert::unreadableInput()
{
    QTemporaryDir dir;
    const QString bad
        = write(dir, QStringLiteral("bad.bpmn"),
                "<?xml version=\"1.0\"?>\n"
                "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n"
                "  <process id=\"p\">\n"
                "</definitions>\n");
    const Run r
        = run({ QStringLiteral("convert"), bad, dir.filePath(QStringLiteral("o.blueprint")) });
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(bad + QStringLiteral(":4:3: error: ")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("nothing was written")));
    const Run missing = run({ QStringLiteral("convert"), dir.filePath(QStringLiteral("none.bpmn")),
                              dir.filePath(QStringLiteral("o.blueprint")) });
    QCOMPARE(missing.status, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("none.bpmn: error: the file does not exist")),
             qPrintable(missing.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("o.blueprint"))));
}

void TestConvert::nothingWrittenOnError()
{
    // An output that cannot be written (a folder that does not exist): status 2, reason given.
    QTemporaryDir dir;
    const Run r = run({ QStringLiteral("convert"), sample("bank-loan.blueprint"),
                        dir.filePath(QStringLiteral("no/such/folder/x.bpmn")) });
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(QStringLiteral("x.bpmn")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestConvert)
#include "tst_convert.moc"
