// The analysis settings of a document in the editor: the Analysis Settings dialog changes the
// document through one undoable command, the analysis follows at once, Save writes the
// <analysis> element, and opening and closing the dialog changes nothing.

#include "analysis/analysissettingsdialog.h"
#include "analysis/tolerancespinbox.h"
#include "analysisuitestutil.h"
#include "docks/valuespinbox.h"
#include "document/document.h"
#include "guitestutil.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>

#include <algorithm>

using namespace bp;
using namespace bp::test;
using namespace Qt::StringLiterals;

namespace {

const QString bankSample = samplePath("bank-loan.blueprint");

// Whether the current analysis raised @p code with @p id as its main element.
bool flagged(MainWindow &w, const char *code, const char *id)
{
    const auto result = resultOf(w);
    return result
        && std::any_of(
               result->findings.begin(), result->findings.end(), [&](const analysis::Finding &f) {
                   return f.code == QLatin1String(code) && f.elements.value(0) == QLatin1String(id);
               });
}

// Opens the dialog from the Analysis menu, lets @p edit change it and presses OK.
/// Opens @p path in @p w, shows the window and waits for its first analysis.
void openShown(MainWindow &w, const QString &path)
{
    QVERIFY(w.loadFile(path));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(settle(w));
}

/// Opens in @p w a copy of the bank sample, written to @p dir, whose demand line ends with
/// @p demandEnd instead (extra attributes, an `<analysis>` element after it).
void openBankVariant(MainWindow &w, const QTemporaryDir &dir, const char *demandEnd)
{
    QByteArray bytes = readAll(bankSample);
    QVERIFY(bytes.contains("journey-tolerance=\"120\"/>\n"));
    bytes.replace("journey-tolerance=\"120\"/>\n", demandEnd);
    const QString path = dir.filePath(u"variant.blueprint"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    openShown(w, path);
}

template<typename Edit> void editInDialog(MainWindow &w, Edit edit)
{
    w.analysis()->settingsAction()->trigger();
    auto *dialog = w.findChild<AnalysisSettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    edit(dialog);
    dialog->accept();
    QTRY_VERIFY(!w.findChild<AnalysisSettingsDialog *>());
}

/// Replaces the text of @p spin by typing @p text, as a user would, and ends with @p key: Tab
/// leaves the field (in a dialog, Return would also press OK), Return stays in it.
void typeInto(QAbstractSpinBox *spin, const QString &text, Qt::Key key = Qt::Key_Tab)
{
    spin->setFocus();
    auto *edit = spin->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, key); // either makes the spin box interpret the text
}

} // namespace

class TestAnalysisSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dialogChangesTheDocument();
    void dialogWithoutChangesLeavesNoUndoStep();
    void restoreDefaults();
    void advancedSettingsChangeTheDocument();
    void backlogHorizonBackToDefault();
    void toleranceSpinBox_data();
    void toleranceSpinBox();
    void toleranceSpinBoxSteps();

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

void TestAnalysisSettings::initTestCase()
{
    m_settings = isolateSettings();
}

void TestAnalysisSettings::dialogChangesTheDocument()
{
    QTemporaryDir dir;
    const QString path = copyOf(dir, bankSample);
    MainWindow w;
    openShown(w, path);
    if (QTest::currentTestFailed())
        return;
    Document *doc = w.document();
    QVERIFY(!doc->isModified());
    // The greeting's RPN is 45: no FMEA_RPN at the default threshold of 100.
    QVERIFY(!flagged(w, "FMEA_RPN", "greet"));

    editInDialog(w, [](AnalysisSettingsDialog *d) {
        d->rpnSpin()->setValue(45);
        d->findChild<QDoubleSpinBox *>(u"serviceLevel"_s)->setValue(90.0);
    });
    if (QTest::currentTestFailed())
        return;
    // One undo step for both, and the analysis runs again at once.
    QCOMPARE(doc->blueprint().analysisSettings.rpnThreshold, 45);
    QCOMPARE(doc->blueprint().demand->serviceLevel, 0.9);
    QVERIFY(doc->isModified());
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->undoStack()->undoText(), u"Change analysis settings"_s);
    QCOMPARE(controllerOf(w)->settings().rpnThreshold, 45);
    QVERIFY(settle(w));
    QVERIFY(flagged(w, "FMEA_RPN", "greet"));
    QCOMPARE(resultOf(w)->snapshot.arrivals().serviceLevel, 0.9);

    doc->undoStack()->undo();
    QVERIFY(doc->blueprint().analysisSettings.isDefault());
    QCOMPARE(doc->blueprint().demand->serviceLevel, 0.8);
    QVERIFY(!doc->isModified());
    QVERIFY(settle(w));
    QVERIFY(!flagged(w, "FMEA_RPN", "greet"));

    // Redo, then Save writes the element (and the demand's service level).
    doc->undoStack()->redo();
    w.findChild<QAction *>(u"actionSave"_s)->trigger();
    const QByteArray saved = readAll(path);
    QVERIFY2(saved.contains("  <analysis rpn-threshold=\"45\"/>\n"), saved.constData());
    QVERIFY(saved.contains("service-level=\"0.9\""));
    QVERIFY(!doc->isModified());
}

