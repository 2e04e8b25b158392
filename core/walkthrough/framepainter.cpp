#include "framepainter.h"

#include "render/painters.h"
#include "render/scenegeometry.h"

#include <QPainter>
#include <QSet>

#include <algorithm>

namespace bp::walkthrough {

namespace {

constexpr double markSize = 20.0; // scene units

// Bottom of the revealed lanes in scene units (the whole diagram when all are shown).
double revealedBottom(const SceneGeometry &geometry, int revealed)
{
    const auto &lanes = geometry.lanes();
    if (revealed < 0 || revealed >= int(lanes.size()))
        return geometry.diagramRect().bottom();
    if (revealed == 0)
        return lanes.empty() ? 0.0 : lanes.front().top;
    return lanes[size_t(revealed - 1)].bottom();
}

bool inHiddenLane(const Blueprint &blueprint, const Step &step, int revealed)
{
    if (revealed < 0)
        return false;
    const int lane = blueprint.laneIndex(step.lane);
    return lane < 0 || lane >= revealed;
}

} // namespace

QTransform frameTransform(const QRectF &target, const SceneGeometry &geometry,
                          const Blueprint &blueprint, const Walkthrough &walkthrough, int index,
                          const FrameOptions &options)
{
    const QRectF diagram = geometry.diagramRect().adjusted(-8, -8, 8, 8);
    if (diagram.isEmpty() || target.isEmpty())
        return {};
    const double fit
        = std::min(target.width() / diagram.width(), target.height() / diagram.height());
    double scale = fit;
    if (options.follow)
        scale = std::max({ fit, std::min(target.height() / diagram.height(), options.maxScale),
                           options.minScale });
    const Step *step = index >= 0 && index < int(walkthrough.stops.size())
        ? blueprint.graph.step(walkthrough.stops[size_t(index)].step)
        : nullptr;
    const QPointF focus = step ? geometry.stepCenter(*step) : diagram.topLeft();
    const double visibleWidth = target.width() / scale;
    double left = diagram.center().x() - visibleWidth / 2;
    if (visibleWidth < diagram.width()) {
        // Keep the current stop in the middle of what the pinned headers leave free.
        const double header = geometry.headerWidth();
        left = focus.x() - header - (visibleWidth - header) / 2;
        left = std::clamp(left, diagram.left(), diagram.right() - visibleWidth);
    }
    const double visibleHeight = target.height() / scale;
    double top = diagram.center().y() - visibleHeight / 2;
    if (visibleHeight < diagram.height())
        top = std::clamp(focus.y() - visibleHeight / 2, diagram.top(),
                         diagram.bottom() - visibleHeight);
    QTransform t;
    t.translate(target.left(), target.top());
    t.scale(scale, scale);
    t.translate(-left, -top);
    return t;
}

void paintPauseMark(QPainter *painter, const QPointF &center, double size, bool failPoint)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF circle(center.x() - size / 2, center.y() - size / 2, size, size);
    painter->setPen(QPen(Qt::white, size / 10));
    painter->setBrush(failPoint ? Style::okabeVermillion() : Style::okabeOrange());
    painter->drawEllipse(circle);
    QFont font = painter->font();
    font.setPixelSize(std::max(1, int(size * 0.62)));
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(circle, Qt::AlignCenter,
                      failPoint ? QStringLiteral("F") : QStringLiteral("W"));
    painter->restore();
}

