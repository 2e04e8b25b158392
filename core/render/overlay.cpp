// The analysis overlay and its legend (spec/look.md, "The analysis overlay").

#include "overlay.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace bp {

namespace {

constexpr double markRadius = 8.5;
constexpr double legendPadding = 10.0;
constexpr double legendRow = 22.0;
constexpr double legendWidth = 330.0;

const QColor failColor(0xD5, 0x5E, 0x00); // Okabe–Ito vermillion
const QColor waitColor(0xB8, 0x86, 0x00); // darker amber, so that white text reads on it
const QColor bottleneckColor(0x33, 0x33, 0x33);
const QColor unstableColor(0xA0, 0x1E, 0x1E);

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// A filled circle with a white letter: the F and W marks.
void paintLetterMark(QPainter *painter, const QPointF &centre, const QColor &fill, QChar letter)
{
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(fill);
    painter->drawEllipse(centre, markRadius, markRadius);
    QFont font = painter->font();
    font.setPixelSize(11);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    const QRectF box(centre.x() - markRadius, centre.y() - markRadius, 2 * markRadius,
                     2 * markRadius);
    painter->drawText(box, Qt::AlignCenter, QString(letter));
}

// An hourglass in a dark rounded square: the bottleneck badge.
void paintHourglass(QPainter *painter, const QPointF &centre)
{
    const double r = markRadius;
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(bottleneckColor);
    painter->drawRoundedRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), 3, 3);
    QPainterPath glass;
    const double w = r * 0.55, h = r * 0.65;
    glass.moveTo(centre.x() - w, centre.y() - h);
    glass.lineTo(centre.x() + w, centre.y() - h);
    glass.lineTo(centre.x() - w, centre.y() + h);
    glass.lineTo(centre.x() + w, centre.y() + h);
    glass.closeSubpath();
    painter->setPen(QPen(Qt::white, 1.2));
    painter->setBrush(Qt::white);
    painter->drawPath(glass);
}

void paintUtilisationBadge(QPainter *painter, const QRectF &shape, double rho)
{
    const QString text = Overlay::tr("%1%", "utilisation badge").arg(std::lround(rho * 100));
    QFont font = painter->font();
    font.setPixelSize(10);
    font.setBold(true);
    const QFontMetricsF fm(font);
    const double h = 14;
    const double w = fm.horizontalAdvance(text) + 8;
    const QRectF badge(shape.left() - 4, shape.top() - h / 2, w, h);
    painter->setPen(QPen(QColor(0x55, 0x55, 0x55), 0.8));
    painter->setBrush(utilisationColor(rho));
    painter->drawRoundedRect(badge, h / 2, h / 2);
    painter->setFont(font);
    painter->setPen(rho >= 0.85 ? Qt::white : QColor(0x22, 0x22, 0x22));
    painter->drawText(badge, Qt::AlignCenter, text);
}

} // namespace

QColor utilisationColor(double rho)
{
    // Sequential: pale blue (idle) → yellow → orange → vermillion (saturated).
    const QColor low(0xCF, 0xE8, 0xF7);
    const QColor mid(0xF0, 0xE4, 0x42);
    const QColor high(0xE6, 0x9F, 0x00);
    const QColor full(0xD5, 0x5E, 0x00);
    if (!std::isfinite(rho) || rho >= 1.0)
        return full;
    if (rho < 0.5)
        return mix(low, mid, rho / 0.5);
    if (rho < 0.85)
        return mix(mid, high, (rho - 0.5) / 0.35);
    return mix(high, full, (rho - 0.85) / 0.15);
}

