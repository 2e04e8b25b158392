#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace bp::i18n {

namespace {

// What install() installed. The pointers clear themselves when a translator is deleted, which
// also removes it from the application.
struct Installed
{
    QPointer<QTranslator> ours;
    QPointer<QTranslator> qt;
    QString suffix;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QString translationFor(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return {};
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript
        || locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
        || locale.territory() == QLocale::Macao;
    return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
}

QLocale localeForSetting(const QString &setting)
{
    if (setting == u"en")
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (setting == u"zh_CN")
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    if (setting == u"zh_TW")
        return QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    return QLocale::system();
}

QString install(QCoreApplication &app, const QLocale &locale)
{
    uninstall();
    const QString suffix = translationFor(locale);
    if (suffix.isEmpty())
        return {};
    auto *ours = new QTranslator(&app);
    if (!ours->load(QStringLiteral(":/i18n/blueprint_") + suffix)) {
        delete ours;
        return {};
    }
    QCoreApplication::installTranslator(ours);
    installed().ours = ours;
    installed().suffix = suffix;
    // Qt's own strings (standard dialogs, buttons), when Debian's qt6-translations-l10n is there.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + suffix,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().qt = qt;
    } else {
        delete qt;
    }
    return suffix;
}

QString installedTranslation()
{
    return installed().ours ? installed().suffix : QString();
}

void uninstall()
{
    Installed &state = installed();
    for (QPointer<QTranslator> *translator : { &state.ours, &state.qt }) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
    state.suffix.clear();
}

} // namespace bp::i18n
