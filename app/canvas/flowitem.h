#pragma once

#include "model/types.h"
#include "render/scenegeometry.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace bp {

class DiagramScene;

/// A flow on the canvas: caches its route (computed from its ends when the scene syncs it) and
/// paints through the core painters, looking the flow up by id.
class FlowItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    FlowItem(const DiagramScene *scene, ElementId id);

    const ElementId &id() const { return m_id; }
    /// The source step when last synced (so that its other flows can be re-routed when this
    /// one goes away).
    const ElementId &source() const { return m_source; }
    const ElementId &target() const { return m_target; }
    /// Re-routes the flow from the model. Returns false when the flow no longer exists.
    bool syncFromModel();
    const FlowRoute &route() const { return m_route; }
    /// Reads from the scene again whether the critical-path band is shown (bounds, repaint).
    void syncOverlay();

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    const DiagramScene *m_scene;
    ElementId m_id;
    ElementId m_source;
    ElementId m_target;
    FlowRoute m_route;
    bool m_showProbability = false;
    QRectF m_bounds;
    mutable QPainterPath m_shape; ///< built on the first hit test, not for every flow at load
    bool m_hovered = false;
    bool m_band = false; ///< the critical-path band is painted under the line
};

} // namespace bp
