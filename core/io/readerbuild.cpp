// The native reader's model building. Steps and flows enter the graph as they are read, so that
// each is built once, in place. Whatever reading cannot settle (a reference to an element further
// down the file, an id used twice) is noted and reported by finish(), in the order a build after
// reading would report it: lanes and pools of steps, step ids, flows, then the warnings.

#include "nativereader_p.h"

#include "model/validation.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace bp::detail {

void Reader::addReadStep(Step &&s, bool hasY, const Lane *lane, bool poolFound)
{
    // A step without an id or a lane was reported: the file will not load, nothing to settle.
    if (s.id.isEmpty() || s.lane.isEmpty())
        return;
    if (!hasY)
        s.pos.setY(lane ? lane->height / 2 : std::nan("")); // without the lane: set in finish()
    if (m_bp.graph.flowCount() > 0) {
        // A flow read earlier (flows before steps in the file) has this id: it is refused in
        // its turn, as it would be if steps were built first.
        if (m_bp.graph.flow(s.id))
            m_refusedFlows.push_back(s.id);
    }
    const bool unresolved = !lane || (!s.pool.isEmpty() && !poolFound);
    if (!unresolved && m_bp.graph.addStep(std::move(s)))
        return; // nearly every step
    // addStep leaves its argument intact when it refuses it.
    StepNote note { size_t(s.order - 1), s.id,      s.lane, s.pool,
                    lane != nullptr,     poolFound, false,  hasY };
    note.inGraph = unresolved && m_bp.graph.addStep(std::move(s));
    m_stepNotes.push_back(std::move(note));
}

void Reader::addReadFlow(Flow &&f, BlueprintGraph::StepRef from, BlueprintGraph::StepRef to)
{
    if (f.id.isEmpty() || f.from.isEmpty() || f.to.isEmpty())
        return; // reported: the file will not load
    // addFlow refuses an id that another flow has, and leaves its argument intact then.
    if (from && to && !m_bp.graph.hasStep(f.id) && m_bp.graph.addFlow(std::move(f), from, to))
        return;
    m_pendingFlows.push_back(std::move(f));
}

void Reader::finish()
{
    if (!resolveStepReferences() || !checkStepIds() || !resolveFlows())
        return;
    addValidationWarnings();
    m_ctx.result().blueprint = std::move(m_bp);
}

bool Reader::resolveStepReferences()
{
    if (!m_bp.setLanes(std::move(m_lanes)) || !m_bp.setPools(std::move(m_pools)))
        return false; // duplicate ids were reported by requireId
    for (const StepNote &n : m_stepNotes) {
        const std::int64_t offset = m_stepOffsets[n.index];
        if (!n.laneFound) {
            const Lane *lane = m_bp.lane(n.lane);
            if (!lane) {
                m_ctx.error(m_ctx.attrOffsetAt(offset, "lane"),
                            ReaderTr::tr("step %1 is in lane %2, which does not exist")
                                .arg(q(n.id), q(n.lane)));
                continue;
            }
            if (!n.hasY && n.inGraph) {
                Step s = *m_bp.graph.step(n.id);
                s.pos.setY(lane->height / 2);
                m_bp.graph.updateStep(s);
            }
        }
        if (!n.poolFound && !n.pool.isEmpty() && !m_bp.pool(n.pool)) {
            m_ctx.error(
                m_ctx.attrOffsetAt(offset, "pool"),
                ReaderTr::tr("step %1 uses pool %2, which does not exist").arg(q(n.id), q(n.pool)));
        }
    }
    return !m_ctx.hasErrors();
}

bool Reader::checkStepIds()
{
    if (std::int64_t(m_stepOffsets.size()) > limits::warnSteps)
        m_ctx.warning(0,
                      ReaderTr::tr("the blueprint has %1 steps; editing is slower above %2")
                          .arg(m_stepOffsets.size())
                          .arg(limits::warnSteps));
    // Steps refused by the graph (an earlier step has the id), and steps with the id of a lane
    // or a pool (few: look each of those up), in reading order.
    std::vector<std::pair<size_t, ElementId>> taken;
    for (const StepNote &n : m_stepNotes) {
        if (!n.inGraph)
            taken.emplace_back(n.index, n.id);
    }
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        if (const Step *s = m_bp.graph.step(it.key()))
            taken.emplace_back(size_t(s->order - 1), s->id);
    }
    std::sort(taken.begin(), taken.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[index, id] : taken) {
        m_ctx.error(m_ctx.attrOffsetAt(m_stepOffsets[index], "id"),
                    ReaderTr::tr("duplicate id %1 (first used on line %2)")
                        .arg(q(id))
                        .arg(m_ctx.position(firstDefinition(id)).line));
        if (m_ctx.stopped())
            return false;
    }
    return !m_ctx.hasErrors();
}

