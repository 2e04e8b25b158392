#pragma once

#include "io/backup.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

/// @file preferencesdialog.h
/// Edit → Preferences: the backup policy, the autosave interval and the language, kept in
/// QSettings.

namespace bp {

/// The settings this dialog edits, with their defaults (one backup beside the file; autosave
/// 5 s after the last edit).
struct Preferences
{
    BackupPolicy backup;
    int autosaveSeconds = 5; ///< 0: autosave off
    /// The user-interface language: empty for the system's, or `en`, `zh_CN`, `zh_TW`
    /// (i18n::localeForSetting()). Read at start-up: a change shows after a restart.
    QString language;

    static Preferences load();
    void save() const;
    /// Gives the autosave interval to new and open windows.
    void apply() const;
};

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

    /// Shows the dialog; on OK saves and applies the preferences.
    static void edit(QWidget *parent);

private:
    void updateFolderRow();

    QComboBox *m_backupMode;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QSpinBox *m_autosave;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QString m_startLanguage;
};

} // namespace bp
