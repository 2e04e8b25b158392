#pragma once

#include "analysis/analysis.h"
#include "model/types.h"

#include <QDockWidget>

#include <map>
#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace bp {

class AnalysisController;

/// The dock "What-if": try other servers for a pool, another time for a step or another arrival
/// rate without touching the document, and see the analysis of the changed blueprint. "Apply to
/// blueprint" turns the changes into commands (one undo step); "Reset" forgets them.
class WhatIfPanel : public QDockWidget
{
    Q_OBJECT

public:
    WhatIfPanel(AnalysisController *controller, QWidget *parent = nullptr);

    /// Whether some change is being tried.
    bool hasChanges() const;
    /// The result of the last what-if run (null when there are no changes).
    std::shared_ptr<const analysis::AnalysisResult> result() const { return m_result; }

    /// Tries @p servers for pool @p poolId (a declared pool or a step's own pool).
    void setServers(const ElementId &poolId, int servers);
    /// Tries @p minutes as the mean time of step @p stepId.
    void setTime(const ElementId &stepId, double minutes);
    /// Tries @p perHour customers per hour.
    void setArrivalRate(double perHour);
    /// Pushes the changes onto the document's undo stack as one command, then resets.
    void applyToBlueprint();
    /// Forgets every change.
    void reset();

    QComboBox *poolCombo() const { return m_poolCombo; }
    QSpinBox *serversSpin() const { return m_serversSpin; }
    QComboBox *stepCombo() const { return m_stepCombo; }
    QDoubleSpinBox *timeSpin() const { return m_timeSpin; }
    QDoubleSpinBox *rateSpin() const { return m_rateSpin; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *resetButton() const { return m_reset; }

signals:
    /// A what-if result is ready (null: back to the document's figures).
    void resultChanged(std::shared_ptr<const analysis::AnalysisResult> result);

private:
    void baselineChanged();
    void fillCombos();
    void showPool();
    void showStep();
    void rerun();
    void updateComparison();

    AnalysisController *m_controller;
    std::shared_ptr<const analysis::AnalysisResult> m_baseline;
    std::shared_ptr<const analysis::AnalysisResult> m_result;
    std::map<ElementId, int> m_servers;
    std::map<ElementId, double> m_times;
    std::optional<double> m_rate;
    quint64 m_generation = 0;

    QDoubleSpinBox *m_rateSpin;
    QComboBox *m_poolCombo;
    QSpinBox *m_serversSpin;
    QComboBox *m_stepCombo;
    QDoubleSpinBox *m_timeSpin;
    QLabel *m_comparison;
    QPushButton *m_apply;
    QPushButton *m_reset;
};

} // namespace bp
