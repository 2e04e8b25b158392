// Failure analysis: FMEA ranking and flags, Action Priority tables from CSV, expected failure
// events and P(failure-free journey), the recovery audit; a sanity run on large generated
// blueprints. Oracles come from ../shared/spec/analysis-cases.json at run time.

#include "analysis/actionpriority.h"
#include "analysis/failure.h"
#include "analysis/fmea.h"
#include "analysis/structure.h"
#include "analysis/validate.h"
#include "analysistestutil.h"
#include "generate/generator.h"
#include "io/nativereader.h"
#include "structuretestutil.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>
#include <set>

using namespace bp;
using namespace bp::analysis;
using namespace bp::test;

namespace {

std::vector<FmeaRow> d1Rows()
{
    std::vector<FmeaRow> rows;
    for (const QJsonValue &r : cases()
                                   .value(QStringLiteral("d1_fmea"))
                                   .toObject()
                                   .value(QStringLiteral("rows"))
                                   .toArray()) {
        const QJsonObject o = r.toObject();
        rows.push_back({ o.value(QStringLiteral("id")).toString(),
                         o.value(QStringLiteral("step")).toString(),
                         o.value(QStringLiteral("S")).toInt(), o.value(QStringLiteral("O")).toInt(),
                         o.value(QStringLiteral("D")).toInt() });
    }
    return rows;
}

/// Steps of the findings with @p code, in order.
QStringList stepsWith(const Findings &findings, const QString &code)
{
    QStringList out;
    for (const Finding &f : findings) {
        if (f.code == code)
            out.append(f.elements.first());
    }
    return out;
}

/// A complete table: L everywhere, H for severity 9–10.
const char *const severityFirstTable = "# illustrative table, not the AIAG-VDA one\n"
                                       "severity,occurrence,detection,ap\n"
                                       "*,*,*,L\n"
                                       "9-10,*,*,H\n";

} // namespace

class TestFailure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void fmeaRanking();
    void fmeaFlags();
    void fmeaOfBankSteps();

    void actionPriorityValid();
    void actionPriorityFullRows();
    void actionPriorityMalformed_data();
    void actionPriorityMalformed();
    void actionPriorityReportsEveryBadRow();
    void actionPriorityFlags();
    void actionPriorityExampleFile();

    void bankFailureMetrics();
    void bankFailPoints();
    void bankUnrecovered();
    void forkBranchesMultiply();
    void forkInsideReworkLoop();

    void generatedBlueprints_data();
    void generatedBlueprints();
};

void TestFailure::initTestCase()
{
    QVERIFY2(!cases().isEmpty(), "analysis-cases.json not found or not JSON");
}

// ---------------------------------------------------------------------------------------------
// FMEA

void TestFailure::fmeaRanking()
{
    const QJsonObject d1 = cases().value(QStringLiteral("d1_fmea")).toObject();
    const std::vector<FmeaEntry> ranked = rankFmea(d1Rows());
    QStringList order;
    for (const FmeaEntry &e : ranked)
        order.append(e.row.id);
    QCOMPARE(order, strings(d1.value(QStringLiteral("ranking"))));
    for (const QJsonValue &r : d1.value(QStringLiteral("rows")).toArray()) {
        const auto it = std::find_if(ranked.begin(), ranked.end(), [&](const FmeaEntry &e) {
            return e.row.id == r[QStringLiteral("id")].toString();
        });
        QVERIFY(it != ranked.end());
        QCOMPARE(it->rpn, r[QStringLiteral("RPN")].toInt());
        QCOMPARE(it->rpnFlag, r[QStringLiteral("flag_rpn_ge_100")].toBool());
        QCOMPARE(it->severityFlag, r[QStringLiteral("flag_severity_ge_9")].toBool());
    }
}

