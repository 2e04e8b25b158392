#include "mainwindow.h"

#include "analysis/analysisui.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/flowitem.h"
#include "canvas/overviewwidget.h"
#include "canvas/palettetoolbar.h"
#include "canvas/stepitem.h"
#include "canvas/zoomslider.h"
#include "diskwatch.h"
#include "docks/findingsdock.h"
#include "docks/historydock.h"
#include "docks/propertiesdock.h"
#include "document/document.h"
#include "documentio.h"
#include "exportdialog.h"
#include "filechangedbar.h"
#include "io/bpmnwriter.h"
#include "preferencesdialog.h"
#include "recovery/autosaver.h"
#include "recovery/recoverystore.h"
#include "windowmanager.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

static void initEditorResources()
{
    Q_INIT_RESOURCE(editor);
}

namespace bp {

namespace {
QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/") + QLatin1String(name) + QStringLiteral(".svg"));
}

// The local .blueprint (and BPMN 2.0) files among dropped URLs.
QStringList droppedBlueprints(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    const QList<QUrl> urls = data->urls();
    for (const QUrl &url : urls) {
        const QString path = url.toLocalFile();
        if (url.isLocalFile()
            && (path.endsWith(QStringLiteral(".blueprint"), Qt::CaseInsensitive)
                || isBpmnPath(path)))
            files << path;
    }
    return files;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    initEditorResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(icon("blueprint-studio"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);

    m_document = new Document(newBlueprint(), this);
    m_autosaver = new Autosaver(m_document, this);
    m_scene = new DiagramScene(m_document, this);
    m_view = new DiagramView(m_scene, this);
    // The changed-on-disk bar sits above the canvas, hidden until the file changes.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_changedBar = new FileChangedBar(central);
    centralLayout->addWidget(m_changedBar);
    centralLayout->addWidget(m_view, 1);
    setCentralWidget(central);
    m_diskWatch = new DiskWatch(this);
    connect(m_diskWatch, &DiskWatch::changedOnDisk, this,
            [this](DiskChange change) { diskChanged(change); });
    connect(m_changedBar, &FileChangedBar::reloadRequested, this, [this] { reload(); });
    connect(m_changedBar, &FileChangedBar::overwriteRequested, this,
            [this] { saveTo(m_document->fileName(), true); });
    connect(m_changedBar, &FileChangedBar::saveAsRequested, this, [this] { saveAs(); });
    connect(m_changedBar, &FileChangedBar::closeRequested, this, [this] { close(); });
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive)
                    m_diskWatch->check();
            });
    // The canvas takes drops of its own; files dropped on it open here (see eventFilter()).
    m_view->viewport()->installEventFilter(this);

    m_countsLabel = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setMinimumWidth(
        m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("00000 %")));
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);

    createDocks();
    createActions();
    addActionTips();

    connect(m_document, &Document::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &Document::fileNameChanged, this, [this] { updateTitle(); });
    connect(m_document, &Document::changed, this, [this] { updateCounts(); });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this,
            [this] { m_untouched = false; });
    connect(m_view, &DiagramView::zoomChanged, this, [this](double z) { updateZoom(z); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] { updateEditActions(); });
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, [this] {
        m_pasteCount = 0;
        updateEditActions();
    });

    updateTitle();
    updateCounts();
    updateZoom(m_view->zoom());
    updateEditActions();
    m_view->requestFit();
    resize(1280, 800);
    readSettings();
    WindowManager::instance()->registerWindow(this);
}

MainWindow::~MainWindow()
{
    WindowManager::instance()->unregisterWindow(this);
    // The document is a child and goes after this destructor, when only the QWidget part is
    // left: its undo stack's last signals must not reach this window's slots.
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    // The docks, the view and the scene read the document while they go; take them down first.
    delete m_propertiesDock;
    delete m_findingsDock;
    delete m_historyDock;
    delete m_analysis;
    // The viewport's filter must go before the view: while a widget is destroyed its children
    // still receive events, and eventFilter() would ask a half-destroyed view for its viewport.
    m_view->viewport()->removeEventFilter(this);
    delete m_view;
    m_view = nullptr;
    delete m_scene;
}

