// The analysis in the editor: it runs by itself after edits (off the GUI thread: see
// tst_analysisthreads), fills the findings list, the Figures dock and the canvas overlay, and
// offers what-if, simulation and settings. Drives the real main window on the bank sample
// (analysis.md §5.2).

#include "analysis/analysiscontroller.h"
#include "analysis/analysissettingsdialog.h"
#include "analysis/analysisui.h"
#include "analysis/figuresdock.h"
#include "analysis/figuresmodel.h"
#include "analysis/overlaylegend.h"
#include "analysis/simulationdialog.h"
#include "analysis/whatifpanel.h"
#include "analysisuitestutil.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/flowitem.h"
#include "canvas/stepitem.h"
#include "commands/changecommands.h"
#include "commands/documentcommands.h"
#include "docks/findingsdock.h"
#include "docks/findingsmodel.h"
#include "document/document.h"
#include "generate/generator.h"
#include "guitestutil.h"
#include "mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace bp;

namespace {

const QString bankSample = test::samplePath("bank-loan.blueprint");

using test::controllerOf;
using test::resultOf;
using test::settle;

// Id of the bottleneck pool(s), joined.
QString bottleneckOf(const analysis::AnalysisResult &r)
{
    QStringList ids;
    for (int p : r.queueing.bottlenecks)
        ids << r.snapshot.poolId(p);
    return ids.join(u',');
}

const analysis::StepFigures &figuresOf(const analysis::AnalysisResult &r, const char *id)
{
    return r.steps()[size_t(r.snapshot.vertexOf(QLatin1String(id)))];
}

// The document's wait model, changed as the settings dialog does (an undoable command).
void useWaitModel(MainWindow &w, WaitModel model)
{
    AnalysisSettings s = w.document()->blueprint().analysisSettings;
    s.waitModel = model;
    w.document()->undoStack()->push(new ChangeAnalysisSettingsCommand(w.document(), s));
}

// Row of the findings list (as shown) whose code is @p code and first element @p id, or -1.
int findingRow(const FindingsDock *dock, const QString &code, const QString &id)
{
    const QAbstractItemModel *m = dock->filter();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex index = m->index(r, FindingsModel::CodeColumn);
        const QStringList ids = index.data(FindingsModel::ElementIdsRole).toStringList();
        if (index.data(FindingsModel::CodeRole).toString() == code && !ids.isEmpty()
            && ids.first() == id)
            return r;
    }
    return -1;
}

QString outputPath(const QString &name)
{
    QDir().mkpath(QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR));
    return QStringLiteral(BLUEPRINT_TEST_OUTPUT_DIR "/") + name;
}

} // namespace

class TestAnalysisUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findingsListTheAnalysis();
    void figuresTableShowsSortableStepFigures();
    void overlayMarksFailAndWaitPoints();
    void anEditRerunsAndMovesTheBottleneck();
    void whatIfLeavesTheDocumentUntilApplied();
    void simulationShowsConfidenceIntervals();
    void settingsDialogChangesTheWaitModel();
    void screenshots();

private:
    std::unique_ptr<QTemporaryDir> m_settings;
};

void TestAnalysisUi::initTestCase()
{
    m_settings = test::isolateSettings();
}