void TestAnalysisSettings::dialogWithoutChangesLeavesNoUndoStep()
{
    // Values with more decimals than the dialog shows must survive OK untouched.
    QTemporaryDir dir;
    MainWindow w;
    openBankVariant(w, dir,
                    "journey-tolerance=\"120\" service-level=\"0.8125\"/>\n"
                    "  <analysis wait-model=\"exact\" busy=\"0.7251\" high=\"0.8375\" "
                    "ping-pong-window=\"4\"/>\n");
    if (QTest::currentTestFailed())
        return;
    const AnalysisSettings before = w.document()->blueprint().analysisSettings;
    QCOMPARE(before.busy, 0.7251);
    QCOMPARE(before.pingPongWindow, 4);

    editInDialog(w, [](AnalysisSettingsDialog *d) {
        QCOMPARE(d->waitModelCombo()->currentData().toInt(), int(WaitModel::Exact));
        QCOMPARE(d->busySpin()->value(), 0.73); // shown rounded
    });
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(w.document()->undoStack()->count(), 0);
    QVERIFY(!w.document()->isModified());
    QVERIFY(w.document()->blueprint().analysisSettings == before);
    QCOMPARE(w.document()->blueprint().demand->serviceLevel, 0.8125);
}

void TestAnalysisSettings::restoreDefaults()
{
    QTemporaryDir dir;
    MainWindow w;
    openBankVariant(w, dir,
                    "journey-tolerance=\"120\"/>\n"
                    "  <analysis wait-model=\"exact\" rpn-threshold=\"45\" "
                    "flexible-routing-gain=\"1.5\"/>\n");
    if (QTest::currentTestFailed())
        return;
    const AnalysisSettings tuned = w.document()->blueprint().analysisSettings;
    QCOMPARE(tuned.flexibleRoutingGain, 1.5);

    editInDialog(w, [](AnalysisSettingsDialog *d) {
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(d->rpnSpin()->value(), 100);
    });
    if (QTest::currentTestFailed())
        return;
    // Every setting, also those the dialog does not show, is back at the spec's default.
    QVERIFY(w.document()->blueprint().analysisSettings.isDefault());
    QCOMPARE(w.document()->undoStack()->count(), 1);
    w.document()->undoStack()->undo();
    QVERIFY(w.document()->blueprint().analysisSettings == tuned);
}

void TestAnalysisSettings::advancedSettingsChangeTheDocument()
{
    QTemporaryDir dir;
    const QString path = copyOf(dir, bankSample);
    MainWindow w;
    openShown(w, path);
    if (QTest::currentTestFailed())
        return;
    Document *doc = w.document();

    editInDialog(w, [](AnalysisSettingsDialog *d) {
        // Empty at first: the default horizon; durations in the document's unit (minutes).
        QVERIFY(!d->backlogHorizonSpin()->enteredValue());
        QCOMPARE(d->backlogHorizonSpin()->suffix(), u" min"_s);
        QCOMPARE(d->tieToleranceSpin()->text(), u"1e-09"_s);
        typeInto(d->backlogHorizonSpin(), u"90"_s);
        typeInto(d->pingPongWindowSpin(), u"5"_s);
        typeInto(d->routingGainSpin(), u"1.5"_s);
        typeInto(d->tieToleranceSpin(), u"1e-6"_s);
        d->probabilityToleranceSpin()->setFocus();
        QTest::keyClick(d->probabilityToleranceSpin(), Qt::Key_Up); // 1e-9 → 1e-8
        QDir().mkpath(QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR));
        QVERIFY(d->grab().save(QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR "/analysis-settings.png")));
    });
    if (QTest::currentTestFailed())
        return;
    const AnalysisSettings &s = doc->blueprint().analysisSettings;
    QCOMPARE(s.backlogHorizon, std::optional<double>(90.0));
    QCOMPARE(s.pingPongWindow, 5);
    QCOMPARE(s.flexibleRoutingGain, 1.5);
    QCOMPARE(s.tieTolerance, 1e-6);
    QCOMPARE(s.probabilityTolerance, 1e-8);
    QCOMPARE(doc->undoStack()->count(), 1);
    // The analysis runs with them at once (the horizon in minutes).
    QVERIFY(settle(w));
    QCOMPARE(controllerOf(w)->settings().pingPongWindow, 5);
    QCOMPARE(controllerOf(w)->settings().backlogHorizonMinutes, 90.0);
    QCOMPARE(controllerOf(w)->settings().probabilityTolerance, 1e-8);

    w.findChild<QAction *>(u"actionSave"_s)->trigger();
    const QByteArray saved = readAll(path);
    QVERIFY2(saved.contains("backlog-horizon=\"90\" tie-tolerance=\"1e-06\" "
                            "ping-pong-window=\"5\" flexible-routing-gain=\"1.5\" "
                            "probability-tolerance=\"1e-08\""),
             saved.constData());

    doc->undoStack()->undo();
    QVERIFY(doc->blueprint().analysisSettings.isDefault());
}

