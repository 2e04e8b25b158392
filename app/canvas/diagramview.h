#pragma once

#include <QGraphicsView>

namespace bp {

/// The view of a DiagramScene: antialiased, zooms with the wheel (with or without Ctrl; Shift
/// scrolls), pans with the middle button, fits the diagram to the window on request.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(QGraphicsScene *scene, QWidget *parent = nullptr);

    /// The current zoom factor (1 = 100 %).
    double zoom() const;
    /// Fits the diagram as soon as the view has its real size (now if it is already shown).
    void requestFit();

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void resetZoom();

signals:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void zoomBy(double factor);
    void setZoom(double zoom);

    bool m_fitPending = false;
    bool m_panning = false;
    QPoint m_panStart;
};

} // namespace bp
