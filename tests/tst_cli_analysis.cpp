// `blueprint analyze` and `blueprint simulate` (spec/cli.md): JSON keys and figures on the bank
// case of analysis.md §5.2, text output, --wait-model, --fail-on and exit codes, and the analysis
// settings a file saves (<analysis>), which every command that analyses uses.

#include "clitestutil.h"
#include "export/reviewdata.h"
#include "io/nativereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace bp;
using namespace bp::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const Run &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    return doc.object();
}

/// The bank case's expected figures, read from the spec's oracle file.
QJsonObject bankExpected()
{
    QFile f(QStringLiteral(BLUEPRINT_SHARED_DIR "/spec/analysis-cases.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll())
        .object()[u"b_bank_loan_blueprint"_s]
        .toObject()[u"expected"_s]
        .toObject();
}

bool near(double a, double b, double tol)
{
    return std::abs(a - b) <= tol * std::max(1.0, std::abs(b));
}

/// The bank sample with @p analysis (an <analysis> element, or nothing) after its demand.
QByteArray bankWith(const QByteArray &analysis)
{
    QFile f(sample("bank-loan.blueprint"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = f.readAll();
    const QByteArray demand = "journey-tolerance=\"120\"/>\n";
    if (!analysis.isEmpty() && bytes.contains(demand))
        bytes.replace(demand, demand + "  " + analysis + "\n");
    return bytes;
}

/// The "CODE@first-element" of every finding of an analyze --format json run.
QStringList findingCodes(const QJsonObject &o)
{
    QStringList codes;
    for (const QJsonValue &v : o[u"findings"_s].toArray()) {
        const QJsonObject f = v.toObject();
        codes << f[u"code"_s].toString() + u'@' + f[u"elements"_s].toArray().first().toString();
    }
    return codes;
}

} // namespace

class TestCliAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void usage_data();
    void usage();
    void analyzeBankJson();
    void analyzeWaitModels();
    void analyzeUnstableGivesNull();
    void analyzeText();
    void failOn_data();
    void failOn();
    void analyzeModelWithErrors();
    void simulateBankJson();
    void simulateIsDeterministic();
    void analyzeUsesFileSettings_data();
    void analyzeUsesFileSettings();
    void probabilityToleranceFromFile();
    void exportsUseFileSettings();
};

void TestCliAnalysis::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    const QString bank = sample("bank-loan.blueprint");
    QTest::newRow("analyze help") << QStringList { u"analyze"_s, u"--help"_s } << 0
                                  << "--wait-model";
    QTest::newRow("analyze no file") << QStringList { u"analyze"_s } << 2 << "exactly one file";
    QTest::newRow("analyze bad format")
        << QStringList { u"analyze"_s, bank, u"--format"_s, u"xml"_s } << 2
        << "--format must be text or json";
    QTest::newRow("analyze bad model")
        << QStringList { u"analyze"_s, bank, u"--wait-model"_s, u"magic"_s } << 2
        << "--wait-model must be";
    QTest::newRow("analyze bad fail-on")
        << QStringList { u"analyze"_s, bank, u"--fail-on"_s, u"info"_s } << 2
        << "--fail-on must be";
    QTest::newRow("analyze missing file")
        << QStringList { u"analyze"_s, u"/no/such.blueprint"_s } << 2 << "does not exist";
    QTest::newRow("analyze missing AP table")
        << QStringList { u"analyze"_s, bank, u"--ap-table"_s, u"/no/such.csv"_s } << 2
        << "such.csv";
    QTest::newRow("simulate help")
        << QStringList { u"simulate"_s, u"--help"_s } << 0 << "--replications";
    QTest::newRow("simulate bad customers")
        << QStringList { u"simulate"_s, bank, u"--customers"_s, u"0"_s } << 2
        << "--customers must be";
    QTest::newRow("simulate bad warmup")
        << QStringList { u"simulate"_s, bank, u"--customers"_s, u"100"_s, u"--warmup"_s, u"100"_s }
        << 2 << "--warmup must be";
}

void TestCliAnalysis::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, expected);
    const Run r = run(args);
    QCOMPARE(r.status, status);
    QVERIFY2((r.out + r.err).contains(expected), qPrintable(r.out + r.err));
    if (status == 2)
        QVERIFY(r.out.isEmpty());
}

