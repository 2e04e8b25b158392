#pragma once

#include "io/fingerprint.h"

#include <QFrame>

class QLabel;
class QPushButton;

/// @file filechangedbar.h
/// The non-modal bar at the top of a window whose file changed on disk.

namespace bp {

/// "The file changed on disk: Reload / Overwrite / Save As…", or, when it was deleted,
/// "… was deleted: Save / Save As… / Close". It only reports the user's choice.
class FileChangedBar : public QFrame
{
    Q_OBJECT

public:
    explicit FileChangedBar(QWidget *parent = nullptr);

    /// Shows the bar for @p change of the file @p fileName (hidden for Unchanged).
    void showChange(DiskChange change, const QString &fileName);
    DiskChange change() const { return m_change; }
    QString text() const;

    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *overwriteButton() const { return m_overwrite; }
    QPushButton *saveAsButton() const { return m_saveAs; }
    QPushButton *closeButton() const { return m_close; }

signals:
    void reloadRequested();
    void overwriteRequested(); ///< "Overwrite", or "Save" for a deleted file
    void saveAsRequested();
    void closeRequested();

private:
    QLabel *m_label;
    QPushButton *m_reload;
    QPushButton *m_overwrite;
    QPushButton *m_saveAs;
    QPushButton *m_close;
    DiskChange m_change = DiskChange::Unchanged;
};

} // namespace bp
