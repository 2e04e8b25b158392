#include "preferencesdialog.h"

#include "mainwindow.h"
#include "recovery/autosaver.h"
#include "windowmanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

#include <algorithm>

namespace bp {

namespace {
const QString backupModeKey = QStringLiteral("backup/mode");
const QString backupFolderKey = QStringLiteral("backup/folder");
const QString autosaveKey = QStringLiteral("autosave/seconds");
const QString languageKey = QStringLiteral("ui/language");

QString modeName(BackupPolicy::Mode mode)
{
    switch (mode) {
    case BackupPolicy::Mode::Off:
        return QStringLiteral("off");
    case BackupPolicy::Mode::Folder:
        return QStringLiteral("folder");
    case BackupPolicy::Mode::Single:
        break;
    }
    return QStringLiteral("single");
}
} // namespace

Preferences Preferences::load()
{
    QSettings settings;
    Preferences p;
    const QString mode = settings.value(backupModeKey, QStringLiteral("single")).toString();
    p.backup.mode = mode == u"off" ? BackupPolicy::Mode::Off
        : mode == u"folder"        ? BackupPolicy::Mode::Folder
                                   : BackupPolicy::Mode::Single;
    p.backup.folder = settings.value(backupFolderKey).toString();
    if (p.backup.mode == BackupPolicy::Mode::Folder && p.backup.folder.isEmpty())
        p.backup.mode = BackupPolicy::Mode::Single; // a folder mode without a folder
    bool ok = false;
    const int seconds = settings.value(autosaveKey, p.autosaveSeconds).toInt(&ok);
    if (ok)
        p.autosaveSeconds = std::clamp(seconds, 0, 600);
    const QString language = settings.value(languageKey).toString();
    if (language == u"en" || language == u"zh_CN" || language == u"zh_TW")
        p.language = language;
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(backupModeKey, modeName(backup.mode));
    settings.setValue(backupFolderKey, backup.folder);
    settings.setValue(autosaveKey, autosaveSeconds);
    if (language.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, language);
}

void Preferences::apply() const
{
    const int idle = autosaveSeconds * 1000;
    Autosaver::setDefaultIntervals(idle, Autosaver::defaultMaxMs);
    const QList<MainWindow *> windows = WindowManager::instance()->windows();
    for (MainWindow *w : windows)
        w->autosaver()->setIntervals(idle, Autosaver::defaultMaxMs);
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_backupMode(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_autosave(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    m_backupMode->setObjectName(QStringLiteral("backupMode"));
    m_backupMode->addItem(tr("Off"), int(BackupPolicy::Mode::Off));
    m_backupMode->addItem(tr("One backup beside the file (.bak)"), int(BackupPolicy::Mode::Single));
    m_backupMode->addItem(tr("Every version in a folder"), int(BackupPolicy::Mode::Folder));
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_autosave->setObjectName(QStringLiteral("autosaveSeconds"));
    m_autosave->setRange(0, 600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setSpecialValueText(tr("Off"));
    m_autosave->setToolTip(tr("Seconds after the last edit; unsaved work is autosaved at least "
                              "once a minute. Autosaved documents are offered after a crash."));

    m_language->setObjectName(QStringLiteral("language"));
    // Each language in its own name, so that anyone can find theirs whatever is shown now.
    const QLocale system = QLocale::system();
    m_language->addItem(tr("System default (%1)").arg(system.nativeLanguageName()), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    m_language->setToolTip(tr("The language of menus, dialogs and messages. The command-line "
                              "tool follows the system language."));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setText(tr("The new language shows when Blueprint Studio is started again."));
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(false);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Backup on save:"), m_backupMode);
    form->addRow(tr("Backup &folder:"), folderRow);
    form->addRow(tr("&Autosave after:"), m_autosave);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backupMode, &QComboBox::currentIndexChanged, this, [this] { updateFolderRow(); });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toString() != m_startLanguage);
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    setPreferences(Preferences::load());
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.backup.mode = BackupPolicy::Mode(m_backupMode->currentData().toInt());
    p.backup.folder = m_folder->text().trimmed();
    if (p.backup.mode == BackupPolicy::Mode::Folder && p.backup.folder.isEmpty())
        p.backup.mode = BackupPolicy::Mode::Single;
    p.autosaveSeconds = m_autosave->value();
    p.language = m_language->currentData().toString();
    return p;
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    m_backupMode->setCurrentIndex(m_backupMode->findData(int(preferences.backup.mode)));
    m_folder->setText(preferences.backup.folder);
    m_autosave->setValue(preferences.autosaveSeconds);
    m_startLanguage = preferences.language;
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    m_languageNote->setVisible(false);
    updateFolderRow();
}

void PreferencesDialog::updateFolderRow()
{
    const bool folder = m_backupMode->currentData().toInt() == int(BackupPolicy::Mode::Folder);
    m_folder->setEnabled(folder);
    m_browse->setEnabled(folder);
}

void PreferencesDialog::edit(QWidget *parent)
{
    PreferencesDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences p = dialog.preferences();
    p.save();
    p.apply();
}

} // namespace bp
