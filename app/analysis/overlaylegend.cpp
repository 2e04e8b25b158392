#include "overlaylegend.h"

#include "render/analysisoverlay.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSettings>
#include <QToolButton>

#include <cmath>

namespace bp {

namespace {
constexpr int margin = 10;
constexpr int toggleSize = 18;
const QString collapsedKey = QStringLiteral("analysis/legendCollapsed");

QSize ceiled(const QSizeF &size)
{
    return QSize(int(std::ceil(size.width())) + 2, int(std::ceil(size.height())) + 2);
}
} // namespace

OverlayLegend::OverlayLegend(const Style *style, QWidget *viewport)
    : QWidget(viewport)
    , m_style(style)
    , m_toggle(new QToolButton(this))
    , m_collapsed(QSettings().value(collapsedKey, false).toBool())
{
    setObjectName(QStringLiteral("overlayLegend"));
    setAttribute(Qt::WA_NoSystemBackground);
    m_toggle->setObjectName(QStringLiteral("overlayLegendToggle"));
    m_toggle->setAutoRaise(true);
    m_toggle->setFixedSize(toggleSize, toggleSize);
    m_toggle->setFocusPolicy(Qt::NoFocus); // the keyboard stays on the canvas
    connect(m_toggle, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });
    viewport->installEventFilter(this);
    updateToggle();
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

void OverlayLegend::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    m_collapsed = collapsed;
    QSettings().setValue(collapsedKey, collapsed);
    updateToggle();
    place();
    update();
}

void OverlayLegend::updateToggle()
{
    // The card hangs from the bottom edge: it folds down and unfolds up.
    m_toggle->setArrowType(m_collapsed ? Qt::UpArrow : Qt::DownArrow);
    m_toggle->setToolTip(m_collapsed ? tr("Show the legend") : tr("Fold the legend"));
}

QSize OverlayLegend::footprint() const
{
    return size() + QSize(margin, margin);
}

void OverlayLegend::place()
{
    const QSize title = ceiled(overlayLegendTitleSize(*m_style));
    QSize whole;
    if (m_collapsed)
        whole = QSize(title.width() + toggleSize + 4, title.height());
    else
        whole = ceiled(overlayLegendSize(*m_style, m_criticalPath));
    const bool resized = whole != size();
    resize(whole);
    m_toggle->move(whole.width() - toggleSize - 6, (title.height() - toggleSize) / 2);
    // Bottom right: the lane headers are on the left.
    if (QWidget *parent = parentWidget())
        move(parent->width() - whole.width() - margin, parent->height() - whole.height() - margin);
    if (resized)
        emit footprintChanged();
}

void OverlayLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_collapsed)
        paintOverlayLegendTitle(&painter, *m_style,
                                QRectF(QPointF(0.5, 0.5), size() - QSize(2, 2)));
    else
        paintOverlayLegend(&painter, *m_style, QPointF(0.5, 0.5), m_criticalPath);
}

void OverlayLegend::mousePressEvent(QMouseEvent *event)
{
    // The title line folds and unfolds; the rest of the card belongs to the canvas below.
    if (event->button() == Qt::LeftButton
        && event->position().y() < overlayLegendTitleSize(*m_style).height()) {
        setCollapsed(!m_collapsed);
        event->accept();
        return;
    }
    event->ignore();
}

bool OverlayLegend::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

} // namespace bp
