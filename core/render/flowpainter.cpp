// Painting one flow: line by kind, arrowhead, probability and label.

#include "painters.h"

#include "painttext.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace bp {

namespace {

constexpr double eps = 0.5;
constexpr qsizetype maxLabelChars = 200; // more never fits the elided width

struct LabelRects
{
    QRectF probability; ///< null when not shown
    QRectF label; ///< null when not shown
};

LabelRects labelRects(const Style &style, const FlowRoute &route, const Flow &flow,
                      bool showProbability)
{
    LabelRects out;
    if (!route.isValid())
        return out;
    const QString p = showProbability ? probabilityText(flow) : QString();
    if (!p.isEmpty())
        out.probability = painttext::anchoredRect(
            p, style.probabilityFont(), route.probabilityAnchor, route.probabilityAlignment);
    const QString label = flow.label.left(maxLabelChars).simplified();
    if (label.isEmpty())
        return out;
    const QFont font = style.flowLabelFont();
    const QFontMetricsF fm(font);
    const QString text = fm.elidedText(label, Qt::ElideRight, 220);
    const int i = std::clamp(route.labelSegment, 0, int(route.points.size()) - 2);
    const QPointF a = route.points[i], b = route.points[i + 1];
    const QPointF mid = (a + b) / 2;
    const double length = QLineF(a, b).length();
    const double width = fm.horizontalAdvance(text);
    const bool horizontal = std::abs(a.y() - b.y()) < eps;
    if (horizontal && length >= width + 16) {
        // Above the line, clear of it (below when the siblings are above); beside the
        // probability when both share the segment, or on the other side.
        const bool below = route.labelSide > 0;
        const double y = below ? mid.y() + 3 : mid.y() - 3;
        const Qt::Alignment v = below ? Qt::AlignTop : Qt::AlignBottom;
        out.label = painttext::anchoredRect(text, font, QPointF(mid.x(), y), Qt::AlignHCenter | v);
        if (!out.probability.isNull()
            && out.label.adjusted(-4, 0, 4, 0).intersects(out.probability)) {
            const double left = out.probability.right() + 8;
            if (left + width <= std::max(a.x(), b.x()) - 4)
                out.label
                    = painttext::anchoredRect(text, font, QPointF(left, y), Qt::AlignLeft | v);
            else
                out.label = painttext::anchoredRect(
                    text, font, QPointF(mid.x(), below ? mid.y() - 3 : mid.y() + 3),
                    Qt::AlignHCenter | (below ? Qt::AlignBottom : Qt::AlignTop));
        }
    } else if (horizontal && i + 2 == int(route.points.size()) && i > 0) {
        // The run into the target: the label ends just before the arrowhead, on the side away
        // from the segment the route comes from.
        const QPointF prev = route.points[i - 1];
        const bool fromBelow = prev.y() > a.y();
        const bool rightwards = b.x() >= a.x();
        const QPointF anchor(b.x() + (rightwards ? -1 : 1) * (style.arrowLength() + 4),
                             fromBelow ? a.y() - 3 : a.y() + 3);
        out.label = painttext::anchoredRect(text, font, anchor,
                                            (rightwards ? Qt::AlignRight : Qt::AlignLeft)
                                                | (fromBelow ? Qt::AlignBottom : Qt::AlignTop));
    } else {
        out.label = painttext::anchoredRect(text, font, route.labelAnchor, route.labelAlignment);
    }
    return out;
}

QString labelText(const Style &style, const Flow &flow)
{
    return QFontMetricsF(style.flowLabelFont())
        .elidedText(flow.label.left(maxLabelChars).simplified(), Qt::ElideRight, 220);
}

} // namespace

QString probabilityText(const Flow &flow)
{
    if (!flow.p)
        return {};
    const double percent = *flow.p * 100.0;
    const bool whole = std::abs(percent - std::round(percent)) < 0.05;
    return QLocale().toString(percent, 'f', whole ? 0 : 1) + u'%';
}

QRectF flowPaintBounds(const Style &style, const FlowRoute &route, const Flow &flow,
                       bool showProbability)
{
    if (!route.isValid())
        return {};
    const double margin = std::max(style.arrowHalfWidth(), 4.0) + 2;
    QRectF bounds = route.bounds().adjusted(-margin, -margin, margin, margin);
    const LabelRects rects = labelRects(style, route, flow, showProbability);
    const double halo = painttext::haloPadding + 1;
    for (const QRectF &r : { rects.probability, rects.label })
        if (!r.isNull())
            bounds = bounds.united(r.adjusted(-halo, -halo, halo, halo));
    return bounds;
}

void paintFlow(QPainter *painter, const Style &style, const FlowRoute &route, const Flow &flow,
               bool showProbability, const PaintOptions &options)
{
    if (!route.isValid())
        return;
    if (options.lod < style.shapeLevelOfDetail()) {
        // The corners only, one hairline: no rounding, arrowhead or labels.
        painter->save();
        QPen pen(options.selected ? style.accentColor() : style.flowColor(flow.kind), 0);
        painter->setPen(pen);
        painter->drawPolyline(route.points);
        painter->restore();
        return;
    }
    painter->save();
    const bool arrow = flow.kind != FlowKind::Evidence;
    QPolygonF points = route.points;
    const QPointF tip = points.last();
    const QPointF before = points[points.size() - 2];
    const QLineF last(before, tip);
    QPointF dir(1, 0);
    if (last.length() > 1e-6)
        dir = (tip - before) / last.length();
    if (arrow && last.length() > style.arrowLength())
        points.last() = tip - dir * (style.arrowLength() * 0.85); // the line ends in the head
    const QPainterPath path = SceneGeometry::roundedPath(points, style.cornerRadius());

    if (options.selected || options.hovered) {
        QColor glow = style.accentColor();
        glow.setAlpha(options.selected ? 80 : 40);
        painter->setPen(
            QPen(glow, options.selected ? 6.0 : 5.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(SceneGeometry::roundedPath(route.points, style.cornerRadius()));
    }

    QPen pen = style.flowPen(flow.kind);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);

    const QColor color = style.flowColor(flow.kind);
    if (arrow) {
        const QPointF normal(-dir.y(), dir.x());
        const QPointF base = tip - dir * style.arrowLength();
        const QPolygonF head { tip, base + normal * style.arrowHalfWidth(),
                               base - normal * style.arrowHalfWidth() };
        painter->setPen(QPen(color, 0.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(color);
        painter->drawPolygon(head);
    }

    if (options.lod >= style.textLevelOfDetail()) {
        const LabelRects rects = labelRects(style, route, flow, showProbability);
        if (!rects.probability.isNull())
            painttext::drawHaloText(painter, rects.probability, probabilityText(flow),
                                    style.probabilityFont(), color, style.haloColor());
        if (!rects.label.isNull())
            painttext::drawHaloText(
                painter, rects.label, labelText(style, flow), style.flowLabelFont(),
                flow.kind == FlowKind::Failure ? color : style.flowLabelColor(), style.haloColor());
    }
    painter->restore();
}

} // namespace bp
