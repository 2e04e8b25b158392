// The file side of MainWindow: open, load, templates, recovery, save and save as (atomic, with
// backups and the changed-on-disk check), reload, and the unsaved-changes prompt on close.

#include "mainwindow.h"

#include "canvas/diagramview.h"
#include "diskwatch.h"
#include "document/document.h"
#include "documentio.h"
#include "filechangedbar.h"
#include "io/bpmnwriter.h"
#include "preferencesdialog.h"
#include "recovery/autosaver.h"
#include "recovery/recoverystore.h"
#include "windowmanager.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace bp {

namespace {
QString fileFilter()
{
    return MainWindow::tr("Blueprints (*.blueprint);;BPMN 2.0 models (*.bpmn *.bpmn2);;All "
                          "files (*)");
}
} // namespace

bool MainWindow::openFile(const QString &path)
{
    QStringList errors;
    if (loadFile(path, &errors))
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Open Blueprint"),
                    tr("%1 could not be opened.").arg(QFileInfo(path).fileName()), QMessageBox::Ok,
                    this);
    box.setTextFormat(Qt::PlainText);
    // Every listed problem at once (at most 20, as the reader reports them), as plain text.
    QStringList lines;
    for (const QString &e : std::as_const(errors))
        lines << e.toHtmlEscaped();
    box.setInformativeText(QStringLiteral("<p>") + lines.join(QStringLiteral("<br>"))
                           + QStringLiteral("</p>"));
    box.exec();
    return false;
}

bool MainWindow::loadFile(const QString &path, QStringList *errors)
{
    // Taken before the read: a change while reading then shows as a change, never the reverse.
    const FileFingerprint fingerprint = FileFingerprint::of(path);
    const LoadOutcome outcome = loadDocument(*m_document, path);
    if (!outcome.ok) {
        if (errors) {
            *errors = outcome.errors;
            if (outcome.moreErrors > 0)
                *errors << (outcome.moreErrors == 1
                                ? tr("… and 1 more error")
                                : tr("… and %n more errors", nullptr, outcome.moreErrors));
        }
        return false;
    }
    m_untouched = false;
    m_confirmRecoveredOverwrite = false;
    if (outcome.imported)
        m_diskWatch->clear();
    else
        m_diskWatch->setFile(m_document->fileName(), fingerprint);
    m_changedBar->showChange(DiskChange::Unchanged, {});
    m_autosaver->discard(); // the document now is the file
    WindowManager::instance()->addRecentFile(QFileInfo(path).absoluteFilePath());
    m_view->requestFit();
    if (outcome.warnings > 0)
        statusBar()->showMessage(outcome.warnings == 1
                                     ? tr("Loaded with 1 warning")
                                     : tr("Loaded with %n warnings", nullptr, outcome.warnings));
    else
        statusBar()->showMessage(tr("Loaded %1").arg(QFileInfo(path).fileName()),
                                 statusMessageTimeout);
    return true;
}

void MainWindow::exportBpmn()
{
    const QString base = m_document->fileName().isEmpty()
        ? tr("untitled")
        : QFileInfo(m_document->fileName()).completeBaseName();
    const QString dir = m_document->fileName().isEmpty()
        ? QDir::homePath()
        : QFileInfo(m_document->fileName()).absolutePath();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export BPMN 2.0"), QDir(dir).filePath(base + QStringLiteral(".bpmn")),
        tr("BPMN 2.0 models (*.bpmn)"));
    if (path.isEmpty())
        return;
    const SaveResult r = saveBpmn(path, m_document->blueprint());
    if (!r.ok) {
        QMessageBox::critical(this, tr("Export BPMN 2.0"), r.error);
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()),
                             statusMessageTimeout);
}

bool MainWindow::loadTemplate(const QString &resourcePath)
{
    const LoadOutcome outcome = bp::loadTemplate(*m_document, resourcePath);
    if (!outcome.ok) {
        QMessageBox::warning(this, tr("New from Template"), outcome.errors.join(u'\n'));
        return false;
    }
    m_untouched = false;
    m_diskWatch->clear();
    m_changedBar->showChange(DiskChange::Unchanged, {});
    updateTitle();
    m_view->requestFit();
    return true;
}

void MainWindow::restoreRecovered(const RecoveryEntry &entry, Blueprint blueprint)
{
    m_document->resetBlueprint(std::move(blueprint));
    m_document->setFileName(entry.originalPath);
    m_document->undoStack()->resetClean(); // modified: the recovered work is not saved yet
    m_untouched = false;
    m_confirmRecoveredOverwrite = !entry.originalPath.isEmpty();
    if (entry.originalPath.isEmpty())
        m_diskWatch->clear();
    else
        m_diskWatch->setFile(entry.originalPath, FileFingerprint::of(entry.originalPath));
    m_changedBar->showChange(DiskChange::Unchanged, {});
    updateTitle();
    m_view->requestFit();
    m_autosaver->autosaveNow();
    statusBar()->showMessage(tr("Recovered; not saved yet"), statusMessageTimeout);
}

void MainWindow::newDocument()
{
    // An untouched window already shows a new blueprint.
    if (!isUntouched())
        WindowManager::instance()->createWindow();
}

