// BPMN import: building the blueprint from what the walk recorded (ids, lanes, steps, flows).

#include "bpmnreader_p.h"
#include "model/diagnostic.h"
#include "model/ids.h"

#include <algorithm>
#include <numeric>

namespace bp::bpmn {

ElementId Importer::allocateId(const QString &bpmnId, const char *fallbackPrefix,
                               std::int64_t offset)
{
    if (isValidId(QStringView(bpmnId)) && !m_taken.contains(bpmnId)) {
        m_taken.insert(bpmnId);
        return bpmnId;
    }
    QString base;
    for (QChar c : bpmnId) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.' || c == u'-';
        base += ok ? c : QChar(u'_');
        if (base.size() >= 56)
            break;
    }
    if (base.isEmpty())
        base = QString::fromLatin1(fallbackPrefix);
    if (!base.front().isLetter() && base.front() != u'_')
        base.prepend(u'_');
    ElementId id = base;
    for (int n = 2; m_taken.contains(id) || !isValidId(QStringView(id)); ++n)
        id = base + u'-' + QString::number(n);
    m_taken.insert(id);
    if (!bpmnId.isEmpty())
        m_ctx.info(offset,
                   ImportTr::tr("id %1 is not a valid blueprint id or is used twice; it "
                                "is imported as %2")
                       .arg(quoted(bpmnId), quoted(id)));
    return id;
}

void Importer::build()
{
    if (m_processes.empty()) {
        m_ctx.error(0, ImportTr::tr("the file has no process to import"));
        return;
    }
    QHash<QString, int> processIndex;
    for (int i = 0; i < int(m_processes.size()); ++i)
        processIndex.insert(m_processes[size_t(i)].bpmnId, i);
    for (const RawParticipant &p : m_participants) {
        const int i = processIndex.value(p.processRef, -1);
        if (i < 0) {
            notImportedAt(
                p.offset, QStringLiteral("participant"), p.bpmnId,
                ImportTr::tr("pool %1 refers to process %2, which is not in the file")
                    .arg(quoted(p.name.isEmpty() ? p.bpmnId : p.name), quoted(p.processRef)));
            continue;
        }
        RawProcess &process = m_processes[size_t(i)];
        if (process.participantId.isEmpty()) {
            process.participantId = p.bpmnId;
            process.participantName = p.name;
        }
    }
    for (int i = 0; i < int(m_nodes.size()); ++i)
        m_nodeIndex.insert(m_nodes[size_t(i)].bpmnId, i);

    buildLanes();
    buildSteps();
    if (m_ctx.hasErrors())
        return;
    buildFlows();
    decideParallelGateways();
    placeSteps();

    // Lanes top to bottom: pools in the order of the collaboration (then processes without a
    // pool), each pool's lanes as the diagram stacks them.
    std::vector<int> rank(m_processes.size(), 0);
    {
        int next = 0;
        for (const RawParticipant &p : m_participants) {
            const int i = processIndex.value(p.processRef, -1);
            if (i >= 0 && m_processes[size_t(i)].participantId == p.bpmnId)
                rank[size_t(i)] = ++next;
        }
        for (size_t i = 0; i < m_processes.size(); ++i)
            if (rank[i] == 0)
                rank[i] = ++next;
    }
    std::vector<int> order(m_lanes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const BuildLane &la = m_lanes[size_t(a)];
        const BuildLane &lb = m_lanes[size_t(b)];
        const int ra = rank[size_t(la.process)];
        const int rb = rank[size_t(lb.process)];
        if (ra != rb)
            return ra < rb;
        if (la.di && lb.di)
            return la.di->top() < lb.di->top();
        return false;
    });
    std::vector<Lane> lanes;
    lanes.reserve(order.size());
    for (int i : order)
        lanes.push_back(m_lanes[size_t(i)].lane);
    m_bp.setLanes(std::move(lanes));

    m_bp.meta.title = m_definitionsName;
    if (m_bp.meta.title.isEmpty() && m_processes.size() == 1)
        m_bp.meta.title = m_processes.front().participantName.isEmpty()
            ? m_processes.front().name
            : m_processes.front().participantName;

    m_bp.graph.reserve(m_steps.size(), m_builtFlows.size());
    for (Step &s : m_steps)
        m_bp.graph.addStep(std::move(s));
    for (Flow &f : m_builtFlows)
        m_bp.graph.addFlow(std::move(f));
    if (m_report) {
        m_report->idMap.insert(m_idMap);
    }
    m_ctx.result().blueprint = std::move(m_bp);
}

