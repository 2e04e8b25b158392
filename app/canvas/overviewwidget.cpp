#include "overviewwidget.h"

#include "diagramscene.h"
#include "diagramview.h"
#include "document/document.h"
#include "render/painters.h"

#include <QMouseEvent>
#include <QPainter>

namespace bp {

namespace {
constexpr int pictureDelayMs = 250;
constexpr size_t maxFlowsDrawn = 5000;
constexpr int frame = 4;
} // namespace

OverviewWidget::OverviewWidget(DiagramView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setMinimumSize(120, 80);
    setToolTip(tr("Overview: drag the rectangle to move the view"));
    setCursor(Qt::OpenHandCursor);
    m_timer.setSingleShot(true);
    m_timer.setInterval(pictureDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { renderPicture(); });
    connect(view, &DiagramView::visibleRectChanged, this, [this] { update(); });
    if (DiagramScene *scene = view->diagramScene()) {
        connect(scene, &DiagramScene::contentChanged, this, [this] { schedule(); });
        connect(scene, &DiagramScene::diagramRectChanged, this, [this] { schedule(); });
    }
    schedule();
}

void OverviewWidget::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

QRectF OverviewWidget::diagramArea() const
{
    const DiagramScene *scene = m_view ? m_view->diagramScene() : nullptr;
    if (!scene)
        return {};
    const QRectF source = scene->sceneRect();
    const QRectF target = QRectF(rect()).adjusted(frame, frame, -frame, -frame);
    if (source.isEmpty() || target.isEmpty())
        return {};
    const double s = std::min(target.width() / source.width(), target.height() / source.height());
    QRectF area(0, 0, source.width() * s, source.height() * s);
    area.moveCenter(target.center());
    return area;
}

QTransform OverviewWidget::sceneToWidget() const
{
    const DiagramScene *scene = m_view ? m_view->diagramScene() : nullptr;
    const QRectF area = diagramArea();
    if (!scene || area.isEmpty())
        return {};
    const QRectF source = scene->sceneRect();
    const double s = area.width() / source.width();
    QTransform t;
    t.translate(area.left(), area.top());
    t.scale(s, s);
    t.translate(-source.left(), -source.top());
    return t;
}

QRectF OverviewWidget::viewportRect() const
{
    if (!m_view)
        return {};
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    return sceneToWidget().mapRect(visible);
}

void OverviewWidget::renderPicture()
{
    const DiagramScene *scene = m_view ? m_view->diagramScene() : nullptr;
    const qreal dpr = devicePixelRatioF();
    m_picture = QImage(size() * dpr, QImage::Format_ARGB32_Premultiplied);
    m_picture.setDevicePixelRatio(dpr);
    m_picture.fill(Qt::transparent);
    if (!scene || !scene->document()) {
        update();
        return;
    }
    const Blueprint &bp = scene->document()->blueprint();
    const SceneGeometry &g = scene->geometry();
    const Style &style = scene->style();
    QPainter p(&m_picture);
    const QTransform t = sceneToWidget();
    p.setTransform(t);
    const double lod = t.m11();
    paintLanes(&p, style, g, bp, {}, lod);
    paintLines(&p, style, g, lod);
    // Steps as plain shapes; at this scale shapes of kinds are not told apart anyway.
    const double minSize = 1.5 / std::max(lod, 1e-6);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x4A, 0x55, 0x60));
    if (bp.graph.flowCount() <= maxFlowsDrawn) {
        p.setPen(QPen(QColor(0x8A, 0x93, 0x9E), 0));
        for (const Flow *f : bp.graph.flows()) {
            const Step *a = bp.graph.step(f->from);
            const Step *b = bp.graph.step(f->to);
            if (a && b && f->kind != FlowKind::Evidence)
                p.drawLine(g.stepCenter(*a), g.stepCenter(*b));
        }
        p.setPen(Qt::NoPen);
    }
    bp.graph.forEachStep([&](const Step &s) {
        QRectF r = g.stepShape(s);
        if (r.width() < minSize || r.height() < minSize)
            r = QRectF(r.center() - QPointF(minSize, minSize) / 2, QSizeF(minSize, minSize));
        p.drawRect(r);
    });
    update();
}

void OverviewWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    p.drawImage(QPointF(0, 0), m_picture);
    const QRectF r = viewportRect().intersected(QRectF(rect()).adjusted(1, 1, -1, -1));
    if (r.isEmpty())
        return;
    const QColor accent = Style().accentColor();
    QColor fill = accent;
    fill.setAlpha(40);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(fill);
    p.setPen(QPen(accent, 1.5));
    p.drawRect(r);
}

void OverviewWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    renderPicture();
}

void OverviewWidget::centreViewAt(QPointF widgetPos)
{
    if (!m_view)
        return;
    bool invertible = false;
    const QTransform back = sceneToWidget().inverted(&invertible);
    if (!invertible)
        return;
    m_view->centerOn(back.map(widgetPos) - m_grabOffset);
}

void OverviewWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_view)
        return;
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    const QPointF pos = event->position();
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    bool invertible = false;
    const QTransform back = sceneToWidget().inverted(&invertible);
    // Grabbing the rectangle keeps the grab point under the pointer; elsewhere it jumps there.
    m_grabOffset
        = invertible && viewportRect().contains(pos) ? back.map(pos) - visible.center() : QPointF();
    centreViewAt(pos);
}

void OverviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        centreViewAt(event->position());
}

void OverviewWidget::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
}

} // namespace bp
