#include "propertyfields.h"

#include "valuespinbox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace bp {

QString PropertyNames::stepKind(StepKind kind)
{
    switch (kind) {
    case StepKind::Start:
        return tr("Start");
    case StepKind::End:
        return tr("End");
    case StepKind::Action:
        return tr("Action");
    case StepKind::Decision:
        return tr("Decision");
    case StepKind::Fork:
        return tr("Fork (parallel split)");
    case StepKind::Join:
        return tr("Join (parallel join)");
    case StepKind::Evidence:
        return tr("Evidence");
    }
    return {};
}

QString PropertyNames::flowKind(FlowKind kind)
{
    switch (kind) {
    case FlowKind::Flow:
        return tr("Flow");
    case FlowKind::Rework:
        return tr("Rework");
    case FlowKind::Failure:
        return tr("Failure");
    case FlowKind::Evidence:
        return tr("Evidence link");
    }
    return {};
}

QString PropertyNames::laneKind(LaneKind kind)
{
    switch (kind) {
    case LaneKind::PhysicalEvidence:
        return tr("Physical evidence");
    case LaneKind::Customer:
        return tr("Customer");
    case LaneKind::Frontstage:
        return tr("Frontstage");
    case LaneKind::Backstage:
        return tr("Backstage");
    case LaneKind::Support:
        return tr("Support");
    case LaneKind::Other:
        return tr("Other");
    }
    return {};
}

QString PropertyNames::timeUnit(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Seconds:
        return tr("seconds");
    case TimeUnit::Minutes:
        return tr("minutes");
    case TimeUnit::Hours:
        return tr("hours");
    }
    return {};
}

QString PropertyNames::timeSuffix(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Seconds:
        return tr(" s", "time unit suffix");
    case TimeUnit::Minutes:
        return tr(" min", "time unit suffix");
    case TimeUnit::Hours:
        return tr(" h", "time unit suffix");
    }
    return {};
}

QString PropertyNames::rateUnit(RateUnit unit)
{
    switch (unit) {
    case RateUnit::Second:
        return tr("per second");
    case RateUnit::Minute:
        return tr("per minute");
    case RateUnit::Hour:
        return tr("per hour");
    case RateUnit::Day:
        return tr("per day");
    }
    return {};
}

ValueSpinBox *makeNumberField(double minimum, double maximum, int decimals, const QString &suffix,
                              const QString &noneText, double step)
{
    auto *box = new ValueSpinBox;
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setValueRange(minimum, maximum);
    if (!noneText.isEmpty())
        box->setNoneText(noneText);
    return box;
}

void setDurationUnit(ValueSpinBox *box, TimeUnit unit)
{
    const bool hours = unit == TimeUnit::Hours;
    box->setSuffix(PropertyNames::timeSuffix(unit));
    box->setDecimals(hours ? 4 : 2); // 2.5 min is 0.0417 h
    box->setStep(hours ? 0.1 : 1.0);
}

void alignFormLabels(QWidget *page)
{
    QList<QWidget *> labels;
    int width = 0;
    const QList<QFormLayout *> forms = page->findChildren<QFormLayout *>();
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (QWidget *label = item ? item->widget() : nullptr) {
                labels << label;
                width = std::max(width, label->sizeHint().width());
            }
        }
    }
    // Fields shrink with the dock rather than push it wider (a spin box asks for room for its
    // largest value, a combo box for its longest item).
    for (QAbstractSpinBox *box : page->findChildren<QAbstractSpinBox *>())
        box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("0000.00 min"))
                             + 24);
    for (QComboBox *combo : page->findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    for (QWidget *label : std::as_const(labels)) {
        label->setMinimumWidth(width);
        if (auto *text = qobject_cast<QLabel *>(label))
            text->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
}

void endGestures(QWidget *page)
{
    for (ValueSpinBox *box : page->findChildren<ValueSpinBox *>())
        box->endGesture();
}

void showNumber(ValueSpinBox *box, std::optional<double> value, bool mixed)
{
    if (mixed)
        box->showMixed();
    else
        box->showValue(value);
}

void showChoice(QComboBox *combo, const QVariant &value, bool mixed)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(mixed ? -1 : combo->findData(value));
    combo->setPlaceholderText(mixed ? PropertyNames::tr("(mixed)") : QString());
}

void showText(QLineEdit *edit, const QString &text, bool mixed)
{
    if (edit->hasFocus() && edit->isModified())
        return; // the user is typing; the text is committed when the field is left
    const QSignalBlocker blocker(edit);
    edit->setText(mixed ? QString() : text);
    edit->setPlaceholderText(mixed ? PropertyNames::tr("(mixed)") : QString());
    edit->setModified(false);
    edit->setCursorPosition(0);
}

void showText(QPlainTextEdit *edit, const QString &text, bool mixed)
{
    if (edit->hasFocus() && edit->document()->isModified())
        return;
    const QSignalBlocker blocker(edit);
    if (edit->toPlainText() != text || mixed)
        edit->setPlainText(mixed ? QString() : text);
    edit->setPlaceholderText(mixed ? PropertyNames::tr("(mixed)") : QString());
    edit->document()->setModified(false);
}

} // namespace bp
