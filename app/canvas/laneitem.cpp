#include "laneitem.h"

#include "diagramscene.h"
#include "document/document.h"
#include "render/painters.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace bp {

LaneItem::LaneItem(const DiagramScene *scene)
    : m_scene(scene)
{
    // exposedRect lets paint() skip the lanes outside the repainted region.
    setFlag(ItemUsesExtendedStyleOption);
}

void LaneItem::syncFromModel()
{
    const SceneGeometry &g = m_scene->geometry();
    prepareGeometryChange();
    // The lines are a little thicker than a hairline; keep their half width inside.
    m_bounds = QRectF(0, 0, g.width(), g.height()).adjusted(-2, -2, 2, 2);
    update();
}

void LaneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const SceneGeometry &g = m_scene->geometry();
    paintLanes(painter, m_scene->style(), g, m_scene->document()->blueprint(), option->exposedRect,
               lod);
    if (m_scene->isGridVisible())
        paintGrid(painter, option->exposedRect, lod);
    paintLines(painter, m_scene->style(), g, lod);
}

void LaneItem::paintGrid(QPainter *painter, const QRectF &exposed, double lod) const
{
    // Dots at the crossings; none when they would be closer than a few pixels on screen.
    const double grid = DiagramScene::gridSize;
    double step = grid;
    while (step * lod < 8)
        step *= 4;
    const SceneGeometry &g = m_scene->geometry();
    const double left = g.headerWidth();
    const QRectF area = QRectF(left, 0, g.width() - left, g.height()).intersected(exposed);
    if (area.isEmpty())
        return;
    QPen pen(QColor(0x9A, 0xA1, 0xAB), 1.5 / std::max(lod, 0.01));
    pen.setCapStyle(Qt::RoundCap);
    painter->save();
    painter->setPen(pen);
    QVector<QPointF> dots;
    const double x0 = left + std::ceil((area.left() - left) / step) * step;
    const double y0 = std::ceil(area.top() / step) * step;
    for (double y = y0; y <= area.bottom(); y += step)
        for (double x = x0; x <= area.right(); x += step)
            dots.append(QPointF(x, y));
    painter->drawPoints(dots.constData(), int(dots.size()));
    painter->restore();
}

} // namespace bp