void Importer::buildLanes()
{
    for (size_t p = 0; p < m_processes.size(); ++p) {
        for (size_t r = 0; r < m_rawLanes.size(); ++r) {
            const RawLane &raw = m_rawLanes[r];
            if (raw.process != int(p))
                continue;
            countImported(QStringLiteral("lane")); // parents live on in their children's names
            if (!raw.leaf)
                continue;
            BuildLane b;
            b.lane.id = allocateId(raw.bpmnId, "lane", raw.offset);
            b.lane.title = raw.path;
            b.lane.kind = raw.ourKind.value_or(guessLaneKind(raw.path));
            b.process = int(p);
            b.raw = int(r);
            b.offset = raw.offset;
            if (const auto it = m_shapes.constFind(raw.bpmnId); it != m_shapes.cend())
                b.di = *it;
            m_idMap.insert(raw.bpmnId, b.lane.id);
            if (m_report)
                m_report->sourceType.insert(b.lane.id, QStringLiteral("lane"));
            m_lanes.push_back(std::move(b));
        }
    }
}

void Importer::buildSteps()
{
    // Each node sits in the deepest lane that lists it.
    QHash<QString, int> laneOfRef;
    for (int r = 0; r < int(m_rawLanes.size()); ++r) {
        for (const QString &ref : m_rawLanes[size_t(r)].nodeRefs) {
            const auto it = laneOfRef.constFind(ref);
            if (it == laneOfRef.cend()
                || m_rawLanes[size_t(*it)].depth < m_rawLanes[size_t(r)].depth)
                laneOfRef.insert(ref, r);
        }
    }
    QHash<int, int> buildLaneOfRaw;
    QHash<ElementId, int> buildLaneOfId;
    for (int i = 0; i < int(m_lanes.size()); ++i) {
        buildLaneOfRaw.insert(m_lanes[size_t(i)].raw, i);
        buildLaneOfId.insert(m_lanes[size_t(i)].lane.id, i);
    }

    const auto fallbackLane = [&](int process) {
        RawProcess &p = m_processes[size_t(process)];
        if (p.fallbackLane >= 0)
            return p.fallbackLane;
        const bool hasLanes = std::any_of(m_lanes.cbegin(), m_lanes.cend(),
                                          [&](const BuildLane &b) { return b.process == process; });
        BuildLane b;
        b.lane.title = !p.participantName.isEmpty() ? p.participantName
            : !p.name.isEmpty()                     ? p.name
                                                    : ImportTr::tr("Process %1").arg(process + 1);
        b.lane.kind = guessLaneKind(b.lane.title);
        const QString source = p.participantId.isEmpty() ? p.bpmnId : p.participantId;
        b.lane.id = allocateId(source, "lane", p.offset);
        b.process = process;
        b.offset = p.offset;
        if (!hasLanes && !p.participantId.isEmpty()) {
            if (const auto it = m_shapes.constFind(p.participantId); it != m_shapes.cend())
                b.di = *it;
        }
        if (m_report)
            m_report->sourceType.insert(b.lane.id,
                                        p.participantId.isEmpty() ? QStringLiteral("process")
                                                                  : QStringLiteral("participant"));
        p.fallbackLane = int(m_lanes.size());
        p.fallbackLaneId = b.lane.id;
        m_lanes.push_back(std::move(b));
        return p.fallbackLane;
    };

    m_steps.reserve(m_nodes.size());
    m_stepLane.reserve(m_nodes.size());
    for (const RawNode &node : m_nodes) {
        if (++m_stepCount > limits::maxSteps) {
            m_ctx.error(
                node.offset,
                ImportTr::tr("the file has more than %1 steps to import").arg(limits::maxSteps));
            m_ctx.stop();
            return;
        }
        int lane = -1;
        if (const auto it = laneOfRef.constFind(node.bpmnId); it != laneOfRef.cend()) {
            const RawLane &raw = m_rawLanes[size_t(*it)];
            if (raw.process == node.process) {
                lane = buildLaneOfRaw.value(*it, -1);
                // Listed only in a parent lane: its first leaf lane.
                for (int r = *it + 1; lane < 0 && r < int(m_rawLanes.size()); ++r)
                    if (m_rawLanes[size_t(r)].leaf
                        && m_rawLanes[size_t(r)].path.startsWith(raw.path + QStringLiteral(" / ")))
                        lane = buildLaneOfRaw.value(r, -1);
            }
        }
        if (lane < 0 && !node.ourLane.isEmpty())
            lane = buildLaneOfId.value(m_idMap.value(node.ourLane), -1);
        if (lane < 0) {
            if (const auto shape = m_shapes.constFind(node.bpmnId); shape != m_shapes.cend()) {
                for (int i = 0; i < int(m_lanes.size()) && lane < 0; ++i) {
                    const BuildLane &b = m_lanes[size_t(i)];
                    if (b.process == node.process && b.raw >= 0 && b.di
                        && b.di->contains(shape->center()))
                        lane = i;
                }
            }
        }
        if (lane < 0)
            lane = fallbackLane(node.process);

        Step s = node.step;
        s.id = allocateId(node.bpmnId, "step", node.offset);
        s.lane = m_lanes[size_t(lane)].lane.id;
        if (!s.pool.isEmpty() && !m_bp.pool(s.pool)) {
            m_ctx.warning(node.offset,
                          ImportTr::tr("step %1 uses pool %2, which is not in the "
                                       "file; the step keeps its own servers")
                              .arg(quoted(s.id), quoted(s.pool)));
            s.pool.clear();
        }
        countImported(node.type);
        m_idMap.insert(node.bpmnId, s.id);
        if (m_report)
            m_report->sourceType.insert(s.id, node.type);
        m_steps.push_back(std::move(s));
        m_stepLane.push_back(lane);
    }
}