void TestCliAnalysis::analyzeBankJson()
{
    const Run r = run({ u"analyze"_s, sample("bank-loan.blueprint"), u"--format"_s, u"json"_s,
                        u"--wait-model"_s, u"exact"_s });
    QCOMPARE(r.status, 0);
    const QJsonObject o = json(r);
    const QJsonObject expected = bankExpected();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(o[u"wait_model"_s].toString(), u"exact"_s);
    const QJsonObject p = o[u"process"_s].toObject();
    QCOMPARE(p[u"bottlenecks"_s].toArray(), QJsonArray { u"interview"_s });
    QVERIFY(near(p[u"capacity_per_hour"_s].toDouble(),
                 expected[u"process_capacity_per_hour"_s].toDouble(), 1e-4));
    QVERIFY(near(p[u"flow_time_min"_s].toDouble(),
                 expected[u"flow_time_min"_s].toObject()[u"exact_mmc"_s].toDouble(), 1e-4));
    QVERIFY(near(p[u"theoretical_flow_time_min"_s].toDouble(),
                 expected[u"theoretical_flow_time_min"_s].toDouble(), 1e-4));
    QVERIFY(near(p[u"wip"_s].toDouble(), expected[u"wip_littles_law_exact"_s].toDouble(), 1e-4));
    QVERIFY(near(p[u"p_failure_free"_s].toDouble(),
                 expected[u"p_failure_free_journey"_s].toDouble(), 1e-5));
    QVERIFY(near(p[u"expected_failures_per_customer"_s].toDouble(),
                 expected[u"expected_failure_events_per_customer"_s].toDouble(), 1e-6));
    const QJsonObject crossings = p[u"line_crossings"_s].toObject();
    const QJsonObject expectedCrossings = expected[u"line_crossings"_s].toObject();
    QVERIFY(
        near(crossings[u"visibility"_s].toDouble(),
             expectedCrossings[u"visibility"_s].toObject()[u"expected_per_customer"_s].toDouble(),
             1e-9));
    QVERIFY(near(crossings[u"internal"_s].toDouble(),
                 expectedCrossings[u"internal_interaction"_s]
                     .toObject()[u"expected_per_customer"_s]
                     .toDouble(),
                 1e-9));
    QStringList spof;
    for (const QJsonValue &v : p[u"single_points_of_failure"_s].toArray())
        spof << v.toString();
    QStringList expectedSpof;
    for (const QJsonValue &v :
         expected[u"structural"_s].toObject()[u"dominators_of_END_excl_START_END"_s].toArray())
        expectedSpof << v.toString();
    QCOMPARE(spof, expectedSpof);

    const QJsonObject interview = o[u"steps"_s].toObject()[u"interview"_s].toObject();
    const QJsonObject expectedInterview
        = expected[u"per_node"_s].toObject()[u"interview"_s].toObject();
    QVERIFY(near(interview[u"visits"_s].toDouble(), 1.25, 1e-9));
    QVERIFY(near(interview[u"utilization"_s].toDouble(), 0.85, 1e-9));
    QCOMPARE(interview[u"servers"_s].toInt(), 3);
    QVERIFY(near(interview[u"wait_min"_s].toDouble(),
                 expectedInterview[u"Wq_exact_mmc"_s].toDouble(), 1e-4));
    QVERIFY(near(interview[u"p_wait_over_tolerance"_s].toDouble(),
                 expectedInterview[u"p_wait_gt_tol_mmc"_s].toDouble(), 1e-3));
    QCOMPARE(interview[u"rpn"_s].toInt(), 168);
    QCOMPARE(o[u"steps"_s].toObject()[u"form"_s].toObject()[u"servers"_s].toString(), u"inf"_s);
    QVERIFY(o[u"pools"_s].toObject()[u"interview"_s].toObject()[u"utilization"_s].isDouble());

    // Every finding has a known severity, elements and a message; the flags of the spec are
    // there.
    QSet<QString> codes;
    for (const QJsonValue &v : o[u"findings"_s].toArray()) {
        const QJsonObject f = v.toObject();
        QVERIFY(QStringList({ u"info"_s, u"warning"_s, u"error"_s })
                    .contains(f[u"severity"_s].toString()));
        QVERIFY(!f[u"message"_s].toString().isEmpty());
        codes << f[u"code"_s].toString() + u'@' + f[u"elements"_s].toArray().first().toString();
    }
    for (const char *expectedCode :
         { "HIGH_UTILISATION@interview", "WAIT_EXCEEDS_TOLERANCE@interview",
           "SERVICE_LEVEL_BELOW_TARGET@interview", "SERVICE_LEVEL_BELOW_TARGET@contract",
           "FAIL_POINT_WITHOUT_RECOVERY@interview", "FAIL_POINT_WITHOUT_RECOVERY@contract",
           "FAIL_POINT_WITHOUT_RECOVERY@disburse", "SPOF_SINGLE_SERVER@greet" })
        QVERIFY2(codes.contains(QString::fromLatin1(expectedCode)), expectedCode);
}

