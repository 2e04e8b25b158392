// Lanes, lines, names and the whole-diagram painter. Steps and flows are in steppainter.cpp and
// flowpainter.cpp.

#include "painters.h"

#include "painttext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace bp {

namespace {

struct Painters
{
    Q_DECLARE_TR_FUNCTIONS(bp::Painters)
};

} // namespace

QString formatDuration(double value, TimeUnit unit)
{
    const double magnitude = std::abs(value);
    int decimals = 0;
    if (magnitude > 0 && magnitude < 100)
        decimals = std::clamp(2 - int(std::floor(std::log10(magnitude))), 0, 4);
    const QLocale locale;
    QString number = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (decimals > 0 && number.contains(point)) {
        while (number.endsWith(u'0'))
            number.chop(1);
        if (number.endsWith(point))
            number.chop(point.size());
    }
    QString suffix;
    switch (unit) {
    case TimeUnit::Seconds:
        suffix = QCoreApplication::translate("bp::Painters", "s", "unit: seconds");
        break;
    case TimeUnit::Minutes:
        suffix = QCoreApplication::translate("bp::Painters", "min", "unit: minutes");
        break;
    case TimeUnit::Hours:
        suffix = QCoreApplication::translate("bp::Painters", "h", "unit: hours");
        break;
    }
    return Painters::tr("%1 %2", "duration: number, unit").arg(number, suffix);
}

StepBadges stepBadges(const Blueprint &blueprint, const Step &step)
{
    StepBadges badges;
    if (step.kind != StepKind::Action)
        return badges;
    if (step.time > 0)
        badges.time = formatDuration(step.time, blueprint.meta.timeUnit);
    const Servers servers = blueprint.effectiveServers(step);
    const bool stated = step.servers.has_value() || !step.pool.isEmpty();
    if (servers.infinite) {
        if (stated)
            badges.servers = QStringLiteral("\u221E");
    } else if (servers.count != 1) {
        badges.servers = QStringLiteral("\u00D7%1").arg(servers.count);
    }
    return badges;
}

QString laneKindName(LaneKind kind)
{
    switch (kind) {
    case LaneKind::PhysicalEvidence:
        return Painters::tr("Physical evidence");
    case LaneKind::Customer:
        return Painters::tr("Customer");
    case LaneKind::Frontstage:
        return Painters::tr("Frontstage");
    case LaneKind::Backstage:
        return Painters::tr("Backstage");
    case LaneKind::Support:
        return Painters::tr("Support");
    case LaneKind::Other:
        return Painters::tr("Other");
    }
    return {};
}

QString lineLabel(BlueprintLine line)
{
    switch (line) {
    case BlueprintLine::Interaction:
        return Painters::tr("LINE OF INTERACTION");
    case BlueprintLine::Visibility:
        return Painters::tr("LINE OF VISIBILITY");
    case BlueprintLine::InternalInteraction:
        return Painters::tr("LINE OF INTERNAL INTERACTION");
    }
    return {};
}

