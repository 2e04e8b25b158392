#pragma once

#include "model/types.h"
#include "render/scenegeometry.h"

#include <QGraphicsItem>

namespace bp {

class DiagramScene;

/// A step on the canvas: a thin item that paints through the core painters.
///
/// It holds the step's id and its cached geometry, never the Step itself nor a pointer into the
/// model; paint() looks the step up by id. It never moves itself: the scene calls
/// syncFromModel() when the document says the step changed.
class StepItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    StepItem(const DiagramScene *scene, ElementId id);

    const ElementId &id() const { return m_id; }
    /// Reads the step again. Returns false when the step no longer exists.
    bool syncFromModel();
    /// Reads the step's analysis overlay from the scene again (bounds and repaint).
    void syncOverlay();
    /// Cached geometry of the step's shape and text.
    const StepGeometry &geometry() const { return m_geometry; }

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    const DiagramScene *m_scene;
    ElementId m_id;
    StepGeometry m_geometry;
    QRectF m_bounds; ///< the geometry's bounds, plus the overlay's when it shows marks
    bool m_hovered = false;
};

} // namespace bp
