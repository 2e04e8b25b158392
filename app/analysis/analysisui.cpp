#include "analysisui.h"

#include "analysis/actionpriority.h"
#include "analysiscontroller.h"
#include "analysisfindings.h"
#include "analysissettingsdialog.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "commands/documentcommands.h"
#include "docks/findingsdock.h"
#include "docks/propertiesdock.h"
#include "document/document.h"
#include "figuresdock.h"
#include "mainwindow.h"
#include "overlaylegend.h"
#include "simulationdialog.h"
#include "whatifpanel.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>

namespace bp {

using ResultPtr = std::shared_ptr<const analysis::AnalysisResult>;

AnalysisUi::AnalysisUi(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_controller(new AnalysisController(window->document(), this))
    , m_figures(new FiguresDock(window))
    , m_whatIf(new WhatIfPanel(m_controller, window))
    , m_legend(new OverlayLegend(&window->scene()->style(), window->view()->viewport()))
{
    m_legend->hide();
    connect(m_legend, &OverlayLegend::footprintChanged, this, [this] { updateLegend(); });
    connect(m_controller, &AnalysisController::finished, this,
            [this](const ResultPtr &result) { applyResult(result); });
    connect(m_whatIf, &WhatIfPanel::resultChanged, this, [this] { showFigures(); });
    connect(m_figures, &FiguresDock::stepActivated, this,
            [this](const ElementId &id) { m_window->selectAndCentre({ id }); });
}

AnalysisUi::~AnalysisUi() = default;

void AnalysisUi::install(QMenuBar *menuBar, QMenu *viewMenu, QMenu *panelsMenu,
                         QStatusBar *statusBar)
{
    // Docks: the figures beside the findings under the canvas, the what-if panel in the
    // right-hand column.
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_figures);
    m_window->tabifyDockWidget(m_window->findingsDock(), m_figures);
    m_window->findingsDock()->raise();
    // Tall enough for a handful of findings or figures under the filters and the tabs.
    m_window->resizeDocks({ m_window->findingsDock() }, { 230 }, Qt::Vertical);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_whatIf);
    m_window->tabifyDockWidget(m_window->propertiesDock(), m_whatIf);
    m_window->propertiesDock()->raise();
    panelsMenu->addAction(m_figures->toggleViewAction());
    panelsMenu->addAction(m_whatIf->toggleViewAction());

    DiagramScene *scene = m_window->scene();
    viewMenu->addSeparator();
    m_overlayAction = viewMenu->addAction(tr("Analysis &Overlay"));
    m_overlayAction->setObjectName(QStringLiteral("actionAnalysisOverlay"));
    m_overlayAction->setCheckable(true);
    m_overlayAction->setChecked(scene->isOverlayVisible());
    m_overlayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_overlayAction, &QAction::triggered, this, [this] { m_overlayChosen = true; });
    connect(m_overlayAction, &QAction::toggled, this, [this, scene](bool on) {
        scene->setOverlayVisible(on);
        updateLegend();
    });
    m_criticalPathAction = viewMenu->addAction(tr("&Critical Path"));
    m_criticalPathAction->setObjectName(QStringLiteral("actionCriticalPath"));
    m_criticalPathAction->setCheckable(true);
    m_criticalPathAction->setChecked(scene->isCriticalPathVisible());
    connect(m_criticalPathAction, &QAction::toggled, this, [this, scene](bool on) {
        scene->setCriticalPathVisible(on);
        updateLegend();
    });

    QMenu *menu = menuBar->addMenu(tr("A&nalysis"));
    menu->setObjectName(QStringLiteral("menuAnalysis"));
    m_runAction = menu->addAction(tr("&Run Now"), m_controller, &AnalysisController::runNow);
    m_runAction->setObjectName(QStringLiteral("actionRunAnalysis"));
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R)); // F5 starts the presentation
    m_simulateAction = menu->addAction(tr("&Simulate…"), this, [this] { openSimulation(); });
    m_simulateAction->setObjectName(QStringLiteral("actionSimulate"));
    m_simulateAction->setShortcut(QKeySequence(Qt::Key_F9));
    menu->addSeparator();
    m_settingsAction = menu->addAction(tr("Analysis S&ettings…"), this, [this] { editSettings(); });
    m_settingsAction->setObjectName(QStringLiteral("actionAnalysisSettings"));
    m_loadTableAction = menu->addAction(tr("Load Action &Priority Table…"), this,
                                        [this] { loadActionPriorityTable(); });
    m_loadTableAction->setObjectName(QStringLiteral("actionLoadActionPriority"));
    menu->addSeparator();
    menu->addAction(m_overlayAction);
    menu->addAction(m_criticalPathAction);

    m_busyBar = new QProgressBar(statusBar);
    m_busyBar->setRange(0, 0); // an indeterminate "busy" bar
    m_busyBar->setMaximumWidth(60);
    m_busyBar->setMaximumHeight(12);
    m_busyBar->setTextVisible(false);
    m_busyLabel = new QLabel(tr("Analysing…"), statusBar);
    m_busyLabel->setObjectName(QStringLiteral("analysisBusy"));
    m_statusSummary = new QLabel(statusBar);
    m_statusSummary->setObjectName(QStringLiteral("analysisStatus"));
    statusBar->insertPermanentWidget(0, m_statusSummary);
    statusBar->insertPermanentWidget(0, m_busyLabel);
    statusBar->insertPermanentWidget(0, m_busyBar);
    const auto showBusy = [this](bool busy) {
        m_busyBar->setVisible(busy);
        m_busyLabel->setVisible(busy);
    };
    connect(m_controller, &AnalysisController::busyChanged, this, showBusy);
    showBusy(m_controller->isBusy());
}

