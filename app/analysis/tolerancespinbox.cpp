#include "tolerancespinbox.h"

#include <QLineEdit>

#include <cmath>

namespace bp {

namespace {
constexpr double smallestStep = 1e-12;
}

ToleranceSpinBox::ToleranceSpinBox(double maximum, QWidget *parent)
    : QDoubleSpinBox(parent)
{
    // Enough decimals that QDoubleSpinBox's rounding keeps 1e-12 and every value of a file
    // (the format allows any number from 0 to the maximum).
    setDecimals(15);
    setRange(0.0, maximum);
    // The value changes when the field is left or Enter is pressed, not at each key: "0.5" on
    // its way to "0.005" would otherwise be set (as 0) and then refused, leaving 0 behind.
    setKeyboardTracking(false);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

QString ToleranceSpinBox::textFromValue(double value) const
{
    return locale().toString(value, 'g', 6);
}

double ToleranceSpinBox::valueFromText(const QString &text) const
{
    return locale().toDouble(text.trimmed());
}

QValidator::State ToleranceSpinBox::validate(QString &text, int &) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QValidator::Intermediate;
    bool ok = false;
    const double v = locale().toDouble(t, &ok);
    if (ok && std::isfinite(v) && v >= minimum() && v <= maximum())
        return QValidator::Acceptable;
    // Half-typed numbers ("1e", "0,") may still become acceptable; anything else may not.
    for (const QChar c : t) {
        if (!c.isDigit() && c != locale().decimalPoint().front() && c != u'e' && c != u'E'
            && c != u'-' && c != u'+')
            return QValidator::Invalid;
    }
    return QValidator::Intermediate;
}

void ToleranceSpinBox::stepBy(int steps)
{
    double v = value();
    if (v <= 0.0) {
        if (steps <= 0)
            return;
        v = smallestStep;
        --steps;
    }
    v *= std::pow(10.0, steps);
    if (v < smallestStep)
        v = 0.0;
    setValue(std::min(v, maximum()));
    selectAll();
}

QAbstractSpinBox::StepEnabled ToleranceSpinBox::stepEnabled() const
{
    StepEnabled enabled = StepNone;
    if (value() < maximum())
        enabled |= StepUpEnabled;
    if (value() > minimum())
        enabled |= StepDownEnabled;
    return enabled;
}

} // namespace bp
