#include "valuespinbox.h"

#include "commands/changecommands.h"

#include <QLineEdit>
#include <QWheelEvent>

#include <algorithm>

namespace bp {

ValueSpinBox::ValueSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setAccelerated(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    setKeyboardTracking(false);
    setFocusPolicy(Qt::StrongFocus); // not by the wheel: see wheelEvent()
    connect(lineEdit(), &QLineEdit::textEdited, this, [this] { m_edited = true; });
    connect(this, &QAbstractSpinBox::editingFinished, this, [this] {
        if (!m_edited)
            return;
        m_edited = false;
        m_gesture = 0; // steps after a typed value are a new entry
        emit committed(enteredValue(), 0);
    });
    updateSlot();
}

void ValueSpinBox::setValueRange(double minimum, double maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    updateSlot();
}

void ValueSpinBox::setStep(double step)
{
    setSingleStep(step);
    updateSlot();
}

void ValueSpinBox::setNoneText(const QString &text)
{
    m_noneText = text;
    updateSlot();
}

void ValueSpinBox::updateSlot()
{
    const bool slot = m_mixed || isOptional();
    setSpecialValueText(m_mixed ? tr("(mixed)") : m_noneText);
    setRange(slot ? m_minimum - singleStep() : m_minimum, m_maximum);
}

void ValueSpinBox::showValue(std::optional<double> value)
{
    const QSignalBlocker blocker(this);
    m_mixed = false;
    m_edited = false;
    updateSlot();
    setValue(value ? std::clamp(*value, m_minimum, m_maximum) : minimum());
}

void ValueSpinBox::showMixed()
{
    const QSignalBlocker blocker(this);
    m_mixed = true;
    m_edited = false;
    updateSlot();
    setValue(minimum());
}

std::optional<double> ValueSpinBox::enteredValue() const
{
    // The slot below the range: "none" for an optional value; for a required value it only
    // exists while "(mixed)" is shown, and a number typed into it means the minimum.
    if (value() < m_minimum)
        return isOptional() ? std::nullopt : std::optional<double>(m_minimum);
    return value();
}

void ValueSpinBox::stepBy(int steps)
{
    QDoubleSpinBox::stepBy(steps);
    m_edited = false;
    // Without the focus (an accessibility action, a script) each step is an edit of its own.
    if (!hasFocus()) {
        emit committed(enteredValue(), 0);
        return;
    }
    if (m_gesture == 0)
        m_gesture = newGestureId();
    emit committed(enteredValue(), m_gesture);
}

void ValueSpinBox::focusOutEvent(QFocusEvent *event)
{
    QDoubleSpinBox::focusOutEvent(event); // may commit a typed value
    m_gesture = 0;
}

void ValueSpinBox::wheelEvent(QWheelEvent *event)
{
    // Scrolling the dock over a field must not change the model; a focused field takes the wheel.
    if (!hasFocus()) {
        event->ignore();
        return;
    }
    QDoubleSpinBox::wheelEvent(event);
}

} // namespace bp
