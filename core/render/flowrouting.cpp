// Routing of flows between steps (part of SceneGeometry).
//
// Blueprints are laid out in lanes (rows) and loose columns, so the free space is predictable:
// the gaps between columns and the margins along lane boundaries. Routes use those channels
// instead of searching around obstacles, which keeps every route O(degree) and independent of
// unrelated steps: moving a step re-routes only its own flows and the flows leaving the same
// sources (flowsiblings.cpp).

#include "routeplan.h"

#include <algorithm>
#include <cmath>

namespace bp {

SceneGeometry::Plan SceneGeometry::plan(const Flow &flow, StepKind fromKind, const QRectF &s,
                                        StepKind toKind, const QRectF &t,
                                        const RouteContext &context) const
{
    Plan p;
    const double clear = m_style.routeClearance();
    const QPointF sc = s.center(), tc = t.center();
    const bool above = tc.y() < sc.y() - routeEps;
    const bool below = tc.y() > sc.y() + routeEps;
    const double rowGap = above ? s.top() - t.bottom() : t.top() - s.bottom();
    const double channel
        = above ? t.bottom() + std::min(clear, rowGap / 2) : t.top() - std::min(clear, rowGap / 2);
    // Fanned-out branches turn one after the other, the outer ones first, so they never cross.
    const double fan = std::min(8.0 * context.fan, std::max(0.0, (t.left() - s.right()) / 2 - 6));
    // Small shapes carry their title underneath: no flow leaves or enters there.
    const bool sourceBottomFree = !hasLabelBelow(fromKind);
    const bool targetBottomFree = !hasLabelBelow(toKind);

    if (flow.from == flow.to) {
        p.shape = RouteShape::SelfLoop;
        p.exit = Side::Right;
        p.entry = Side::Top;
        p.x = s.right() + clear;
        p.channel = s.top() - clear;
        p.turn = p.channel;
        return p;
    }

    // Columns overlap: go straight down or up between them.
    if (t.left() < s.right() - routeEps && t.right() > s.left() + routeEps && (above || below)
        && rowGap > 0) {
        p.shape = RouteShape::Vertical;
        p.exit = above ? Side::Top : Side::Bottom;
        p.entry = above ? Side::Bottom : Side::Top;
        p.channel = above ? (s.top() + t.bottom()) / 2 : (s.bottom() + t.top()) / 2;
        p.turn = p.channel;
        return p;
    }

    if (tc.x() < sc.x() - routeEps) {
        // Backward (rework, failure to an earlier step): around, never over the forward flows.
        const bool bottomFree = above ? targetBottomFree : sourceBottomFree;
        if ((above || below) && rowGap >= clear && bottomFree) {
            p.shape = RouteShape::VHV;
            p.exit = above ? Side::Top : Side::Bottom;
            p.entry = above ? Side::Bottom : Side::Top;
            p.channel = channel;
        } else {
            p.shape = RouteShape::Loop;
            p.exit = Side::Top;
            p.entry = Side::Top;
            p.channel = std::min(s.top(), t.top()) - clear - 2;
        }
        p.turn = p.channel;
        return p;
    }

    const double gap = t.left() - s.right();
    const bool adjacent = gap <= m_style.stepSize(StepKind::Action).width() + 2 * clear;
    const bool sameRow = !above && !below;
    const bool clearOfRow = above ? tc.y() < s.top() - clear : tc.y() > s.bottom() + clear;
    // Entering the target from below would cross its title: come in from the left instead.
    const bool enterSideways = above && !targetBottomFree;

    const bool bar = fromKind == StepKind::Fork || fromKind == StepKind::Join;
    if (context.branching && !context.forceRight && !bar && !sameRow && clearOfRow
        && (above || sourceBottomFree) && flow.waypoints.isEmpty()) {
        // A branch leaves on the side that faces its target, so that the branches of a step
        // part at once and each has its own probability label.
        p.exit = above ? Side::Top : Side::Bottom;
        if (adjacent || rowGap <= 0 || enterSideways) {
            p.shape = RouteShape::VH;
            p.entry = Side::Left;
            p.turn = tc.y();
        } else {
            p.shape = RouteShape::VHV;
            p.entry = above ? Side::Bottom : Side::Top;
            p.channel = channel;
            p.turn = channel;
        }
        return p;
    }

    p.exit = Side::Right;
    p.entry = Side::Left;
    p.turn = tc.y();
    if (sameRow && !adjacent && flow.waypoints.isEmpty()) {
        // A straight line would run through any step between the two and read as two flows.
        // Go around the row: underneath when both have their bottom free, else over the top.
        const bool under = sourceBottomFree && targetBottomFree;
        p.channel = under ? std::max(s.bottom(), t.bottom()) + clear + 2
                          : std::min(s.top(), t.top()) - clear - 2;
        p.turn = p.channel;
        p.entry = under ? Side::Bottom : Side::Top;
        if (hasLabelBelow(fromKind)) {
            // A diamond or a circle keeps its top vertex for a branch going up: leave on the
            // right and climb over the row there.
            p.shape = RouteShape::HVHV;
            p.x = s.right() + std::min(clear + 4, gap / 2);
        } else {
            p.shape = RouteShape::Arc;
            p.exit = p.entry;
        }
    } else if (sameRow || gap <= 0) {
        p.shape = RouteShape::Straight;
        p.x = s.right() + std::max(gap, 0.0) / 2;
    } else if (adjacent || rowGap <= 0 || enterSideways) {
        p.shape = RouteShape::HVH;
        // Near the source: a small target (a circle) may stand above or below a wide step of
        // the next column, whose edge the middle of the gap could run along.
        p.x = adjacent ? s.right() + std::min(clear + 4, gap / 2) - fan
                       : t.left() - std::min(clear + 4, gap / 2);
    } else {
        p.shape = RouteShape::HVHV;
        p.x = s.right() + std::min(clear + 4, gap / 2) - fan;
        p.entry = above ? Side::Bottom : Side::Top;
        p.channel = channel;
        p.turn = channel;
    }
    return p;
}

FlowRoute SceneGeometry::route(const Blueprint &blueprint, const Flow &flow) const
{
    const Step *from = blueprint.graph.step(flow.from);
    const Step *to = blueprint.graph.step(flow.to);
    if (!from || !to)
        return {};
    return route(flow, *from, *to, routeContext(blueprint, flow));
}

FlowRoute SceneGeometry::route(const Flow &flow, const Step &from, const Step &to,
                               const RouteContext &context) const
{
    const QRectF s = stepShape(from);
    const QRectF t = stepShape(to);
    if (!flow.waypoints.isEmpty())
        return routeAlong(flow, from.kind, s, to.kind, t);

    const Plan p = plan(flow, from.kind, s, to.kind, t, context);
    double offset = context.offset, targetOffset = 0;
    if (flow.kind == FlowKind::Evidence) {
        // Evidence links attach left of the middle, which stays free for the flows.
        offset = targetOffset = -std::min(s.width(), t.width()) / 4;
    }
    const QPointF a = anchor(from.kind, s, p.exit, offset);
    if (p.shape == RouteShape::Vertical && a.x() > t.left() + 6 && a.x() < t.right() - 6)
        targetOffset = a.x() - t.center().x(); // straight down or up, no jog
    const QPointF b = anchor(to.kind, t, p.entry, targetOffset);

    FlowRoute r;
    r.exit = p.exit;
    r.entry = p.entry;
    if (p.exit == Side::Right)
        r.labelSide = context.labelSide;
    QPolygonF &pts = r.points;
    pts << a;
    switch (p.shape) {
    case RouteShape::Straight:
        if (std::abs(a.y() - b.y()) > routeEps)
            pts << QPointF(p.x, a.y()) << QPointF(p.x, b.y());
        break;
    case RouteShape::HVH:
        pts << QPointF(p.x, a.y()) << QPointF(p.x, b.y());
        break;
    case RouteShape::HVHV:
        pts << QPointF(p.x, a.y()) << QPointF(p.x, p.channel) << QPointF(b.x(), p.channel);
        break;
    case RouteShape::VH:
        pts << QPointF(a.x(), b.y());
        break;
    case RouteShape::SelfLoop:
        pts << QPointF(p.x, a.y()) << QPointF(p.x, p.channel) << QPointF(b.x(), p.channel);
        break;
    case RouteShape::VHV:
    case RouteShape::Loop:
    case RouteShape::Arc:
    case RouteShape::Vertical:
        if (p.shape != RouteShape::Vertical || std::abs(a.x() - b.x()) > routeEps)
            pts << QPointF(a.x(), p.channel) << QPointF(b.x(), p.channel);
        break;
    }
    pts << b;

    double longest = -1;
    // The first segment holds the probability; the label takes the longest of the others,
    // horizontal runs first: they hold text without hiding which way the line goes.
    for (qsizetype i = pts.size() > 3 ? 1 : 0; i + 1 < pts.size(); ++i) {
        const double len = QLineF(pts[i], pts[i + 1]).length();
        const double weight = std::abs(pts[i].y() - pts[i + 1].y()) < routeEps ? len * 1.5 : len;
        if (weight > longest) {
            longest = weight;
            r.labelSegment = int(i);
        }
    }
    const QPointF mid = (pts[r.labelSegment] + pts[r.labelSegment + 1]) / 2;
    if (pts.size() == 2 && p.exit == Side::Right) {
        // Two steps side by side leave a narrow gap: the label floats above it, clear of both.
        r.labelAnchor = QPointF(mid.x(), std::min(s.top(), t.top()) - 3);
        r.labelAlignment = Qt::AlignHCenter | Qt::AlignBottom;
    } else if (pts.size() == 2) {
        // Straight up or down between stacked steps: beside the line, not over it.
        r.labelAnchor = mid + QPointF(5, 0);
        r.labelAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    } else {
        r.labelAnchor = mid;
        r.labelAlignment = Qt::AlignCenter;
    }
    placeProbability(r, context);
    return r;
}

FlowRoute SceneGeometry::routeAlong(const Flow &flow, StepKind fromKind, const QRectF &s,
                                    StepKind toKind, const QRectF &t) const
{
    // Leave and enter on the sides that face the first and the last waypoint.
    const auto facing = [](const QRectF &rect, const QPointF &p) {
        const QPointF d = p - rect.center();
        const double nx = d.x() / std::max(rect.width() / 2, 1.0);
        const double ny = d.y() / std::max(rect.height() / 2, 1.0);
        if (std::abs(nx) >= std::abs(ny))
            return nx >= 0 ? Side::Right : Side::Left;
        return ny >= 0 ? Side::Bottom : Side::Top;
    };
    const QPointF first = waypointToScene(flow.waypoints.first());
    const QPointF last = waypointToScene(flow.waypoints.last());
    FlowRoute r;
    r.exit = facing(s, first);
    r.entry = facing(t, last);
    r.points << anchor(fromKind, s, r.exit);
    for (const QPointF &w : flow.waypoints)
        r.points << waypointToScene(w);
    r.points << anchor(toKind, t, r.entry);
    double longest = -1;
    for (qsizetype i = 0; i + 1 < r.points.size(); ++i) {
        const double len = QLineF(r.points[i], r.points[i + 1]).length();
        if (len > longest) {
            longest = len;
            r.labelSegment = int(i);
        }
    }
    r.labelAnchor = (r.points[r.labelSegment] + r.points[r.labelSegment + 1]) / 2;
    placeProbability(r, {});
    return r;
}

void SceneGeometry::placeProbability(FlowRoute &r, const RouteContext &context)
{
    // Beside the first segment, on the side away from where the route turns next (so that the
    // label never sits on the route itself), or away from the sibling flows leaving the same
    // side.
    const QPointF a = r.points[0];
    const QPointF n = r.points[1];
    const QPointF after = r.points.size() > 2 ? r.points[2] : n;
    constexpr double d = 4;
    if (std::abs(a.y() - n.y()) < routeEps) { // horizontal first segment
        const bool right = n.x() >= a.x();
        bool below = after.y() < n.y() - routeEps; // turns up
        if (context.labelSide != 0)
            below = context.labelSide > 0;
        const Qt::Alignment h = right ? Qt::AlignLeft : Qt::AlignRight;
        const double x = a.x() + (right ? d : -d);
        r.probabilityAnchor = QPointF(x, below ? a.y() + 2 : a.y() - 2);
        r.probabilityAlignment = h | (below ? Qt::AlignTop : Qt::AlignBottom);
    } else {
        const bool up = n.y() < a.y();
        const bool turnsRight = after.x() > n.x() + routeEps;
        const bool straight = r.points.size() == 2;
        bool leftSide = turnsRight && !straight;
        if (context.labelSide != 0)
            leftSide = context.labelSide < 0;
        r.probabilityAnchor = QPointF(a.x() + (leftSide ? -d : d), a.y() + (up ? -d : d));
        r.probabilityAlignment
            = (leftSide ? Qt::AlignRight : Qt::AlignLeft) | (up ? Qt::AlignBottom : Qt::AlignTop);
    }
}

} // namespace bp