void TestAnalysisUi::findingsListTheAnalysis()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(settle(w));
    // The sample's variability is not exponential: Allen–Cunneen (11.46 min at the interview)
    // stays under the 15 min tolerance; the exact M/M/c wait (16.56) does not.
    useWaitModel(w, analysis::WaitModel::Exact);
    QVERIFY(settle(w));

    FindingsDock *dock = w.findingsDock();
    QTRY_VERIFY(
        findingRow(dock, QStringLiteral("WAIT_EXCEEDS_TOLERANCE"), QStringLiteral("interview"))
        >= 0);
    QVERIFY(
        findingRow(dock, QStringLiteral("FAIL_POINT_WITHOUT_RECOVERY"), QStringLiteral("contract"))
        >= 0);
    const int row
        = findingRow(dock, QStringLiteral("WAIT_EXCEEDS_TOLERANCE"), QStringLiteral("interview"));
    const QModelIndex message = dock->filter()->index(row, FindingsModel::MessageColumn);
    QVERIFY(message.data().toString().contains(QStringLiteral("Loan interview")));
    QVERIFY(
        !dock->filter()->index(row, FindingsModel::SuggestionColumn).data().toString().isEmpty());
    // The kind reads as a name; the code is in the tooltip.
    const QModelIndex kindIndex = dock->filter()->index(row, FindingsModel::CodeColumn);
    QCOMPARE(kindIndex.data().toString(), QStringLiteral("Wait point"));
    QVERIFY(kindIndex.data(Qt::ToolTipRole).toString().contains(u"WAIT_EXCEEDS_TOLERANCE"));
    const int fmea = findingRow(dock, QStringLiteral("FMEA_RPN"), QStringLiteral("interview"));
    QVERIFY(fmea >= 0);
    QCOMPARE(dock->filter()->index(fmea, FindingsModel::CodeColumn).data().toString(),
             QStringLiteral("High risk priority"));

    // Filter by severity: without warnings, no warning row is shown (and there were some).
    const auto countOf = [dock](FindingRow::Severity s) {
        int n = 0;
        for (int r = 0; r < dock->filter()->rowCount(); ++r)
            n += dock->filter()->index(r, 0).data(FindingsModel::SeverityRole).toInt() == int(s);
        return n;
    };
    const int warnings = countOf(FindingRow::Severity::Warning);
    QVERIFY(warnings > 0);
    const int all = dock->filter()->rowCount();
    dock->severityButton(FindingRow::Severity::Warning)->click();
    QCOMPARE(countOf(FindingRow::Severity::Warning), 0);
    QCOMPARE(dock->filter()->rowCount(), all - warnings);
    dock->severityButton(FindingRow::Severity::Warning)->click();
    QCOMPARE(dock->filter()->rowCount(), all);

    // Filter by kind, offered by name.
    QComboBox *kinds = dock->kindCombo();
    const int kind = kinds->findData(QStringLiteral("WAIT_EXCEEDS_TOLERANCE"));
    QVERIFY(kind > 0);
    QCOMPARE(kinds->itemText(kind), QStringLiteral("Wait point"));
    QCOMPARE(kinds->itemData(kind, Qt::ToolTipRole).toString(),
             QStringLiteral("WAIT_EXCEEDS_TOLERANCE"));
    kinds->setCurrentIndex(kind);
    QVERIFY(dock->filter()->rowCount() >= 1);
    for (int r = 0; r < dock->filter()->rowCount(); ++r)
        QCOMPARE(dock->filter()->index(r, 0).data(FindingsModel::CodeRole).toString(),
                 QStringLiteral("WAIT_EXCEEDS_TOLERANCE"));

    // Sorting by kind puts the names shown in order.
    kinds->setCurrentIndex(0);
    dock->view()->sortByColumn(FindingsModel::CodeColumn, Qt::AscendingOrder);
    QString previous;
    QStringList shown;
    for (int r = 0; r < dock->filter()->rowCount(); ++r) {
        const QString name = dock->filter()->index(r, FindingsModel::CodeColumn).data().toString();
        QVERIFY2(previous.compare(name, Qt::CaseInsensitive) <= 0, qPrintable(name));
        previous = name;
        shown << name;
    }
    QVERIFY(shown.contains(QStringLiteral("Wait point")));
    QVERIFY(!shown.contains(QStringLiteral("WAIT_EXCEEDS_TOLERANCE")));

    // A click on the finding selects and centres the interview.
    w.view()->resetZoom();
    w.view()->centerOn(0, 0);
    const int target
        = findingRow(dock, QStringLiteral("WAIT_EXCEEDS_TOLERANCE"), QStringLiteral("interview"));
    const QModelIndex targetIndex = dock->filter()->index(target, FindingsModel::MessageColumn);
    dock->view()->scrollTo(targetIndex);
    const QRect rect = dock->view()->visualRect(targetIndex);
    QVERIFY(rect.isValid());
    QVERIFY(dock->view()->isVisible());
    QVERIFY2(dock->view()->viewport()->rect().contains(rect.center()),
             qPrintable(QStringLiteral("%1,%2 in %3x%4")
                            .arg(rect.center().x())
                            .arg(rect.center().y())
                            .arg(dock->view()->viewport()->width())
                            .arg(dock->view()->viewport()->height())));
    QTest::mouseClick(dock->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(w.scene()->selectedStepIds(), QVector<ElementId> { QStringLiteral("interview") });
    const QPointF centre
        = w.scene()->stepItem(QStringLiteral("interview"))->sceneBoundingRect().center();
    const QRectF visible = w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(centre));
}

