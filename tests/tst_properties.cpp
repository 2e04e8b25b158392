// The properties dock, typed into like a user: a step's fields, many steps at once (mixed
// values), flows, the document section (title, time unit, demand, pools), range limits, one undo
// step per edit or gesture (holding an arrow key, the spin arrows, the wheel), and the dock
// following undo.

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "commands/changecommands.h"
#include "docks/descriptionedit.h"
#include "docks/documentpage.h"
#include "docks/flowpage.h"
#include "docks/propertiesdock.h"
#include "docks/steppage.h"
#include "docks/valuespinbox.h"
#include "document/document.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "model/limits.h"
#include "selection.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QWheelEvent>

using namespace bp;
using namespace bp::test;

namespace {
const QString bankSample = samplePath("bank-loan.blueprint");

/// Replaces the text of a number field by typing, then presses Enter.
void typeNumber(ValueSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

void typeText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

const Step &step(MainWindow &w, const char *id)
{
    return *w.document()->blueprint().graph.step(QLatin1String(id));
}

/// Presses @p key @p times on a field that has the focus.
void press(ValueSpinBox *box, Qt::Key key, int times)
{
    QVERIFY(box->hasFocus());
    for (int i = 0; i < times; ++i)
        QTest::keyClick(box, key);
}

/// One notch of the mouse wheel over the field (up: positive).
void wheel(ValueSpinBox *box, int notches)
{
    const QPoint pos = box->rect().center();
    QWheelEvent event(QPointF(pos), QPointF(box->mapToGlobal(pos)), QPoint(),
                      QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(box, &event);
}

/// Clicks the up arrow of the field.
void clickUpArrow(ValueSpinBox *box)
{
    QStyleOptionSpinBox option;
    option.initFrom(box);
    option.subControls = QStyle::SC_SpinBoxUp | QStyle::SC_SpinBoxDown;
    option.buttonSymbols = box->buttonSymbols();
    option.stepEnabled = QAbstractSpinBox::StepUpEnabled | QAbstractSpinBox::StepDownEnabled;
    option.frame = box->hasFrame();
    const QRect up
        = box->style()->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxUp, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, up.center());
}
} // namespace

class TestProperties : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_settings = isolateSettings(); }
    void init();
    void cleanup();
    void pageFollowsSelection();
    void typeStepTimeIsOneUndoStep();
    void holdingAnArrowKeyIsOneUndoStep();
    void wheelAndSpinArrowsAreOneUndoStep();
    void gestureEndsWithSelectionAndOtherCommands();
    void demandAndFlowFieldGestures();
    void titleAndDescription();
    void kindAndLaneByKeyboard();
    void multiSelectionMixedAndEditAll();
    void optionalValuesAndInfiniteServers();
    void rangeLimits();
    void flowProbabilityAndLabel();
    void documentTitleTimeUnitAndDemand();
    void timeUnitConvertsDurations();
    void poolsAddRenameRemove();

private:
    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<MainWindow> m_window;
    PropertiesDock *m_dock = nullptr;
    QUndoStack *m_stack = nullptr;
};

void TestProperties::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->loadFile(bankSample));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_dock = m_window->propertiesDock();
    m_stack = m_window->document()->undoStack();
}

void TestProperties::cleanup()
{
    m_window->document()->undoStack()->setClean(); // no prompt when the window goes
    m_window.reset();
}

void TestProperties::pageFollowsSelection()
{
    MainWindow &w = *m_window;
    QCOMPARE(m_dock->currentPage(), m_dock->documentPage());
    selectElements(w.scene(), { QStringLiteral("greet") }, {});
    QCOMPARE(m_dock->currentPage(), m_dock->stepPage());
    QCOMPARE(m_dock->stepPage()->titleEdit()->text(), QStringLiteral("Greet and triage"));
    QCOMPARE(m_dock->stepPage()->timeField()->value(), 2.5);
    QCOMPARE(m_dock->stepPage()->timeField()->suffix(), QStringLiteral(" min"));
    selectElements(w.scene(), {}, { QStringLiteral("f5") });
    QCOMPARE(m_dock->currentPage(), m_dock->flowPage());
    QVERIFY(m_dock->flowPage()->fromLabel()->text().contains(QStringLiteral("Verify documents")));
    QVERIFY(m_dock->flowPage()->toLabel()->text().contains(QStringLiteral("Loan interview")));
    selectElements(w.scene(), { QStringLiteral("greet") }, { QStringLiteral("f5") });
    QVERIFY(m_dock->currentPage() != m_dock->stepPage());
    QVERIFY(m_dock->currentPage() != m_dock->flowPage());
    selectElements(w.scene(), {}, {});
    QCOMPARE(m_dock->currentPage(), m_dock->documentPage());
}

