#pragma once

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace bp {

class DiagramView;

/// A mini-map of the whole diagram with the view's visible part as a rectangle; press or drag
/// in it to move the view there. The picture (lanes and steps as small shapes; flows only for
/// small diagrams) is cached and redrawn shortly after the document changes, so it stays cheap
/// for 100,000 steps.
class OverviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewWidget(DiagramView *view, QWidget *parent = nullptr);

    QSize sizeHint() const override { return { 240, 150 }; }
    /// The view's visible scene rectangle, in this widget's coordinates.
    QRectF viewportRect() const;
    /// Where the scene rectangle of the diagram is drawn in this widget.
    QRectF diagramArea() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void schedule();
    void renderPicture();
    QTransform sceneToWidget() const;
    void centreViewAt(QPointF widgetPos);

    QPointer<DiagramView> m_view;
    QImage m_picture;
    QTimer m_timer;
    bool m_dragging = false;
    QPointF m_grabOffset; ///< where in the viewport rectangle it was grabbed, in scene units
};

} // namespace bp
