#include "overlaylegend.h"

#include "render/analysisoverlay.h"

#include <QEvent>
#include <QPainter>

#include <cmath>

namespace bp {

namespace {
constexpr int margin = 10;
}

OverlayLegend::OverlayLegend(const Style *style, QWidget *viewport)
    : QWidget(viewport)
    , m_style(style)
{
    setObjectName(QStringLiteral("overlayLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    viewport->installEventFilter(this);
    place();
}

void OverlayLegend::setCriticalPathShown(bool shown)
{
    if (shown == m_criticalPath)
        return;
    m_criticalPath = shown;
    place();
    update();
}

void OverlayLegend::place()
{
    const QSizeF size = overlayLegendSize(*m_style, m_criticalPath);
    const QSize whole(int(std::ceil(size.width())) + 2, int(std::ceil(size.height())) + 2);
    resize(whole);
    if (QWidget *parent = parentWidget())
        move(margin, parent->height() - whole.height() - margin);
}

void OverlayLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintOverlayLegend(&painter, *m_style, QPointF(0.5, 0.5), m_criticalPath);
}

bool OverlayLegend::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

} // namespace bp
