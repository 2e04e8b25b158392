// Changing the time unit converts every duration so that the blueprint means the same: one undo
// step, exact undo and redo, the analysis figures unchanged.

#include "analysis/analysis.h"
#include "commands/timeunitcommand.h"
#include "commandtestutil.h"
#include "io/nativereader.h"

#include <cmath>

Q_DECLARE_METATYPE(bp::TimeUnit)

using namespace bp;
using namespace bp::test;
using namespace Qt::StringLiterals;

namespace {

Blueprint bankBlueprint()
{
    const ReadResult r = readNativeFile(
        QStringLiteral(BLUEPRINT_SOURCE_DIR "/resources/examples/bank-loan.blueprint"));
    if (!r.ok())
        qFatal("bank-loan.blueprint does not load");
    return *r.blueprint;
}

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

bool close(std::optional<double> a, std::optional<double> b)
{
    return a.has_value() == b.has_value() && (!a || close(*a, *b));
}

} // namespace

class TestTimeUnit : public QObject
{
    Q_OBJECT

private slots:
    void convertDuration_data();
    void convertDuration();
    void convertsEveryDuration_data();
    void convertsEveryDuration();
    void sameUnitLeavesNoEntry();
    void analysisUnchanged_data();
    void analysisUnchanged();
};

void TestTimeUnit::convertDuration_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<TimeUnit>("from");
    QTest::addColumn<TimeUnit>("to");
    QTest::addColumn<double>("expected");
    QTest::newRow("90 min in h") << 90.0 << TimeUnit::Minutes << TimeUnit::Hours << 1.5;
    QTest::newRow("1.5 h in s") << 1.5 << TimeUnit::Hours << TimeUnit::Seconds << 5400.0;
    QTest::newRow("2.5 min in s") << 2.5 << TimeUnit::Minutes << TimeUnit::Seconds << 150.0;
    QTest::newRow("30 s in min") << 30.0 << TimeUnit::Seconds << TimeUnit::Minutes << 0.5;
    QTest::newRow("0.25 h in min") << 0.25 << TimeUnit::Hours << TimeUnit::Minutes << 15.0;
    QTest::newRow("7 min in min") << 7.0 << TimeUnit::Minutes << TimeUnit::Minutes << 7.0;
}

void TestTimeUnit::convertDuration()
{
    QFETCH(double, value);
    QFETCH(TimeUnit, from);
    QFETCH(TimeUnit, to);
    QFETCH(double, expected);
    QCOMPARE(bp::convertDuration(value, from, to), expected); // exact for these
}

void TestTimeUnit::convertsEveryDuration_data()
{
    QTest::addColumn<TimeUnit>("unit");
    QTest::addColumn<double>("factor"); // minutes → unit
    QTest::newRow("minutes to hours") << TimeUnit::Hours << 1.0 / 60.0;
    QTest::newRow("minutes to seconds") << TimeUnit::Seconds << 60.0;
}

void TestTimeUnit::convertsEveryDuration()
{
    QFETCH(TimeUnit, unit);
    QFETCH(double, factor);

    Blueprint sample = sampleBlueprint();
    Step check = *sample.graph.step(u"check"_s);
    check.executionTolerance = 12.0;
    sample.graph.updateStep(check);
    Document doc(sample);
    const Blueprint modelBefore = doc.blueprint();
    const QByteArray before = nativeBytes(doc);
    QSignalSpy changed(&doc, &Document::changed);

    doc.undoStack()->push(new ChangeTimeUnitCommand(&doc, unit));
    QCOMPARE(doc.undoStack()->count(), 1);
    const Blueprint &bp = doc.blueprint();
    QCOMPARE(bp.meta.timeUnit, unit);
    QVERIFY(close(stepOf(doc, u"greet"_s).time, 2.5 * factor));
    QVERIFY(close(stepOf(doc, u"greet"_s).tolerance, 5.0 * factor));
    QVERIFY(close(stepOf(doc, u"interview"_s).time, 10.2 * factor));
    QVERIFY(close(stepOf(doc, u"check"_s).time, 4.0 * factor));
    QVERIFY(close(stepOf(doc, u"check"_s).executionTolerance, 12.0 * factor));
    QCOMPARE(stepOf(doc, u"check"_s).tolerance, std::nullopt); // none stays none
    QVERIFY(close(bp.demand->journeyTolerance, 120.0 * factor));
    // The arrival rate has its own unit: 12 per hour stays 12 per hour.
    QCOMPARE(bp.demand->arrivalRate, std::optional<double>(12.0));
    QCOMPARE(bp.demand->per, RateUnit::Hour);
    // Unitless attributes do not change.
    QCOMPARE(stepOf(doc, u"greet"_s).scv, 0.5);
    QCOMPARE(stepOf(doc, u"interview"_s).pFail, 0.05);
    QCOMPARE(changed.count(), 3); // meta, demand, steps
    const Blueprint modelAfter = doc.blueprint();
    const QByteArray after = nativeBytes(doc);
    QVERIFY(after != before);
    QVERIFY(doc.isModified());

    for (int round = 0; round < 3; ++round) {
        doc.undoStack()->undo();
        QVERIFY(doc.blueprint() == modelBefore); // exact values, not converted back
        QCOMPARE(nativeBytes(doc), before);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QVERIFY(doc.blueprint() == modelAfter);
        QCOMPARE(nativeBytes(doc), after);
    }
}

