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
    Arc,          // same row, other steps may sit between: around the row, into the target
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
                                        StepKind toKind, const QRectF &t,
                                        const RouteContext &context) const
{
    Plan p;
    const double clear = m_style.routeClearance();
    const QPointF sc = s.center(), tc = t.center();
    const bool above = tc.y() < sc.y() - eps;
    const bool below = tc.y() > sc.y() + eps;
    const double rowGap = above ? s.top() - t.bottom() : t.top() - s.bottom();
    const double channel = above ? t.bottom() + std::min(clear, rowGap / 2)
                                 : t.top() - std::min(clear, rowGap / 2);
    // Fanned-out branches turn one after the other, the outer ones first, so they never cross.
    const double fan = std::min(8.0 * context.fan, std::max(0.0, (t.left() - s.right()) / 2 - 6));
    // Small shapes carry their title underneath: no flow leaves or enters there.
    const bool sourceBottomFree = !hasLabelBelow(fromKind);
    const bool targetBottomFree = !hasLabelBelow(toKind);

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
        const bool bottomFree = above ? targetBottomFree : sourceBottomFree;
        if ((above || below) && rowGap >= clear && bottomFree) {
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
    const bool clearOfRow = above ? tc.y() < s.top() - clear : tc.y() > s.bottom() + clear;
    // Entering the target from below would cross its title: come in from the left instead.
    const bool enterSideways = above && !targetBottomFree;

    const bool vertex = isVertexShape(fromKind);
    if (vertex && context.branching && !context.forceRight && !sameRow && clearOfRow
        && (above || sourceBottomFree) && flow.waypoints.isEmpty()) {
        // A diamond or a circle sends a branch out of the vertex that faces its target; boxes
        // fan their branches out along their right side instead (see routeContext()).
        p.exit = above ? Side::Top : Side::Bottom;
        if (adjacent || rowGap <= 0 || enterSideways) {
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
            p.shape = Shape::HVHV;
            p.x = s.right() + std::min(clear + 4, gap / 2);
        } else {
            p.shape = Shape::Arc;
            p.exit = p.entry;
        }
    } else if (sameRow || gap <= 0) {
        p.shape = Shape::Straight;
        p.x = s.right() + std::max(gap, 0.0) / 2;
    } else if (adjacent || rowGap <= 0 || enterSideways) {
        p.shape = Shape::HVH;
        p.x = adjacent ? s.right() + gap / 2 - fan : t.left() - std::min(clear + 4, gap / 2);
    } else {
        p.shape = Shape::HVHV;
        p.x = s.right() + std::min(clear + 4, gap / 2) - fan;
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
    struct Entry
    {
        const Flow *flow;
        StepKind toKind;
        QRectF target;
        Plan plan;
        bool forced = false;
    };
    std::vector<Entry> entries;
    for (const Flow *f : outs) {
        const Step *to = g.step(f->to);
        if (!isRouting(f->kind) || !to || !f->waypoints.isEmpty())
            continue;
        const QRectF t = stepShape(*to);
        entries.push_back({f, to->kind, t, plan(*f, from->kind, s, to->kind, t, ctx), false});
    }

    // A diamond or a circle has one vertex per side: the branch that goes farthest keeps the
    // top vertex, the others leave on the right.
    if (isVertexShape(from->kind)) {
        const Entry *keep = nullptr;
        for (const Entry &e : entries)
            if (e.plan.exit == Side::Top && e.target.center().x() >= s.center().x()
                && (!keep || e.target.center().y() < keep->target.center().y()))
                keep = &e;
        for (Entry &e : entries) {
            if (&e == keep || e.plan.exit != Side::Top || e.target.center().x() < s.center().x())
                continue;
            RouteContext forced = ctx;
            forced.forceRight = true;
            e.plan = plan(*e.flow, from->kind, s, e.toKind, e.target, forced);
            e.forced = true;
        }
    }

    // Order along each side so that neighbouring routes do not cross: on the right side by
    // where they turn; on the top by where they turn and which way.
    const auto key = [&](const Entry &e) {
        const bool forward = e.target.center().x() >= s.center().x();
        switch (e.plan.exit) {
        case Side::Right:
        case Side::Left: return e.plan.turn;
        case Side::Top: return forward ? 1e9 + e.plan.turn : -1e9 - e.plan.turn;
        case Side::Bottom: return forward ? 1e9 - e.plan.turn : -1e9 + e.plan.turn;
        }
        return 0.0;
    };
    const auto self = std::find_if(entries.begin(), entries.end(),
                                   [&](const Entry &e) { return e.flow->id == flow.id; });
    if (self == entries.end())
        return ctx;
    ctx.forceRight = self->forced;
    ctx.slotCount = 0;
    const double selfKey = key(*self);
    const double cy = s.center().y();
    const auto direction = [&](const Entry &e) {
        return e.plan.turn < cy - eps ? -1 : (e.plan.turn > cy + eps ? 1 : 0);
    };
    const int selfDirection = direction(*self);
    int nearer = 0;  // flows turning the same way, nearer to the middle of the side
    int farther = 0; // and farther from it
    bool anyUp = false;
    for (const Entry &e : entries) {
        if (e.plan.exit != self->plan.exit)
            continue;
        ++ctx.slotCount;
        anyUp = anyUp || direction(e) < 0;
        const double k = key(e);
        const bool earlier = k < selfKey || (k == selfKey && e.flow->order < self->flow->order);
        if (earlier)
            ++ctx.slot;
        // Upwards the nearer ones turn later (larger y), downwards earlier.
        if (&e != &*self && direction(e) == selfDirection)
            ++(earlier != (selfDirection < 0) ? nearer : farther);
    }
    const double spacing = m_style.anchorSpacing();
    if (ctx.slotCount > 1 && self->plan.exit == Side::Right) {
        // Boxes fan their branches out along the right side: the one to the same row in the
        // middle, the others above and below it, the outer ones turning first. A diamond's or a
        // circle's vertex is one point, which its flows share until they turn.
        ctx.offset = isVertexShape(from->kind) ? 0.0 : selfDirection * (nearer + 1) * spacing / 2;
        if (selfDirection != 0)
            ctx.fan = farther;
        // The probability goes outside the fan: above the outermost upper branch, below the
        // outermost lower one, and between them for the rest.
        if (selfDirection < 0)
            ctx.labelSide = farther == 0 ? -1 : 1;
        else if (selfDirection > 0)
            ctx.labelSide = farther == 0 ? 1 : -1;
        else
            ctx.labelSide = anyUp ? 1 : -1;
    } else if (ctx.slotCount > 1) {
        ctx.offset = (ctx.slot - (ctx.slotCount - 1) / 2.0) * spacing;
        ctx.labelSide = ctx.slot == 0 ? -1 : 1;
    }
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

    const Plan p = plan(flow, from.kind, s, to.kind, t, context);
    double offset = context.offset, targetOffset = 0;
    if (flow.kind == FlowKind::Evidence) {
        // Evidence links attach left of the middle, which stays free for the flows.
        offset = targetOffset = -std::min(s.width(), t.width()) / 4;
    }
    const QPointF a = anchor(from.kind, s, p.exit, offset);
    if (p.shape == Shape::Vertical && a.x() > t.left() + 6 && a.x() < t.right() - 6)
        targetOffset = a.x() - t.center().x(); // straight down or up, no jog
    const QPointF b = anchor(to.kind, t, p.entry, targetOffset);

    FlowRoute r;
    r.exit = p.exit;
    r.entry = p.entry;
    r.labelSide = context.labelSide;
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
    case Shape::Arc:
    case Shape::Vertical:
        if (p.shape != Shape::Vertical || std::abs(a.x() - b.x()) > eps)
            pts << QPointF(a.x(), p.channel) << QPointF(b.x(), p.channel);
        break;
    }
    pts << b;

    double longest = -1;
    // The first segment holds the probability; the label takes the longest of the others,
    // horizontal runs first: they hold text without hiding which way the line goes.
    for (qsizetype i = pts.size() > 3 ? 1 : 0; i + 1 < pts.size(); ++i) {
        const double len = QLineF(pts[i], pts[i + 1]).length();
        const double weight = std::abs(pts[i].y() - pts[i + 1].y()) < eps ? len * 1.5 : len;
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
    if (std::abs(a.y() - n.y()) < eps) { // horizontal first segment
        const bool right = n.x() >= a.x();
        bool below = after.y() < n.y() - eps; // turns up
        if (context.labelSide != 0)
            below = context.labelSide > 0;
        const Qt::Alignment h = right ? Qt::AlignLeft : Qt::AlignRight;
        const double x = a.x() + (right ? d : -d);
        r.probabilityAnchor = QPointF(x, below ? a.y() + 2 : a.y() - 2);
        r.probabilityAlignment = h | (below ? Qt::AlignTop : Qt::AlignBottom);
    } else {
        const bool up = n.y() < a.y();
        const bool turnsRight = after.x() > n.x() + eps;
        const bool straight = r.points.size() == 2;
        bool leftSide = turnsRight && !straight;
        if (context.labelSide != 0)
            leftSide = context.labelSide < 0;
        r.probabilityAnchor = QPointF(a.x() + (leftSide ? -d : d), a.y() + (up ? -d : d));
        r.probabilityAlignment = (leftSide ? Qt::AlignRight : Qt::AlignLeft)
                                 | (up ? Qt::AlignBottom : Qt::AlignTop);
    }
}

} // namespace bp