void TestAnalysisUi::figuresTableShowsSortableStepFigures()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    QVERIFY(settle(w));
    FiguresDock *dock = w.analysis()->figuresDock();
    FiguresModel *model = dock->model();
    const int row = model->rowOf(QStringLiteral("interview"));
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, FiguresModel::StepColumn).data().toString(),
             QStringLiteral("Loan interview"));
    QCOMPARE(model->index(row, FiguresModel::LaneColumn).data().toString(),
             QStringLiteral("Frontstage"));
    QVERIFY(qAbs(model->index(row, FiguresModel::UtilisationColumn)
                     .data(FiguresModel::ValueRole)
                     .toDouble()
                 - 0.85)
            < 1e-9);
    QCOMPARE(model->index(row, FiguresModel::UtilisationColumn).data().toString(),
             QLocale().toString(0.85, 'f', 2));
    QCOMPARE(model->index(row, FiguresModel::ServersColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model->index(row, FiguresModel::RpnColumn).data().toString(), QStringLiteral("168"));
    QVERIFY(
        qAbs(model->index(row, FiguresModel::VisitsColumn).data(FiguresModel::ValueRole).toDouble()
             - 1.25)
        < 1e-9);

    // Sorted by utilisation, highest first: the interview leads; ascending it does not.
    QSortFilterProxyModel *proxy = dock->proxy();
    dock->view()->sortByColumn(FiguresModel::UtilisationColumn, Qt::DescendingOrder);
    QCOMPARE(proxy->index(0, 0).data(FiguresModel::StepIdRole).toString(),
             QStringLiteral("interview"));
    dock->view()->sortByColumn(FiguresModel::UtilisationColumn, Qt::AscendingOrder);
    QVERIFY(proxy->index(0, 0).data(FiguresModel::StepIdRole).toString()
            != QStringLiteral("interview"));
    dock->view()->sortByColumn(FiguresModel::StepColumn, Qt::AscendingOrder);
    QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("Credit bureau check"));

    // Selecting a row selects the step on the canvas.
    const QModelIndex docver = proxy->mapFromSource(
        model->index(model->rowOf(QStringLiteral("docver")), FiguresModel::StepColumn));
    dock->view()->setCurrentIndex(docver);
    QCOMPARE(w.scene()->selectedStepIds(), QVector<ElementId> { QStringLiteral("docver") });

    // The summary: demand against capacity, bottleneck, flow time, P(failure-free).
    const QString summary = dock->summaryLabel()->text();
    QVERIFY2(summary.contains(QLocale().toString(14.1176, 'f', 1)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Loan interview")), qPrintable(summary));
    QVERIFY2(summary.contains(QLocale().toString(70.582, 'f', 1)), qPrintable(summary));
}

void TestAnalysisUi::overlayMarksFailAndWaitPoints()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    QVERIFY(settle(w));
    useWaitModel(w, analysis::WaitModel::Exact);
    QVERIFY(settle(w));
    // On by default: the sample has demand.
    QVERIFY(w.analysis()->overlayAction()->isChecked());
    const OverlayData *overlay = w.scene()->overlay();
    QVERIFY(overlay);
    for (const char *id : { "interview", "contract", "disburse" }) {
        QVERIFY2(overlay->step(QLatin1String(id)).failPoint, id);
        QVERIFY2(overlay->step(QLatin1String(id)).unrecovered, id);
    }
    QVERIFY(overlay->step(QStringLiteral("interview")).waitPoint);
    QVERIFY(!overlay->step(QStringLiteral("greet")).waitPoint);
    QVERIFY(!overlay->step(QStringLiteral("greet")).failPoint);
    QVERIFY(overlay->step(QStringLiteral("interview")).bottleneck);
    QVERIFY(!overlay->step(QStringLiteral("docver")).bottleneck);
    QVERIFY(qAbs(*overlay->step(QStringLiteral("docver")).utilisation - 0.75) < 1e-9);
    QVERIFY(overlay->hasDemand);
    // The critical path runs from the greeting to the interview.
    QVERIFY(overlay->criticalFlows.contains(QStringLiteral("f1")));
    QVERIFY(overlay->criticalFlows.contains(QStringLiteral("f3")));

    // The item grows to hold its badges; hiding the overlay shrinks it again.
    StepItem *interview = w.scene()->stepItem(QStringLiteral("interview"));
    QVERIFY(interview->boundingRect().top() < interview->geometry().shape.top() - 6);
    w.analysis()->overlayAction()->trigger();
    QVERIFY(!w.scene()->overlay());
    QCOMPARE(interview->boundingRect(), interview->geometry().bounds);
    w.analysis()->overlayAction()->trigger();
    QVERIFY(w.scene()->overlay());

    // The critical path toggle: the band widens the flow's bounds.
    const QRectF before = w.scene()->flowItem(QStringLiteral("f3"))->boundingRect();
    w.analysis()->criticalPathAction()->trigger();
    QVERIFY(w.scene()->showsCriticalBand(QStringLiteral("f3")));
    QVERIFY(w.scene()->flowItem(QStringLiteral("f3"))->boundingRect().height() > before.height());
}