void MainWindow::createDocks()
{
    // The properties column runs the full height; the findings sit under the canvas only.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_propertiesDock = new PropertiesDock(m_document, m_scene, this);
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);
    m_historyDock = new HistoryDock(m_document->undoStack(), this);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_propertiesDock, m_historyDock);
    m_propertiesDock->raise();
    m_findingsDock = new FindingsDock(m_document, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    // A short findings list under the canvas, a properties column wide enough for its labels.
    resizeDocks({ m_findingsDock }, { 140 }, Qt::Vertical);
    resizeDocks({ m_propertiesDock }, { 380 }, Qt::Horizontal);
    connect(m_findingsDock, &FindingsDock::elementsActivated, this,
            [this](const QVector<ElementId> &ids) { selectAndCentre(ids); });
}

void MainWindow::createActions()
{
    WindowManager *manager = WindowManager::instance();
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    const auto named = [](QAction *action, const char *name) {
        action->setObjectName(QLatin1String(name));
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    // New opens the gallery ("Blank blueprint" first, so Ctrl+N, Enter is a blank one);
    // Ctrl+Shift+N skips the gallery.
    QAction *newAction = named(
        file->addAction(icon("document-new"), tr("&New…"), this, [this] { showTemplateGallery(); }),
        "actionNew");
    newAction->setShortcut(QKeySequence::New);
    QAction *blank
        = named(file->addAction(tr("New &Blank Blueprint"), this, [this] { newDocument(); }),
                "actionNewBlank");
    blank->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QMenu *templates = file->addMenu(tr("New from &Template"));
    templates->setObjectName(QStringLiteral("menuTemplates"));
    fillTemplateMenu(templates);
    QAction *open = named(
        file->addAction(icon("document-open"), tr("&Open…"), this, [this] { this->open(); }),
        "actionOpen");
    open->setShortcut(QKeySequence::Open);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("menuRecent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
    fillRecentMenu(recent);
    file->addSeparator();
    QAction *save
        = named(file->addAction(icon("document-save"), tr("&Save"), this, [this] { this->save(); }),
                "actionSave");
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs
        = named(file->addAction(tr("Save &As…"), this, [this] { this->saveAs(); }), "actionSaveAs");
    saveAs->setShortcut(QKeySequence::SaveAs);
    named(file->addAction(tr("Export &Walkthrough…"), this, [this] { exportWalkthrough(); }),
          "actionExportWalkthrough");
    file->addSeparator();
    named(file->addAction(tr("Export &BPMN 2.0…"), this, [this] { exportBpmn(); }),
          "actionExportBpmn")
        ->setStatusTip(tr("Save the blueprint as a BPMN 2.0 model for Camunda Modeler, bpmn.io "
                          "and other BPMN tools"));
    addExportActions(file, this, m_document, m_scene, [this](Blueprint imported) {
        MainWindow *target = WindowManager::instance()->windowForNewDocument(this);
        target->document()->resetBlueprint(std::move(imported));
    });
    file->addSeparator();
    QAction *closeAction
        = named(file->addAction(tr("&Close"), this, [this] { close(); }), "actionClose");
    closeAction->setShortcut(QKeySequence::Close);
    QAction *quit = named(file->addAction(tr("&Quit"), manager, [manager] { manager->closeAll(); }),
                          "actionQuit");
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo
        = named(m_document->undoStack()->createUndoAction(this, tr("&Undo")), "actionUndo");
    undo->setIcon(icon("edit-undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo
        = named(m_document->undoStack()->createRedoAction(this, tr("&Redo")), "actionRedo");
    redo->setIcon(icon("edit-redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_cutAction = named(edit->addAction(icon("edit-cut"), tr("Cu&t"), this, [this] { cut(); }),
                        "actionCut");
    m_cutAction->setShortcut(QKeySequence::Cut);
    m_copyAction = named(edit->addAction(icon("edit-copy"), tr("&Copy"), this, [this] { copy(); }),
                         "actionCopy");
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_pasteAction
        = named(edit->addAction(icon("edit-paste"), tr("&Paste"), this, [this] { paste(); }),
                "actionPaste");
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_duplicateAction = named(
        edit->addAction(icon("edit-duplicate"), tr("D&uplicate"), this, [this] { duplicate(); }),
        "actionDuplicate");
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction = named(
        edit->addAction(icon("edit-delete"), tr("&Delete"), this, [this] { deleteSelection(); }),
        "actionDelete");
    m_deleteAction->setShortcut(QKeySequence::Delete);
    edit->addSeparator();
    QAction *selectAllAction = named(
        edit->addAction(tr("Select &All"), this, [this] { selectAll(); }), "actionSelectAll");
    selectAllAction->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    QAction *preferences = named(
        edit->addAction(tr("Pre&ferences…"), this, [this] { PreferencesDialog::edit(this); }),
        "actionPreferences");
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    QAction *zoomIn
        = named(view->addAction(icon("zoom-in"), tr("Zoom &In"), m_view, &DiagramView::zoomIn),
                "actionZoomIn");
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut
        = named(view->addAction(icon("zoom-out"), tr("Zoom &Out"), m_view, &DiagramView::zoomOut),
                "actionZoomOut");
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = named(
        view->addAction(icon("zoom-fit"), tr("&Fit to Window"), m_view, &DiagramView::fitToWindow),
        "actionFit");
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *actual = named(
        view->addAction(icon("zoom-original"), tr("&Actual Size"), m_view, &DiagramView::resetZoom),
        "actionActualSize");
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0));
    createCanvasActions(view); // canvas: palette, grid, overview, zoom slider, arrange
    view->addSeparator();
    QAction *present
        = named(view->addAction(tr("Start &Presentation"), this, [this] { startPresentation(); }),
                "actionPresent");
    present->setShortcut(QKeySequence(Qt::Key_F5));
    view->addSeparator();
    QMenu *panels = view->addMenu(tr("&Panels"));
    panels->addAction(m_propertiesDock->toggleViewAction());
    panels->addAction(m_findingsDock->toggleViewAction());
    panels->addAction(m_historyDock->toggleViewAction());
    panels->addAction(toolBar->toggleViewAction());
    m_analysis = new AnalysisUi(this); // Analysis menu, overlay toggles, Figures, What-if
    m_analysis->install(menuBar(), view, panels, statusBar());

    QMenu *window = menuBar()->addMenu(tr("&Window"));
    window->setObjectName(QStringLiteral("menuWindow"));
    connect(window, &QMenu::aboutToShow, this, [this, window] { fillWindowMenu(window); });
    fillWindowMenu(window);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = named(help->addAction(tr("&User Guide"), this, [this] { showUserGuide(); }),
                           "actionUserGuide");
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *about
        = help->addAction(tr("&About Blueprint Studio"), this, [this] { this->about(); });
    about->setMenuRole(QAction::AboutRole);
    about->setStatusTip(tr("Show the version of Blueprint Studio"));

    toolBar->addAction(newAction);
    toolBar->addAction(open);
    toolBar->addAction(save);
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    toolBar->addAction(m_cutAction);
    toolBar->addAction(m_copyAction);
    toolBar->addAction(m_pasteAction);
    toolBar->addAction(m_duplicateAction);
    toolBar->addAction(m_deleteAction);
    toolBar->addSeparator();
    toolBar->addAction(zoomOut);
    toolBar->addAction(zoomIn);
    toolBar->addAction(fit);
    toolBar->addSeparator();
    toolBar->addAction(present);
}

void MainWindow::fillTemplateMenu(QMenu *menu)
{
    const QList<TemplateInfo> templates = availableTemplates();
    for (const TemplateInfo &t : templates) {
        const QString path = t.path;
        QAction *action = menu->addAction(t.title, this, [this, path] {
            MainWindow *target = WindowManager::instance()->windowForNewDocument(this);
            target->loadTemplate(path);
        });
        action->setStatusTip(tr("Start an untitled blueprint from the sample “%1”").arg(t.title));
    }
}

void MainWindow::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    WindowManager *manager = WindowManager::instance();
    const QStringList files = manager->recentFiles();
    int number = 1;
    for (const QString &path : files) {
        const QString name = QFileInfo(path).fileName();
        const QString text = number < 10 ? tr("&%1 %2").arg(number).arg(name) : name;
        QAction *action = menu->addAction(text, this, [this, path, manager] {
            if (!QFileInfo::exists(path)) {
                manager->removeRecentFile(path);
                QMessageBox::warning(this, tr("Open Recent"),
                                     tr("%1 no longer exists and was removed from the list of "
                                        "recent files.")
                                         .arg(QDir::toNativeSeparators(path)));
                return;
            }
            manager->openFile(path, this);
        });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        ++number;
    }
    if (!files.isEmpty())
        menu->addSeparator();
    QAction *clear
        = menu->addAction(tr("&Clear List"), manager, [manager] { manager->clearRecentFiles(); });
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::fillWindowMenu(QMenu *menu)
{
    menu->clear();
    QAction *minimize = menu->addAction(tr("Mi&nimize"), this, [this] { showMinimized(); });
    minimize->setStatusTip(tr("Minimize this window"));
    minimize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    menu->addSeparator();
    const QList<MainWindow *> windows = WindowManager::instance()->windows();
    for (MainWindow *w : windows) {
        QString title = w->windowTitle();
        title.replace(QStringLiteral("[*]"),
                      w->isWindowModified() ? QStringLiteral("*") : QString());
        QAction *action = menu->addAction(title, w, [w] {
            w->showNormal();
            w->raise();
            w->activateWindow();
        });
        action->setCheckable(true);
        action->setChecked(w == this);
        action->setStatusTip(tr("Bring this window to the front"));
    }
}

bool MainWindow::isUntouched() const
{
    return m_untouched && m_document->fileName().isEmpty() && !m_document->isModified();
}

void MainWindow::createCanvasActions(QMenu *view)
{
    QAction *zoomSelection
        = view->addAction(tr("Zoom to &Selection"), m_view, &DiagramView::zoomToSelection);
    zoomSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    zoomSelection->setStatusTip(tr("Zoom to the selected steps and flows"));
    view->addSeparator();
    QAction *grid = view->addAction(tr("Show &Grid"), m_view, &DiagramView::setGridVisible);
    grid->setCheckable(true);
    grid->setStatusTip(tr("Show or hide the grid that steps snap to"));
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
    autoArrange->setStatusTip(tr("Lay the steps out left to right in flow order"));
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::WindowActivate) {
        // After the event: a message box shown from here must not nest in the activation.
        QTimer::singleShot(0, this, [this] { m_diskWatch->check(); });
    }
    return QMainWindow::event(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedBlueprints(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedBlueprints(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    for (const QString &path : files)
        WindowManager::instance()->openFile(path, this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (droppedBlueprints(drag->mimeData()).isEmpty())
                break;
            drag->acceptProposedAction();
            return true;
        }
        case QEvent::Drop: {
            auto *drop = static_cast<QDropEvent *>(event);
            if (droppedBlueprints(drop->mimeData()).isEmpty())
                break;
            dropEvent(drop);
            return true;
        }
        default:
            break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
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
    const Blueprint &bp = m_document->blueprint();
    const int steps = int(bp.graph.stepCount());
    const int flows = int(bp.graph.flowCount());
    const int lanes = int(bp.lanes().size());
    m_countsLabel->setText(tr("%1  ·  %2  ·  %3", "step count, flow count, lane count")
                               .arg(steps == 1 ? tr("1 step") : tr("%n steps", nullptr, steps),
                                    flows == 1 ? tr("1 flow") : tr("%n flows", nullptr, flows),
                                    lanes == 1 ? tr("1 lane") : tr("%n lanes", nullptr, lanes)));
}

void MainWindow::updateZoom(double zoom)
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100)));
}

void MainWindow::readSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
}

} // namespace bp
