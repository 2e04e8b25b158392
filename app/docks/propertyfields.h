#pragma once

#include "model/types.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>
#include <vector>

class QComboBox;
class QWidget;
class QLineEdit;
class QPlainTextEdit;

/// @file propertyfields.h
/// Helpers shared by the pages of the properties dock: translated names of the kinds and units,
/// and showing the common value of a multi-selection.

namespace bp {

class ValueSpinBox;

struct PropertyNames
{
    Q_DECLARE_TR_FUNCTIONS(bp::PropertyNames)

public:
    static QString stepKind(StepKind kind);
    static QString flowKind(FlowKind kind);
    static QString laneKind(LaneKind kind);
    static QString timeUnit(TimeUnit unit); ///< long name: "minutes"
    static QString timeSuffix(TimeUnit unit); ///< " min"
    static QString rateUnit(RateUnit unit); ///< "per hour"
};

/// A number field with its range, decimals, unit suffix and (optionally) a "none" text.
ValueSpinBox *makeNumberField(double minimum, double maximum, int decimals,
                              const QString &suffix = {}, const QString &noneText = {},
                              double step = 1.0);

/// Sets a duration field to @p unit: its suffix, and decimals and step that suit the unit (an
/// hour needs more decimals than a minute).
void setDurationUnit(ValueSpinBox *box, TimeUnit unit);

/// Gives the labels of every form on @p page the same width, so that the fields of all its
/// groups line up.
void alignFormLabels(QWidget *page);

/// Ends the gesture of every number field on @p page (ValueSpinBox::endGesture()).
void endGestures(QWidget *page);

/// Shows in @p box the value @p get gives for every item, or "(mixed)" when they differ.
template<typename T, typename Get>
void showCommon(ValueSpinBox *box, const std::vector<const T *> &items, Get get);

/// Shows in @p combo the item whose data equals the common @p get, or nothing when they differ.
template<typename T, typename Get>
void showCommonChoice(QComboBox *combo, const std::vector<const T *> &items, Get get);

/// Shows the common text, or an empty field with "(mixed)" as its placeholder.
template<typename T, typename Get>
void showCommonText(QLineEdit *edit, const std::vector<const T *> &items, Get get);
template<typename T, typename Get>
void showCommonText(QPlainTextEdit *edit, const std::vector<const T *> &items, Get get);

// ---- implementation ----

void showNumber(ValueSpinBox *box, std::optional<double> value, bool mixed);
void showChoice(QComboBox *combo, const QVariant &value, bool mixed);
void showText(QLineEdit *edit, const QString &text, bool mixed);
void showText(QPlainTextEdit *edit, const QString &text, bool mixed);

template<typename T, typename Get>
void showCommon(ValueSpinBox *box, const std::vector<const T *> &items, Get get)
{
    Q_ASSERT(!items.empty());
    const std::optional<double> first = get(*items.front());
    bool mixed = false;
    for (const T *item : items)
        mixed = mixed || std::optional<double>(get(*item)) != first;
    showNumber(box, first, mixed);
}

template<typename T, typename Get>
void showCommonChoice(QComboBox *combo, const std::vector<const T *> &items, Get get)
{
    const QVariant first = items.empty() ? QVariant() : QVariant(get(*items.front()));
    bool mixed = false;
    for (const T *item : items)
        mixed = mixed || QVariant(get(*item)) != first;
    showChoice(combo, first, mixed);
}

template<typename T, typename Get>
void showCommonText(QLineEdit *edit, const std::vector<const T *> &items, Get get)
{
    const QString first = items.empty() ? QString() : get(*items.front());
    bool mixed = false;
    for (const T *item : items)
        mixed = mixed || get(*item) != first;
    showText(edit, first, mixed);
}

template<typename T, typename Get>
void showCommonText(QPlainTextEdit *edit, const std::vector<const T *> &items, Get get)
{
    const QString first = items.empty() ? QString() : get(*items.front());
    bool mixed = false;
    for (const T *item : items)
        mixed = mixed || get(*item) != first;
    showText(edit, first, mixed);
}

} // namespace bp