void TestFailure::fmeaFlags()
{
    const QJsonObject d1 = cases().value(QStringLiteral("d1_fmea")).toObject();
    const std::vector<FmeaEntry> ranked = rankFmea(d1Rows());
    QStringList flagged;
    for (const FmeaEntry &e : ranked) {
        if (e.flagged())
            flagged.append(e.row.id);
    }
    QCOMPARE(flagged, strings(d1.value(QStringLiteral("flagged"))));

    // FM2, FM1, FM8, FM5 by RPN (warnings); FM4 and FM6 by severity (errors).
    const Findings findings = fmeaFindings(ranked);
    QStringList byRpn, bySeverity;
    for (const Finding &f : findings) {
        const QString mode = f.values.value(QStringLiteral("failure_mode")).toString();
        if (f.code == QLatin1String("FMEA_RPN")) {
            QCOMPARE(f.severity, Severity::Warning);
            byRpn.append(mode);
        } else if (f.code == QLatin1String("FMEA_SEVERITY")) {
            QCOMPARE(f.severity, Severity::Error);
            bySeverity.append(mode);
        }
    }
    QCOMPARE(byRpn, ids("FM2 FM1 FM8 FM5"));
    QCOMPARE(bySeverity, ids("FM4 FM6"));

    // A stricter project threshold flags fewer.
    Settings strict;
    strict.rpnThreshold = 125;
    QStringList strictRpn;
    for (const FmeaEntry &e : rankFmea(d1Rows(), strict)) {
        if (e.rpnFlag)
            strictRpn.append(e.row.id);
    }
    QCOMPARE(strictRpn, ids("FM2 FM1 FM8"));
}

void TestFailure::fmeaOfBankSteps()
{
    // The example file carries the d1 scores on its steps: the ranking by step must be the
    // ranking of d1 mapped to steps.
    QHash<QString, QString> stepOf;
    for (const FmeaRow &r : d1Rows())
        stepOf.insert(r.id, r.step);
    QStringList expected;
    for (const QString &id : strings(
             cases().value(QStringLiteral("d1_fmea")).toObject().value(QStringLiteral("ranking"))))
        expected.append(stepOf.value(id));
    const FailureResult r = analyseFailures(bankSnapshot(), bankVisits(bankSnapshot()));
    QStringList got;
    for (const FmeaEntry &e : r.fmea)
        got.append(e.row.step);
    QCOMPARE(got, expected);
}

// ---------------------------------------------------------------------------------------------
// Action Priority tables

void TestFailure::actionPriorityValid()
{
    const ActionPriorityLoad load = parseActionPriority(severityFirstTable);
    QVERIFY2(load.diagnostics.isEmpty(), qPrintable(load.diagnostics.value(0).message));
    QVERIFY(load.table);
    QCOMPARE(load.table->at(9, 1, 1), ActionPriority::High);
    QCOMPARE(load.table->at(10, 10, 10), ActionPriority::High);
    QCOMPARE(load.table->at(8, 10, 10), ActionPriority::Low);
    QCOMPARE(load.table->at(0, 1, 1), std::nullopt);

    // BOM, CRLF, spaces, lower-case letters, a single cell overriding a range.
    const ActionPriorityLoad crlf = parseActionPriority(
        "\xEF\xBB\xBFSeverity, Occurrence ,detection,AP\r\n*,*,*,l\r\n\r\n 5 ,5, 5 ,m\r\n");
    QVERIFY2(crlf.table, qPrintable(crlf.diagnostics.value(0).message));
    QCOMPARE(crlf.table->at(5, 5, 5), ActionPriority::Medium);
    QCOMPARE(crlf.table->at(5, 5, 4), ActionPriority::Low);
}

void TestFailure::actionPriorityFullRows()
{
    // All 1000 rows written out, as a spreadsheet export would.
    QByteArray csv = "severity,occurrence,detection,ap\n";
    for (int s = 1; s <= 10; ++s)
        for (int o = 1; o <= 10; ++o)
            for (int d = 1; d <= 10; ++d)
                csv += QByteArray::number(s) + ',' + QByteArray::number(o) + ','
                    + QByteArray::number(d) + ','
                    + (s * o * d >= 200  ? "H"
                           : s * o >= 30 ? "M"
                                         : "L")
                    + '\n';
    const ActionPriorityLoad load = parseActionPriority(csv);
    QVERIFY(load.table);
    QCOMPARE(load.table->at(10, 10, 2), ActionPriority::High);
    QCOMPARE(load.table->at(6, 5, 1), ActionPriority::Medium);
    QCOMPARE(load.table->at(1, 1, 1), ActionPriority::Low);
}

