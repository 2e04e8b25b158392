#include "zoomslider.h"

#include "diagramview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include <cmath>

namespace bp {

namespace {
// Slider units: hundredths of a doubling, so that every zoom step is the same distance.
int toSlider(double zoom)
{
    return int(std::lround(std::log2(zoom) * 100));
}
double fromSlider(int value)
{
    return std::exp2(value / 100.0);
}
} // namespace

ZoomSlider::ZoomSlider(DiagramView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_label(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *out = new QToolButton(this);
    out->setText(QStringLiteral("\u2212"));
    out->setToolTip(tr("Zoom out"));
    out->setAutoRaise(true);
    auto *in = new QToolButton(this);
    in->setText(QStringLiteral("+"));
    in->setToolTip(tr("Zoom in"));
    in->setAutoRaise(true);
    m_slider->setRange(toSlider(DiagramView::minZoom()), toSlider(DiagramView::maxZoom()));
    m_slider->setPageStep(32);
    m_slider->setFixedWidth(140);
    m_slider->setToolTip(tr("Zoom"));
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));
    m_label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(out);
    layout->addWidget(m_slider);
    layout->addWidget(in);
    layout->addWidget(m_label);

    connect(out, &QToolButton::clicked, m_view, &DiagramView::zoomOut);
    connect(in, &QToolButton::clicked, m_view, &DiagramView::zoomIn);
    connect(m_slider, &QSlider::valueChanged, this,
            [this](int value) { m_view->setZoom(fromSlider(value)); });
    connect(m_view, &DiagramView::zoomChanged, this, [this](double z) { showZoom(z); });
    showZoom(m_view->zoom());
}

QString ZoomSlider::text() const
{
    return m_label->text();
}

void ZoomSlider::showZoom(double zoom)
{
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(toSlider(zoom));
    m_label->setText(tr("%1 %").arg(qRound(zoom * 100)));
}

} // namespace bp
