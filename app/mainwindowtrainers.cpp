// MainWindow, for trainers: presentation mode, walkthrough handouts, the template gallery, the
// user guide, and the status tips of every action.

#include "mainwindow.h"

#include "document/document.h"
#include "helpdialog.h"
#include "presentation/presentationmode.h"
#include "templategallery.h"
#include "walkthrough/handout.h"
#include "windowmanager.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace bp {

PresentationMode *MainWindow::presentationMode()
{
    if (!m_presentation)
        m_presentation = new PresentationMode(this);
    return m_presentation;
}

void MainWindow::startPresentation()
{
    presentationMode()->start();
}

void MainWindow::exportWalkthrough()
{
    const QString file = m_document->fileName();
    QString base = file.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
            + tr("Untitled")
        : QFileInfo(file).absolutePath() + u'/' + QFileInfo(file).completeBaseName();
    base += tr("-walkthrough", "file name suffix of a walkthrough handout");
    const QString pdfFilter = tr("PDF handout, one page per step (*.pdf)");
    const QString pngFilter = tr("PNG images, one per step, in a folder (*)");
    QString filter = pdfFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Walkthrough"), base + QStringLiteral(".pdf"),
        pdfFilter + QStringLiteral(";;") + pngFilter, &filter);
    if (path.isEmpty())
        return;
    const walkthrough::Walkthrough tour = walkthrough::buildWalkthrough(m_document->blueprint());
    walkthrough::HandoutResult result;
    if (filter == pngFilter) {
        // The chosen name is the folder that receives the images.
        if (path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive)
            || path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
            path.chop(4);
        result = walkthrough::writeHandoutPngs(m_document->blueprint(), tour, path);
    } else {
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".pdf");
        result = walkthrough::writeHandoutPdf(m_document->blueprint(), tour, path);
    }
    if (!result.ok) {
        QMessageBox::critical(this, tr("Export Walkthrough"),
                              tr("The walkthrough was not exported.") + QStringLiteral("\n\n")
                                  + result.error);
        return;
    }
    statusBar()->showMessage(tr("Exported the walkthrough: %n page(s) to %1", nullptr, result.pages)
                                 .arg(QDir::toNativeSeparators(path)),
                             8000);
}

void MainWindow::showTemplateGallery()
{
    auto *gallery = new TemplateGallery(this);
    gallery->setAttribute(Qt::WA_DeleteOnClose);
    connect(gallery, &TemplateGallery::templateChosen, this, [this](const QString &path) {
        WindowManager *manager = WindowManager::instance();
        if (path.isEmpty()) {
            if (!isUntouched())
                manager->createWindow();
            return;
        }
        manager->windowForNewDocument(this)->loadTemplate(path);
    });
    gallery->open();
}

void MainWindow::showUserGuide()
{
    auto *help = findChild<HelpDialog *>();
    if (!help) {
        help = new HelpDialog(this);
        help->setAttribute(Qt::WA_DeleteOnClose);
    }
    help->show();
    help->raise();
    help->activateWindow();
}

void MainWindow::addActionTips()
{
    const QHash<QString, QString> tips = {
        { QStringLiteral("actionNew"),
          tr("Start a new blueprint: a blank one or a sample, with what each one teaches") },
        { QStringLiteral("actionNewBlank"),
          tr("Start a new blueprint with the standard lanes, without the gallery") },
        { QStringLiteral("actionOpen"), tr("Open a blueprint file") },
        { QStringLiteral("actionSave"), tr("Save the blueprint") },
        { QStringLiteral("actionSaveAs"), tr("Save the blueprint under a new name") },
        { QStringLiteral("actionExportWalkthrough"),
          tr("Export the customer journey as a handout: a PDF or PNG images, one per step") },
        { QStringLiteral("actionClose"), tr("Close this window") },
        { QStringLiteral("actionQuit"), tr("Close every window and quit") },
        { QStringLiteral("actionUndo"), tr("Undo the last change") },
        { QStringLiteral("actionRedo"), tr("Redo the change undone last") },
        { QStringLiteral("actionCut"), tr("Cut the selected steps and flows to the clipboard") },
        { QStringLiteral("actionCopy"), tr("Copy the selected steps and flows") },
        { QStringLiteral("actionPaste"), tr("Paste steps and flows from the clipboard") },
        { QStringLiteral("actionDuplicate"), tr("Duplicate the selected steps and flows") },
        { QStringLiteral("actionDelete"), tr("Delete the selected steps and flows") },
        { QStringLiteral("actionSelectAll"), tr("Select every step and flow") },
        { QStringLiteral("actionZoomIn"), tr("Zoom in") },
        { QStringLiteral("actionZoomOut"), tr("Zoom out") },
        { QStringLiteral("actionFit"), tr("Fit the whole blueprint in the window") },
        { QStringLiteral("actionActualSize"), tr("Show the blueprint at 100 %") },
        { QStringLiteral("actionPresent"),
          tr("Present the customer journey full screen, step by step (Esc ends)") },
        { QStringLiteral("actionUserGuide"),
          tr("Read about lanes, lines, the F and W marks and the analysis figures") },
        { QStringLiteral("actionClearRecent"), tr("Forget the recent files") },
    };
    const QList<QAction *> actions = findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->isSeparator() || action->text().isEmpty() || !action->statusTip().isEmpty())
            continue;
        QString tip = tips.value(action->objectName());
        QString plain = action->text();
        plain.remove(u'&').remove(u'…');
        if (tip.isEmpty() && action->toolTip() != plain)
            tip = action->toolTip(); // an explicit tooltip (palette tools)
        if (tip.isEmpty() && action->menu())
            tip = tr("Open the %1 menu").arg(plain);
        if (tip.isEmpty() && action->isCheckable())
            tip = tr("Show or hide: %1").arg(plain);
        if (tip.isEmpty())
            tip = plain;
        action->setStatusTip(tip);
        if (action->toolTip() == plain && tip != plain)
            action->setToolTip(tip);
    }
}

} // namespace bp
