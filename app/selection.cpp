#include "selection.h"

#include "canvas/diagramscene.h"
#include "canvas/flowitem.h"
#include "canvas/stepitem.h"

namespace bp {

CanvasSelection selectionOf(const DiagramScene *scene)
{
    CanvasSelection selection;
    if (!scene)
        return selection;
    const QList<QGraphicsItem *> items = scene->selectedItems();
    for (QGraphicsItem *item : items) {
        if (item->type() == StepItem::Type)
            selection.steps.append(static_cast<StepItem *>(item)->id());
        else if (item->type() == FlowItem::Type)
            selection.flows.append(static_cast<FlowItem *>(item)->id());
    }
    return selection;
}

void selectElements(DiagramScene *scene, const QVector<ElementId> &steps,
                    const QVector<ElementId> &flows)
{
    {
        // One selectionChanged() signal for the whole change, not one per item.
        const QSignalBlocker blocker(scene);
        scene->clearSelection();
        for (const ElementId &id : steps) {
            if (StepItem *item = scene->stepItem(id))
                item->setSelected(true);
        }
        for (const ElementId &id : flows) {
            if (FlowItem *item = scene->flowItem(id))
                item->setSelected(true);
        }
    }
    emit scene->selectionChanged();
}

void selectAllElements(DiagramScene *scene)
{
    {
        const QSignalBlocker blocker(scene);
        const QList<QGraphicsItem *> items = scene->items();
        for (QGraphicsItem *item : items) {
            if (item->type() == StepItem::Type || item->type() == FlowItem::Type)
                item->setSelected(true);
        }
    }
    emit scene->selectionChanged();
}

} // namespace bp
