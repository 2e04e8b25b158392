// The closed-form queueing formulas (analysis.md §2.3) against analysis-cases.json (§5.1, §5.5),
// the published cross-checks, large server counts and unstable inputs.

#include "analysis/queueing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace bp::analysis;

namespace {

/// analysis-cases.json, read once at run time.
const QJsonObject &cases()
{
    static const QJsonObject root = [] {
        QFile f(QStringLiteral(BLUEPRINT_SHARED_DIR) + QStringLiteral("/spec/analysis-cases.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f.fileName()));
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return root;
}

/// The published cross-check whose source starts with @p prefix (the n-th such, from 0).
QJsonObject crosscheck(const QString &prefix, int nth = 0)
{
    const QJsonArray rows = cases()[u"a_erlang_c"][u"published_crosschecks"].toArray();
    for (const QJsonValue &row : rows) {
        if (row[u"source"].toString().startsWith(prefix) && nth-- == 0)
            return row.toObject();
    }
    qFatal("no cross-check %s", qPrintable(prefix));
    return {};
}

/// x rounded to @p digits decimals, as a published figure is.
double rounded(double x, int digits)
{
    const double scale = std::pow(10.0, digits);
    return std::round(x * scale) / scale;
}

bool near(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

#define COMPARE_NEAR(actual, expected, tolerance)                                                  \
    QVERIFY2(near((actual), (expected), (tolerance)),                                              \
             qPrintable(QStringLiteral("%1 = %2, expected %3")                                     \
                            .arg(QStringLiteral(#actual))                                          \
                            .arg((actual), 0, 'g', 17)                                             \
                            .arg((expected), 0, 'g', 17)))

/// Erlang C by a different route than the library: the definition's sums in logarithms, in
/// long double: C = 1 / (1 + (1 − ρ)·Σ_{k<c} a^k/k! / (a^c/c!)).
long double erlangCReference(int c, long double a)
{
    const long double logTermC = c * std::log(a) - std::lgamma(static_cast<long double>(c) + 1);
    long double top = -std::numeric_limits<long double>::infinity();
    std::vector<long double> logs(static_cast<size_t>(c));
    for (int k = 0; k < c; ++k) {
        logs[size_t(k)] = k * std::log(a) - std::lgamma(static_cast<long double>(k) + 1);
        top = std::max(top, logs[size_t(k)]);
    }
    long double sum = 0;
    for (long double l : logs)
        sum += std::exp(l - top);
    const long double logRatio = top + std::log(sum) - logTermC;
    return 1 / (1 + (1 - a / c) * std::exp(logRatio));
}

} // namespace

class TestQueueing : public QObject
{
    Q_OBJECT

private slots:
    void erlangTable_data();
    void erlangTable();
    void wolframAndNemotron();
    void pyworkforce_data();
    void pyworkforce();
    void erlangPy();
    void bronson();
    void wolframMinimumServers();
    void ggcApproximations_data();
    void ggcApproximations();
    void largeServerCounts_data();
    void largeServerCounts();
    void halfinWhittLimit();
    void unstableGuards();
    void emptyAndEdgeInputs();
    void qnaDeparture();
    void overloadFigures();
};

void TestQueueing::erlangTable_data()
{
    QTest::addColumn<int>("c");
    QTest::addColumn<double>("rho");
    QTest::addColumn<double>("pWait");
    QTest::addColumn<double>("wq");
    QTest::addColumn<double>("lq");
    QTest::addColumn<double>("sakasegawa");
    const QJsonArray rows = cases()[u"a_erlang_c"][u"table"].toArray();
    QVERIFY(rows.size() == 30);
    for (const QJsonValue &row : rows) {
        const int c = row[u"c"].toInt();
        const double rho = row[u"rho"].toDouble();
        QTest::addRow("c=%d rho=%.2f", c, rho)
            << c << rho << row[u"P_wait"].toDouble() << row[u"Wq_over_ES"].toDouble()
            << row[u"Lq"].toDouble() << row[u"sakasegawa_Wq_over_ES"].toDouble();
    }
}

void TestQueueing::erlangTable()
{
    QFETCH(int, c);
    QFETCH(double, rho);
    QFETCH(double, pWait);
    QFETCH(double, wq);
    QFETCH(double, lq);
    QFETCH(double, sakasegawa);
    // μ = 1: the wait is in multiples of the mean service time.
    const double lambda = rho * c;
    const queueing::MmcMetrics m = queueing::mmc(lambda, 1.0, c);
    QVERIFY(m.stable);
    COMPARE_NEAR(m.pWait, pWait, 1e-6);
    COMPARE_NEAR(m.wq, wq, 1e-6);
    COMPARE_NEAR(m.lq, lq, 1e-6);
    COMPARE_NEAR(queueing::erlangC(c, lambda), pWait, 1e-6);
    COMPARE_NEAR(queueing::mmcWait(lambda, 1.0, c), wq, 1e-6);
    COMPARE_NEAR(queueing::sakasegawa(lambda, 1.0, c, 1.0, 1.0), sakasegawa, 1e-6);
    // Little's law and W = Wq + t hold inside the metrics.
    COMPARE_NEAR(m.lq, lambda * m.wq, 1e-12);
    COMPARE_NEAR(m.w, m.wq + 1.0, 1e-12);
    COMPARE_NEAR(m.l, lambda * m.w, 1e-12);
}

void TestQueueing::wolframAndNemotron()
{
    const QJsonObject wolfram = crosscheck(QStringLiteral("Wolfram Language documentation"));
    COMPARE_NEAR(queueing::erlangC(wolfram[u"c"].toInt(), wolfram[u"a"].toDouble()), 4.0 / 9.0,
                 1e-12);
    COMPARE_NEAR(queueing::erlangC(3, 2.0), wolfram[u"P_wait"].toDouble(), 1e-9);

    const QJsonObject lines = crosscheck(QStringLiteral("Wolfram ErlangC doc application: two"));
    COMPARE_NEAR(queueing::erlangC(lines[u"c"].toInt(), lines[u"a"].toDouble()), 9.0 / 14.0, 1e-12);

    // "120 customers/h, 3 min, m = 10: the probability of waiting is about 0.10".
    const QJsonObject q = crosscheck(QStringLiteral("Nemotron"));
    const double c = queueing::erlangC(q[u"c"].toInt(), 120.0 / 60.0 * 3.0);
    COMPARE_NEAR(c, q[u"P_wait"].toDouble(), 1e-6);
    QCOMPARE(rounded(c, 2), 0.10);
}

void TestQueueing::pyworkforce_data()
{
    QTest::addColumn<int>("nth");
    QTest::newRow("14 agents") << 0;
    QTest::newRow("15 agents") << 1;
}

void TestQueueing::pyworkforce()
{
    QFETCH(int, nth);
    const QJsonObject row = crosscheck(QStringLiteral("rodrigo-arenas/pyworkforce"), nth);
    // 100 calls per 30 minutes, 3 minutes average handling time, ASA target 0.33 minutes.
    const double lambda = 100.0 / 30.0, t = 3.0, asa = 0.33;
    const int c = row[u"c"].toInt();
    const double pWait = queueing::erlangC(c, lambda * t);
    const double sl = queueing::serviceLevel(lambda, t, c, asa);
    const double occupancy = lambda * t / c;
    COMPARE_NEAR(pWait, row[u"P_wait"].toDouble(), 1e-6);
    COMPARE_NEAR(sl, row[u"service_level_0_33min"].toDouble(), 1e-6);
    COMPARE_NEAR(occupancy, row[u"occupancy"].toDouble(), 1e-6);
    QCOMPARE(rounded(pWait, 3), row[u"published_P_wait"].toDouble());
    QCOMPARE(rounded(sl, 3), row[u"published_service_level"].toDouble());
    QCOMPARE(rounded(occupancy, 3), row[u"published_occupancy"].toDouble());
}

void TestQueueing::erlangPy()
{
    const QJsonObject row = crosscheck(QStringLiteral("public erlang.py"));
    const int c = row[u"c"].toInt();
    const double a = row[u"a"].toDouble();
    COMPARE_NEAR(queueing::erlangC(c, a), row[u"published_P_wait"].toDouble(), 1e-12);
    COMPARE_NEAR(queueing::erlangB(c, a), row[u"erlang_b"].toDouble(), 1e-6);
    // The doctest's 0.0346 for Erlang B is wrong (analysis.md §5.1).
    QVERIFY(std::abs(queueing::erlangB(c, a) - 0.0346) > 1e-3);
}

void TestQueueing::bronson()
{
    // Ex. 23.3: one server, λ = 24/h, μ = 30/h (time unit: hours).
    {
        const QJsonObject row = crosscheck(QStringLiteral("Bronson 1982, ex. 23.3"));
        const QJsonObject pub = row[u"published"].toObject();
        const queueing::MmcMetrics m = queueing::mmc(24.0, 1.0 / 30.0, 1);
        COMPARE_NEAR(m.l, pub[u"L"].toDouble(), 1e-12);
        COMPARE_NEAR(m.w, pub[u"W_h"].toDouble(), 1e-12);
        COMPARE_NEAR(m.p0, pub[u"P0"].toDouble(), 1e-12);
    }
    // Ex. 23.14: one server, λ = 30/h, 1.5 minutes each (time unit: minutes).
    {
        const QJsonObject row = crosscheck(QStringLiteral("Bronson 1982, ex. 23.14"));
        const QJsonObject pub = row[u"published"].toObject();
        const queueing::MmcMetrics m = queueing::mmc(0.5, 1.5, 1);
        COMPARE_NEAR(m.lq, pub[u"Lq"].toDouble(), 1e-12);
        COMPARE_NEAR(m.wq, pub[u"Wq_min"].toDouble(), 1e-12);
        COMPARE_NEAR(m.p0, pub[u"P0"].toDouble(), 1e-12);
    }
    // Ex. 24.6: three servers, λ = 300/year, 2 days each (μ = 182.5/year).
    {
        const QJsonObject row = crosscheck(QStringLiteral("Bronson 1982, ex. 24.6"));
        const QJsonObject pub = row[u"published"].toObject();
        const queueing::MmcMetrics m = queueing::mmc(300.0, 1.0 / 182.5, 3);
        COMPARE_NEAR(m.lq, row[u"Lq"].toDouble(), 1e-6);
        COMPARE_NEAR(m.l, row[u"L"].toDouble(), 1e-6);
        COMPARE_NEAR(m.p0, row[u"P0"].toDouble(), 1e-6);
        QCOMPARE(rounded(m.lq, 3), pub[u"Lq"].toDouble());
        QCOMPARE(rounded(m.l, 3), pub[u"L"].toDouble());
        QCOMPARE(rounded(m.wq, 6), pub[u"Wq_yr"].toDouble());
        QCOMPARE(rounded(365.0 * m.wq, 2), pub[u"Wq_days"].toDouble());
        QCOMPARE(rounded(m.w, 6), pub[u"W_yr"].toDouble());
        QCOMPARE(rounded(365.0 * m.w, 3), pub[u"W_days"].toDouble());
        QCOMPARE(rounded(m.p0, 5), pub[u"P0"].toDouble());
    }
}

void TestQueueing::wolframMinimumServers()
{
    // 30 calls/h of 5 minutes: the fewest lines for P(no delay) ≥ 0.9.
    const QJsonObject row = crosscheck(QStringLiteral("Wolfram ErlangC doc application: 30"));
    const double a = row[u"a"].toDouble();
    int c = 3;
    while (queueing::erlangC(c, a) > 0.10)
        ++c;
    QCOMPARE(c, row[u"min_servers"].toInt());
    COMPARE_NEAR(queueing::erlangC(c, a), row[u"P_wait_at_min"].toDouble(), 1e-6);
    COMPARE_NEAR(queueing::erlangC(c - 1, a), row[u"P_wait_one_less"].toDouble(), 1e-6);
}

void TestQueueing::ggcApproximations_data()
{
    QTest::addColumn<int>("c");
    QTest::addColumn<double>("rho");
    QTest::addColumn<double>("ca2");
    QTest::addColumn<double>("cs2");
    QTest::addColumn<double>("allenCunneen");
    QTest::addColumn<double>("sakasegawa");
    QTest::addColumn<double>("kingman"); // NaN where the case has none (c > 1)
    const QJsonArray rows = cases()[u"a2_ggc_approximations"][u"rows"].toArray();
    QVERIFY(rows.size() == 7);
    for (const QJsonValue &row : rows) {
        QTest::newRow(qPrintable(row[u"case"].toString()))
            << row[u"c"].toInt() << row[u"rho"].toDouble() << row[u"ca2"].toDouble()
            << row[u"cs2"].toDouble() << row[u"Wq_allen_cunneen"].toDouble()
            << row[u"Wq_sakasegawa"].toDouble()
            << (row[u"Wq_kingman"].isNull() ? std::nan("") : row[u"Wq_kingman"].toDouble());
    }
}

void TestQueueing::ggcApproximations()
{
    QFETCH(int, c);
    QFETCH(double, rho);
    QFETCH(double, ca2);
    QFETCH(double, cs2);
    QFETCH(double, allenCunneen);
    QFETCH(double, sakasegawa);
    QFETCH(double, kingman);
    const double lambda = rho * c; // E[S] = 1
    COMPARE_NEAR(queueing::allenCunneen(lambda, 1.0, c, ca2, cs2), allenCunneen, 1e-4);
    COMPARE_NEAR(queueing::sakasegawa(lambda, 1.0, c, ca2, cs2), sakasegawa, 1e-4);
    if (!std::isnan(kingman)) {
        COMPARE_NEAR(queueing::kingman(lambda, 1.0, ca2, cs2), kingman, 1e-4);
        // With one server Sakasegawa reduces to Kingman.
        COMPARE_NEAR(queueing::sakasegawa(lambda, 1.0, 1, ca2, cs2),
                     queueing::kingman(lambda, 1.0, ca2, cs2), 1e-12);
    }
}

void TestQueueing::largeServerCounts_data()
{
    QTest::addColumn<int>("c");
    QTest::addColumn<double>("rho");
    for (int c : { 1000, 5000 }) {
        for (double rho : { 0.5, 0.9, 0.97, 0.99, 0.999 })
            QTest::addRow("c=%d rho=%g", c, rho) << c << rho;
    }
}

void TestQueueing::largeServerCounts()
{
    QFETCH(int, c);
    QFETCH(double, rho);
    const double a = rho * c;
    const double pWait = queueing::erlangC(c, a);
    QVERIFY(std::isfinite(pWait));
    QVERIFY(pWait >= 0.0 && pWait <= 1.0);
    const long double reference = erlangCReference(c, static_cast<long double>(a));
    COMPARE_NEAR(pWait, static_cast<double>(reference), 1e-9);
    const queueing::MmcMetrics m = queueing::mmc(a, 1.0, c);
    QVERIFY(m.stable);
    QVERIFY(std::isfinite(m.wq) && std::isfinite(m.lq) && std::isfinite(m.p0));
    QVERIFY(m.p0 >= 0.0 && m.p0 < 1.0);
    COMPARE_NEAR(m.wq, pWait / (c - a), 1e-12);
}

void TestQueueing::halfinWhittLimit()
{
    // Halfin & Whitt (1981): with a = c − β√c, C(c, a) → [1 + β·Φ(β)/φ(β)]⁻¹ as c grows.
    const double beta = 1.0;
    const double phi = std::exp(-beta * beta / 2) / std::sqrt(2 * M_PI);
    const double cdf = 0.5 * std::erfc(-beta / std::sqrt(2.0));
    const double limit = 1.0 / (1.0 + beta * cdf / phi);
    double previousError = 1.0;
    for (int c : { 100, 1000, 5000 }) {
        const double error
            = std::abs(queueing::erlangC(c, c - beta * std::sqrt(double(c))) - limit);
        QVERIFY2(error < previousError, qPrintable(QString::number(c)));
        previousError = error;
    }
    QVERIFY(previousError < 0.01 * limit);
}

void TestQueueing::unstableGuards()
{
    const double inf = std::numeric_limits<double>::infinity();
    QCOMPARE(queueing::erlangC(3, 3.0), 1.0);
    QCOMPARE(queueing::erlangC(3, 4.5), 1.0);
    const queueing::MmcMetrics m = queueing::mmc(3.5, 1.0, 3);
    QVERIFY(!m.stable);
    QCOMPARE(m.pWait, 1.0);
    QCOMPARE(m.wq, inf);
    QCOMPARE(m.lq, inf);
    QCOMPARE(m.l, inf);
    QCOMPARE(m.p0, 0.0);
    QCOMPARE(queueing::mmcWait(1.0, 1.0, 1), inf);
    QCOMPARE(queueing::mmcWaitTail(1.0, 2.0, 2, 5.0), 1.0);
    QCOMPARE(queueing::kingman(1.2, 1.0, 1.0, 1.0), inf);
    QCOMPARE(queueing::allenCunneen(5.0, 1.0, 4, 1.0, 0.5), inf);
    QCOMPARE(queueing::sakasegawa(5.0, 1.0, 4, 1.0, 0.5), inf);
    QCOMPARE(queueing::erlangC(0, 1.0), 1.0);
    QCOMPARE(queueing::mmcWait(1.0, 1.0, 0), inf);
    // Just below the limit the figures are large but finite.
    QVERIFY(std::isfinite(queueing::mmcWait(2.999999, 1.0, 3)));
}

void TestQueueing::emptyAndEdgeInputs()
{
    QCOMPARE(queueing::erlangB(5, 0.0), 0.0);
    QCOMPARE(queueing::erlangC(5, 0.0), 0.0);
    const queueing::MmcMetrics idle = queueing::mmc(0.0, 2.0, 2);
    QVERIFY(idle.stable);
    QCOMPARE(idle.wq, 0.0);
    QCOMPARE(idle.w, 2.0);
    QCOMPARE(idle.p0, 1.0);
    QCOMPARE(queueing::ggcWaitTail(0.5, 0.0, 1.0), 0.0);
    // The heuristic tail with an exact wait for M/M/1 is not the exact tail, but both start at C.
    COMPARE_NEAR(queueing::ggcWaitTail(0.8, 4.0, 0.0), 0.8, 1e-15);
    COMPARE_NEAR(queueing::mmcWaitTail(0.8, 1.0, 1, 0.0), 0.8, 1e-15);
    // P(Wq > τ) of M/M/1 at ρ = 0.8, τ = 1: 0.8·e^(−0.2).
    COMPARE_NEAR(queueing::mmcWaitTail(0.8, 1.0, 1, 1.0), 0.8 * std::exp(-0.2), 1e-15);
    // Erlang B recursion agrees with the closed form for one server: a/(1+a).
    COMPARE_NEAR(queueing::erlangB(1, 0.7), 0.7 / 1.7, 1e-15);
}

void TestQueueing::qnaDeparture()
{
    // Idle station: departures copy the arrivals. Poisson in, exponential service: Poisson out.
    QCOMPARE(queueing::qnaDepartureScv(0.0, 3, 0.4, 0.1), 0.4);
    COMPARE_NEAR(queueing::qnaDepartureScv(0.9, 2, 1.0, 1.0), 1.0, 1e-15);
    // Saturated single server: departures take the service SCV.
    COMPARE_NEAR(queueing::qnaDepartureScv(1.0, 1, 0.3, 0.25), 0.25, 1e-15);
    // 1 + (1 − 0.64)(0.5 − 1) + 0.64(0.25 − 1)/√4 = 0.58.
    COMPARE_NEAR(queueing::qnaDepartureScv(0.8, 4, 0.5, 0.25), 0.58, 1e-15);
}

void TestQueueing::overloadFigures()
{
    // M/M/1 with λ = 1.2, t = 1: 0.2 more arrivals than completions per time unit.
    const queueing::Overload o = queueing::overload(1.2, 1.0, 1, 480.0, 0.85);
    COMPARE_NEAR(o.backlogGrowth, 0.2, 1e-12);
    COMPARE_NEAR(o.fluidBacklog, 96.0, 1e-9);
    QCOMPARE(o.minServers, 2);
    QCOMPARE(o.serversForTarget, 2); // ceil(1.2/0.85)
    // A load of exactly 3 Erlangs needs 4 servers for a steady state, even when the product is
    // computed with rounding error.
    QCOMPARE(queueing::overload(0.1 * 3, 10.0, 3, 60.0, 0.85).minServers, 4);
    QCOMPARE(queueing::overload(3.0, 1.0, 3, 60.0, 0.75).serversForTarget, 4);
    // A stable station has no backlog.
    QCOMPARE(queueing::overload(0.5, 1.0, 1, 60.0, 0.85).fluidBacklog, 0.0);
}

QTEST_GUILESS_MAIN(TestQueueing)
#include "tst_queueing.moc"