void TestFailure::actionPriorityMalformed_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("words"); // part of the message
    const QByteArray h = "severity,occurrence,detection,ap\n";
    QTest::newRow("wrong header") << QByteArray("sev,occ,det,ap\n*,*,*,L\n") << 1 << 1
                                  << QStringLiteral("header");
    QTest::newRow("three fields") << h + "9,*,H\n" << 2 << 6 << QStringLiteral("4 fields");
    QTest::newRow("five fields") << h + "9,*,*,H,x\n" << 2 << 9 << QStringLiteral("has 5");
    QTest::newRow("severity 11") << h + "11,*,*,H\n" << 2 << 1 << QStringLiteral("severity");
    QTest::newRow("occurrence 0") << h + "*,0,*,L\n" << 2 << 3 << QStringLiteral("occurrence");
    QTest::newRow("spaces before a bad value") << h + "*, 12 ,*,L\n"
                                               << 2 << 4 << QStringLiteral("\"12\"");
    QTest::newRow("backwards range") << h + "*,*,7-3,M\n" << 2 << 5 << QStringLiteral("3-7");
    QTest::newRow("not a number") << h + "*,*,x,M\n" << 2 << 5 << QStringLiteral("detection");
    QTest::newRow("bad priority") << h + "*,*,*,X\n" << 2 << 7 << QStringLiteral("H, M or L");
    QTest::newRow("comment lines count") << "# a table\n\n" + h + "*,*,*,Q\n"
                                         << 4 << 7 << QStringLiteral("H, M or L");
    QTest::newRow("incomplete") << h + "1-9,*,*,L\n"
                                << 3 << 1
                                << QStringLiteral("severity 10, occurrence 1, detection 1");
    QTest::newRow("empty") << QByteArray("# nothing\n") << 0 << 0 << QStringLiteral("no header");
}

void TestFailure::actionPriorityMalformed()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, words);
    const ActionPriorityLoad load = parseActionPriority(csv);
    QVERIFY(!load.table);
    QCOMPARE(load.diagnostics.size(), 1);
    const Diagnostic &d = load.diagnostics.front();
    QVERIFY(d.isError());
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QVERIFY2(d.message.contains(words), qPrintable(d.message));
    if (line > 0)
        QVERIFY(formatDiagnostic(QStringLiteral("ap.csv"), d)
                    .startsWith(QStringLiteral("ap.csv:%1:%2: error: ").arg(line).arg(column)));
}

void TestFailure::actionPriorityReportsEveryBadRow()
{
    const ActionPriorityLoad load = parseActionPriority("severity,occurrence,detection,ap\n"
                                                        "*,*,*,L\n"
                                                        "11,*,*,H\n"
                                                        "# fine below\n"
                                                        "9,*,*,H\n"
                                                        "9,*,0,Z\n");
    QVERIFY(!load.table);
    QCOMPARE(load.diagnostics.size(), 3);
    QCOMPARE(load.diagnostics[0].line, 3);
    QCOMPARE(load.diagnostics[0].column, 1);
    QCOMPARE(load.diagnostics[1].line, 6);
    QCOMPARE(load.diagnostics[1].column, 5);
    QCOMPARE(load.diagnostics[2].line, 6);
    QCOMPARE(load.diagnostics[2].column, 7);

    const ActionPriorityLoad missing = loadActionPriority(QStringLiteral("/nonexistent/ap.csv"));
    QVERIFY(!missing.table);
    QCOMPARE(missing.diagnostics.size(), 1);
}

void TestFailure::actionPriorityFlags()
{
    const ActionPriorityLoad load = parseActionPriority(severityFirstTable);
    QVERIFY(load.table);
    const Snapshot s = bankSnapshot();
    const FailureResult with = analyseFailures(s, bankVisits(s), {}, &*load.table);
    QStringList high = stepsWith(with.findings, QStringLiteral("FMEA_AP_HIGH"));
    high.sort();
    QCOMPARE(high, ids("disburse underwrite"));
    const FailureResult without = analyseFailures(s, bankVisits(s));
    QVERIFY(stepsWith(without.findings, QStringLiteral("FMEA_AP_HIGH")).isEmpty());
}

void TestFailure::actionPriorityExampleFile()
{
    // The illustrative table shipped with the examples (not the AIAG-VDA one).
    const ActionPriorityLoad load = loadActionPriority(QStringLiteral(
        BLUEPRINT_SOURCE_DIR "/resources/examples/action-priority-illustrative.csv"));
    QVERIFY2(load.table, qPrintable(load.diagnostics.value(0).message));
    QCOMPARE(load.table->at(9, 1, 1), ActionPriority::High);
    QCOMPARE(load.table->at(1, 10, 10), ActionPriority::Low);
    QCOMPARE(load.table->at(8, 5, 6), ActionPriority::High);
    QCOMPARE(load.table->at(8, 3, 7), ActionPriority::Medium);
    QCOMPARE(load.table->at(3, 2, 2), ActionPriority::Low);
    const Snapshot s = bankSnapshot();
    const FailureResult r = analyseFailures(s, bankVisits(s), {}, &*load.table);
    QStringList high = stepsWith(r.findings, QStringLiteral("FMEA_AP_HIGH"));
    high.sort();
    QCOMPARE(high, ids("disburse interview underwrite"));
}