void TestAnalysisUi::anEditRerunsAndMovesTheBottleneck()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    QVERIFY(settle(w));
    QCOMPARE(bottleneckOf(*resultOf(w)), QStringLiteral("interview"));
    const quint64 before = controllerOf(w)->appliedGeneration();

    // analysis.md §5.2 what-if: a fourth interview officer moves the bottleneck to docver.
    w.document()->undoStack()->push(makeStepEdit(
        w.document(), { QStringLiteral("interview") }, [](Step &s) { s.servers = Servers::of(4); },
        QStringLiteral("Change servers")));
    QVERIFY(controllerOf(w)->isBusy()); // waiting for the debounce
    QCOMPARE(controllerOf(w)->appliedGeneration(), before);
    QVERIFY(settle(w));
    QVERIFY(controllerOf(w)->appliedGeneration() > before);
    QCOMPARE(bottleneckOf(*resultOf(w)), QStringLiteral("docver"));
    QVERIFY(qAbs(*resultOf(w)->queueing.maxUtilisation - 0.75) < 1e-9);
    QVERIFY(qAbs(*resultOf(w)->queueing.processCapacity * 60 - 16.0) < 1e-9);
    QVERIFY(w.scene()->overlay()->step(QStringLiteral("docver")).bottleneck);
    QVERIFY(!w.scene()->overlay()->step(QStringLiteral("interview")).bottleneck);
    QVERIFY(w.analysis()->figuresDock()->summaryLabel()->text().contains(
        QStringLiteral("Verify documents")));
}