void TestProperties::typeStepTimeIsOneUndoStep()
{
    MainWindow &w = *m_window;
    selectElements(w.scene(), { QStringLiteral("greet") }, {});
    ValueSpinBox *time = m_dock->stepPage()->timeField();
    typeNumber(time, QStringLiteral("12.75"));
    QCOMPARE(step(w, "greet").time, 12.75);
    QCOMPARE(m_stack->count(), 1); // five keystrokes and Enter: one command
    // Leaving the field afterwards changes nothing more.
    m_dock->stepPage()->titleEdit()->setFocus();
    QCOMPARE(m_stack->count(), 1);
    // Undo by shortcut; the field follows.
    w.view()->setFocus();
    QTest::keySequence(&w, QKeySequence(QKeySequence::Undo));
    QCOMPARE(step(w, "greet").time, 2.5);
    QCOMPARE(time->value(), 2.5);
    QTest::keySequence(&w, QKeySequence(QKeySequence::Redo));
    QCOMPARE(time->value(), 12.75);
    // An arrow step is one edit too.
    time->setFocus();
    QTest::keyClick(time, Qt::Key_Up);
    QCOMPARE(step(w, "greet").time, 13.75);
    QCOMPARE(m_stack->count(), 2);
}

void TestProperties::holdingAnArrowKeyIsOneUndoStep()
{
    MainWindow &w = *m_window;
    selectElements(w.scene(), { QStringLiteral("greet") }, {});
    StepPage *page = m_dock->stepPage();
    ValueSpinBox *time = page->timeField();
    time->setFocus();
    press(time, Qt::Key_Up, 5);
    QCOMPARE(step(w, "greet").time, 7.5);
    QCOMPARE(time->value(), 7.5);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->text(0), QStringLiteral("Change time"));
    m_stack->undo();
    QCOMPARE(step(w, "greet").time, 2.5);
    QCOMPARE(time->value(), 2.5);
    m_stack->redo();
    QCOMPARE(step(w, "greet").time, 7.5);

    // Out of the field and back in: a new gesture, a second entry.
    page->scvField()->setFocus();
    time->setFocus();
    press(time, Qt::Key_Up, 1);
    QCOMPARE(step(w, "greet").time, 8.5);
    QCOMPARE(m_stack->count(), 2);
    // Down and up again within one gesture: back where it began leaves no entry.
    page->scvField()->setFocus();
    time->setFocus();
    press(time, Qt::Key_Down, 3);
    press(time, Qt::Key_Up, 3);
    QCOMPARE(step(w, "greet").time, 8.5);
    QCOMPARE(m_stack->count(), 2);

    // Another field is another gesture even without leaving the dock by the mouse.
    page->scvField()->setFocus();
    press(page->scvField(), Qt::Key_Up, 2);
    QCOMPARE(m_stack->count(), 3);
    QCOMPARE(step(w, "greet").scv, 0.7);

    // A typed value after steps is an entry of its own, and the steps after it another.
    time->setFocus();
    press(time, Qt::Key_Up, 2);
    QCOMPARE(m_stack->count(), 4);
    typeNumber(time, QStringLiteral("20"));
    QCOMPARE(m_stack->count(), 5);
    press(time, Qt::Key_Up, 2);
    QCOMPARE(step(w, "greet").time, 22.0);
    QCOMPARE(m_stack->count(), 6);
    m_stack->undo();
    QCOMPARE(step(w, "greet").time, 20.0);
    m_stack->undo();
    QCOMPARE(step(w, "greet").time, 10.5);
}

