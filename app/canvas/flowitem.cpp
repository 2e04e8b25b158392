#include "flowitem.h"

#include "diagramscene.h"
#include "document/document.h"
#include "render/analysisoverlay.h"
#include "render/painters.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace bp {

FlowItem::FlowItem(const DiagramScene *scene, ElementId id)
    : m_scene(scene)
    , m_id(std::move(id))
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
}

bool FlowItem::syncFromModel()
{
    const Blueprint &bp = m_scene->document()->blueprint();
    const Flow *flow = bp.graph.flow(m_id);
    if (!flow)
        return false;
    const Step *from = bp.graph.step(flow->from);
    const Step *to = bp.graph.step(flow->to);
    prepareGeometryChange();
    m_source = flow->from;
    m_target = flow->to;
    if (!from || !to) {
        m_route = {};
        m_bounds = {};
        m_shape = {};
        return true;
    }
    const SceneGeometry &geometry = m_scene->geometry();
    const RouteContext context = geometry.routeContext(bp, *flow);
    m_route = geometry.route(*flow, *from, *to, context);
    m_showProbability = context.branching;
    m_bounds = flowPaintBounds(m_scene->style(), m_route, *flow, m_showProbability);
    m_shape = QPainterPath();
    m_band = m_scene->showsCriticalBand(m_id);
    update();
    return true;
}

void FlowItem::syncOverlay()
{
    prepareGeometryChange();
    m_band = m_scene->showsCriticalBand(m_id);
    update();
}

QRectF FlowItem::boundingRect() const
{
    if (!m_band)
        return m_bounds;
    const double m = criticalBandMargin();
    return m_bounds.united(m_route.points.boundingRect().adjusted(-m, -m, m, m));
}

QPainterPath FlowItem::shape() const
{
    if (m_shape.isEmpty() && m_route.isValid()) {
        // A generous stroke, so that a thin line is easy to hover and click.
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        stroker.setCapStyle(Qt::RoundCap);
        stroker.setJoinStyle(Qt::RoundJoin);
        m_shape = stroker.createStroke(
            SceneGeometry::roundedPath(m_route.points, m_scene->style().cornerRadius()));
    }
    return m_shape;
}

void FlowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Flow *flow = m_scene->document()->blueprint().graph.flow(m_id);
    if (!flow)
        return;
    PaintOptions options;
    options.selected = isSelected();
    options.hovered = m_hovered;
    options.lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (m_band)
        paintCriticalBand(painter, m_route);
    paintFlow(painter, m_scene->style(), m_route, *flow, m_showProbability, options);
}

void FlowItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void FlowItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

} // namespace bp
