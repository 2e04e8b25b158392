#include "laneitem.h"

#include "diagramscene.h"
#include "document/document.h"
#include "render/painters.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

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
    paintLines(painter, m_scene->style(), g, lod);
}

} // namespace bp