void TestCliAnalysis::analyzeWaitModels()
{
    // Allen–Cunneen with QNA: interview's wait is 11.46 and no longer exceeds its tolerance
    // (analysis.md §5.2).
    const Run r = run({ u"analyze"_s, sample("bank-loan.blueprint"), u"--format"_s, u"json"_s,
                        u"--wait-model"_s, u"allen-cunneen"_s });
    QCOMPARE(r.status, 0);
    const QJsonObject o = json(r);
    QCOMPARE(o[u"wait_model"_s].toString(), u"allen-cunneen"_s);
    const double wait
        = o[u"steps"_s].toObject()[u"interview"_s].toObject()[u"wait_min"_s].toDouble();
    const double expected = bankExpected()[u"per_node"_s]
                                .toObject()[u"interview"_s]
                                .toObject()[u"Wq_allen_cunneen_qna"_s]
                                .toDouble();
    QVERIFY2(near(wait, expected, 1e-4), qPrintable(QString::number(wait)));
    for (const QJsonValue &v : o[u"findings"_s].toArray())
        QVERIFY(v.toObject()[u"code"_s].toString() != u"WAIT_EXCEEDS_TOLERANCE"_s);
    // auto picks Allen–Cunneen for the bank (its SCVs are not 1).
    const Run a = run({ u"analyze"_s, sample("bank-loan.blueprint"), u"--format"_s, u"json"_s });
    QCOMPARE(json(a)[u"wait_model"_s].toString(), u"allen-cunneen"_s);
}

void TestCliAnalysis::analyzeUnstableGivesNull()
{
    // The bank at 15 customers an hour: the interview pool is unstable, so its wait and the
    // flow time do not exist (null, never a made-up number).
    QFile f(sample("bank-loan.blueprint"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    bytes.replace("arrival-rate=\"12\"", "arrival-rate=\"15\"");
    QTemporaryDir dir;
    const QString path = write(dir, u"busy.blueprint"_s, bytes);
    const Run r = run({ u"analyze"_s, path, u"--format"_s, u"json"_s, u"--wait-model"_s, u"exact"_s,
                        u"--fail-on"_s, u"error"_s });
    QCOMPARE(r.status, 1);
    const QJsonObject o = json(r);
    QVERIFY(o[u"process"_s].toObject()[u"flow_time_min"_s].isNull());
    QVERIFY(o[u"steps"_s].toObject()[u"interview"_s].toObject()[u"wait_min"_s].isNull());
    QVERIFY(near(o[u"steps"_s].toObject()[u"interview"_s].toObject()[u"utilization"_s].toDouble(),
                 1.0625, 1e-9));
    bool unstable = false;
    for (const QJsonValue &v : o[u"findings"_s].toArray()) {
        const QJsonObject f = v.toObject();
        if (f[u"code"_s].toString() == u"UNSTABLE"_s) {
            unstable = true;
            QCOMPARE(f[u"severity"_s].toString(), u"error"_s);
            QCOMPARE(f[u"values"_s].toObject()[u"servers_needed"_s].toInt(), 4);
        }
    }
    QVERIFY(unstable);
}

void TestCliAnalysis::analyzeText()
{
    const Run r
        = run({ u"analyze"_s, sample("bank-loan.blueprint"), u"--wait-model"_s, u"exact"_s });
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(u"Flow time: 117.73"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"bottleneck: interview"_s));
    QVERIFY(r.out.contains(u"[WAIT_EXCEEDS_TOLERANCE]"_s));
    QVERIFY(r.out.contains(u"“Loan interview”"_s));
}

void TestCliAnalysis::failOn_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("status");
    // The bank case has errors (FMEA severity) and warnings.
    QTest::newRow("never") << u"never"_s << 0;
    QTest::newRow("warning") << u"warning"_s << 1;
    QTest::newRow("error") << u"error"_s << 1;
}

void TestCliAnalysis::failOn()
{
    QFETCH(QString, level);
    QFETCH(int, status);
    const Run r = run({ u"analyze"_s, sample("bank-loan.blueprint"), u"--fail-on"_s, level });
    QCOMPARE(r.status, status);
    QVERIFY(!r.out.isEmpty());
}

