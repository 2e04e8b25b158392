#include "diagramview.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace bp {

namespace {
constexpr double minZoom = 0.02;
constexpr double maxZoom = 8.0;
constexpr double zoomStep = 1.25;
constexpr double maxFitZoom = 1.5; // a tiny diagram is not blown up to fill the window
constexpr int fitMargin = 16;
} // namespace

DiagramView::DiagramView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    // Every painter saves and restores what it changes.
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setFrameShape(QFrame::NoFrame);
}

double DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::requestFit()
{
    m_fitPending = true;
    if (isVisible() && viewport()->width() > 0)
        fitToWindow();
}

void DiagramView::zoomIn()
{
    zoomBy(zoomStep);
}

void DiagramView::zoomOut()
{
    zoomBy(1.0 / zoomStep);
}

void DiagramView::fitToWindow()
{
    m_fitPending = false;
    if (!scene())
        return;
    const QRectF target = scene()->sceneRect();
    // The size without scrollbars: a fit needs none, and the result must not depend on whether
    // they happened to be showing (at 100 % they do).
    const QRectF available = QRectF(QPointF(0, 0), maximumViewportSize())
                                 .adjusted(fitMargin, fitMargin, -fitMargin, -fitMargin);
    if (target.isEmpty() || available.width() <= 0 || available.height() <= 0)
        return;
    const double z
        = std::min(available.width() / target.width(), available.height() / target.height());
    setZoom(std::min(z, maxFitZoom));
    centerOn(target.center());
}

void DiagramView::resetZoom()
{
    setZoom(1.0);
}

void DiagramView::zoomBy(double factor)
{
    setZoom(zoom() * factor);
}

void DiagramView::setZoom(double z)
{
    z = std::clamp(z, minZoom, maxZoom);
    if (std::abs(z - zoom()) < 1e-9)
        return;
    setTransform(QTransform::fromScale(z, z));
    emit zoomChanged(z);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event); // scroll
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // 120 units per notch; a smooth factor also suits touchpads sending small deltas.
    zoomBy(std::pow(zoomStep, delta / 120.0));
    event->accept();
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panStart = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint pos = event->position().toPoint();
        const QPoint delta = pos - m_panStart;
        m_panStart = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending)
        fitToWindow();
}

void DiagramView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending)
        fitToWindow();
}

} // namespace bp