void paintLanes(QPainter *painter, const Style &style, const SceneGeometry &geometry,
                const Blueprint &blueprint, const QRectF &exposed, double lod)
{
    const std::vector<Lane> &lanes = blueprint.lanes();
    const std::vector<LaneBox> &boxes = geometry.lanes();
    const bool text = lod >= style.textLevelOfDetail();
    painter->save();
    // Lanes are sorted by their top: start at the first one that reaches the exposed area, so
    // that painting costs O(log lanes + visible lanes).
    size_t first = 0;
    if (!exposed.isNull()) {
        first = size_t(std::lower_bound(boxes.begin(), boxes.end(), exposed.top(),
                                        [](const LaneBox &b, double y) { return b.bottom() < y; })
                       - boxes.begin());
    }
    for (size_t i = first; i < boxes.size() && i < lanes.size(); ++i) {
        const LaneBox &box = boxes[i];
        const QRectF laneRect = geometry.laneRect(box);
        if (!exposed.isNull() && box.top > exposed.bottom())
            break;
        if (!exposed.isNull() && !laneRect.intersects(exposed))
            continue;
        const QRectF header = geometry.headerRect(box);
        painter->setPen(Qt::NoPen);
        painter->setBrush(style.laneTint(box.kind));
        painter->drawRect(geometry.bandRect(box));
        painter->setBrush(style.laneHeaderTint(box.kind));
        painter->drawRect(header);
        painter->setBrush(style.laneAccent(box.kind));
        painter->drawRect(
            QRectF(header.left(), header.top(), style.accentStripeWidth(), header.height()));

        // Hairlines between lanes and between the header column and the bands.
        painter->setPen(style.laneSeparatorPen());
        painter->drawLine(QPointF(0, box.bottom()), QPointF(laneRect.right(), box.bottom()));
        if (i == 0)
            painter->drawLine(QPointF(0, box.top), QPointF(laneRect.right(), box.top));
        painter->drawLine(header.topRight(), header.bottomRight());

        if (!text)
            continue;
        const double pad = 12;
        const QRectF textRect = header.adjusted(style.accentStripeWidth() + pad, 8, -pad, -8);
        const QFont titleFont = style.laneTitleFont();
        const QFont kindFont = style.laneKindFont();
        const QFontMetricsF titleMetrics(titleFont), kindMetrics(kindFont);
        const int maxLines = std::max(
            1, int((textRect.height() - kindMetrics.height()) / painttext::lineHeight(titleFont)));
        const QStringList title
            = painttext::wrap(lanes[i].title, titleFont, textRect.width(), std::min(maxLines, 3));
        // The kind under the title, unless the title already says it ("Frontstage").
        const QString kindName = laneKindName(box.kind);
        const QString kind = lanes[i].title.contains(kindName, Qt::CaseInsensitive)
            ? QString()
            : kindMetrics.elidedText(kindName, Qt::ElideRight, textRect.width());
        const double kindHeight = kind.isEmpty() ? 0.0 : kindMetrics.height() + 2;
        const double titleStep = painttext::lineHeight(titleFont);
        const double blockHeight = titleStep * double(title.size()) + kindHeight;
        double y = std::max(textRect.top(), textRect.center().y() - blockHeight / 2);
        painter->setFont(titleFont);
        painter->setPen(style.laneTitleColor());
        for (const QString &line : title) {
            painter->drawText(QRectF(textRect.left(), y, textRect.width(), titleStep),
                              Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, line);
            y += titleStep;
        }
        if (kind.isEmpty())
            continue;
        painter->setFont(kindFont);
        painter->setPen(style.laneKindColor());
        painter->drawText(QRectF(textRect.left(), y + 2, textRect.width(), kindMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, kind);
    }
    painter->restore();
}

void paintLines(QPainter *painter, const Style &style, const SceneGeometry &geometry, double lod)
{
    painter->save();
    painter->setBrush(Qt::NoBrush);
    const bool text = lod >= style.textLevelOfDetail();
    for (const LineGeometry &line : geometry.lines()) {
        painter->setPen(style.linePen(line.line));
        painter->drawLine(QPointF(0, line.y), QPointF(geometry.width(), line.y));
        if (!text)
            continue;
        // On the line itself, at the left of the header column, where no step or flow goes.
        const QString label = lineLabel(line.line);
        const QFont font = style.lineLabelFont();
        const QPointF anchor(style.accentStripeWidth() + 8, line.y);
        const QRectF rect
            = painttext::anchoredRect(label, font, anchor, Qt::AlignLeft | Qt::AlignVCenter);
        painttext::drawHaloText(painter, rect, label, font, style.lineLabelColor(),
                                style.canvasColor());
    }
    painter->restore();
}

void paintDiagram(QPainter *painter, const Style &style, const SceneGeometry &geometry,
                  const Blueprint &blueprint, double lod)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(geometry.diagramRect(), style.canvasColor());
    paintLanes(painter, style, geometry, blueprint, {}, lod);
    paintLines(painter, style, geometry, lod);
    for (const Flow *flow : blueprint.graph.flows()) {
        const Step *from = blueprint.graph.step(flow->from);
        const Step *to = blueprint.graph.step(flow->to);
        if (!from || !to)
            continue;
        const RouteContext context = geometry.routeContext(blueprint, *flow);
        const FlowRoute route = geometry.route(*flow, *from, *to, context);
        paintFlow(painter, style, route, *flow, context.branching, { false, false, lod });
    }
    for (const Step *step : blueprint.graph.steps())
        paintStep(painter, style, geometry.step(*step), *step, stepBadges(blueprint, *step),
                  { false, false, lod });
    painter->restore();
}

void paintDiagram(QPainter *painter, const Style &style, const Blueprint &blueprint, double lod)
{
    SceneGeometry geometry(style);
    geometry.rebuild(blueprint);
    paintDiagram(painter, style, geometry, blueprint, lod);
}

} // namespace bp