void paintStepOverlay(QPainter *painter, const Style &style, const StepGeometry &geometry,
                      const Step &step, const StepOverlay &overlay)
{
    const QRectF shape = geometry.shape;
    painter->save();
    if (overlay.utilisation) {
        // A translucent tint keeps the title readable under it.
        QColor tint = utilisationColor(*overlay.utilisation);
        tint.setAlpha(110);
        painter->setPen(Qt::NoPen);
        painter->setBrush(tint);
        if (step.kind == StepKind::Action)
            painter->drawRoundedRect(shape, style.actionCornerRadius(), style.actionCornerRadius());
        else
            painter->drawEllipse(shape);
    }
    if (overlay.unstable) {
        painter->setPen(QPen(unstableColor, 4.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(shape.adjusted(-2, -2, 2, 2), style.actionCornerRadius() + 2,
                                 style.actionCornerRadius() + 2);
    }
    if (overlay.utilisation)
        paintUtilisationBadge(painter, shape, *overlay.utilisation);
    // Marks along the top edge, from the right corner leftwards: F, W, then the hourglass.
    QPointF at(shape.right(), shape.top());
    if (overlay.failPoint) {
        paintLetterMark(painter, at, failColor, u'F');
        at.rx() -= 2 * markRadius + 3;
    }
    if (overlay.waitPoint) {
        paintLetterMark(painter, at, waitColor, u'W');
        at.rx() -= 2 * markRadius + 3;
    }
    if (overlay.bottleneck)
        paintHourglass(painter, at);
    painter->restore();
}

void paintOverlay(QPainter *painter, const SceneGeometry &geometry, const Blueprint &blueprint,
                  const OverlayData &data)
{
    if (data.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    // In the blueprint's order (not the hash's, which changes from run to run), so that the
    // same blueprint always gives the same file.
    for (const Step *step : blueprint.graph.steps()) {
        const auto it = data.steps.constFind(step->id);
        if (it != data.steps.cend())
            paintStepOverlay(painter, geometry.style(), geometry.step(*step), *step, it.value());
    }
    painter->restore();
}

QSizeF legendSize(const Style &style)
{
    Q_UNUSED(style);
    return { legendWidth, 2 * legendPadding + 18 + 6 * legendRow };
}

void paintLegend(QPainter *painter, const Style &style, const QPointF &topLeft)
{
    const QSizeF size = legendSize(style);
    const QRectF box(topLeft, size);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setPen(QPen(QColor(0xBB, 0xBB, 0xBB), 1));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(box, 6, 6);

    QFont heading = style.laneTitleFont();
    painter->setFont(heading);
    painter->setPen(style.laneTitleColor());
    const double x = box.left() + legendPadding;
    double y = box.top() + legendPadding;
    painter->drawText(QRectF(x, y, size.width() - 2 * legendPadding, 18),
                      Qt::AlignLeft | Qt::AlignVCenter, Overlay::tr("Analysis overlay"));
    y += 18;

    const double textX = x + 2 * markRadius + 44;
    auto label = [&](const QString &text) {
        painter->setFont(style.flowLabelFont());
        painter->setPen(style.laneTitleColor());
        painter->drawText(QRectF(textX, y, box.right() - textX - legendPadding, legendRow),
                          Qt::AlignLeft | Qt::AlignVCenter, text);
        y += legendRow;
    };
    const double cy = legendRow / 2;
    paintLetterMark(painter, QPointF(x + markRadius, y + cy), failColor, u'F');
    label(Overlay::tr("Fail point: the service may go wrong here"));
    paintLetterMark(painter, QPointF(x + markRadius, y + cy), waitColor, u'W');
    label(Overlay::tr("Wait point: the wait exceeds the tolerance"));
    paintHourglass(painter, QPointF(x + markRadius, y + cy));
    label(Overlay::tr("Bottleneck: the highest utilisation"));

    painter->setPen(QPen(unstableColor, 4.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(x, y + 4, 40, legendRow - 8), 4, 4);
    label(Overlay::tr("Unstable: utilisation of 100% or more"));

    // The utilisation scale as five swatches with their values.
    const double sw = (box.width() - 2 * legendPadding) / 5;
    painter->setFont(style.badgeFont());
    for (int i = 0; i < 5; ++i) {
        const double rho = i * 0.25;
        const QRectF swatch(x + i * sw, y + 2, sw - 2, legendRow - 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(utilisationColor(rho));
        painter->drawRect(swatch);
        painter->setPen(rho >= 0.85 ? Qt::white : QColor(0x22, 0x22, 0x22));
        painter->drawText(swatch, Qt::AlignCenter,
                          Overlay::tr("%1%", "utilisation badge").arg(std::lround(rho * 100)));
    }
    y += legendRow;
    painter->setFont(style.flowLabelFont());
    painter->setPen(style.laneTitleColor());
    painter->drawText(QRectF(x, y, box.width() - 2 * legendPadding, legendRow),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      Overlay::tr("Utilisation of the step's servers (tint and badge)"));
    painter->restore();
}

} // namespace bp
