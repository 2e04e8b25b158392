#pragma once

#include <QGraphicsItem>

namespace bp {

class DiagramScene;

/// The background of the diagram: lane bands, header cells and the three lines. One item for
/// all lanes (there are few); it paints only the lanes in the exposed rectangle.
class LaneItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    explicit LaneItem(const DiagramScene *scene);

    /// Takes the new size of the diagram (lanes changed, or steps widened it).
    void syncFromModel();

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintGrid(QPainter *painter, const QRectF &exposed, double lod) const;

    const DiagramScene *m_scene;
    QRectF m_bounds;
};

} // namespace bp
