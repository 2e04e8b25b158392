#pragma once

#include <QObject>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QMenuBar;
class QProgressBar;
class QStatusBar;
class QWidget;

namespace bp {

class AnalysisController;
struct AnalysisSettings;
class FiguresDock;
class MainWindow;
class OverlayLegend;
class SimulationDialog;
class WhatIfPanel;

namespace analysis {
struct AnalysisResult;
}

/// The analysis in one window: the controller that keeps the analysis current, the Analysis
/// menu, the overlay toggles in the View menu, the Figures and What-if docks, the overlay legend
/// on the canvas, the findings it adds to the findings dock and the busy indicator and summary
/// in the status bar. MainWindow creates one and calls install(); the wiring lives here so that
/// the main window stays small.
class AnalysisUi : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisUi(MainWindow *window);
    ~AnalysisUi() override;

    /// Adds the Analysis menu to @p menuBar, the overlay toggles to @p viewMenu, the docks'
    /// toggles to @p panelsMenu and the busy indicator and summary to @p statusBar.
    void install(QMenuBar *menuBar, QMenu *viewMenu, QMenu *panelsMenu, QStatusBar *statusBar);

    AnalysisController *controller() const { return m_controller; }
    FiguresDock *figuresDock() const { return m_figures; }
    WhatIfPanel *whatIfPanel() const { return m_whatIf; }
    OverlayLegend *legend() const { return m_legend; }
    QAction *overlayAction() const { return m_overlayAction; }
    QAction *criticalPathAction() const { return m_criticalPathAction; }
    QAction *runAction() const { return m_runAction; }
    QAction *simulateAction() const { return m_simulateAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *loadTableAction() const { return m_loadTableAction; }
    QLabel *busyLabel() const { return m_busyLabel; }
    QLabel *statusSummary() const { return m_statusSummary; }
    /// The simulation dialog, once opened.
    SimulationDialog *simulationDialog() const { return m_simulation; }

    /// Opens the settings dialog (window-modal, returns at once); OK applies its settings.
    void editSettings();
    /// Makes @p settings and the target @p serviceLevel the document's, as one undoable step
    /// ("Change analysis settings"); no step when neither differs from the document's.
    void applySettings(const AnalysisSettings &settings, double serviceLevel);
    /// Opens (or raises) the simulation dialog.
    void openSimulation();
    /// Asks for an Action Priority CSV file and loads it.
    void loadActionPriorityTable();
    /// Loads the Action Priority table at @p path and analyses again; false when it has errors.
    /// The diagnostics, one per line, go to @p diagnostics.
    bool loadActionPriorityTable(const QString &path, QString *diagnostics = nullptr);

private:
    void applyResult(const std::shared_ptr<const analysis::AnalysisResult> &result);
    void showFigures();
    void updateLegend();

    MainWindow *m_window;
    AnalysisController *m_controller;
    FiguresDock *m_figures;
    WhatIfPanel *m_whatIf;
    OverlayLegend *m_legend;
    SimulationDialog *m_simulation = nullptr;
    QAction *m_overlayAction = nullptr;
    QAction *m_criticalPathAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_simulateAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_loadTableAction = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_statusSummary = nullptr;
    bool m_overlayChosen = false; ///< the user toggled the overlay: stop following demand
};

} // namespace bp
