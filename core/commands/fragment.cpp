#include "fragment.h"

#include <QHash>
#include <QSet>

namespace bp {

Fragment copyFragment(const Blueprint &blueprint, const QVector<ElementId> &stepIds)
{
    Fragment result;
    ElementSnapshot &fragment = result.elements;
    QSet<ElementId> selected;
    for (const ElementId &id : stepIds) {
        if (const Step *s = blueprint.graph.step(id); s && !selected.contains(id)) {
            selected.insert(id);
            fragment.steps.push_back(*s);
        }
    }
    std::sort(fragment.steps.begin(), fragment.steps.end(),
              [](const Step &a, const Step &b) { return a.order < b.order; });
    for (const Step &s : fragment.steps) {
        for (const Flow *f : blueprint.graph.outFlows(s.id)) {
            if (selected.contains(f->to))
                fragment.flows.push_back(*f);
        }
    }
    std::sort(fragment.flows.begin(), fragment.flows.end(),
              [](const Flow &a, const Flow &b) { return a.order < b.order; });
    QSet<ElementId> lanes;
    for (const Step &s : fragment.steps) {
        if (const Lane *l = blueprint.lane(s.lane); l && !lanes.contains(l->id)) {
            lanes.insert(l->id);
            result.lanes.push_back(*l);
        }
    }
    return result;
}

ElementSnapshot prepareForPaste(const Fragment &source, const Document &target, QPointF offset)
{
    const ElementSnapshot &fragment = source.elements;
    ElementSnapshot result;
    const Blueprint &bp = target.blueprint();
    if (bp.lanes().empty())
        return result;
    QSet<ElementId> used;
    const auto fresh = [&](IdPrefix prefix) {
        ElementId id;
        do {
            id = target.newId(prefix);
        } while (used.contains(id));
        used.insert(id);
        return id;
    };
    QHash<ElementId, ElementId> stepMap;
    for (const Step &s : fragment.steps) {
        Step copy = s;
        copy.id = fresh(IdPrefix::Step);
        copy.order = 0;
        stepMap.insert(s.id, copy.id);
        if (!bp.lane(copy.lane)) {
            const auto kindOf = [&](const ElementId &laneId) -> std::optional<LaneKind> {
                for (const Lane &l : source.lanes) {
                    if (l.id == laneId)
                        return l.kind;
                }
                return std::nullopt;
            };
            const std::optional<LaneKind> kind = kindOf(copy.lane);
            copy.lane = bp.lanes().front().id;
            for (const Lane &l : bp.lanes()) {
                if (kind && l.kind == *kind) {
                    copy.lane = l.id;
                    break;
                }
            }
        }
        if (!copy.pool.isEmpty() && !bp.pool(copy.pool))
            copy.pool.clear();
        copy.pos += offset;
        result.steps.push_back(std::move(copy));
    }
    for (const Flow &f : fragment.flows) {
        if (!stepMap.contains(f.from) || !stepMap.contains(f.to))
            continue;
        Flow copy = f;
        copy.id = fresh(IdPrefix::Flow);
        copy.order = 0;
        copy.from = stepMap.value(f.from);
        copy.to = stepMap.value(f.to);
        for (QPointF &p : copy.waypoints)
            p += offset;
        result.flows.push_back(std::move(copy));
    }
    return result;
}

} // namespace bp
