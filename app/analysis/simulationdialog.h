#pragma once

#include "analysis/analysis.h"
#include "simulation/simulation.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace bp {

class AnalysisController;

/// "Simulate": runs the discrete-event simulation of the document on a worker thread, with
/// progress and Cancel, then shows the simulated waits with their 95 % confidence intervals
/// beside the analytic ones, per step and for the whole process.
class SimulationDialog : public QDialog
{
    Q_OBJECT

public:
    SimulationDialog(AnalysisController *controller, QWidget *parent = nullptr);
    ~SimulationDialog() override;

    /// Starts a run with the options shown.
    void run();
    /// Asks the running simulation to stop.
    void cancel();
    bool isRunning() const { return m_state != nullptr; }

    QSpinBox *customersSpin() const { return m_customers; }
    QSpinBox *replicationsSpin() const { return m_replications; }
    QCheckBox *exponentialCheck() const { return m_exponential; }
    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *runButton() const { return m_run; }

signals:
    /// A run ended (finished, failed or cancelled).
    void runFinished();

private:
    struct Outcome;
    struct State;
    void showOutcome(const Outcome &outcome);
    void setRunning(bool running);

    AnalysisController *m_controller;
    std::shared_ptr<State> m_state; ///< shared with the worker while it runs
    QSpinBox *m_customers;
    QSpinBox *m_replications;
    QSpinBox *m_seed;
    QCheckBox *m_exponential;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_table;
    QTimer *m_poll;
};

} // namespace bp
