#pragma once

#include <QObject>
#include <QStringList>

namespace bp {

class MainWindow;
struct RecoveryChoice;
struct RecoveryEntry;

/// The application-level part of the editor: the open windows (one document per window) and the
/// recent files. There is one per application (instance()); windows register themselves.
class WindowManager : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxRecentFiles = 10;

    /// The manager of this application, created on first use (a child of the application).
    static WindowManager *instance();

    /// Open windows, in the order they were opened.
    QList<MainWindow *> windows() const;
    /// The window showing @p path (compared as canonical paths), or null.
    MainWindow *windowForFile(const QString &path) const;

    /// A new window on a new blueprint, shown; it deletes itself when closed.
    MainWindow *createWindow();
    /// The window to load a document into when the user acts in @p current: @p current itself
    /// when it shows an untouched new blueprint, otherwise a new window.
    MainWindow *windowForNewDocument(MainWindow *current);
    /// Opens @p path: activates its window when it is already open, else loads it into
    /// windowForNewDocument(@p current). Errors are shown in a message box. Returns the window
    /// showing the file, or null.
    MainWindow *openFile(const QString &path, MainWindow *current);

    /// Recent files, most recent first (at most maxRecentFiles), kept in QSettings.
    QStringList recentFiles() const { return m_recentFiles; }
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    /// Closes every window, asking about each modified one. False when the user cancelled.
    bool closeAll();

    /// Looks for autosaves left by instances that did not close normally and offers them
    /// (RecoveryDialog: Restore, Save As…, Discard). A restored document goes into @p current
    /// when it is untouched, else into a new window. Entries left for later are released.
    void offerRecovery(MainWindow *current);
    /// Carries out one choice for one recovered document; false when it failed.
    bool handleRecovery(const RecoveryEntry &entry, const RecoveryChoice &choice,
                        MainWindow *current);

signals:
    void windowsChanged();
    void recentFilesChanged();

private:
    explicit WindowManager(QObject *parent);
    friend class MainWindow;
    void registerWindow(MainWindow *window);
    void unregisterWindow(MainWindow *window);
    void saveRecentFiles();

    QList<MainWindow *> m_windows;
    QStringList m_recentFiles;
};

} // namespace bp
