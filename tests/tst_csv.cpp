// CSV: RFC 4180 quoting, the steps and findings exports, and the import of a step list with
// errors at line:column (docs/csv.md).

#include "exporttestutil.h"

#include "export/csv.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace bp;
using namespace bp::exporting;
using namespace bp::test;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void fieldQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("semicolon") << QStringLiteral("b;c") << QStringLiteral("\"b;c\"");
        QTest::newRow("space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
        QTest::newRow("empty") << QString() << QString();
    }
    void fieldQuoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(csvField(text), field);
        // And it parses back.
        const CsvTable t = parseCsv(csvField(text).toUtf8() + ",x\r\n");
        QVERIFY(t.ok());
        QCOMPARE(t.rows.size(), size_t(1));
        QCOMPARE(t.rows[0][0].text, text);
    }

    void stepsExport()
    {
        const Blueprint bank = loadSample("bank-loan.blueprint");
        const QByteArray csv = stepsCsv(bank, reviewAnalysis(bank));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("\r\n"));
        const CsvTable t = parseCsv(csv);
        QVERIFY(t.ok());
        QCOMPARE(t.rows.size(), bank.graph.stepCount() + 1);
        QStringList header;
        for (const CsvCell &c : t.rows[0])
            header << c.text;
        for (const char *c :
             { "id", "title", "lane", "kind", "time", "servers", "scv", "next", "visits",
               "utilisation", "wait_min", "p_wait_over_tolerance", "rpn" })
            QVERIFY2(header.contains(QString::fromLatin1(c)), c);
        // Every row has every column; the interview's utilisation is written with a '.'.
        for (const CsvRow &row : t.rows)
            QCOMPARE(row.size(), size_t(header.size()));
        const int id = int(header.indexOf(QStringLiteral("id")));
        const int util = int(header.indexOf(QStringLiteral("utilisation")));
        bool found = false;
        for (const CsvRow &row : t.rows)
            if (row[size_t(id)].text == u"interview") {
                found = true;
                QVERIFY(row[size_t(util)].text.startsWith(QStringLiteral("0.85")));
            }
        QVERIFY(found);
    }

    void numbersIgnoreTheLocale()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const Blueprint bank = loadSample("bank-loan.blueprint");
        const QByteArray csv = stepsCsv(bank, reviewAnalysis(bank));
        QLocale::setDefault(saved);
        QVERIFY(csv.contains(",0.85"));
    }

    void findingsExport()
    {
        const Blueprint bank = loadSample("bank-loan.blueprint");
        const ReviewData review = reviewAnalysis(bank);
        const CsvTable t = parseCsv(findingsCsv(review));
        QVERIFY(t.ok());
        QCOMPARE(t.rows.size(), review.findings.size() + 1);
        QCOMPARE(t.rows[0][1].text, QStringLiteral("code"));
        QCOMPARE(t.rows[1][1].text, review.findings.front().code);
    }

    void roundTrip()
    {
        const Blueprint bank = loadSample("bank-loan.blueprint");
        const CsvImport imported = importStepsCsv(stepsCsv(bank, reviewAnalysis(bank)));
        QVERIFY(imported.ok());
        const Blueprint &b = *imported.blueprint;
        QCOMPARE(b.graph.stepCount(), bank.graph.stepCount());
        size_t routing = 0;
        for (const Flow *f : bank.graph.flows())
            routing += f->kind != FlowKind::Evidence;
        QCOMPARE(b.graph.flowCount(), routing);
        const Step *interview = b.graph.step(QStringLiteral("interview"));
        QVERIFY(interview);
        QCOMPARE(interview->time, bank.graph.step(QStringLiteral("interview"))->time);
        QCOMPARE(interview->lane, bank.graph.step(QStringLiteral("interview"))->lane);
    }

    void importGood()
    {
        const QByteArray csv = "\xEF\xBB\xBFid,title,lane,kind,time,servers,scv,next\r\n"
                               "s,Arrive,customer,start,,,,a\r\n"
                               "a,\"Greet, smile\",frontstage,action,2.5,2,0.5,b:0.7;c:0.3\r\n"
                               "b,Check,Loan office,action,10,inf,,e\r\n"
                               "c,Reject,back,action,1,,,e\r\n"
                               "e,Done,customer,end,,,,\r\n";
        const CsvImport r = importStepsCsv(csv);
        QVERIFY2(r.ok(), r.diagnostics.isEmpty() ? "" : qPrintable(r.diagnostics[0].message));
        const Blueprint &b = *r.blueprint;
        QCOMPARE(b.graph.stepCount(), size_t(5));
        QCOMPARE(b.graph.flowCount(), size_t(5));
        const Step *a = b.graph.step(QStringLiteral("a"));
        QCOMPARE(a->title, QStringLiteral("Greet, smile"));
        QCOMPARE(a->time, 2.5);
        QCOMPARE(a->servers->count, 2);
        QCOMPARE(a->scv, 0.5);
        QCOMPARE(b.lane(a->lane)->kind, LaneKind::Frontstage);
        QVERIFY(b.graph.step(QStringLiteral("b"))->servers->infinite);
        // A lane that does not exist yet is created, kind other.
        const Lane *office = b.lane(b.graph.step(QStringLiteral("b"))->lane);
        QCOMPARE(office->title, QStringLiteral("Loan office"));
        QCOMPARE(office->kind, LaneKind::Other);
        double p = 0;
        for (const Flow *f : b.graph.outFlows(QStringLiteral("a")))
            p += f->p.value_or(0);
        QCOMPARE(p, 1.0);
        // Laid out left to right.
        QVERIFY(b.graph.step(QStringLiteral("s"))->pos.x() < a->pos.x());
        QVERIFY(a->pos.x() < b.graph.step(QStringLiteral("b"))->pos.x());
    }

    void importDropsControlCharacters()
    {
        const CsvImport r = importStepsCsv("id,title\na,\"bad\x01\x1b title\"\n");
        QVERIFY(r.ok());
        QCOMPARE(r.blueprint->graph.step(QStringLiteral("a"))->title, QStringLiteral("bad title"));
    }

    void importSemicolons()
    {
        const CsvImport r = importStepsCsv("id;title;next\n"
                                           "a;One;\"b:1\"\n"
                                           "b;Two;\n");
        QVERIFY(r.ok());
        QCOMPARE(r.blueprint->graph.flowCount(), size_t(1));
    }

    void importErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("words");
        QTest::newRow("unclosed quote")
            << QByteArray("id,title\na,\"open\nb,x\n") << 2 << 3 << QStringLiteral("not closed");
        QTest::newRow("text after quote")
            << QByteArray("id,title\na,\"x\"y\n") << 2 << 6 << QStringLiteral("closing quote");
        QTest::newRow("quote inside")
            << QByteArray("id,title\na,x\"y\n") << 2 << 4 << QStringLiteral("quote");
        QTest::newRow("no id column")
            << QByteArray("name,title\na,b\n") << 1 << 1 << QStringLiteral("'id'");
        QTest::newRow("bad id") << QByteArray("id,title\n9a,b\n") << 2 << 1
                                << QStringLiteral("not a valid id");
        QTest::newRow("duplicate id")
            << QByteArray("id,title\na,b\nc,d\na,e\n") << 4 << 1 << QStringLiteral("twice");
        QTest::newRow("bad number")
            << QByteArray("id,time\na,1\nb,1,5\nc,x\n") << 4 << 3 << QStringLiteral("not a number");
        QTest::newRow("decimal comma")
            << QByteArray("id,title,time\na,A,\"2,5\"\n") << 2 << 5 << QStringLiteral("'.'");
        QTest::newRow("unknown kind")
            << QByteArray("id,kind\na,task\n") << 2 << 3 << QStringLiteral("step kind");
        QTest::newRow("unknown next")
            << QByteArray("id,next\na,b\nb,zz\n") << 3 << 3 << QStringLiteral("zz");
        QTest::newRow("bad probability")
            << QByteArray("id,next\na,b:1.5\nb,\n") << 2 << 3 << QStringLiteral("from 0 to 1");
        QTest::newRow("fractional servers")
            << QByteArray("id,servers\na,1.5\n") << 2 << 3 << QStringLiteral("whole number");
        QTest::newRow("empty") << QByteArray("") << 1 << 1 << QStringLiteral("header");
    }
    void importErrors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, words);
        const CsvImport r = importStepsCsv(csv);
        QVERIFY(!r.ok());
        const Diagnostic *error = nullptr;
        for (const Diagnostic &d : r.diagnostics)
            if (d.isError()) {
                error = &d;
                break;
            }
        QVERIFY(error);
        QVERIFY2(error->message.contains(words), qPrintable(error->message));
        QCOMPARE(error->line, line);
        QCOMPARE(error->column, column);
    }

    void unknownColumnIsAWarning()
    {
        const CsvImport r = importStepsCsv("id,colour\na,red\n");
        QVERIFY(r.ok());
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].severity, Diagnostic::Severity::Warning);
        QCOMPARE(r.diagnostics[0].column, 4);
    }

    void cliConvertCsv()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("steps.csv"));
        QVERIFY(writeFile(csv,
                          "id,title,lane,kind,next\ns,Start,customer,start,a\n"
                          "a,Do it,front,action,e\ne,End,customer,end,\n"));
        const QString out = dir.filePath(QStringLiteral("out.blueprint"));
        CliRun r = runCli({ QStringLiteral("convert"), csv, out });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const ReadResult read = readNativeFile(out);
        QVERIFY(read.ok());
        QCOMPARE(read.blueprint->graph.stepCount(), size_t(3));
        // To BPMN as well, and a malformed file gives file:line:column and status 2.
        r = runCli({ QStringLiteral("convert"), csv, dir.filePath(QStringLiteral("out.bpmn")) });
        QCOMPARE(r.status, 0);
        QVERIFY(writeFile(csv, "id,next\na,nowhere\n"));
        r = runCli(
            { QStringLiteral("convert"), csv, dir.filePath(QStringLiteral("bad.blueprint")) });
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(csv + QStringLiteral(":2:3: error:")), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bad.blueprint"))));
        r = runCli({ QStringLiteral("convert"), out, dir.filePath(QStringLiteral("x.csv")) });
        QCOMPARE(r.status, 2);
        // An existing file is not overwritten without --force.
        r = runCli({ QStringLiteral("convert"), csv, out });
        QCOMPARE(r.status, 2);
    }
};

QTEST_MAIN(TestCsv)
#include "tst_csv.moc"