void TestProperties::wheelAndSpinArrowsAreOneUndoStep()
{
    MainWindow &w = *m_window;
    selectElements(w.scene(), { QStringLiteral("greet") }, {});
    ValueSpinBox *time = m_dock->stepPage()->timeField();
    // Without the focus the wheel scrolls the dock and changes nothing.
    w.view()->setFocus();
    wheel(time, 1);
    QCOMPARE(m_stack->count(), 0);
    time->setFocus();
    for (int i = 0; i < 3; ++i)
        wheel(time, 1);
    QCOMPARE(step(w, "greet").time, 5.5);
    QCOMPARE(m_stack->count(), 1);

    // The spin arrows: a click gives the focus; a new gesture as the field had left it.
    w.view()->setFocus();
    for (int i = 0; i < 4; ++i)
        clickUpArrow(time);
    QVERIFY(time->hasFocus());
    QCOMPARE(step(w, "greet").time, 9.5);
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(step(w, "greet").time, 5.5);
    m_stack->undo();
    QCOMPARE(step(w, "greet").time, 2.5);
    QCOMPARE(time->value(), 2.5);
}

void TestProperties::gestureEndsWithSelectionAndOtherCommands()
{
    MainWindow &w = *m_window;
    selectElements(w.scene(), { QStringLiteral("greet") }, {});
    ValueSpinBox *time = m_dock->stepPage()->timeField();
    time->setFocus();
    press(time, Qt::Key_Up, 2);
    QCOMPARE(m_stack->count(), 1);
    // Another selection and back, the field keeping the focus: a new entry.
    selectElements(w.scene(), { QStringLiteral("interview") }, {});
    selectElements(w.scene(), { QStringLiteral("greet") }, {});
    QVERIFY(time->hasFocus());
    press(time, Qt::Key_Up, 2);
    QCOMPARE(m_stack->count(), 2);
    // Another command pushed in between (here a rename by the canvas's way): a new entry.
    m_stack->push(makeStepEdit(
        w.document(), { QStringLiteral("docver") },
        [](Step &s) { s.title = QStringLiteral("Checked"); }, QStringLiteral("Rename")));
    QVERIFY(time->hasFocus());
    press(time, Qt::Key_Up, 2);
    QCOMPARE(m_stack->count(), 4);
    QCOMPARE(step(w, "greet").time, 8.5);
    m_stack->undo();
    QCOMPARE(step(w, "greet").time, 6.5);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(step(w, "greet").time, 4.5);
}

void TestProperties::demandAndFlowFieldGestures()
{
    MainWindow &w = *m_window;
    DocumentPage *page = m_dock->documentPage();
    ValueSpinBox *rate = page->arrivalRateField();
    rate->setFocus();
    press(rate, Qt::Key_Up, 4);
    QCOMPARE(w.document()->blueprint().demand->arrivalRate, std::optional<double>(16.0));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(w.document()->blueprint().demand->arrivalRate, std::optional<double>(12.0));
    QCOMPARE(rate->value(), 12.0);

    selectElements(w.scene(), {}, { QStringLiteral("f10") });
    ValueSpinBox *probability = m_dock->flowPage()->probabilityField();
    probability->setFocus();
    press(probability, Qt::Key_Down, 3); // 75 % in steps of 5
    QCOMPARE(*w.document()->blueprint().graph.flow(QStringLiteral("f10"))->p, 0.6);
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(*w.document()->blueprint().graph.flow(QStringLiteral("f10"))->p, 0.75);
}

void TestProperties::titleAndDescription()
{
    MainWindow &w = *m_window;
    selectElements(w.scene(), { QStringLiteral("form") }, {});
    typeText(m_dock->stepPage()->titleEdit(), QStringLiteral("Completes the form"));
    QCOMPARE(step(w, "form").title, QStringLiteral("Completes the form"));
    QCOMPARE(m_stack->count(), 1);

    DescriptionEdit *description = m_dock->stepPage()->descriptionEdit();
    description->setFocus();
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("New note"));
    QCOMPARE(m_stack->count(), 1); // nothing while typing
    m_dock->stepPage()->titleEdit()->setFocus(); // leaving the field commits
    QCOMPARE(step(w, "form").description, QStringLiteral("New note"));
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(description->toPlainText(), step(w, "form").description);
    QVERIFY(description->toPlainText().startsWith(QStringLiteral("The customer completes")));
}

void TestProperties::kindAndLaneByKeyboard()
{
    MainWindow &w = *m_window;
    selectElements(w.scene(), { QStringLiteral("senior") }, {});
    QComboBox *kind = m_dock->stepPage()->kindCombo();
    QCOMPARE(StepKind(kind->currentData().toInt()), StepKind::Action);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(step(w, "senior").kind, StepKind::Decision);
    QComboBox *lane = m_dock->stepPage()->laneCombo();
    QCOMPARE(lane->currentData().toString(), QStringLiteral("back"));
    lane->setFocus();
    QTest::keyClick(lane, Qt::Key_Down);
    QCOMPARE(step(w, "senior").lane, QStringLiteral("support"));
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(lane->currentData().toString(), QStringLiteral("back"));
}

