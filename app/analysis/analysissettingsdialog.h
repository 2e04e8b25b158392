#pragma once

#include "model/types.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace bp {

class ToleranceSpinBox;
class ValueSpinBox;

/// "Analysis settings": the wait model, the utilisation bands, the FMEA thresholds, the target
/// service level, and (under Advanced) the backlog horizon, the ping-pong window, the
/// flexible-routing gain and the two tolerances of one document: every setting of `<analysis>`.
/// They belong to the document (saved in its file); the caller applies the result as one undoable
/// command.
class AnalysisSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Shows @p settings and the document's target @p serviceLevel (0..1); durations are shown in
    /// the document's @p timeUnit.
    AnalysisSettingsDialog(const AnalysisSettings &settings, double serviceLevel, TimeUnit timeUnit,
                           QWidget *parent = nullptr);

    /// The settings chosen. A field the user left alone keeps the document's exact value, even
    /// when the field shows it rounded; what the dialog does not set (unknown attributes) is kept.
    AnalysisSettings settings() const;
    /// The target service level chosen, 0..1 (the document's exact value when left alone).
    double serviceLevel() const;

    QComboBox *waitModelCombo() const { return m_waitModel; }
    QDoubleSpinBox *busySpin() const { return m_busy; }
    QSpinBox *rpnSpin() const { return m_rpn; }
    /// The backlog horizon, in the document's time unit; its lowest slot means "default".
    ValueSpinBox *backlogHorizonSpin() const { return m_backlogHorizon; }
    QSpinBox *pingPongWindowSpin() const { return m_pingPongWindow; }
    QDoubleSpinBox *routingGainSpin() const { return m_routingGain; }
    ToleranceSpinBox *tieToleranceSpin() const { return m_tieTolerance; }
    ToleranceSpinBox *probabilityToleranceSpin() const { return m_probabilityTolerance; }
    /// Puts the spec's defaults in every field (Restore Defaults).
    void restoreDefaults();

private:
    void fill(const AnalysisSettings &settings, double serviceLevel);

    // What the dialog was given, and what its fields showed then (rounded to their decimals).
    AnalysisSettings m_base;
    double m_baseServiceLevel = 0.8;
    struct Shown
    {
        double busy, high, critical, target, serviceLevel, routingGain, tie, probability;
        std::optional<double> backlogHorizon;
    } m_shown {};

    QComboBox *m_waitModel;
    QDoubleSpinBox *m_busy;
    QDoubleSpinBox *m_high;
    QDoubleSpinBox *m_critical;
    QSpinBox *m_rpn;
    QSpinBox *m_severity;
    QDoubleSpinBox *m_target;
    QDoubleSpinBox *m_serviceLevel;
    ValueSpinBox *m_backlogHorizon;
    QSpinBox *m_pingPongWindow;
    QDoubleSpinBox *m_routingGain;
    ToleranceSpinBox *m_tieTolerance;
    ToleranceSpinBox *m_probabilityTolerance;
};

} // namespace bp