bool Reader::resolveFlows()
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        if (m_bp.graph.hasFlow(it.key()))
            m_refusedFlows.push_back(it.key());
    }
    if (m_pendingFlows.empty() && m_refusedFlows.empty())
        return true; // nearly every file
    // In reading order: flows to add now (true), and flows in the graph to report (false).
    std::map<size_t, std::pair<Flow, bool>> todo;
    for (Flow &f : m_pendingFlows)
        todo.emplace(size_t(f.order - 1), std::pair { std::move(f), true });
    for (const ElementId &id : m_refusedFlows) {
        const Flow *f = m_bp.graph.flow(id);
        todo.emplace(size_t(f->order - 1), std::pair { *f, false });
    }
    while (!todo.empty()) {
        auto entry = todo.extract(todo.begin());
        Flow &f = entry.mapped().first;
        if (entry.mapped().second) {
            const Step *from = m_bp.graph.step(f.from);
            const Step *to = m_bp.graph.step(f.to);
            if (from && to && !m_ids.contains(f.id) && !m_bp.graph.hasStep(f.id)) {
                const Flow *other = m_bp.graph.flow(f.id);
                if (other && other->order > f.order) {
                    // A flow further down with the same id got into the graph first; this one
                    // takes the id, that one is reported in its turn.
                    Flow later = *other;
                    m_bp.graph.removeFlow(f.id);
                    todo.emplace(size_t(later.order - 1), std::pair { std::move(later), false });
                }
                f.from = from->id;
                f.to = to->id;
                if (m_bp.graph.addFlow(std::move(f)))
                    continue;
            }
        }
        reportRefusedFlow(f);
        if (m_ctx.stopped())
            return false;
    }
    return !m_ctx.hasErrors();
}

void Reader::reportRefusedFlow(const Flow &f)
{
    const std::int64_t offset = m_flowOffsets[size_t(f.order - 1)];
    const bool hasFrom = m_bp.graph.hasStep(f.from);
    const bool hasTo = m_bp.graph.hasStep(f.to);
    if (!hasFrom)
        m_ctx.error(m_ctx.attrOffsetAt(offset, "from"),
                    ReaderTr::tr("flow %1 comes from step %2, which does not exist")
                        .arg(q(f.id), q(f.from)));
    if (!hasTo)
        m_ctx.error(
            m_ctx.attrOffsetAt(offset, "to"),
            ReaderTr::tr("flow %1 goes to step %2, which does not exist").arg(q(f.id), q(f.to)));
    if (hasFrom && hasTo)
        m_ctx.error(m_ctx.attrOffsetAt(offset, "id"),
                    ReaderTr::tr("duplicate id %1 (first used on line %2)")
                        .arg(q(f.id))
                        .arg(m_ctx.position(firstDefinition(f.id)).line));
}

void Reader::addValidationWarnings()
{
    // Warnings name elements by id; their creation order is their position in the file.
    for (Diagnostic d : validateModel(m_bp)) {
        std::int64_t offset = -1;
        if (const Step *s = m_bp.graph.step(d.element))
            offset = m_stepOffsets[size_t(s->order - 1)];
        else if (const Flow *f = m_bp.graph.flow(d.element))
            offset = m_flowOffsets[size_t(f->order - 1)];
        m_ctx.add(std::move(d), offset);
    }
}

std::int64_t Reader::firstDefinition(const ElementId &id) const
{
    // Error path only. Steps and flows in the graph know their creation order, which is their
    // position in the file.
    if (m_ids.contains(id))
        return m_ids.value(id);
    if (const Step *step = m_bp.graph.step(id))
        return m_stepOffsets[size_t(step->order - 1)];
    if (const Flow *flow = m_bp.graph.flow(id))
        return m_flowOffsets[size_t(flow->order - 1)];
    return 0;
}

} // namespace bp::detail