void TestCliAnalysis::analyzeModelWithErrors()
{
    // A decision whose branches add up to 90%: the analysis reports it and computes no waits.
    QFile f(sample("bank-loan.blueprint"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    bytes.replace("to=\"credit\" p=\"0.8\"", "to=\"credit\" p=\"0.7\"");
    QTemporaryDir dir;
    const QString path = write(dir, u"broken.blueprint"_s, bytes);
    const Run r = run({ u"analyze"_s, path, u"--format"_s, u"json"_s, u"--fail-on"_s, u"error"_s });
    QCOMPARE(r.status, 1);
    const QJsonObject o = json(r);
    QCOMPARE(o[u"complete"_s].toBool(), false);
    QVERIFY(o[u"process"_s].toObject()[u"flow_time_min"_s].isNull());
    const QJsonObject first = o[u"findings"_s].toArray().first().toObject();
    QCOMPARE(first[u"code"_s].toString(), u"PROBABILITY_SUM"_s);
    QCOMPARE(first[u"elements"_s].toArray().first().toString(), u"docver"_s);
    QVERIFY(r.err.contains(u"broken.blueprint"_s)); // the reader's warning, with its position
}

void TestCliAnalysis::simulateBankJson()
{
    const Run r
        = run({ u"simulate"_s, sample("bank-loan.blueprint"), u"--customers"_s, u"4000"_s,
                u"--replications"_s, u"4"_s, u"--exponential"_s, u"--format"_s, u"json"_s });
    QCOMPARE(r.status, 0);
    const QJsonObject o = json(r);
    QCOMPARE(o[u"status"_s].toString(), u"ok"_s);
    QCOMPARE(o[u"replications"_s].toInt(), 4);
    QCOMPARE(o[u"customers"_s].toInt(), 4000);
    const QJsonObject flow = o[u"process"_s].toObject()[u"flow_time_min"_s].toObject();
    QVERIFY(flow[u"ci95"_s].toDouble() > 0);
    // A short run: only a sanity band around the exact 117.7 min.
    QVERIFY2(flow[u"mean"_s].toDouble() > 90 && flow[u"mean"_s].toDouble() < 150,
             qPrintable(QString::number(flow[u"mean"_s].toDouble())));
    const QJsonObject throughput = o[u"process"_s].toObject()[u"throughput_per_hour"_s].toObject();
    QVERIFY(near(throughput[u"mean"_s].toDouble(), 12.0, 0.1));
    const QJsonObject visits
        = o[u"steps"_s].toObject()[u"interview"_s].toObject()[u"visits"_s].toObject();
    QVERIFY(near(visits[u"mean"_s].toDouble(), 1.25, 0.03));
}

void TestCliAnalysis::simulateIsDeterministic()
{
    const QStringList args { u"simulate"_s,       sample("bank-loan.blueprint"),
                             u"--customers"_s,    u"500"_s,
                             u"--replications"_s, u"2"_s,
                             u"--seed"_s,         u"7"_s };
    const Run a = run(args);
    const Run b = run(args);
    QCOMPARE(a.status, 0);
    QCOMPARE(a.out, b.out);
    QVERIFY(a.out.contains(u"Flow time: "_s));
    const Run c = run(QStringList(args).replaceInStrings(u"7"_s, u"8"_s));
    QVERIFY(a.out != c.out);
}

void TestCliAnalysis::analyzeUsesFileSettings_data()
{
    QTest::addColumn<QByteArray>("analysis");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("waitModel");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    // The greeting's RPN is 45, the credit check's 48; underwriting has S = 9, disbursing S = 10.
    QTest::newRow("defaults") << QByteArray() << QStringList() << u"allen-cunneen"_s
                              << QStringList { u"FMEA_RPN@docver"_s, u"FMEA_SEVERITY@underwrite"_s }
                              << QStringList { u"FMEA_RPN@greet"_s, u"FMEA_RPN@credit"_s };
    QTest::newRow("rpn threshold lowered")
        << QByteArray("<analysis rpn-threshold=\"45\"/>") << QStringList() << u"allen-cunneen"_s
        << QStringList { u"FMEA_RPN@greet"_s, u"FMEA_RPN@credit"_s } << QStringList();
    QTest::newRow("rpn threshold between")
        << QByteArray("<analysis rpn-threshold=\"46\"/>") << QStringList() << u"allen-cunneen"_s
        << QStringList { u"FMEA_RPN@credit"_s } << QStringList { u"FMEA_RPN@greet"_s };
    QTest::newRow("severity threshold raised")
        << QByteArray("<analysis severity-threshold=\"10\"/>") << QStringList()
        << u"allen-cunneen"_s << QStringList { u"FMEA_SEVERITY@disburse"_s }
        << QStringList { u"FMEA_SEVERITY@underwrite"_s };
    // The exact formula makes the interview wait 16.6 min, over its tolerance of 15.
    QTest::newRow("wait model from the file")
        << QByteArray("<analysis wait-model=\"exact\"/>") << QStringList() << u"exact"_s
        << QStringList { u"WAIT_EXCEEDS_TOLERANCE@interview"_s } << QStringList();
    QTest::newRow("--wait-model replaces the file's")
        << QByteArray("<analysis wait-model=\"exact\" rpn-threshold=\"45\"/>")
        << QStringList { u"--wait-model"_s, u"allen-cunneen"_s } << u"allen-cunneen"_s
        << QStringList { u"FMEA_RPN@greet"_s }
        << QStringList { u"WAIT_EXCEEDS_TOLERANCE@interview"_s };
    QTest::newRow("--wait-model sakasegawa")
        << QByteArray() << QStringList { u"--wait-model"_s, u"sakasegawa"_s } << u"sakasegawa"_s
        << QStringList() << QStringList();
}

void TestCliAnalysis::analyzeUsesFileSettings()
{
    QFETCH(QByteArray, analysis);
    QFETCH(QStringList, options);
    QFETCH(QString, waitModel);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QTemporaryDir dir;
    const QString path = write(dir, u"bank.blueprint"_s, bankWith(analysis));
    const Run r = run(QStringList { u"analyze"_s, path, u"--format"_s, u"json"_s } + options);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QJsonObject o = json(r);
    QCOMPARE(o[u"wait_model"_s].toString(), waitModel);
    const QStringList codes = findingCodes(o);
    for (const QString &code : present)
        QVERIFY2(codes.contains(code), qPrintable(code));
    for (const QString &code : absent)
        QVERIFY2(!codes.contains(code), qPrintable(code));
}

void TestCliAnalysis::probabilityToleranceFromFile()
{
    // Verification's branches add up to 0.9995: refused by default, accepted by analyze and
    // simulate alike when the file allows 0.001.
    const auto write995 = [](const QTemporaryDir &dir, const QByteArray &analysis) {
        QByteArray bytes = bankWith(analysis);
        bytes.replace("to=\"credit\" p=\"0.8\"", "to=\"credit\" p=\"0.7995\"");
        return write(dir, u"bank.blueprint"_s, bytes);
    };
    const QStringList simulate { u"--customers"_s, u"300"_s, u"--replications"_s, u"2"_s };
    QTemporaryDir strict;
    const QString strictPath = write995(strict, {});
    const Run a = run({ u"analyze"_s, strictPath, u"--format"_s, u"json"_s });
    QVERIFY(findingCodes(json(a)).contains(u"PROBABILITY_SUM@docver"_s));
    const Run s = run(QStringList { u"simulate"_s, strictPath } + simulate);
    QCOMPARE(s.status, 2);
    QVERIFY2(s.err.contains(u"sum to"_s), qPrintable(s.err));

    QTemporaryDir loose;
    const QString loosePath = write995(loose, "<analysis probability-tolerance=\"0.001\"/>");
    const Run b = run({ u"analyze"_s, loosePath, u"--format"_s, u"json"_s });
    QCOMPARE(json(b)[u"complete"_s].toBool(), true);
    QVERIFY(!findingCodes(json(b)).contains(u"PROBABILITY_SUM@docver"_s));
    const Run t = run(QStringList { u"simulate"_s, loosePath } + simulate);
    QCOMPARE(t.status, 0);
}

void TestCliAnalysis::exportsUseFileSettings()
{
    // What `export --overlay` draws and what `report` lists come from the file's settings too.
    const auto load = [](const QByteArray &analysis) {
        return readNative(bankWith(analysis)).blueprint.value_or(Blueprint {});
    };
    const Blueprint plain = load({});
    const Blueprint exact = load("<analysis wait-model=\"exact\" rpn-threshold=\"45\"/>");
    QVERIFY(exact.analysisSettings.rpnThreshold == 45);
    // With the exact formula the contract's wait misses its service level: a W on the overlay.
    QVERIFY(!exporting::overlayData(plain).steps.value(u"contract"_s).waitPoint);
    QVERIFY(exporting::overlayData(exact).steps.value(u"contract"_s).waitPoint);
    const auto rpnFlagged = [](const Blueprint &bp, const QString &id) {
        const exporting::ReviewData review = exporting::reviewAnalysis(bp);
        return std::any_of(review.findings.begin(), review.findings.end(),
                           [&](const analysis::Finding &f) {
                               return f.code == u"FMEA_RPN"_s && f.elements.value(0) == id;
                           });
    };
    QVERIFY(!rpnFlagged(plain, u"greet"_s));
    QVERIFY(rpnFlagged(exact, u"greet"_s));
}

QTEST_GUILESS_MAIN(TestCliAnalysis)
#include "tst_cli_analysis.moc"
