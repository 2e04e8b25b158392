#pragma once

#include "model/types.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace bp {

class DescriptionEdit;
class Document;
class ValueSpinBox;

/// The properties of the selected steps (one or many): every step attribute of the format.
/// An edit applies to all selected steps as one undo step.
class StepPage : public QWidget
{
    Q_OBJECT

public:
    explicit StepPage(Document *document, QWidget *parent = nullptr);

    /// Shows these steps (all exist) and remembers them as the ones to edit.
    void setSteps(const QVector<ElementId> &ids);
    const QVector<ElementId> &steps() const { return m_ids; }

    QLineEdit *titleEdit() const { return m_title; }
    DescriptionEdit *descriptionEdit() const { return m_description; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *laneCombo() const { return m_lane; }
    QComboBox *poolCombo() const { return m_pool; }
    QComboBox *customerPresentCombo() const { return m_customerPresent; }
    ValueSpinBox *timeField() const { return m_time; }
    ValueSpinBox *scvField() const { return m_scv; }
    ValueSpinBox *serversField() const { return m_servers; }
    ValueSpinBox *toleranceField() const { return m_tolerance; }
    ValueSpinBox *executionToleranceField() const { return m_executionTolerance; }
    ValueSpinBox *pFailField() const { return m_pFail; }
    ValueSpinBox *severityField() const { return m_severity; }
    ValueSpinBox *occurrenceField() const { return m_occurrence; }
    ValueSpinBox *detectionField() const { return m_detection; }
    ValueSpinBox *entryField() const { return m_entry; }

private:
    void refresh();
    void apply(const QString &text, const std::function<void(Step &)> &edit, quint64 gesture = 0);
    void connectNumber(ValueSpinBox *box, const QString &text,
                       std::function<void(Step &, std::optional<double>)> set);

    Document *m_document;
    QVector<ElementId> m_ids;
    QLabel *m_heading;
    QLineEdit *m_title;
    DescriptionEdit *m_description;
    QComboBox *m_kind;
    QComboBox *m_lane;
    ValueSpinBox *m_time;
    ValueSpinBox *m_scv;
    ValueSpinBox *m_servers;
    QComboBox *m_pool;
    ValueSpinBox *m_tolerance;
    ValueSpinBox *m_executionTolerance;
    QComboBox *m_customerPresent;
    ValueSpinBox *m_pFail;
    ValueSpinBox *m_severity;
    ValueSpinBox *m_occurrence;
    ValueSpinBox *m_detection;
    ValueSpinBox *m_entry;
    std::optional<TimeUnit> m_unit; ///< of the duration fields
};

} // namespace bp
