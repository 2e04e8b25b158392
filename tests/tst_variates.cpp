// The random variates and interval arithmetic of the simulation (core/simulation/variates.h,
// studentT975): portable log and exp, the moments of every duration sampler, and the Student t
// quantiles behind the 95 % confidence intervals.

#include "simulation/simulation.h"
#include "simulation/variates.h"

#include <QTest>

#include <cmath>

using namespace bp::simulation;

class TestVariates : public QObject
{
    Q_OBJECT

private slots:
    void portableFunctionsMatchStd();
    void samplersHaveTheirMoments_data();
    void samplersHaveTheirMoments();
    void studentQuantiles();
};

void TestVariates::portableFunctionsMatchStd()
{
    // Relative agreement with the C library over many magnitudes (not bit-exactness: that is the
    // point of writing them out).
    for (double x = 1e-300; x < 1e300; x *= 1.37) {
        const double rel
            = std::abs(portableLog(x) - std::log(x)) / std::max(1.0, std::abs(std::log(x)));
        QVERIFY2(rel < 4e-16, qPrintable(QString::number(x)));
    }
    for (double x = 0.5; x < 2.0; x += 0.001)
        QVERIFY(std::abs(portableLog(x) - std::log(x)) < 4e-16);
    for (double x = -700.0; x < 700.0; x += 0.37) {
        const double rel = std::abs(portableExp(x) - std::exp(x)) / std::exp(x);
        QVERIFY2(rel < 1e-15, qPrintable(QString::number(x)));
    }
    QCOMPARE(portableExp(0.0), 1.0);
    QCOMPARE(portableLog(1.0), 0.0);
    QVERIFY(std::isinf(portableLog(0.0)) && portableLog(0.0) < 0);
    QVERIFY(std::isnan(portableLog(-1.0)));
    QCOMPARE(portableExp(-1000.0), 0.0);
}

void TestVariates::samplersHaveTheirMoments_data()
{
    QTest::addColumn<double>("scv");
    QTest::addColumn<bool>("lognormal");
    QTest::newRow("fixed") << 0.0 << false;
    QTest::newRow("gamma 0.1") << 0.1 << false;
    QTest::newRow("gamma 0.5") << 0.5 << false;
    QTest::newRow("exponential") << 1.0 << false;
    QTest::newRow("gamma 3 (shape < 1)") << 3.0 << false;
    QTest::newRow("lognormal 0.5") << 0.5 << true;
    QTest::newRow("lognormal 2") << 2.0 << true;
}

void TestVariates::samplersHaveTheirMoments()
{
    QFETCH(double, scv);
    QFETCH(bool, lognormal);
    const double mean = 2.5;
    const DurationSampler sampler(
        mean, scv, lognormal ? DurationSampler::Family::Lognormal : DurationSampler::Family::Gamma);
    RandomStream rng(42);
    const int n = 400000;
    double sum = 0.0;
    double sum2 = 0.0;
    for (int i = 0; i < n; ++i) {
        const double x = sampler.draw(rng);
        QVERIFY(x >= 0.0);
        sum += x;
        sum2 += x * x;
    }
    const double m = sum / n;
    const double var = sum2 / n - m * m;
    // Standard error of the mean is mean·√(scv/n); allow 5 of them, and 4 % on the SCV (which
    // for these shapes is well beyond its sampling error).
    QVERIFY2(std::abs(m - mean) <= 5.0 * mean * std::sqrt(scv / n) + 1e-12,
             qPrintable(QString::number(m)));
    QVERIFY2(std::abs(var / (m * m) - scv) <= 0.04 * std::max(scv, 0.01) + 1e-12,
             qPrintable(QString::number(var / (m * m))));
}

void TestVariates::studentQuantiles()
{
    QCOMPARE(studentT975(1), 12.7062047);
    QVERIFY(std::abs(studentT975(7) - 2.364624) < 1e-6);
    QVERIFY(std::isnan(studentT975(0)));
    // The expansion used beyond the table meets it at 30 and tends to the normal quantile.
    double previous = studentT975(30);
    for (int df = 31; df < 2000; ++df) {
        const double t = studentT975(df);
        QVERIFY(t < previous);
        previous = t;
    }
    QVERIFY(std::abs(studentT975(31) - 2.039513) < 1e-4);
    QVERIFY(std::abs(studentT975(60) - 2.000298) < 1e-4);
    QVERIFY(std::abs(studentT975(120) - 1.979930) < 1e-4);
    QVERIFY(std::abs(studentT975(1000000) - 1.959964) < 1e-5);
}

QTEST_APPLESS_MAIN(TestVariates)
#include "tst_variates.moc"