void TestAnalysisUi::whatIfLeavesTheDocumentUntilApplied()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    QVERIFY(settle(w));
    WhatIfPanel *panel = w.analysis()->whatIfPanel();
    FiguresDock *figures = w.analysis()->figuresDock();
    QUndoStack *stack = w.document()->undoStack();
    const int commands = stack->count();

    // Through the panel's own widgets: the interview's pool, 4 servers.
    QComboBox *pools = panel->poolCombo();
    const int interviewPool = pools->findData(QStringLiteral("interview"));
    QVERIFY(interviewPool >= 0);
    pools->setCurrentIndex(interviewPool);
    QCOMPARE(panel->serversSpin()->value(), 3);
    // Steps are listed by title, with their id as the data.
    QComboBox *steps = panel->stepCombo();
    const int interviewStep = steps->findData(QStringLiteral("interview"));
    QVERIFY(interviewStep >= 0);
    QCOMPARE(steps->itemText(interviewStep), QStringLiteral("Loan interview"));
    panel->serversSpin()->setValue(4);
    QVERIFY(panel->hasChanges());
    QTRY_VERIFY(figures->showsWhatIf());
    const int row = figures->model()->rowOf(QStringLiteral("interview"));
    QVERIFY(qAbs(figures->model()
                     ->index(row, FiguresModel::UtilisationColumn)
                     .data(FiguresModel::ValueRole)
                     .toDouble()
                 - 0.6375)
            < 1e-9);
    QCOMPARE(bottleneckOf(*panel->result()), QStringLiteral("docver"));
    QVERIFY(qAbs(*panel->result()->queueing.flowTime - *resultOf(w)->queueing.flowTime) > 1);
    // The document did not change.
    QCOMPARE(stack->count(), commands);
    QCOMPARE(w.document()->blueprint().graph.step(QStringLiteral("interview"))->servers->count, 3);

    // The arrival rate too: 15/h makes the interview unstable (§5.2).
    panel->serversSpin()->setValue(3);
    panel->rateSpin()->setValue(15.0);
    QTRY_VERIFY(panel->result() && panel->result()->queueing.maxUtilisation
                && qAbs(*panel->result()->queueing.maxUtilisation - 1.0625) < 1e-9);
    QCOMPARE(stack->count(), commands);

    // Reset: back to the document's figures.
    panel->resetButton()->click();
    QVERIFY(!panel->hasChanges());
    QVERIFY(!figures->showsWhatIf());

    // Apply: one undo step carries every change.
    panel->setServers(QStringLiteral("interview"), 4);
    panel->setTime(QStringLiteral("docver"), 5.0);
    QTRY_VERIFY(panel->result());
    panel->applyButton()->click();
    QCOMPARE(stack->count(), commands + 1);
    QCOMPARE(w.document()->blueprint().graph.step(QStringLiteral("interview"))->servers->count, 4);
    QCOMPARE(w.document()->blueprint().graph.step(QStringLiteral("docver"))->time, 5.0);
    QVERIFY(!panel->hasChanges());
    QVERIFY(settle(w));
    QVERIFY(!figures->showsWhatIf());
    QVERIFY(qAbs(*figuresOf(*resultOf(w), "interview").rho - 0.6375) < 1e-9);
    stack->undo();
    QCOMPARE(w.document()->blueprint().graph.step(QStringLiteral("interview"))->servers->count, 3);
    QCOMPARE(w.document()->blueprint().graph.step(QStringLiteral("docver"))->time, 6.0);
    stack->setClean();
}

void TestAnalysisUi::simulationShowsConfidenceIntervals()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    QVERIFY(settle(w));
    w.analysis()->simulateAction()->trigger();
    SimulationDialog *dialog = w.analysis()->simulationDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->customersSpin()->setValue(3000);
    dialog->replicationsSpin()->setValue(4);
    dialog->exponentialCheck()->setChecked(true);
    QSignalSpy done(dialog, &SimulationDialog::runFinished);
    dialog->runButton()->click();
    QVERIFY(dialog->isRunning());
    QVERIFY(!dialog->runButton()->isEnabled());
    QVERIFY(done.wait(60000));
    QVERIFY(!dialog->isRunning());
    QTableWidget *table = dialog->table();
    // Ten queueing steps (every action but the self-service form... and the process row).
    QVERIFY2(table->rowCount() >= 9, qPrintable(QString::number(table->rowCount())));
    QCOMPARE(table->item(table->rowCount() - 1, 0)->text(), QStringLiteral("Process flow time"));
    int interview = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == QStringLiteral("Loan interview"))
            interview = r;
    }
    QVERIFY(interview >= 0);
    // Exponential times: the analytic wait is the exact M/M/c one.
    QCOMPARE(table->item(interview, 1)->text(), QLocale().toString(16.56, 'f', 2));
    bool ok = false;
    QLocale().toDouble(table->item(interview, 3)->text(), &ok);
    QVERIFY(ok); // a half-width
    const QString inside = table->item(interview, 4)->text();
    QVERIFY(inside == QStringLiteral("yes") || inside == QStringLiteral("no"));
    QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("confidence")));

    // Cancel stops a long run.
    dialog->customersSpin()->setValue(5000000);
    dialog->runButton()->click();
    QVERIFY(dialog->isRunning());
    dialog->cancel();
    QVERIFY(done.wait(60000));
    QCOMPARE(dialog->statusLabel()->text(), QStringLiteral("Cancelled."));
    dialog->close();
}

