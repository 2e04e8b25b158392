#include "stepitem.h"

#include "diagramscene.h"
#include "document/document.h"
#include "render/painters.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace bp {

StepItem::StepItem(const DiagramScene *scene, ElementId id)
    : m_scene(scene)
    , m_id(std::move(id))
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
}

bool StepItem::syncFromModel()
{
    const Step *step = m_scene->document()->blueprint().graph.step(m_id);
    if (!step)
        return false;
    prepareGeometryChange();
    m_geometry = m_scene->geometry().step(*step);
    update();
    return true;
}

QPainterPath StepItem::shape() const
{
    QPainterPath path;
    path.addRect(m_geometry.shape.adjusted(-2, -2, 2, 2));
    if (m_geometry.textOutside)
        path.addRect(m_geometry.text);
    return path;
}

void StepItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Blueprint &bp = m_scene->document()->blueprint();
    const Step *step = bp.graph.step(m_id);
    if (!step)
        return;
    PaintOptions options;
    options.selected = isSelected();
    options.hovered = m_hovered;
    options.lod = option->levelOfDetailFromTransform(painter->worldTransform());
    paintStep(painter, m_scene->style(), m_geometry, *step, stepBadges(bp, *step), options);
}

void StepItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void StepItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

} // namespace bp
