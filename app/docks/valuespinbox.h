#pragma once

#include <QDoubleSpinBox>

#include <optional>

namespace bp {

/// A number field of the properties dock.
///
/// - It commits (committed()) once per gesture: when the user has typed and presses Enter or
///   leaves the field, or on each arrow step; never per keystroke, and never when the field only
///   lost the focus without an edit.
/// - An optional value has a slot one step below the range that means "none" (shown with
///   noneText, e.g. "none" or "∞").
/// - A multi-selection with different values shows "(mixed)" in the same slot until the user
///   enters a value.
/// The range is the real range of the attribute (core/model/limits.h or the format's).
class ValueSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit ValueSpinBox(QWidget *parent = nullptr);

    /// The allowed values (without the none slot).
    void setValueRange(double minimum, double maximum);
    /// Makes the value optional; @p text is shown when it is unset.
    void setNoneText(const QString &text);
    bool isOptional() const { return !m_noneText.isEmpty(); }

    /// Shows a value from the model (no signal).
    void showValue(std::optional<double> value);
    /// Shows that the selected elements differ (no signal).
    void showMixed();
    bool isMixed() const { return m_mixed; }
    /// The value entered, clamped to the range; nothing when "none" is shown.
    std::optional<double> enteredValue() const;

signals:
    void committed(std::optional<double> value);

protected:
    void stepBy(int steps) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void updateSlot();

    double m_minimum = 0.0;
    double m_maximum = 99.0;
    QString m_noneText;
    bool m_mixed = false;
    bool m_edited = false;
};

} // namespace bp
