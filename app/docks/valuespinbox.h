#pragma once

#include <QDoubleSpinBox>

#include <optional>

namespace bp {

/// A number field of the properties dock.
///
/// - It commits (committed()) when the user has typed and presses Enter or leaves the field, or
///   on each step (arrow keys, spin arrows, wheel); never per keystroke, and never when the field
///   only lost the focus without an edit.
/// - The steps of one gesture carry the same gesture number, so that the pages merge them into
///   one undo step (CommandId::EditSteps and friends): the gesture lasts while the field keeps
///   the focus, and ends when it loses it, when a value is typed, or on endGesture() (the
///   selection changed). A typed value carries gesture 0: one entry of its own.
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
    /// The step of the arrows and the wheel (keeps the none slot one step below the range).
    void setStep(double step);
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

    /// Ends the current gesture: the next step starts a new undo entry.
    void endGesture() { m_gesture = 0; }

signals:
    /// @p gesture: the number shared by the steps of one gesture, or 0 for a typed value.
    void committed(std::optional<double> value, quint64 gesture);

protected:
    void stepBy(int steps) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void updateSlot();

    double m_minimum = 0.0;
    double m_maximum = 99.0;
    QString m_noneText;
    bool m_mixed = false;
    bool m_edited = false;
    quint64 m_gesture = 0;
};

} // namespace bp