void TestAnalysisSettings::backlogHorizonBackToDefault()
{
    // A horizon from the file, in hours; the lowest slot of the field sets it back to default.
    QTemporaryDir dir;
    MainWindow w;
    openBankVariant(w, dir,
                    "journey-tolerance=\"120\"/>\n"
                    "  <analysis backlog-horizon=\"45\"/>\n");
    if (QTest::currentTestFailed())
        return;
    editInDialog(w, [](AnalysisSettingsDialog *d) {
        QCOMPARE(d->backlogHorizonSpin()->enteredValue(), std::optional<double>(45.0));
        d->backlogHorizonSpin()->setFocus();
        for (int i = 0; i < 6; ++i) // ten steps of a minute each, down to the lowest slot
            QTest::keyClick(d->backlogHorizonSpin(), Qt::Key_PageDown);
        QCOMPARE(d->backlogHorizonSpin()->text(), u"8 hours (default)"_s);
    });
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!w.document()->blueprint().analysisSettings.backlogHorizon);
    QVERIFY(w.document()->blueprint().analysisSettings.isDefault());
}

void TestAnalysisSettings::toleranceSpinBox_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("scientific") << u"C"_s << u"2.5e-7"_s << 2.5e-7 << u"2.5e-07"_s;
    QTest::newRow("decimal") << u"C"_s << u"0.001"_s << 0.001 << u"0.001"_s;
    QTest::newRow("zero") << u"C"_s << u"0"_s << 0.0 << u"0"_s;
    QTest::newRow("maximum") << u"C"_s << u"0.01"_s << 0.01 << u"0.01"_s;
    QTest::newRow("above the maximum is refused") << u"C"_s << u"0.5"_s << 1e-9 << u"1e-09"_s;
    QTest::newRow("letters are refused") << u"C"_s << u"abc"_s << 1e-9 << u"1e-09"_s;
    QTest::newRow("German decimal comma") << u"de_DE"_s << u"0,002"_s << 0.002 << u"0,002"_s;
    QTest::newRow("German scientific") << u"de_DE"_s << u"3e-5"_s << 3e-5 << u"3E-05"_s;
}

void TestAnalysisSettings::toleranceSpinBox()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(double, value);
    QFETCH(QString, shown);
    QWidget window;
    auto *spin = new ToleranceSpinBox(0.01, &window);
    spin->setLocale(QLocale(locale));
    spin->setValue(1e-9);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeInto(spin, typed, Qt::Key_Return);
    QCOMPARE(spin->value(), value);
    QCOMPARE(spin->textFromValue(spin->value()), shown);
}

void TestAnalysisSettings::toleranceSpinBoxSteps()
{
    // The arrows multiply and divide by ten; zero steps up to 1e-12 and down to zero again.
    ToleranceSpinBox spin(0.01);
    spin.setValue(1e-9);
    spin.stepBy(2);
    QCOMPARE(spin.value(), 1e-7);
    spin.stepBy(-1);
    QCOMPARE(spin.value(), 1e-8);
    spin.stepBy(10);
    QCOMPARE(spin.value(), 0.01); // held at the maximum
    spin.setValue(0.0);
    spin.stepBy(-1);
    QCOMPARE(spin.value(), 0.0);
    spin.stepBy(1);
    QCOMPARE(spin.value(), 1e-12);
    spin.stepBy(-1);
    QCOMPARE(spin.value(), 0.0);
}

QTEST_MAIN(TestAnalysisSettings)
#include "tst_analysissettings.moc"