void Importer::buildFlows()
{
    QHash<QString, QString> attachedTo;
    for (const RawBoundary &b : m_boundaries)
        attachedTo.insert(b.bpmnId, b.attachedTo);
    const auto stepOf = [&](const QString &bpmnId) -> const Step * {
        const int i = m_nodeIndex.value(bpmnId, -1);
        return i >= 0 ? &m_steps[size_t(i)] : nullptr;
    };
    m_builtFlows.reserve(m_flows.size());
    std::vector<std::pair<qint64, size_t>> placed; // wanted index, index in m_builtFlows
    for (const RawFlow &raw : m_flows) {
        Flow f = raw.flow;
        QString source = raw.source;
        if (const auto it = attachedTo.constFind(source); it != attachedTo.cend()) {
            source = *it;
            if (f.kind == FlowKind::Flow)
                f.kind = FlowKind::Failure;
        }
        const Step *from = stepOf(source);
        const Step *to = stepOf(raw.target);
        if (!from || !to) {
            const QString end = !from ? source : raw.target;
            const QString why = m_bpmnIds.contains(end) || attachedTo.contains(end)
                ? ImportTr::tr("%1 is not imported").arg(quoted(end))
                : ImportTr::tr("%1 does not exist").arg(quoted(end));
            notImportedAt(raw.offset, raw.type, raw.bpmnId,
                          (!from ? ImportTr::tr("%1 %2 is not imported: its source %3")
                                 : ImportTr::tr("%1 %2 is not imported: its target %3"))
                              .arg(raw.type, quoted(raw.bpmnId), why));
            continue;
        }
        f.id = allocateId(raw.bpmnId, "flow", raw.offset);
        if (raw.ourIndex >= 0)
            placed.push_back({ raw.ourIndex, m_builtFlows.size() });
        f.from = from->id;
        f.to = to->id;
        countImported(raw.type);
        m_idMap.insert(raw.bpmnId, f.id);
        if (m_report)
            m_report->sourceType.insert(f.id, raw.type);
        m_builtFlows.push_back(std::move(f));
    }
    if (placed.empty())
        return;
    // Our own associations go back to their place among the flows (creation order).
    std::stable_sort(placed.begin(), placed.end());
    std::vector<bool> isPlaced(m_builtFlows.size(), false);
    for (const auto &p : placed)
        isPlaced[p.second] = true;
    std::vector<Flow> ordered;
    ordered.reserve(m_builtFlows.size());
    size_t next = 0; // next flow without a wanted index
    auto wanted = placed.cbegin();
    while (ordered.size() < m_builtFlows.size()) {
        while (next < m_builtFlows.size() && isPlaced[next])
            ++next;
        if (wanted != placed.cend()
            && (qint64(ordered.size()) >= wanted->first || next >= m_builtFlows.size())) {
            ordered.push_back(std::move(m_builtFlows[wanted->second]));
            ++wanted;
        } else {
            ordered.push_back(std::move(m_builtFlows[next++]));
        }
    }
    m_builtFlows = std::move(ordered);
}

void Importer::decideParallelGateways()
{
    QHash<ElementId, int> in;
    QHash<ElementId, int> out;
    for (const Flow &f : m_builtFlows) {
        if (!isRouting(f.kind))
            continue;
        ++out[f.from];
        ++in[f.to];
    }
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const RawNode &node = m_nodes[i];
        if (!node.parallel || node.hasOurKind)
            continue;
        Step &s = m_steps[i];
        const int nIn = in.value(s.id);
        const int nOut = out.value(s.id);
        s.kind = nIn > 1 && nOut <= 1 ? StepKind::Join : StepKind::Fork;
        if (nIn > 1 && nOut > 1)
            m_ctx.warning(node.offset,
                          ImportTr::tr("parallel gateway %1 both joins and splits; it is imported "
                                       "as a fork")
                              .arg(quoted(s.title.isEmpty() ? node.bpmnId : s.title)));
    }
}

} // namespace bp::bpmn
