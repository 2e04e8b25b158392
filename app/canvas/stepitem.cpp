#include "stepitem.h"

#include "diagramscene.h"
#include "document/document.h"
#include "render/analysisoverlay.h"
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
    m_bounds = m_geometry.bounds;
    const OverlayData *overlay = m_scene->overlay();
    if (overlay && overlay->steps.contains(m_id))
        m_bounds = m_bounds.united(stepOverlayBounds(m_geometry));
    update();
    return true;
}

void StepItem::syncOverlay()
{
    prepareGeometryChange();
    m_bounds = m_geometry.bounds;
    const OverlayData *overlay = m_scene->overlay();
    if (overlay && overlay->steps.contains(m_id))
        m_bounds = m_bounds.united(stepOverlayBounds(m_geometry));
    update();
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
    if (const OverlayData *overlay = m_scene->overlay()) {
        const auto it = overlay->steps.constFind(m_id);
        if (it != overlay->steps.cend())
            paintStepOverlay(painter, m_scene->style(), m_geometry, step->kind, *it, options.lod);
    }
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
