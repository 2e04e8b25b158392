#pragma once

#include <QDoubleSpinBox>

namespace bp {

/// A spin box for small tolerances such as 1e-9: it shows and reads numbers in the shortest
/// form that keeps six significant digits (scientific notation when that is shorter), in the
/// user's locale, and its arrows multiply or divide by ten instead of adding a fixed step.
/// Zero is allowed; the arrows step from zero to the smallest power of ten shown (1e-12).
class ToleranceSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit ToleranceSpinBox(double maximum, QWidget *parent = nullptr);

    void stepBy(int steps) override;
    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &pos) const override;

protected:
    StepEnabled stepEnabled() const override;
};

} // namespace bp