void TestTimeUnit::sameUnitLeavesNoEntry()
{
    Document doc(sampleBlueprint());
    QSignalSpy changed(&doc, &Document::changed);
    doc.undoStack()->push(new ChangeTimeUnitCommand(&doc, TimeUnit::Minutes));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);

    // A blueprint without demand or durations changes only its unit.
    Blueprint empty;
    empty.setLanes(Blueprint::standardLanes());
    Document bare(empty);
    auto *command = new ChangeTimeUnitCommand(&bare, TimeUnit::Seconds);
    QCOMPARE(command->convertedSteps(), 0);
    bare.undoStack()->push(command);
    QCOMPARE(bare.undoStack()->count(), 1);
    QCOMPARE(bare.blueprint().meta.timeUnit, TimeUnit::Seconds);
    QVERIFY(!bare.blueprint().demand);
}

void TestTimeUnit::analysisUnchanged_data()
{
    QTest::addColumn<TimeUnit>("unit");
    QTest::newRow("hours") << TimeUnit::Hours;
    QTest::newRow("seconds") << TimeUnit::Seconds;
}

void TestTimeUnit::analysisUnchanged()
{
    QFETCH(TimeUnit, unit);
    Document doc(bankBlueprint());
    const analysis::AnalysisResult before = analysis::runAnalysis(doc.blueprint());
    QVERIFY(before.complete);
    QVERIFY(before.queueing.maxUtilisation);

    doc.undoStack()->push(new ChangeTimeUnitCommand(&doc, unit));
    QCOMPARE(doc.blueprint().meta.timeUnit, unit);
    const analysis::AnalysisResult after = analysis::runAnalysis(doc.blueprint());
    QVERIFY(after.complete);

    const auto &q0 = before.queueing;
    const auto &q1 = after.queueing;
    QVERIFY(close(q1.maxUtilisation, q0.maxUtilisation));
    QVERIFY(close(q1.processCapacity, q0.processCapacity));
    QVERIFY(close(q1.flowTime, q0.flowTime));
    QVERIFY(close(q1.theoreticalFlowTime, q0.theoreticalFlowTime));
    QCOMPARE(q1.bottlenecks, q0.bottlenecks);
    QCOMPARE(q1.steps.size(), q0.steps.size());
    int queueing = 0;
    for (size_t i = 0; i < q0.steps.size(); ++i) {
        const analysis::StepFigures &a = q0.steps[i];
        const analysis::StepFigures &b = q1.steps[i];
        QVERIFY(close(b.time, a.time));
        QVERIFY(close(b.rho, a.rho));
        QVERIFY(close(b.wait, a.wait));
        QVERIFY(close(b.serviceLevel, a.serviceLevel));
        queueing += a.rho ? 1 : 0;
    }
    QVERIFY(queueing > 3);
    // The same findings on the same elements.
    QCOMPARE(after.findings.size(), before.findings.size());
    for (size_t i = 0; i < before.findings.size(); ++i) {
        QCOMPARE(after.findings[i].code, before.findings[i].code);
        QCOMPARE(after.findings[i].elements, before.findings[i].elements);
    }

    // Undo gives back the file's own numbers.
    doc.undoStack()->undo();
    QVERIFY(doc.blueprint() == bankBlueprint());
}

QTEST_GUILESS_MAIN(TestTimeUnit)
#include "tst_timeunit.moc"
