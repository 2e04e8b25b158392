#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

/// @file translations.h
/// Loading the user-interface language (English source text; zh_CN and zh_TW translations
/// embedded in the program).

namespace bp::i18n {

/// The translation file suffix for a locale: `zh_CN` for Chinese in Simplified script,
/// `zh_TW` for Chinese in Traditional script (Taiwan, Hong Kong, Macau), empty for English and
/// for languages without a translation.
QString translationFor(const QLocale &locale);

/// The locale whose translation a language setting asks for: an empty setting means the
/// system's locale, `en` English, `zh_CN` Simplified and `zh_TW` Traditional Chinese. Anything
/// else falls back to the system's locale.
QLocale localeForSetting(const QString &setting);

/// Installs the translators of our strings and of Qt's own for @p locale (the system's when
/// default-constructed). Returns the suffix that was loaded, or an empty string for English.
QString install(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace bp::i18n
