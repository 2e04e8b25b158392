#pragma once

#include "model/types.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace bp {

class DescriptionEdit;
class Document;
class ValueSpinBox;

/// The properties of the document itself, shown when nothing is selected: title, description,
/// time unit, demand and pools.
class DocumentPage : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentPage(Document *document, QWidget *parent = nullptr);

    void refresh();

    QLineEdit *titleEdit() const { return m_title; }
    DescriptionEdit *descriptionEdit() const { return m_description; }
    QComboBox *timeUnitCombo() const { return m_timeUnit; }
    ValueSpinBox *arrivalRateField() const { return m_arrivalRate; }
    QComboBox *perCombo() const { return m_per; }
    ValueSpinBox *arrivalScvField() const { return m_arrivalScv; }
    ValueSpinBox *journeyToleranceField() const { return m_journeyTolerance; }
    ValueSpinBox *serviceLevelField() const { return m_serviceLevel; }
    QTableWidget *poolTable() const { return m_pools; }
    QPushButton *addPoolButton() const { return m_addPool; }
    QPushButton *removePoolButton() const { return m_removePool; }

private:
    void changeMeta(const QString &text, const std::function<void(Meta &)> &edit);
    void changeTimeUnit(TimeUnit unit);
    void changeDemand(const std::function<void(Demand &)> &edit, quint64 gesture = 0);
    void poolEdited(int row, int column);
    void addPool();
    void removePool();

    Document *m_document;
    QLineEdit *m_title;
    DescriptionEdit *m_description;
    QComboBox *m_timeUnit;
    ValueSpinBox *m_arrivalRate;
    QComboBox *m_per;
    ValueSpinBox *m_arrivalScv;
    ValueSpinBox *m_journeyTolerance;
    ValueSpinBox *m_serviceLevel;
    QTableWidget *m_pools;
    QPushButton *m_addPool;
    QPushButton *m_removePool;
    bool m_filling = false;
};

} // namespace bp
