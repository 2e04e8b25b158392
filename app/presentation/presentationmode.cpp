#include "presentationmode.h"

#include "canvas/diagramview.h"
#include "document/document.h"
#include "mainwindow.h"
#include "noteswindow.h"
#include "presentationwindow.h"

#include <QGuiApplication>
#include <QScreen>
#include <QScrollBar>

namespace bp {

EditorState EditorState::capture(const MainWindow *window)
{
    EditorState s;
    const DiagramView *view = window->view();
    s.zoom = view->zoom();
    s.horizontalScroll = view->horizontalScrollBar()->value();
    s.verticalScroll = view->verticalScrollBar()->value();
    s.selection = view->selectedStepIds() + view->selectedFlowIds();
    s.dockState = window->saveState();
    s.windowState = window->windowState();
    s.geometry = window->normalGeometry();
    return s;
}

void EditorState::restore(MainWindow *window) const
{
    if (window->windowState() != windowState)
        window->setWindowState(windowState);
    if (window->saveState() != dockState)
        window->restoreState(dockState);
    DiagramView *view = window->view();
    if (view->selectedStepIds() + view->selectedFlowIds() != selection)
        view->selectElements(selection);
    if (!qFuzzyCompare(view->zoom(), zoom))
        view->setZoom(zoom);
    view->horizontalScrollBar()->setValue(horizontalScroll);
    view->verticalScrollBar()->setValue(verticalScroll);
}

PresentationMode::PresentationMode(MainWindow *window)
    : QObject(window)
    , m_window(window)
{ }

PresentationMode::~PresentationMode()
{
    delete m_presentation;
}

void PresentationMode::start()
{
    if (m_presentation)
        return;
    m_saved = EditorState::capture(m_window);
    QScreen *screen = m_window->screen();
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *notesScreen = nullptr;
    for (QScreen *s : screens) {
        if (s != screen) {
            notesScreen = s;
            break;
        }
    }
    m_presentation
        = new PresentationWindow(m_window->document()->blueprint(), notesScreen != nullptr);
    m_presentation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_presentation, &PresentationWindow::finished, this, [this] { stop(); });
    if (screen)
        m_presentation->setGeometry(screen->geometry());
    m_presentation->showFullScreen();
    m_presentation->raise();
    m_presentation->activateWindow();
    m_presentation->setFocus();
    if (NotesWindow *notes = m_presentation->notesWindow(); notes && notesScreen) {
        notes->setGeometry(notesScreen->availableGeometry());
        notes->showMaximized();
    }
    emit started();
}

void PresentationMode::stop()
{
    if (!m_presentation)
        return;
    PresentationWindow *presentation = m_presentation;
    m_presentation = nullptr;
    presentation->close(); // deletes itself and its notes window
    m_saved.restore(m_window);
    m_window->raise();
    m_window->activateWindow();
    m_window->view()->setFocus();
    emit stopped();
}

} // namespace bp