// ---------------------------------------------------------------------------------------------
// Probabilistic failure metrics and recovery

void TestFailure::bankFailureMetrics()
{
    const Snapshot s = bankSnapshot();
    const FailureResult r = analyseFailures(s, bankVisits(s));
    const double ef
        = bankExpected().value(QStringLiteral("expected_failure_events_per_customer")).toDouble();
    const double pff = bankExpected().value(QStringLiteral("p_failure_free_journey")).toDouble();
    QVERIFY2(qAbs(r.expectedFailures - ef) < 1e-6,
             qPrintable(QString::number(r.expectedFailures, 'g', 12)));
    QVERIFY(r.failureFreeOk);
    qInfo("E_F = %.9f (oracle %.6f), P_ff = %.9f (oracle %.6f)", r.expectedFailures, ef,
          r.failureFree, pff);
    QVERIFY2(qAbs(r.failureFree - pff) < 1e-6, qPrintable(QString::number(r.failureFree, 'g', 12)));
}

void TestFailure::bankFailPoints()
{
    const QJsonObject expected = bankExpected().value(QStringLiteral("fail_points")).toObject();
    const std::vector<FailPoint> got = recoveryAudit(bankSnapshot());
    QCOMPARE(int(got.size()), int(expected.size()));
    for (const FailPoint &fp : got) {
        QVERIFY2(expected.contains(fp.step), qPrintable(fp.step));
        const QJsonObject e = expected.value(fp.step).toObject();
        QCOMPARE(fp.recovered, e.value(QStringLiteral("recovered")).toBool());
        QVERIFY(qAbs(fp.pFail - e.value(QStringLiteral("p_unrouted")).toDouble()) < 1e-12);
        const QJsonArray flows = e.value(QStringLiteral("failure_edges")).toArray();
        QCOMPARE(int(fp.failureFlows.size()), int(flows.size()));
        for (qsizetype i = 0; i < flows.size(); ++i) {
            QCOMPARE(fp.failureFlows[size_t(i)].first, flows[i].toArray().at(0).toString());
            QVERIFY(qAbs(fp.failureFlows[size_t(i)].second - flows[i].toArray().at(1).toDouble())
                    < 1e-12);
        }
    }
}

void TestFailure::bankUnrecovered()
{
    const Snapshot s = bankSnapshot();
    const FailureResult r = analyseFailures(s, bankVisits(s));
    QStringList expected;
    for (const QJsonValue &f : bankExpected().value(QStringLiteral("flags")).toArray()) {
        if (f[QStringLiteral("flag")].toString() == QLatin1String("FAIL_POINT_WITHOUT_RECOVERY"))
            expected.append(f[QStringLiteral("step")].toString());
    }
    QCOMPARE(stepsWith(r.findings, QStringLiteral("FAIL_POINT_WITHOUT_RECOVERY")), expected);
    QCOMPARE(expected, ids("interview contract disburse"));
    // disburse has S = 10: an error; the others are warnings.
    for (const Finding &f : r.findings) {
        if (f.code != QLatin1String("FAIL_POINT_WITHOUT_RECOVERY"))
            continue;
        QCOMPARE(f.severity,
                 f.elements.first() == QLatin1String("disburse") ? Severity::Error
                                                                 : Severity::Warning);
    }
}

void TestFailure::forkBranchesMultiply()
{
    // in → fork ⟨ x (p-fail 0.1), y (p-fail 0.2) ⟩ join → out: both branches must succeed.
    Builder b;
    b.start()
        .step(QStringLiteral("fork"), QStringLiteral("back"), StepKind::Fork)
        .step(QStringLiteral("x"))
        .step(QStringLiteral("y"))
        .step(QStringLiteral("join"), QStringLiteral("back"), StepKind::Join)
        .end()
        .edit(QStringLiteral("x"), [](Step &x) { x.pFail = 0.1; })
        .edit(QStringLiteral("y"), [](Step &y) { y.pFail = 0.2; });
    b.flow(QStringLiteral("in"), QStringLiteral("fork"))
        .flow(QStringLiteral("fork"), QStringLiteral("x"))
        .flow(QStringLiteral("fork"), QStringLiteral("y"))
        .flow(QStringLiteral("x"), QStringLiteral("join"))
        .flow(QStringLiteral("y"), QStringLiteral("join"))
        .flow(QStringLiteral("join"), QStringLiteral("out"));
    const Snapshot s = b.snapshot();
    const FailureResult r = analyseFailures(s, std::vector<double>(size_t(s.size()), 1.0));
    QVERIFY(qAbs(r.failureFree - 0.9 * 0.8) < 1e-12);
    QVERIFY(qAbs(r.expectedFailures - 0.3) < 1e-12);
}