void paintFrame(QPainter *painter, const QRectF &target, const SceneGeometry &geometry,
                const Blueprint &blueprint, const Walkthrough &walkthrough, int index,
                const FrameOptions &options)
{
    const Style &style = geometry.style();
    const QTransform transform
        = frameTransform(target, geometry, blueprint, walkthrough, index, options);
    const double lod = transform.m11();
    const bool focus = index >= 0 && index < int(walkthrough.stops.size());
    const ElementId current = focus ? walkthrough.stops[size_t(index)].step : ElementId();
    const int revealed = options.revealedLanes;

    // What is highlighted: the current step, its flows and the steps at their other ends.
    QSet<ElementId> lit;
    if (focus) {
        lit.insert(current);
        for (const Flow *flow : blueprint.graph.flows()) {
            if (flow->from == current || flow->to == current) {
                lit.insert(flow->id);
                lit.insert(flow->from);
                lit.insert(flow->to);
            }
        }
    }
    const auto opacity = [&](const ElementId &id) {
        return !focus || lit.contains(id) ? 1.0 : options.dimOpacity;
    };

    painter->save();
    const QTransform base = painter->transform();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setClipRect(target);
    painter->fillRect(target, style.canvasColor());
    painter->setTransform(transform, true);

    const QRectF diagram = geometry.diagramRect().adjusted(-100, -100, 100, 0);
    const QRectF shown(diagram.topLeft(),
                       QPointF(diagram.right(), revealedBottom(geometry, revealed)));
    painter->setClipRect(shown, Qt::IntersectClip);

    paintLanes(painter, style, geometry, blueprint, {}, lod);
    paintLines(painter, style, geometry, lod);
    for (const Flow *flow : blueprint.graph.flows()) {
        const Step *from = blueprint.graph.step(flow->from);
        const Step *to = blueprint.graph.step(flow->to);
        if (!from || !to || inHiddenLane(blueprint, *from, revealed)
            || inHiddenLane(blueprint, *to, revealed))
            continue;
        const RouteContext context = geometry.routeContext(blueprint, *flow);
        const FlowRoute route = geometry.route(*flow, *from, *to, context);
        painter->setOpacity(opacity(flow->id));
        paintFlow(painter, style, route, *flow, context.branching, { false, false, lod });
    }
    for (const Step *step : blueprint.graph.steps()) {
        if (inHiddenLane(blueprint, *step, revealed))
            continue;
        const StepGeometry g = geometry.step(*step);
        painter->setOpacity(opacity(step->id));
        if (step->id == current) {
            // A soft accent halo under the current step, then a strong outline over it.
            QColor halo = style.accentColor();
            halo.setAlphaF(0.18f);
            painter->setPen(Qt::NoPen);
            painter->setBrush(halo);
            painter->drawRoundedRect(g.shape.adjusted(-14, -14, 14, 14), 16, 16);
        }
        paintStep(painter, style, g, *step, stepBadges(blueprint, *step), { false, false, lod });
        if (step->id == current) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(style.accentColor(), 4));
            painter->drawRoundedRect(g.shape.adjusted(-7, -7, 7, 7), 10, 10);
        }
        if (!options.marks)
            continue;
        const int stop = walkthrough.indexOf(step->id);
        if (stop < 0 || !walkthrough.stops[size_t(stop)].pauses())
            continue;
        const PausePoint &pause = walkthrough.stops[size_t(stop)].pause;
        QPointF corner(g.shape.right(), g.shape.top());
        if (pause.waitPoint) {
            paintPauseMark(painter, corner, markSize, false);
            corner.rx() -= markSize + 2;
        }
        if (pause.failPoint)
            paintPauseMark(painter, corner, markSize, true);
    }
    painter->setOpacity(1.0);

    // Pinned lane headers when the view is panned away from the left edge.
    const QPointF origin = transform.map(QPointF(0, 0));
    if (origin.x() < target.left() - 0.5) {
        QTransform pinned = transform;
        pinned *= QTransform::fromTranslate(target.left() - origin.x(), 0);
        painter->setTransform(pinned * base);
        painter->setClipRect(QRectF(0, shown.top(), geometry.headerWidth(), shown.height()),
                             Qt::IntersectClip);
        painter->fillRect(QRectF(0, shown.top(), geometry.headerWidth(), shown.height()),
                          style.canvasColor());
        paintLanes(painter, style, geometry, blueprint,
                   QRectF(0, shown.top(), geometry.headerWidth(), shown.height()), lod);
        painter->setClipping(false);
        painter->setPen(QPen(style.laneSeparatorPen().color(), 2));
        painter->drawLine(QPointF(geometry.headerWidth(), shown.top()),
                          QPointF(geometry.headerWidth(), shown.bottom()));
    }
    painter->restore();
}

} // namespace bp::walkthrough
