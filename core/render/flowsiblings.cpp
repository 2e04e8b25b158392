// Ordering the flows that leave one step (part of SceneGeometry): which side each leaves on,
// in which order along that side, and where its probability goes. O(degree) per flow.

#include "routeplan.h"

#include <algorithm>

namespace bp {

RouteContext SceneGeometry::routeContext(const Blueprint &blueprint, const Flow &flow) const
{
    RouteContext ctx;
    if (!isRouting(flow.kind))
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
    if (routing < 2 || outs.size() > maxSlotted || !flow.waypoints.isEmpty())
        return ctx; // a flow with bend points goes its own way

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
        entries.push_back({ f, to->kind, t, plan(*f, from->kind, s, to->kind, t, ctx), false });
    }

    // A branch leaving the top or bottom runs up or down the source's column: when another
    // branch's target sits there, it would run through that step, so it leaves on the right.
    for (Entry &e : entries) {
        if (e.plan.exit != Side::Top && e.plan.exit != Side::Bottom)
            continue;
        const double x = s.center().x();
        const double edge = e.plan.exit == Side::Top ? s.top() : s.bottom();
        const QRectF run = QRectF(QPointF(x - 20, std::min(edge, e.plan.turn)),
                                  QPointF(x + 20, std::max(edge, e.plan.turn)));
        const bool blocked = std::any_of(entries.begin(), entries.end(), [&](const Entry &o) {
            return &o != &e && o.target.intersects(run);
        });
        if (!blocked || e.target.center().x() < s.center().x())
            continue;
        RouteContext forced = ctx;
        forced.forceRight = true;
        e.plan = plan(*e.flow, from->kind, s, e.toKind, e.target, forced);
        e.forced = true;
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
        case Side::Left:
            return e.plan.turn;
        case Side::Top:
            return forward ? 1e9 + e.plan.turn : -1e9 - e.plan.turn;
        case Side::Bottom:
            return forward ? 1e9 - e.plan.turn : -1e9 + e.plan.turn;
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
        return e.plan.turn < cy - routeEps ? -1 : (e.plan.turn > cy + routeEps ? 1 : 0);
    };
    const int selfDirection = direction(*self);
    int nearer = 0; // flows turning the same way, nearer to the middle of the side
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

} // namespace bp
