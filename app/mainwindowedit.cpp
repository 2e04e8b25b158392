// The Edit menu of MainWindow: delete, cut, copy, paste, duplicate, select all, on the canvas
// selection, each one undo step.

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/flowitem.h"
#include "canvas/stepitem.h"
#include "clipboard.h"
#include "commands/elementcommands.h"
#include "document/document.h"
#include "mainwindow.h"
#include "selection.h"

#include <QAction>
#include <QStatusBar>
#include <QUndoStack>

namespace bp {

namespace {
// Each paste of the same clipboard lands this much further right and down, so that pasted
// steps never hide the originals (y stays small: positions are within a lane).
constexpr QPointF pasteOffset(30.0, 16.0);

QVector<ElementId> stepIdsOf(const ElementSnapshot &s)
{
    QVector<ElementId> ids;
    for (const Step &step : s.steps)
        ids.append(step.id);
    return ids;
}

QVector<ElementId> flowIdsOf(const ElementSnapshot &s)
{
    QVector<ElementId> ids;
    for (const Flow &flow : s.flows)
        ids.append(flow.id);
    return ids;
}
} // namespace

void MainWindow::updateEditActions()
{
    if (!m_deleteAction)
        return;
    const CanvasSelection selection = selectionOf(m_scene);
    m_deleteAction->setEnabled(!selection.isEmpty());
    m_cutAction->setEnabled(!selection.steps.isEmpty());
    m_copyAction->setEnabled(!selection.steps.isEmpty());
    m_duplicateAction->setEnabled(!selection.steps.isEmpty());
    m_pasteAction->setEnabled(clipboardHasFragment());
}

void MainWindow::deleteSelection()
{
    const CanvasSelection selection = selectionOf(m_scene);
    if (selection.isEmpty())
        return;
    m_document->undoStack()->push(
        new RemoveElementsCommand(m_document, selection.steps, selection.flows, tr("Delete")));
}

void MainWindow::cut()
{
    const CanvasSelection selection = selectionOf(m_scene);
    if (!copyStepsToClipboard(m_document->blueprint(), selection.steps))
        return;
    m_document->undoStack()->push(
        new RemoveElementsCommand(m_document, selection.steps, selection.flows, tr("Cut")));
}

void MainWindow::copy()
{
    const CanvasSelection selection = selectionOf(m_scene);
    if (copyStepsToClipboard(m_document->blueprint(), selection.steps))
        statusBar()->showMessage(selection.steps.size() == 1
                                     ? tr("Copied 1 step")
                                     : tr("Copied %n steps", nullptr, int(selection.steps.size())),
                                 4000);
}

void MainWindow::paste()
{
    const std::optional<Fragment> fragment = fragmentFromClipboard();
    if (!fragment) {
        statusBar()->showMessage(tr("The clipboard holds no steps to paste."), 4000);
        return;
    }
    ++m_pasteCount;
    ElementSnapshot elements = prepareForPaste(*fragment, *m_document, pasteOffset * m_pasteCount);
    if (elements.empty())
        return;
    const QVector<ElementId> steps = stepIdsOf(elements);
    const QVector<ElementId> flows = flowIdsOf(elements);
    m_document->undoStack()->push(
        new AddElementsCommand(m_document, std::move(elements), tr("Paste")));
    selectElements(m_scene, steps, flows);
}

void MainWindow::duplicate()
{
    // Copy and paste in one undo step, leaving the clipboard alone.
    const CanvasSelection selection = selectionOf(m_scene);
    const Fragment fragment = copyFragment(m_document->blueprint(), selection.steps);
    if (fragment.elements.steps.empty())
        return;
    ElementSnapshot elements = prepareForPaste(fragment, *m_document, pasteOffset);
    const QVector<ElementId> steps = stepIdsOf(elements);
    const QVector<ElementId> flows = flowIdsOf(elements);
    m_document->undoStack()->push(
        new AddElementsCommand(m_document, std::move(elements), tr("Duplicate")));
    selectElements(m_scene, steps, flows);
}

void MainWindow::selectAll()
{
    selectAllElements(m_scene);
}

void MainWindow::selectAndCentre(const QVector<ElementId> &elementIds)
{
    QVector<ElementId> steps;
    QVector<ElementId> flows;
    QGraphicsItem *first = nullptr;
    for (const ElementId &id : elementIds) {
        if (StepItem *item = m_scene->stepItem(id)) {
            steps.append(id);
            first = first ? first : item;
        } else if (FlowItem *item = m_scene->flowItem(id)) {
            flows.append(id);
            first = first ? first : item;
        }
    }
    if (!first)
        return;
    selectElements(m_scene, steps, flows);
    m_view->centerOn(first);
}

} // namespace bp
