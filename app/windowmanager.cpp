#include "windowmanager.h"

#include "document/document.h"
#include "io/atomicsave.h"
#include "io/nativewriter.h"
#include "mainwindow.h"
#include "recovery/autosaver.h"
#include "recovery/recoverydialog.h"
#include "recovery/recoverystore.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>

namespace bp {

namespace {
const QString recentFilesKey = QStringLiteral("recentFiles");

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? info.absoluteFilePath() : c;
}
} // namespace

WindowManager *WindowManager::instance()
{
    static QPointer<WindowManager> manager;
    if (!manager)
        manager = new WindowManager(QCoreApplication::instance());
    return manager;
}

WindowManager::WindowManager(QObject *parent)
    : QObject(parent)
{
    m_recentFiles = QSettings().value(recentFilesKey).toStringList();
    while (m_recentFiles.size() > maxRecentFiles)
        m_recentFiles.removeLast();
}

QList<MainWindow *> WindowManager::windows() const
{
    return m_windows;
}

MainWindow *WindowManager::windowForFile(const QString &path) const
{
    const QString wanted = canonical(path);
    for (MainWindow *w : m_windows) {
        const QString file = w->document()->fileName();
        if (!file.isEmpty() && canonical(file) == wanted)
            return w;
    }
    return nullptr;
}

MainWindow *WindowManager::createWindow()
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    // Cascade from the active window so that the new one does not hide it exactly.
    if (QWidget *active = QApplication::activeWindow(); active && active != window)
        window->move(active->pos() + QPoint(32, 32));
    window->show();
    return window;
}

MainWindow *WindowManager::windowForNewDocument(MainWindow *current)
{
    if (current && current->isUntouched())
        return current;
    return createWindow();
}

MainWindow *WindowManager::openFile(const QString &path, MainWindow *current)
{
    if (MainWindow *open = windowForFile(path)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    // Load into a new window only after the file proved readable: a failed open must not leave
    // an extra empty window behind.
    const bool reuse = current && current->isUntouched();
    MainWindow *target = reuse ? current : new MainWindow;
    if (!target->openFile(path)) {
        if (!reuse)
            delete target;
        return nullptr;
    }
    if (!reuse) {
        target->setAttribute(Qt::WA_DeleteOnClose);
        if (current)
            target->move(current->pos() + QPoint(32, 32));
        target->show();
    }
    target->raise();
    target->activateWindow();
    return target;
}

void WindowManager::addRecentFile(const QString &path)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    m_recentFiles.removeAll(file);
    m_recentFiles.prepend(file);
    while (m_recentFiles.size() > maxRecentFiles)
        m_recentFiles.removeLast();
    saveRecentFiles();
}

void WindowManager::removeRecentFile(const QString &path)
{
    if (m_recentFiles.removeAll(path) > 0)
        saveRecentFiles();
}

void WindowManager::clearRecentFiles()
{
    m_recentFiles.clear();
    saveRecentFiles();
}

void WindowManager::saveRecentFiles()
{
    QSettings().setValue(recentFilesKey, m_recentFiles);
    emit recentFilesChanged();
}

bool WindowManager::closeAll()
{
    // Each window asks about its own changes; stop at the first Cancel.
    const QList<MainWindow *> windows = m_windows;
    for (MainWindow *w : windows) {
        if (m_windows.contains(w) && !w->close())
            return false;
    }
    return true;
}

void WindowManager::offerRecovery(MainWindow *current)
{
    RecoveryStore *store = RecoveryStore::instance();
    const QList<RecoveryEntry> entries = store->claimOrphans();
    QPointer<MainWindow> target = current;
    RecoveryDialog::offer(
        entries,
        [this, target](const RecoveryEntry &entry, const RecoveryChoice &choice) {
            return handleRecovery(entry, choice, target);
        },
        current);
    store->releaseClaims(); // what is left stays for the next start
}

bool WindowManager::handleRecovery(const RecoveryEntry &entry, const RecoveryChoice &choice,
                                   MainWindow *current)
{
    RecoveryStore *store = RecoveryStore::instance();
    using Action = RecoveryChoice::Action;
    if (choice.action == Action::Later)
        return false;
    if (choice.action == Action::Discard) {
        store->discard(entry);
        return true;
    }
    QString error;
    std::optional<Blueprint> blueprint = RecoveryStore::read(entry, &error);
    if (!blueprint) {
        QMessageBox::warning(current, tr("Recover Unsaved Work"),
                             tr("The autosaved blueprint could not be read; it is kept.")
                                 + QStringLiteral("\n\n") + error);
        return false;
    }
    if (choice.action == Action::SaveAs) {
        const SaveResult saved = saveAtomically(choice.path, writeNative(*blueprint));
        if (!saved.ok) {
            QMessageBox::warning(current, tr("Recover Unsaved Work"), saved.error);
            return false;
        }
        store->discard(entry);
        openFile(choice.path, current);
        return true;
    }
    MainWindow *window = windowForNewDocument(current);
    window->restoreRecovered(entry, std::move(*blueprint));
    // The window autosaved it into this instance's folder; only then does the old copy go.
    store->waitForWrites();
    const RecoveryEntry moved { store->folder(), window->autosaver()->key(), {}, {}, {} };
    if (QFileInfo::exists(moved.dataPath()))
        store->discard(entry);
    window->raise();
    window->activateWindow();
    return true;
}

void WindowManager::registerWindow(MainWindow *window)
{
    m_windows.append(window);
    emit windowsChanged();
}

void WindowManager::unregisterWindow(MainWindow *window)
{
    m_windows.removeAll(window);
    emit windowsChanged();
}

} // namespace bp
