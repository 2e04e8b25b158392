// Routing of flows between steps (part of SceneGeometry).
//
// Blueprints are laid out in lanes (rows) and loose columns, so the free space is predictable:
// the gaps between columns and the margins along lane boundaries. Routes use those channels
// instead of searching around obstacles, which keeps every route O(1) and independent of the
// other steps (moving one step re-routes only its own flows).

#include "scenegeometry.h"

#include <algorithm>
#include <cmath>

namespace bp {

namespace {

enum class Shape {
    Straight,     // one segment (or a jog when the ends are not aligned)
    HVH,          // right, up/down in the gap after the source, right into the target's side
    HVHV,         // right, up/down to a channel beside the target's row, along it, into its edge
    VH,           // up/down out of the source, right into the target's side
    VHV,          // up/down to a channel beside the target's row, along it, into its edge
    Loop,         // up out of the source, back above both, down into the target
    Vertical,     // between steps of overlapping columns
};

constexpr double eps = 0.5;

} // namespace

struct SceneGeometry::Plan
{
    Shape shape = Shape::Straight;
    Side exit = Side::Right;
    Side entry = Side::Left;
    double turn = 0;     ///< y of the first horizontal run after a vertical exit (slot order)
    double x = 0;        ///< x of the vertical run of HVH/HVHV
    double channel = 0;  ///< y of the channel of HVHV, VHV, Loop and Vertical
};

SceneGeometry::Plan SceneGeometry::plan(const Flow &flow, StepKind fromKind, const QRectF &s,
                                        const QRectF &t, bool branching) const
{
    Plan p;
    const double clear = m_style.routeClearance();
    const QPointF sc = s.center(), tc = t.center();
    const bool above = tc.y() < sc.y() - eps;
    const bool below = tc.y() > sc.y() + eps;
    const double rowGap = above ? s.top() - t.bottom() : t.top() - s.bottom();
    const double channel = above ? t.bottom() + std::min(clear, rowGap / 2)
                                 : t.top() - std::min(clear, rowGap / 2);

    // Columns overlap: go straight down or up between them.
    if (t.left() < s.right() - eps && t.right() > s.left() + eps && (above || below)
        && rowGap > 0) {
        p.shape = Shape::Vertical;
        p.exit = above ? Side::Top : Side::Bottom;
        p.entry = above ? Side::Bottom : Side::Top;
        p.channel = above ? (s.top() + t.bottom()) / 2 : (s.bottom() + t.top()) / 2;
        p.turn = p.channel;
        return p;
    }

    if (tc.x() < sc.x() - eps) {
        // Backward (rework, failure to an earlier step): around, never over the forward flows.
        if ((above || below) && rowGap >= clear) {
            p.shape = Shape::VHV;
            p.exit = above ? Side::Top : Side::Bottom;
            p.entry = above ? Side::Bottom : Side::Top;
            p.channel = channel;
        } else {
            p.shape = Shape::Loop;
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
    const bool bar = fromKind == StepKind::Fork || fromKind == StepKind::Join;
    const bool clearOfRow = above ? tc.y() < s.top() - clear : tc.y() > s.bottom() + clear;

    if (branching && !bar && !sameRow && clearOfRow && flow.waypoints.isEmpty()) {
        // A branch leaves on the side that faces its target, so branches do not share a trunk.
        p.exit = above ? Side::Top : Side::Bottom;
        if (adjacent || rowGap <= 0) {
            p.shape = Shape::VH;
            p.entry = Side::Left;
            p.turn = tc.y();
        } else {
            p.shape = Shape::VHV;
            p.entry = above ? Side::Bottom : Side::Top;
            p.channel = channel;
            p.turn = channel;
        }
        return p;
    }

    p.exit = Side::Right;
    p.entry = Side::Left;
    p.turn = tc.y();
    if (sameRow || gap <= 0) {
        p.shape = Shape::Straight;
        p.x = s.right() + std::max(gap, 0.0) / 2;
    } else if (adjacent || rowGap <= 0) {
        p.shape = Shape::HVH;
        p.x = adjacent ? s.right() + gap / 2 : t.left() - std::min(clear + 4, gap / 2);
    } else {
        p.shape = Shape::HVHV;
        p.x = s.right() + std::min(clear + 4, gap / 2);
        p.entry = above ? Side::Bottom : Side::Top;
        p.channel = channel;
        p.turn = channel;
    }
    return p;
}

RouteContext SceneGeometry::routeContext(const Blueprint &blueprint, const Flow &flow) const
{
    RouteContext ctx;
    if (!isRouting(flow.kind) || !flow.waypoints.isEmpty())
        return ctx;
    const BlueprintGraph &g = blueprint.graph;
    const Step *from = g.step(flow.from);
    if (!from)
        return ctx;
    const std::vector<const Flow *> outs = g.outFlows(flow.from);
    int routing = 0;
    for (const Flow *f : outs)
        routing += isRouting(f->kind) ? 1 : 0;
    ctx.branching = routing >= 2 && from->kind != StepKind::Fork;
    // Slots are worth their O(degree^2) only for the handful of flows a real step has.
    constexpr size_t maxSlotted = 32;
    if (routing < 2 || outs.size() > maxSlotted)
        return ctx;

    const QRectF s = stepShape(*from);
    struct Entry { const Flow *flow; Side side; double key; };
    std::vector<Entry> entries;
    for (const Flow *f : outs) {
        const Step *to = g.step(f->to);
        if (!isRouting(f->kind) || !to || !f->waypoints.isEmpty())
            continue;
        const QRectF t = stepShape(*to);
        const Plan p = plan(*f, from->kind, s, t, ctx.branching);
        // Order along the side so that neighbouring routes do not cross: on the right side by
        // the target's height; on the top and bottom by where the route turns and which way.
        const bool forward = t.center().x() >= s.center().x();
        double key = 0;
        switch (p.exit) {
        case Side::Right:
        case Side::Left: key = p.turn; break;
        case Side::Top: key = forward ? 1e9 + p.turn : -1e9 - p.turn; break;
        case Side::Bottom: key = forward ? 1e9 - p.turn : -1e9 + p.turn; break;
        }
        entries.push_back({f, p.exit, key});
    }
    const auto self = std::find_if(entries.begin(), entries.end(),
                                   [&](const Entry &e) { return e.flow->id == flow.id; });
    if (self == entries.end())
        return ctx;
    for (const Entry &e : entries) {
        if (e.side != self->side)
            continue;
        ++ctx.slotCount;
        if (e.key < self->key || (e.key == self->key && e.flow->order < self->flow->order))
            ++ctx.slot;
    }
    --ctx.slotCount; // counted itself
    return ctx;
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

    const Plan p = plan(flow, from.kind, s, t, context.branching);
    const double offset = (context.slot - (context.slotCount - 1) / 2.0) * m_style.anchorSpacing();
    const QPointF a = anchor(from.kind, s, p.exit, offset);
    const QPointF b = anchor(to.kind, t, p.entry);

    FlowRoute r;
    r.exit = p.exit;
    r.entry = p.entry;
    QPolygonF &pts = r.points;
    pts << a;
    switch (p.shape) {
    case Shape::Straight:
        if (std::abs(a.y() - b.y()) > eps)
            pts << QPointF(p.x, a.y()) << QPointF(p.x, b.y());
        break;
    case Shape::HVH: pts << QPointF(p.x, a.y()) << QPointF(p.x, b.y()); break;
    case Shape::HVHV:
        pts << QPointF(p.x, a.y()) << QPointF(p.x, p.channel) << QPointF(b.x(), p.channel);
        break;
    case Shape::VH: pts << QPointF(a.x(), b.y()); break;
    case Shape::VHV:
    case Shape::Loop:
    case Shape::Vertical:
        if (p.shape != Shape::Vertical || std::abs(a.x() - b.x()) > eps)
            pts << QPointF(a.x(), p.channel) << QPointF(b.x(), p.channel);
        break;
    }
    pts << b;

    double longest = -1;
    for (qsizetype i = 0; i + 1 < pts.size(); ++i) {
        const double len = QLineF(pts[i], pts[i + 1]).length();
        // Prefer horizontal runs for text: they hold it without covering the line's direction.
        const double weight = std::abs(pts[i].y() - pts[i + 1].y()) < eps ? len * 1.5 : len;
        if (weight > longest) {
            longest = weight;
            r.labelSegment = int(i);
        }
    }
    placeProbability(r);
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
    placeProbability(r);
    return r;
}

void SceneGeometry::placeProbability(FlowRoute &r) const
{
    // Beside the first segment, on the side away from where the route turns next, so that the
    // label never sits on the route itself.
    const QPointF a = r.points[0];
    const QPointF n = r.points[1];
    const QPointF after = r.points.size() > 2 ? r.points[2] : n;
    constexpr double d = 4;
    if (std::abs(a.y() - n.y()) < eps) { // horizontal first segment
        const bool right = n.x() >= a.x();
        const bool turnsUp = after.y() < n.y() - eps;
        const Qt::Alignment h = right ? Qt::AlignLeft : Qt::AlignRight;
        const double x = a.x() + (right ? d : -d);
        r.probabilityAnchor = QPointF(x, turnsUp ? a.y() + 2 : a.y() - 2);
        r.probabilityAlignment = h | (turnsUp ? Qt::AlignTop : Qt::AlignBottom);
    } else {
        const bool up = n.y() < a.y();
        const bool turnsRight = after.x() > n.x() + eps;
        const bool straight = r.points.size() == 2;
        const bool leftSide = turnsRight && !straight;
        r.probabilityAnchor = QPointF(a.x() + (leftSide ? -d : d), a.y() + (up ? -d : d));
        r.probabilityAlignment = (leftSide ? Qt::AlignRight : Qt::AlignLeft)
                                 | (up ? Qt::AlignBottom : Qt::AlignTop);
    }
}

} // namespace bp