void TestProperties::multiSelectionMixedAndEditAll()
{
    MainWindow &w = *m_window;
    selectElements(w.scene(), { QStringLiteral("greet"), QStringLiteral("interview") }, {});
    StepPage *page = m_dock->stepPage();
    QCOMPARE(m_dock->currentPage(), page);
    // Different times: mixed. The same scv (0.5): shown.
    QVERIFY(page->timeField()->isMixed());
    QCOMPARE(page->timeField()->text(), QStringLiteral("(mixed)"));
    QVERIFY(!page->scvField()->isMixed());
    QCOMPARE(page->scvField()->value(), 0.5);
    QVERIFY(page->titleEdit()->text().isEmpty());
    QCOMPARE(page->titleEdit()->placeholderText(), QStringLiteral("(mixed)"));
    QCOMPARE(page->laneCombo()->currentData().toString(), QStringLiteral("front"));

    // Focusing and leaving a mixed field changes nothing.
    page->timeField()->setFocus();
    page->scvField()->setFocus();
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(page->timeField()->isMixed());

    typeNumber(page->timeField(), QStringLiteral("7"));
    QCOMPARE(step(w, "greet").time, 7.0);
    QCOMPARE(step(w, "interview").time, 7.0);
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(!page->timeField()->isMixed());

    typeNumber(page->severityField(), QStringLiteral("9"));
    QCOMPARE(step(w, "greet").severity, std::optional<int>(9));
    QCOMPARE(step(w, "interview").severity, std::optional<int>(9));
    QCOMPARE(m_stack->count(), 2);

    m_stack->undo();
    m_stack->undo();
    QCOMPARE(step(w, "greet").time, 2.5);
    QCOMPARE(step(w, "interview").time, 10.2);
    QVERIFY(page->timeField()->isMixed());
}

void TestProperties::optionalValuesAndInfiniteServers()
{
    MainWindow &w = *m_window;
    selectElements(w.scene(), { QStringLiteral("greet") }, {});
    StepPage *page = m_dock->stepPage();
    // The wait tolerance 5 goes to "none" one step below 0.
    ValueSpinBox *tolerance = page->toleranceField();
    typeNumber(tolerance, QStringLiteral("0"));
    QCOMPARE(step(w, "greet").tolerance, std::optional<double>(0.0));
    tolerance->setFocus();
    QTest::keyClick(tolerance, Qt::Key_Down);
    QCOMPARE(step(w, "greet").tolerance, std::nullopt);
    QCOMPARE(tolerance->text(), QStringLiteral("none"));
    // Servers: 1 by the frontstage default; one step down is ∞.
    ValueSpinBox *servers = page->serversField();
    QCOMPARE(servers->value(), 1.0);
    servers->setFocus();
    QTest::keyClick(servers, Qt::Key_Down);
    QVERIFY(step(w, "greet").servers && step(w, "greet").servers->infinite);
    QVERIFY(servers->text().startsWith(QStringLiteral("∞")));
    typeNumber(servers, QStringLiteral("4"));
    QCOMPARE(step(w, "greet").servers, std::optional<Servers>(Servers::of(4)));
    // p-fail is shown in percent.
    selectElements(w.scene(), { QStringLiteral("interview") }, {});
    QCOMPARE(page->pFailField()->value(), 5.0);
    QCOMPARE(page->pFailField()->suffix(), QStringLiteral(" %"));
    typeNumber(page->pFailField(), QStringLiteral("12.5"));
    QCOMPARE(step(w, "interview").pFail, 0.125);
    // Entry shares only apply to start steps.
    QVERIFY(!page->entryField()->isEnabled());
    selectElements(w.scene(), { QStringLiteral("arrive") }, {});
    QVERIFY(page->entryField()->isEnabled());
}

