#pragma once

#include "analysis/settings.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace bp {

/// "Analysis settings": the wait model, the utilisation bands, the FMEA thresholds and the
/// target service level of one document's analysis.
class AnalysisSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Shows @p settings; @p serviceLevel is the target in use (the document's or an override).
    AnalysisSettingsDialog(const analysis::Settings &settings, double serviceLevel,
                           QWidget *parent = nullptr);

    analysis::Settings settings() const;
    /// The target service level chosen, 0..1.
    double serviceLevel() const;

    QComboBox *waitModelCombo() const { return m_waitModel; }

private:
    analysis::Settings m_base;
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
