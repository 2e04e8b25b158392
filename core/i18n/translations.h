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
/// default-constructed), replacing those of an earlier install(). Returns the suffix that was
/// loaded, or an empty string for English.
QString install(QCoreApplication &app, const QLocale &locale = QLocale::system());

/// The suffix of the translation that install() loaded and that is still installed (`zh_CN`,
/// `zh_TW`), or an empty string when the interface is in English. This is what the user sees,
/// whether it came from the system's locale or from the language setting, so that, for example,
/// Help shows the user guide in the same language as the menus.
QString installedTranslation();

/// Removes and deletes the translators that install() installed: the interface is English again
/// (for strings translated from now on). Does nothing when none is installed.
void uninstall();

} // namespace bp::i18n