void TestProperties::rangeLimits()
{
    MainWindow &w = *m_window;
    selectElements(w.scene(), { QStringLiteral("docver") }, {});
    StepPage *page = m_dock->stepPage();
    QCOMPARE(page->serversField()->maximum(), double(limits::maxServers));
    QCOMPARE(page->severityField()->maximum(), 10.0);
    QCOMPARE(page->pFailField()->maximum(), 100.0);
    QCOMPARE(page->timeField()->minimum(), 0.0);

    typeNumber(page->severityField(), QStringLiteral("25")); // "5" is refused after "2"
    const std::optional<int> severity = step(w, "docver").severity;
    QVERIFY(severity && *severity >= 1 && *severity <= 10);
    typeNumber(page->pFailField(), QStringLiteral("150")); // "0" is refused after "15"
    QVERIFY(step(w, "docver").pFail <= 1.0);
    typeNumber(page->timeField(), QStringLiteral("-3")); // corrected to the nearest value, 0
    QCOMPARE(step(w, "docver").time, 0.0);
    typeNumber(page->scvField(), QStringLiteral("1000")); // the last "0" is refused
    QCOMPARE(step(w, "docver").scv, 100.0);
}

void TestProperties::flowProbabilityAndLabel()
{
    MainWindow &w = *m_window;
    selectElements(w.scene(), {}, { QStringLiteral("f10") });
    FlowPage *page = m_dock->flowPage();
    QCOMPARE(page->probabilityField()->value(), 75.0);
    typeNumber(page->probabilityField(), QStringLiteral("70"));
    QCOMPARE(*w.document()->blueprint().graph.flow(QStringLiteral("f10"))->p, 0.7);
    typeText(page->labelEdit(), QStringLiteral("accepted"));
    QCOMPARE(w.document()->blueprint().graph.flow(QStringLiteral("f10"))->label,
             QStringLiteral("accepted"));
    QCOMPARE(m_stack->count(), 2);
    // Two flows: one edit changes both.
    selectElements(w.scene(), {}, { QStringLiteral("f10"), QStringLiteral("f11") });
    QVERIFY(page->probabilityField()->isMixed());
    page->kindCombo()->setFocus();
    QTest::keyClick(page->kindCombo(), Qt::Key_Down); // flow -> rework
    QCOMPARE(w.document()->blueprint().graph.flow(QStringLiteral("f10"))->kind, FlowKind::Rework);
    QCOMPARE(w.document()->blueprint().graph.flow(QStringLiteral("f11"))->kind, FlowKind::Rework);
    QCOMPARE(m_stack->count(), 3);
}

void TestProperties::documentTitleTimeUnitAndDemand()
{
    MainWindow &w = *m_window;
    DocumentPage *page = m_dock->documentPage();
    QCOMPARE(m_dock->currentPage(), page);
    typeText(page->titleEdit(), QStringLiteral("Loans"));
    QCOMPARE(w.document()->blueprint().meta.title, QStringLiteral("Loans"));

    QCOMPARE(page->arrivalRateField()->value(), 12.0);
    typeNumber(page->arrivalRateField(), QStringLiteral("15"));
    QCOMPARE(w.document()->blueprint().demand->arrivalRate, std::optional<double>(15.0));
    typeNumber(page->journeyToleranceField(), QStringLiteral("90"));
    QCOMPARE(w.document()->blueprint().demand->journeyTolerance, std::optional<double>(90.0));
    typeNumber(page->serviceLevelField(), QStringLiteral("95"));
    QCOMPARE(w.document()->blueprint().demand->serviceLevel, 0.95);
    page->perCombo()->setFocus();
    QTest::keyClick(page->perCombo(), Qt::Key_Down); // per hour -> per day
    QCOMPARE(w.document()->blueprint().demand->per, RateUnit::Day);

    // Time unit: minutes -> hours; the step fields show the new unit.
    page->timeUnitCombo()->setFocus();
    QTest::keyClick(page->timeUnitCombo(), Qt::Key_Down);
    QCOMPARE(w.document()->blueprint().meta.timeUnit, TimeUnit::Hours);
    QCOMPARE(page->journeyToleranceField()->suffix(), QStringLiteral(" h"));
    selectElements(w.scene(), { QStringLiteral("greet") }, {});
    QCOMPARE(m_dock->stepPage()->timeField()->suffix(), QStringLiteral(" h"));
    QCOMPARE(m_stack->count(), 6);
    while (m_stack->canUndo())
        m_stack->undo();
    selectElements(w.scene(), {}, {});
    QCOMPARE(page->titleEdit()->text(), QStringLiteral("Personal loan at a branch"));
    QCOMPARE(page->arrivalRateField()->value(), 12.0);
    QCOMPARE(page->timeUnitCombo()->currentData().toInt(), int(TimeUnit::Minutes));
    QVERIFY(!w.isWindowModified());
}

