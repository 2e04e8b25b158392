#include "mainwindow.h"

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/overviewwidget.h"
#include "canvas/palettetoolbar.h"
#include "canvas/zoomslider.h"
#include "document/document.h"
#include "documentio.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace bp {

namespace {
constexpr int statusMessageTimeout = 8000;

QString fileFilter()
{
    return MainWindow::tr("Blueprints (*.blueprint);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    m_document = new Document(newBlueprint(), this);
    m_scene = new DiagramScene(m_document, this);
    m_view = new DiagramView(m_scene, this);
    setCentralWidget(m_view);

    m_countsLabel = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setMinimumWidth(
        m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("00000 %")));
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);

    createActions();

    connect(m_document, &Document::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &Document::fileNameChanged, this, [this] { updateTitle(); });
    connect(m_document, &Document::changed, this, [this] { updateCounts(); });
    connect(m_view, &DiagramView::zoomChanged, this, [this](double z) { updateZoom(z); });

    updateTitle();
    updateCounts();
    updateZoom(m_view->zoom());
    m_view->requestFit();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // The view and the scene read the document while they go; take them down first.
    delete m_view;
    delete m_scene;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] { this->open(); });
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save"), this, [this] { this->save(); });
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save &As…"), this, [this] { this->saveAs(); });
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, [this] { close(); });
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_view, &DiagramView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_view, &DiagramView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = view->addAction(tr("&Fit to Window"), m_view, &DiagramView::fitToWindow);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *actual = view->addAction(tr("&Actual Size"), m_view, &DiagramView::resetZoom);
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0));
    createCanvasActions(view); // canvas: palette, grid, overview, zoom slider, arrange

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about
        = help->addAction(tr("&About Blueprint Studio"), this, [this] { this->about(); });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createCanvasActions(QMenu *view)
{
    QAction *zoomSelection
        = view->addAction(tr("Zoom to &Selection"), m_view, &DiagramView::zoomToSelection);
    zoomSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addSeparator();
    QAction *grid = view->addAction(tr("Show &Grid"), m_view, &DiagramView::setGridVisible);
    grid->setCheckable(true);
    grid->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Apostrophe));
    auto *overviewDock = new QDockWidget(tr("Overview"), this);
    overviewDock->setObjectName(QStringLiteral("overviewDock"));
    overviewDock->setWidget(new OverviewWidget(m_view, overviewDock));
    addDockWidget(Qt::RightDockWidgetArea, overviewDock);
    QAction *overview = overviewDock->toggleViewAction();
    overview->setText(tr("&Overview"));
    view->addAction(overview);
    addToolBar(Qt::LeftToolBarArea, new PaletteToolBar(m_view, this));
    statusBar()->addPermanentWidget(new ZoomSlider(m_view, this));
    m_zoomLabel->hide(); // the slider shows the zoom

    QMenu *arrange = menuBar()->addMenu(tr("&Arrange"));
    QAction *autoArrange
        = arrange->addAction(tr("&Auto-arrange"), m_view, &DiagramView::autoArrange);
    autoArrange->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
}

bool MainWindow::openFile(const QString &path)
{
    QStringList errors;
    if (loadFile(path, &errors))
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Open Blueprint"),
                    tr("%1 could not be opened. The current blueprint is unchanged.")
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Ok, this);
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

void MainWindow::open()
{
    if (!maybeSave())
        return;
    QString dir = QFileInfo(m_document->fileName()).absolutePath();
    if (m_document->fileName().isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Blueprint"), dir, fileFilter());
    if (!path.isEmpty())
        openFile(path);
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

bool MainWindow::saveTo(const QString &path)
{
    const QString error = saveDocument(*m_document, path);
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Save Blueprint"),
                              tr("The blueprint was not saved.") + QStringLiteral("\n\n") + error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), statusMessageTimeout);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->fileName().isEmpty()
        ? tr("Untitled")
        : QFileInfo(m_document->fileName()).fileName();
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
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Blueprint Studio"),
        tr("<h3>Blueprint Studio %1</h3>"
           "<p>A service blueprint editor with queueing and failure analysis.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QString::fromLatin1(BLUEPRINT_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::updateTitle()
{
    const QString file = m_document->fileName();
    const QString name = file.isEmpty() ? tr("Untitled") : QFileInfo(file).fileName();
    setWindowTitle(tr("%1[*] — Blueprint Studio").arg(name));
    setWindowFilePath(file);
    setWindowModified(m_document->isModified());
}

void MainWindow::updateCounts()
{
    const BlueprintGraph &graph = m_document->blueprint().graph;
    const int steps = int(graph.stepCount());
    const int flows = int(graph.flowCount());
    m_countsLabel->setText(tr("%1  ·  %2", "step count, flow count")
                               .arg(steps == 1 ? tr("1 step") : tr("%n steps", nullptr, steps),
                                    flows == 1 ? tr("1 flow") : tr("%n flows", nullptr, flows)));
}

void MainWindow::updateZoom(double zoom)
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100)));
}

} // namespace bp
