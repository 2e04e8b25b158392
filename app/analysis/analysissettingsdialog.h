#pragma once

#include "model/types.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace bp {

/// "Analysis settings": the wait model, the utilisation bands, the FMEA thresholds and the
/// target service level of one document. They belong to the document (saved in its file); the
/// caller applies the result as one undoable command.
class AnalysisSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Shows @p settings and the document's target @p serviceLevel (0..1).
    AnalysisSettingsDialog(const AnalysisSettings &settings, double serviceLevel,
                           QWidget *parent = nullptr);

    /// The settings chosen. A field the user left alone keeps the document's exact value, even
    /// when the field shows it rounded; the settings the dialog does not show are kept too.
    AnalysisSettings settings() const;
    /// The target service level chosen, 0..1 (the document's exact value when left alone).
    double serviceLevel() const;

    QComboBox *waitModelCombo() const { return m_waitModel; }
    QDoubleSpinBox *busySpin() const { return m_busy; }
    QSpinBox *rpnSpin() const { return m_rpn; }
    /// Puts the spec's defaults in every field (Restore Defaults).
    void restoreDefaults();

private:
    void fill(const AnalysisSettings &settings, double serviceLevel);

    // What the dialog was given, and what its fields showed then (rounded to their decimals).
    AnalysisSettings m_base;
    double m_baseServiceLevel = 0.8;
    struct Shown
    {
        double busy, high, critical, target, serviceLevel;
    } m_shown {};

    QComboBox *m_waitModel;
    QDoubleSpinBox *m_busy;
    QDoubleSpinBox *m_high;
    QDoubleSpinBox *m_critical;
    QSpinBox *m_rpn;
    QSpinBox *m_severity;
    QDoubleSpinBox *m_target;
    QDoubleSpinBox *m_serviceLevel;
};

} // namespace bp