void AnalysisUi::applyResult(const ResultPtr &result)
{
    DiagramScene *scene = m_window->scene();
    if (!m_overlayChosen && m_overlayAction)
        m_overlayAction->setChecked(result->complete && result->queueing.demand.has_value());
    scene->setOverlay(m_controller->overlay());
    m_window->findingsDock()->setFindings(QStringLiteral("analysis"), findingRowsOf(*result),
                                          findingNamesOf(*result));
    showFigures();
    updateLegend();

    if (m_statusSummary) {
        const analysis::QueueingResult &q = result->queueing;
        QString text;
        if (!result->complete) {
            text = tr("Analysis: fix the errors to see figures");
        } else if (q.demand && q.maxUtilisation && !q.bottlenecks.empty()) {
            const QString &pool = result->snapshot.poolTitle(q.bottlenecks[0]);
            const QLocale locale;
            text
                = tr("Bottleneck: %1 (ρ %2)").arg(pool, locale.toString(*q.maxUtilisation, 'f', 2));
            if (q.flowTime)
                text += QStringLiteral("  ·  ")
                    + tr("Flow time %1 min").arg(locale.toString(*q.flowTime, 'f', 1));
        }
        m_statusSummary->setText(text);
    }
}

void AnalysisUi::showFigures()
{
    QStringList lanes;
    for (const Lane &lane : m_window->document()->blueprint().lanes())
        lanes << lane.title;
    if (m_whatIf->hasChanges() && m_whatIf->result())
        m_figures->setResult(m_whatIf->result(), lanes, true);
    else
        m_figures->setResult(m_controller->result(), lanes, false);
}

void AnalysisUi::updateLegend()
{
    const DiagramScene *scene = m_window->scene();
    const OverlayData *overlay = scene->overlay();
    m_legend->setCriticalPathShown(scene->isCriticalPathVisible());
    const bool shown = overlay && (!overlay->steps.isEmpty() || !overlay->criticalFlows.isEmpty());
    m_legend->setVisible(shown);
    // A fit keeps the diagram clear of the legend.
    m_window->view()->setCornerReserve(shown ? m_legend->footprint() : QSize());
}

void AnalysisUi::editSettings()
{
    const Blueprint &bp = m_window->document()->blueprint();
    const double serviceLevel = bp.demand ? bp.demand->serviceLevel : Demand {}.serviceLevel;
    auto *dialog
        = new AnalysisSettingsDialog(bp.analysisSettings, serviceLevel, bp.meta.timeUnit, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { applySettings(dialog->settings(), dialog->serviceLevel()); });
    dialog->open();
}

void AnalysisUi::applySettings(const AnalysisSettings &settings, double serviceLevel)
{
    // One undo step for whatever the dialog changed; none when it changed nothing. The service
    // level is the demand's (format.md), so it is changed there.
    Document *document = m_window->document();
    const Blueprint &bp = document->blueprint();
    auto command = std::make_unique<QUndoCommand>(tr("Change analysis settings"));
    if (settings != bp.analysisSettings)
        new ChangeAnalysisSettingsCommand(document, settings, command.get());
    const double current = bp.demand ? bp.demand->serviceLevel : Demand {}.serviceLevel;
    if (serviceLevel != current) {
        Demand demand = bp.demand.value_or(Demand {});
        demand.serviceLevel = serviceLevel;
        new ChangeDemandCommand(document, demand, 0, command.get());
    }
    if (command->childCount() > 0)
        document->undoStack()->push(command.release());
}

void AnalysisUi::openSimulation()
{
    if (!m_simulation)
        m_simulation = new SimulationDialog(m_controller, m_window);
    m_simulation->show();
    m_simulation->raise();
    m_simulation->activateWindow();
}

void AnalysisUi::loadActionPriorityTable()
{
    const QString path
        = QFileDialog::getOpenFileName(m_window, tr("Load Action Priority Table"),
                                       QFileInfo(m_window->document()->fileName()).absolutePath(),
                                       tr("Action Priority tables (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString problems;
    if (!loadActionPriorityTable(path, &problems)) {
        QMessageBox box(QMessageBox::Warning, tr("Load Action Priority Table"),
                        tr("%1 was not loaded.").arg(QFileInfo(path).fileName()), QMessageBox::Ok,
                        m_window);
        box.setDetailedText(problems);
        box.exec();
    }
}

bool AnalysisUi::loadActionPriorityTable(const QString &path, QString *diagnostics)
{
    const analysis::ActionPriorityLoad load = analysis::loadActionPriority(path);
    QStringList lines;
    for (const Diagnostic &d : load.diagnostics)
        lines << formatDiagnostic(QFileInfo(path).fileName(), d);
    if (diagnostics)
        *diagnostics = lines.join(u'\n');
    if (!load.table)
        return false;
    m_controller->setActionPriorityTable(*load.table);
    m_window->statusBar()->showMessage(
        tr("Action Priority table %1 loaded").arg(QFileInfo(path).fileName()), 8000);
    return true;
}

} // namespace bp
