#include "document.h"

#include <QSet>

namespace bp {

Document::Document(QObject *parent)
    : Document(Blueprint {}, parent)
{ }

Document::Document(Blueprint blueprint, QObject *parent)
    : QObject(parent)
    , m_blueprint(std::move(blueprint))
{
    qRegisterMetaType<bp::ChangeEvent>();
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

Document::~Document()
{
    // Commands hold ids only, but clear first so that none runs against a half-destroyed model.
    m_undoStack.clear();
}

void Document::setFileName(const QString &fileName)
{
    if (fileName == m_fileName)
        return;
    m_fileName = fileName;
    emit fileNameChanged(fileName);
}

void Document::resetBlueprint(Blueprint blueprint)
{
    m_undoStack.clear();
    m_blueprint = std::move(blueprint);
    m_undoStack.setClean();
    emit changed(ChangeEvent {});
}

ElementId Document::newId(IdPrefix prefix) const
{
    return generateId(prefix, [this](const ElementId &id) { return m_blueprint.isIdTaken(id); });
}

bool Document::addElements(const ElementSnapshot &elements)
{
    if (elements.empty())
        return true; // nothing to add, nothing to announce (as removeElements)
    // Check everything first so that a failure changes nothing.
    QSet<ElementId> newIds;
    for (const Step &s : elements.steps) {
        if (!isValidId(s.id) || m_blueprint.isIdTaken(s.id) || newIds.contains(s.id)
            || !m_blueprint.lane(s.lane))
            return false;
        newIds.insert(s.id);
    }
    QSet<ElementId> newSteps = newIds;
    for (const Flow &f : elements.flows) {
        if (!isValidId(f.id) || m_blueprint.isIdTaken(f.id) || newIds.contains(f.id))
            return false;
        const auto exists = [&](const ElementId &id) {
            return newSteps.contains(id) || m_blueprint.graph.hasStep(id);
        };
        if (!exists(f.from) || !exists(f.to))
            return false;
        newIds.insert(f.id);
    }
    ChangeEvent event;
    event.kind = ChangeEvent::Kind::ElementsAdded;
    for (const Step &s : elements.steps) {
        m_blueprint.graph.addStep(s);
        event.steps.append(s.id);
    }
    for (const Flow &f : elements.flows) {
        m_blueprint.graph.addFlow(f);
        event.flows.append(f.id);
    }
    emit changed(event);
    return true;
}

ElementSnapshot Document::removeElements(const QVector<ElementId> &stepIds,
                                         const QVector<ElementId> &flowIds)
{
    ElementSnapshot removed;
    BlueprintGraph &g = m_blueprint.graph;
    for (const ElementId &id : flowIds) {
        if (const Flow *f = g.flow(id)) {
            removed.flows.push_back(*f);
            g.removeFlow(id);
        }
    }
    for (const ElementId &id : stepIds) {
        if (const Step *s = g.step(id)) {
            removed.steps.push_back(*s);
            for (Flow &f : g.removeStep(id))
                removed.flows.push_back(std::move(f));
        }
    }
    const auto byOrder = [](const auto &a, const auto &b) {
        return a.order < b.order;
    };
    std::sort(removed.steps.begin(), removed.steps.end(), byOrder);
    std::sort(removed.flows.begin(), removed.flows.end(), byOrder);
    if (removed.empty())
        return removed;
    ChangeEvent event;
    event.kind = ChangeEvent::Kind::ElementsRemoved;
    for (const Step &s : removed.steps)
        event.steps.append(s.id);
    for (const Flow &f : removed.flows)
        event.flows.append(f.id);
    emit changed(event);
    return removed;
}

bool Document::updateSteps(const std::vector<Step> &steps)
{
    for (const Step &s : steps) {
        const Step *current = m_blueprint.graph.step(s.id);
        if (!current || !m_blueprint.lane(s.lane) || s.order != current->order)
            return false;
    }
    ChangeEvent event;
    event.kind = ChangeEvent::Kind::StepsChanged;
    for (const Step &s : steps) {
        event.stepAspects |= diffAspects(*m_blueprint.graph.step(s.id), s);
        m_blueprint.graph.updateStep(s);
        event.steps.append(s.id);
    }
    emit changed(event);
    return true;
}

bool Document::updateFlows(const std::vector<Flow> &flows)
{
    for (const Flow &f : flows) {
        const Flow *current = m_blueprint.graph.flow(f.id);
        if (!current || !m_blueprint.graph.hasStep(f.from) || !m_blueprint.graph.hasStep(f.to)
            || f.order != current->order)
            return false;
    }
    ChangeEvent event;
    event.kind = ChangeEvent::Kind::FlowsChanged;
    for (const Flow &f : flows) {
        m_blueprint.graph.updateFlow(f);
        event.flows.append(f.id);
    }
    emit changed(event);
    return true;
}

namespace {
ChangeEvent laneEvent(const ElementId &id)
{
    ChangeEvent event;
    event.kind = ChangeEvent::Kind::LanesChanged;
    event.lanes.append(id);
    return event;
}
ChangeEvent simpleEvent(ChangeEvent::Kind kind)
{
    ChangeEvent event;
    event.kind = kind;
    return event;
}
} // namespace

bool Document::insertLane(int index, const Lane &lane)
{
    if (!isValidId(lane.id) || m_blueprint.isIdTaken(lane.id)
        || !m_blueprint.insertLane(index, lane))
        return false;
    emit changed(laneEvent(lane.id));
    return true;
}

bool Document::removeLane(const ElementId &id)
{
    // Steps must not be left pointing at a missing lane: the command removes them first.
    bool used = false;
    m_blueprint.graph.forEachStep([&](const Step &s) { used = used || s.lane == id; });
    if (used || !m_blueprint.removeLane(id))
        return false;
    emit changed(laneEvent(id));
    return true;
}

bool Document::updateLane(const Lane &lane)
{
    if (!m_blueprint.updateLane(lane))
        return false;
    emit changed(laneEvent(lane.id));
    return true;
}

bool Document::moveLane(const ElementId &id, int newIndex)
{
    if (!m_blueprint.moveLane(id, newIndex))
        return false;
    emit changed(laneEvent(id));
    return true;
}

bool Document::insertPool(int index, const Pool &pool)
{
    if (!isValidId(pool.id) || m_blueprint.isIdTaken(pool.id)
        || !m_blueprint.insertPool(index, pool))
        return false;
    emit changed(simpleEvent(ChangeEvent::Kind::PoolsChanged));
    return true;
}

bool Document::removePool(const ElementId &id)
{
    bool used = false;
    m_blueprint.graph.forEachStep([&](const Step &s) { used = used || s.pool == id; });
    if (used || !m_blueprint.removePool(id))
        return false;
    emit changed(simpleEvent(ChangeEvent::Kind::PoolsChanged));
    return true;
}

bool Document::updatePool(const Pool &pool)
{
    if (!m_blueprint.updatePool(pool))
        return false;
    emit changed(simpleEvent(ChangeEvent::Kind::PoolsChanged));
    return true;
}

void Document::setDemand(const std::optional<Demand> &demand)
{
    m_blueprint.demand = demand;
    emit changed(simpleEvent(ChangeEvent::Kind::DemandChanged));
}

void Document::setMeta(const Meta &meta)
{
    m_blueprint.meta = meta;
    emit changed(simpleEvent(ChangeEvent::Kind::MetaChanged));
}

void Document::setAnalysisSettings(const AnalysisSettings &settings)
{
    m_blueprint.analysisSettings = settings;
    emit changed(simpleEvent(ChangeEvent::Kind::AnalysisSettingsChanged));
}

} // namespace bp