void TestAnalysisUi::settingsDialogChangesTheWaitModel()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(settle(w));
    // Auto: the sample's SCVs are not 1, so Allen–Cunneen with QNA (analysis.md §5.2).
    QVERIFY(qAbs(*figuresOf(*resultOf(w), "interview").wait - 11.46) < 0.01);

    const auto choose = [&w](analysis::WaitModel model) {
        w.analysis()->settingsAction()->trigger();
        auto *dialog = w.findChild<AnalysisSettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QComboBox *combo = dialog->waitModelCombo();
        combo->setCurrentIndex(combo->findData(int(model)));
        dialog->accept();
        QTRY_VERIFY(!w.findChild<AnalysisSettingsDialog *>());
    };
    choose(analysis::WaitModel::Exact);
    QCOMPARE(controllerOf(w)->settings().waitModel, analysis::WaitModel::Exact);
    QVERIFY(settle(w));
    QVERIFY(qAbs(*figuresOf(*resultOf(w), "interview").wait - 16.555) < 0.01);
    const FiguresModel *figures = w.analysis()->figuresDock()->model();
    QCOMPARE(figures->index(figures->rowOf(QStringLiteral("interview")), FiguresModel::WaitColumn)
                 .data()
                 .toString(),
             QLocale().toString(16.56, 'f', 2));

    choose(analysis::WaitModel::AllenCunneenQna);
    QVERIFY(settle(w));
    QVERIFY(qAbs(*figuresOf(*resultOf(w), "interview").wait - 11.46) < 0.01);
}

void TestAnalysisUi::screenshots()
{
    MainWindow w;
    QVERIFY(w.loadFile(bankSample));
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(settle(w));
    useWaitModel(w, analysis::WaitModel::Exact); // so that the interview is a wait point
    QVERIFY(settle(w));
    w.analysis()->criticalPathAction()->setChecked(true);
    w.view()->fitToWindow();
    QVERIFY(w.analysis()->legend()->isVisible());
    QTest::qWait(50);
    QVERIFY(w.grab().save(outputPath(QStringLiteral("analysisui-findings.png"))));
    w.analysis()->figuresDock()->raise();
    QTest::qWait(50);
    QVERIFY(w.grab().save(outputPath(QStringLiteral("analysisui-figures.png"))));
    w.view()->resetZoom();
    w.view()->centreOn(QStringLiteral("interview"));
    QTest::qWait(50);
    QVERIFY(w.view()->viewport()->grab().save(outputPath(QStringLiteral("analysisui-canvas.png"))));
    w.analysis()->whatIfPanel()->raise();
    w.analysis()->whatIfPanel()->setServers(QStringLiteral("interview"), 4);
    QTRY_VERIFY(w.analysis()->figuresDock()->showsWhatIf());
    QTest::qWait(50);
    QVERIFY(w.grab().save(outputPath(QStringLiteral("analysisui-whatif.png"))));
    w.analysis()->whatIfPanel()->reset();
}

QTEST_MAIN(TestAnalysisUi)
#include "tst_analysisui.moc"
