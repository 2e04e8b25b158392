#pragma once

#include "model/types.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace bp {

class Document;
class ValueSpinBox;

/// The properties of the selected flows (one or many): kind, probability (as %), label; the
/// steps they connect are shown.
class FlowPage : public QWidget
{
    Q_OBJECT

public:
    explicit FlowPage(Document *document, QWidget *parent = nullptr);

    void setFlows(const QVector<ElementId> &ids);
    const QVector<ElementId> &flows() const { return m_ids; }

    QComboBox *kindCombo() const { return m_kind; }
    ValueSpinBox *probabilityField() const { return m_probability; }
    QLineEdit *labelEdit() const { return m_label; }
    QLabel *fromLabel() const { return m_from; }
    QLabel *toLabel() const { return m_to; }

private:
    void refresh();
    void apply(const QString &text, const std::function<void(Flow &)> &edit, quint64 gesture = 0);

    Document *m_document;
    QVector<ElementId> m_ids;
    QLabel *m_heading;
    QLabel *m_from;
    QLabel *m_to;
    QComboBox *m_kind;
    ValueSpinBox *m_probability;
    QLineEdit *m_label;
};

} // namespace bp