void TestFailure::forkInsideReworkLoop()
{
    // in → a → fork ⟨ x (0.1), y (0.2) ⟩ join → b → (a 0.5 | out 0.5).
    // q_b = 0.5 q_a + 0.5, q_a = 0.72 q_b  ⇒  q_a = 0.36 / 0.64 = 0.5625.
    Builder b;
    b.start()
        .step(QStringLiteral("a"))
        .step(QStringLiteral("fork"), QStringLiteral("back"), StepKind::Fork)
        .step(QStringLiteral("x"))
        .step(QStringLiteral("y"))
        .step(QStringLiteral("join"), QStringLiteral("back"), StepKind::Join)
        .step(QStringLiteral("b"))
        .end()
        .edit(QStringLiteral("x"), [](Step &x) { x.pFail = 0.1; })
        .edit(QStringLiteral("y"), [](Step &y) { y.pFail = 0.2; });
    b.flow(QStringLiteral("in"), QStringLiteral("a"))
        .flow(QStringLiteral("a"), QStringLiteral("fork"))
        .flow(QStringLiteral("fork"), QStringLiteral("x"))
        .flow(QStringLiteral("fork"), QStringLiteral("y"))
        .flow(QStringLiteral("x"), QStringLiteral("join"))
        .flow(QStringLiteral("y"), QStringLiteral("join"))
        .flow(QStringLiteral("join"), QStringLiteral("b"))
        .flow(QStringLiteral("b"), QStringLiteral("a"), 0.5, FlowKind::Rework)
        .flow(QStringLiteral("b"), QStringLiteral("out"), 0.5);
    const Snapshot s = b.snapshot();
    QVERIFY(validate(s).findings.empty());
    const FailureResult r = analyseFailures(s, std::vector<double>(size_t(s.size()), 1.0));
    QVERIFY(r.failureFreeOk);
    QVERIFY2(qAbs(r.failureFree - 0.5625) < 1e-12,
             qPrintable(QString::number(r.failureFree, 'g', 15)));
}

// ---------------------------------------------------------------------------------------------
// Large generated blueprints: a sanity run, not a timed test

void TestFailure::generatedBlueprints_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 2") << quint64(2);
    QTest::newRow("seed 3") << quint64(3);
}

void TestFailure::generatedBlueprints()
{
    QFETCH(quint64, seed);
    const Snapshot s = Snapshot::of(generateBlueprint(10000, seed));
    // Visit ratios are the queueing module's; ones are enough to exercise every path here.
    const std::vector<double> visits(size_t(s.size()), 1.0);
    QElapsedTimer timer;
    timer.start();
    const ValidationResult v = validate(s);
    QVERIFY2(!v.hasErrors(), qPrintable(dump(v.findings)));
    const FailureResult f = analyseFailures(s, visits, {}, nullptr, &v.joinOfFork);
    QVERIFY(f.failureFreeOk);
    QVERIFY(f.failureFree > 0.0 && f.failureFree <= 1.0);
    QVERIFY(f.expectedFailures > 0.0);
    for (const FailPoint &fp : f.failPoints)
        QVERIFY2(fp.recovered || fp.pFail > 0.0, qPrintable(fp.step)); // generator recovers all
    const StructureResult st = analyseStructure(s, visits, {}, 0.01);
    QVERIFY(st.maxFlow.available);
    // Plain actions between the generator's patterns lie on every path.
    QVERIFY(!st.spof.dominators.empty());
    QCOMPARE(stepsWith(st.findings, QStringLiteral("SPOF")), routingNames(s, st.spof.dominators));
    qInfo("%d steps: validation, failure and structure in %lld ms", s.size(),
          static_cast<long long>(timer.elapsed()));
}

QTEST_GUILESS_MAIN(TestFailure)
#include "tst_failure.moc"