void MainWindow::open()
{
    QString dir = QFileInfo(m_document->fileName()).absolutePath();
    if (m_document->fileName().isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Open Blueprint"), dir, fileFilter());
    for (const QString &path : paths)
        WindowManager::instance()->openFile(path, this);
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    return saveTo(m_document->fileName());
}

bool MainWindow::saveAs()
{
    QString suggestion = m_document->fileName();
    if (suggestion.isEmpty())
        suggestion = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/") + tr("Untitled") + QStringLiteral(".blueprint");
    QString path
        = QFileDialog::getSaveFileName(this, tr("Save Blueprint As"), suggestion, fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".blueprint");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path, bool overwriteConfirmed)
{
    const QString own = m_document->fileName();
    const bool overOwnFile
        = !own.isEmpty() && QFileInfo(path).absoluteFilePath() == QFileInfo(own).absoluteFilePath();
    if (overOwnFile && !overwriteConfirmed) {
        switch (confirmOverwrite()) {
        case Overwrite::Proceed:
            break;
        case Overwrite::SaveAs:
            return saveAs();
        case Overwrite::Cancel:
            statusBar()->showMessage(tr("Not saved"), statusMessageTimeout);
            return false;
        }
    }
    SaveRequest request;
    request.backup = Preferences::load().backup;
    SaveOutcome outcome = saveDocument(*m_document, path, request);
    if (outcome.backupFailed) {
        QMessageBox box(QMessageBox::Warning, tr("Save Blueprint"),
                        tr("The previous version of %1 could not be kept as a backup.")
                            .arg(QFileInfo(path).fileName()),
                        QMessageBox::NoButton, this);
        box.setInformativeText(outcome.error + QStringLiteral("\n\n")
                               + tr("Save anyway, without a backup?"));
        QPushButton *anyway = box.addButton(tr("Save &Anyway"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != anyway)
            return false;
        request.withoutBackup = true;
        outcome = saveDocument(*m_document, path, request);
    }
    if (!outcome.ok) {
        QMessageBox::critical(this, tr("Save Blueprint"),
                              tr("The blueprint was not saved.") + QStringLiteral("\n\n")
                                  + outcome.error);
        return false;
    }
    m_untouched = false;
    m_confirmRecoveredOverwrite = false;
    m_diskWatch->setFile(m_document->fileName(), outcome.written);
    m_changedBar->showChange(DiskChange::Unchanged, {});
    m_autosaver->discard(); // saved explicitly: the recovery data has done its job
    WindowManager::instance()->addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), statusMessageTimeout);
    return true;
}

MainWindow::Overwrite MainWindow::confirmOverwrite()
{
    const QString name = QFileInfo(m_document->fileName()).fileName();
    const DiskChange change = m_diskWatch->check(); // also shows the bar
    QString text;
    QString question;
    switch (change) {
    case DiskChange::Unchanged:
        if (!m_confirmRecoveredOverwrite)
            return Overwrite::Proceed;
        text = tr("This blueprint was recovered after a crash.");
        question = tr("Replace %1 on disk with the recovered version?").arg(name);
        break;
    case DiskChange::Modified:
    case DiskChange::Created:
        text = tr("%1 was changed on disk by another program since it was opened or saved "
                  "here.")
                   .arg(name);
        question = tr("Overwrite it with your version, or save yours under another name?");
        break;
    case DiskChange::Deleted:
        text = tr("%1 was deleted on disk since it was opened or saved here.").arg(name);
        question = tr("Save it again, or save under another name?");
        break;
    }
    QMessageBox box(QMessageBox::Warning, tr("Save Blueprint"), text, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("overwriteQuestion"));
    box.setInformativeText(question);
    QPushButton *overwrite
        = box.addButton(change == DiskChange::Deleted ? tr("&Save") : tr("&Overwrite"),
                        QMessageBox::DestructiveRole);
    QPushButton *saveAs = box.addButton(tr("Save &As…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == overwrite)
        return Overwrite::Proceed;
    if (box.clickedButton() == saveAs)
        return Overwrite::SaveAs;
    return Overwrite::Cancel;
}

void MainWindow::diskChanged(DiskChange change)
{
    m_changedBar->showChange(change, QFileInfo(m_document->fileName()).fileName());
}

void MainWindow::reload()
{
    const QString path = m_document->fileName();
    if (path.isEmpty())
        return;
    if (m_document->isModified()) {
        QMessageBox box(QMessageBox::Warning, tr("Reload Blueprint"),
                        tr("Reload %1 from disk?").arg(QFileInfo(path).fileName()),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("Your unsaved changes will be lost."));
        QPushButton *discard
            = box.addButton(tr("&Discard Changes and Reload"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    QStringList errors;
    if (!loadFile(path, &errors)) {
        QMessageBox::warning(
            this, tr("Reload Blueprint"),
            tr("%1 could not be read; your version stays open.").arg(QFileInfo(path).fileName())
                + QStringLiteral("\n\n") + errors.join(u'\n'));
    }
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->fileName().isEmpty()
        ? tr("Untitled")
        : QFileInfo(m_document->fileName()).fileName();
    // Show which window asks (several may, one after the other, on Quit).
    showNormal();
    raise();
    activateWindow();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Do you want to save the changes to %1?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Your changes will be lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        writeSettings();
        // Saved or discarded explicitly (or never changed): the recovery data goes.
        m_autosaver->discard();
        m_diskWatch->clear();
        event->accept();
    } else {
        event->ignore();
    }
}

} // namespace bp