void TestProperties::timeUnitConvertsDurations()
{
    MainWindow &w = *m_window;
    const Blueprint &bp = w.document()->blueprint();
    DocumentPage *page = m_dock->documentPage();
    QVERIFY(page->timeUnitCombo()->toolTip().contains(QStringLiteral("converts")));
    page->timeUnitCombo()->setFocus();
    QTest::keyClick(page->timeUnitCombo(), Qt::Key_Down); // minutes -> hours
    QCOMPARE(bp.meta.timeUnit, TimeUnit::Hours);
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(qAbs(step(w, "greet").time - 2.5 / 60.0) < 1e-12);
    QCOMPARE(step(w, "greet").tolerance, std::optional<double>(5.0 / 60.0));
    QCOMPARE(bp.demand->journeyTolerance, std::optional<double>(2.0));
    QCOMPARE(bp.demand->arrivalRate, std::optional<double>(12.0)); // still per hour
    QCOMPARE(page->journeyToleranceField()->text(), QStringLiteral("2.0000 h"));
    QCOMPARE(page->arrivalRateField()->value(), 12.0);
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("converted")));

    // The step page shows the converted time in hours, with the decimals hours need.
    selectElements(w.scene(), { QStringLiteral("greet") }, {});
    QCOMPARE(m_dock->stepPage()->timeField()->text(), QStringLiteral("0.0417 h"));

    // Undo gives back the exact minutes.
    m_stack->undo();
    QCOMPARE(bp.meta.timeUnit, TimeUnit::Minutes);
    QCOMPARE(step(w, "greet").time, 2.5);
    QCOMPARE(step(w, "greet").tolerance, std::optional<double>(5.0));
    QCOMPARE(bp.demand->journeyTolerance, std::optional<double>(120.0));
    QCOMPARE(m_dock->stepPage()->timeField()->text(), QStringLiteral("2.50 min"));
    QVERIFY(!w.isWindowModified());
}

void TestProperties::poolsAddRenameRemove()
{
    MainWindow &w = *m_window;
    DocumentPage *page = m_dock->documentPage();
    QTableWidget *table = page->poolTable();
    QCOMPARE(table->rowCount(), 0);
    QTest::mouseClick(page->addPoolButton(), Qt::LeftButton);
    QCOMPARE(int(w.document()->blueprint().pools().size()), 1);
    QCOMPARE(table->rowCount(), 1);
    table->item(0, 0)->setText(QStringLiteral("Loan officers"));
    table->item(0, 1)->setText(QStringLiteral("3"));
    const Pool &pool = w.document()->blueprint().pools().front();
    QCOMPARE(pool.title, QStringLiteral("Loan officers"));
    QCOMPARE(pool.servers, Servers::of(3));
    table->item(0, 1)->setText(QStringLiteral("many")); // not a number: refused
    QCOMPARE(w.document()->blueprint().pools().front().servers, Servers::of(3));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("3"));
    table->item(0, 1)->setText(QStringLiteral("∞"));
    QVERIFY(w.document()->blueprint().pools().front().servers.infinite);
    QCOMPARE(m_stack->count(), 4);

    // The pool is offered to steps.
    selectElements(w.scene(), { QStringLiteral("interview") }, {});
    QComboBox *poolCombo = m_dock->stepPage()->poolCombo();
    QCOMPARE(poolCombo->count(), 2);
    poolCombo->setFocus();
    QTest::keyClick(poolCombo, Qt::Key_Down);
    QCOMPARE(step(w, "interview").pool, w.document()->blueprint().pools().front().id);
    QVERIFY(!m_dock->stepPage()->serversField()->isEnabled());

    selectElements(w.scene(), {}, {});
    table->selectRow(0);
    QVERIFY(page->removePoolButton()->isEnabled());
    QTest::mouseClick(page->removePoolButton(), Qt::LeftButton);
    QVERIFY(w.document()->blueprint().pools().empty());
    QVERIFY(step(w, "interview").pool.isEmpty());
    m_stack->undo();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(step(w, "interview").pool, w.document()->blueprint().pools().front().id);
}

QTEST_MAIN(TestProperties)
#include "tst_properties.moc"
