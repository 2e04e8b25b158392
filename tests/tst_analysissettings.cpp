// The analysis settings of a document in the editor: the Analysis Settings dialog changes the
// document through one undoable command, the analysis follows at once, Save writes the
// <analysis> element, and opening and closing the dialog changes nothing.

#include "analysis/analysissettingsdialog.h"
#include "analysisuitestutil.h"
#include "document/document.h"
#include "guitestutil.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
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
    QVERIFY(w.loadFile(path));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
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

} // namespace

class TestAnalysisSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dialogChangesTheDocument();
    void dialogWithoutChangesLeavesNoUndoStep();
    void restoreDefaults();

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
    QVERIFY(w.loadFile(path));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(settle(w));
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

QTEST_MAIN(TestAnalysisSettings)
#include "tst_analysissettings.moc"
