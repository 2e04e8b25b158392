#include "diagramscene.h"

#include "document/document.h"
#include "flowitem.h"
#include "laneitem.h"
#include "stepitem.h"

#include <QGraphicsSceneHelpEvent>
#include <QSet>
#include <QSignalBlocker>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace bp {

namespace {
constexpr double sceneMargin = 24.0;
constexpr double laneZ = -10.0;
constexpr double flowZ = 0.0;
constexpr double stepZ = 10.0;
} // namespace

DiagramScene::DiagramScene(Document *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_geometry(m_style)
{
    // The BSP index costs more than it saves with many items (reliability.md); painting is
    // bounded by the view's exposed region and the items' own bounds instead.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    setBackgroundBrush(QColor(0xF3, 0xF4, 0xF6));
    connect(m_document, &Document::changed, this, [this](const ChangeEvent &event) {
        onChanged(event);
        emit contentChanged();
    });
    connect(this, &QGraphicsScene::selectionChanged, this,
            [this] { emit selectionIdsChanged(selectedStepIds(), selectedFlowIds()); });
    // Items read the model on every paint: if the document goes first, they go with it.
    connect(m_document, &QObject::destroyed, this, [this] {
        clear();
        m_steps.clear();
        m_flows.clear();
        m_lanes = nullptr;
        m_document = nullptr;
    });
    rebuild();
}

DiagramScene::~DiagramScene()
{
    // Items look the model up through this scene; delete them while it is still whole.
    clear();
}

void DiagramScene::rebuild()
{
    clear(); // deletes every item
    m_steps.clear();
    m_flows.clear();
    m_lanes = nullptr;
    if (!m_document)
        return;
    const Blueprint &bp = m_document->blueprint();
    m_geometry.rebuild(bp);

    m_lanes = new LaneItem(this);
    m_lanes->setZValue(laneZ);
    m_lanes->syncFromModel();
    addItem(m_lanes);

    m_steps.reserve(qsizetype(bp.graph.stepCount()));
    bp.graph.forEachStep([this](const Step &step) {
        auto *item = new StepItem(this, step.id);
        item->setZValue(stepZ);
        item->syncFromModel();
        m_steps.insert(step.id, item);
        addItem(item);
    });
    m_flows.reserve(qsizetype(bp.graph.flowCount()));
    for (const Flow *flow : bp.graph.flows()) {
        auto *item = new FlowItem(this, flow->id);
        item->setZValue(flowZ);
        item->syncFromModel();
        m_flows.insert(flow->id, item);
        addItem(item);
        m_geometry.include(item->boundingRect()); // loops and labels may reach past the steps
    }
    m_lanes->syncFromModel();
    updateSceneRect();
}

void DiagramScene::onChanged(const ChangeEvent &event)
{
    using Kind = ChangeEvent::Kind;
    switch (event.kind) {
    case Kind::Reset:
        rebuild();
        break;
    case Kind::LanesChanged:
        // Every step hangs from its lane's top, so a lane change moves steps below it.
        m_geometry.rebuild(m_document->blueprint());
        m_lanes->syncFromModel();
        syncAllItems();
        updateSceneRect();
        break;
    case Kind::ElementsAdded:
        addSteps(event.steps);
        addFlows(event.flows);
        break;
    case Kind::ElementsRemoved:
        removeElements(event);
        break;
    case Kind::StepsChanged:
        syncSteps(event);
        break;
    case Kind::FlowsChanged:
        syncFlows(event.flows);
        break;
    case Kind::PoolsChanged: // servers badges
    case Kind::MetaChanged: // time unit of the badges
    case Kind::DemandChanged:
        update();
        break;
    case Kind::AnalysisSettingsChanged: // nothing drawn; the analysis overlay follows its run
        break;
    }
}

void DiagramScene::addSteps(const QVector<ElementId> &ids)
{
    for (const ElementId &id : ids) {
        if (m_steps.contains(id))
            continue;
        auto *item = new StepItem(this, id);
        item->setZValue(stepZ);
        if (!item->syncFromModel()) {
            delete item;
            continue;
        }
        m_steps.insert(id, item);
        addItem(item);
        include(item->boundingRect());
    }
}

void DiagramScene::addFlows(const QVector<ElementId> &ids)
{
    QSet<ElementId> done;
    for (const ElementId &id : ids) {
        if (m_flows.contains(id))
            continue;
        auto *item = new FlowItem(this, id);
        item->setZValue(flowZ);
        if (!item->syncFromModel()) {
            delete item;
            continue;
        }
        m_flows.insert(id, item);
        addItem(item);
        done.insert(id);
        include(item->boundingRect());
        rerouteFrom(item->source(), done);
    }
}

void DiagramScene::removeElements(const ChangeEvent &event)
{
    QSet<ElementId> sources;
    for (const ElementId &id : event.flows) {
        if (FlowItem *item = m_flows.take(id)) {
            sources.insert(item->source());
            delete item;
        }
    }
    for (const ElementId &id : event.steps)
        delete m_steps.take(id);
    QSet<ElementId> done;
    for (const ElementId &source : std::as_const(sources))
        rerouteFrom(source, done);
}

void DiagramScene::syncSteps(const ChangeEvent &event)
{
    const bool moved = event.stepAspects.testAnyFlags(ChangeEvent::StepAspect::Geometry
                                                      | ChangeEvent::StepAspect::Appearance);
    QSet<ElementId> done;
    for (const ElementId &id : event.steps) {
        StepItem *item = m_steps.value(id);
        if (!item) {
            addSteps({ id });
            item = m_steps.value(id);
        } else {
            item->syncFromModel();
        }
        if (!item)
            continue;
        include(item->boundingRect());
        if (moved)
            rerouteAround(id, done);
    }
}

void DiagramScene::syncFlows(const QVector<ElementId> &ids)
{
    QSet<ElementId> done;
    for (const ElementId &id : ids) {
        FlowItem *item = m_flows.value(id);
        if (!item) {
            addFlows({ id });
            continue;
        }
        const ElementId oldSource = item->source();
        syncFlow(item);
        done.insert(id);
        // Kind, probability and ends decide the slots and labels of the sibling flows.
        if (oldSource != item->source())
            rerouteFrom(oldSource, done);
        rerouteFrom(item->source(), done);
    }
}

void DiagramScene::rerouteAround(const ElementId &stepId, QSet<ElementId> &done)
{
    for (const Flow *f : m_document->blueprint().graph.inFlows(stepId))
        rerouteFrom(f->from, done);
    rerouteFrom(stepId, done);
}

void DiagramScene::rerouteFrom(const ElementId &stepId, QSet<ElementId> &done)
{
    for (const Flow *f : m_document->blueprint().graph.outFlows(stepId)) {
        if (done.contains(f->id))
            continue;
        done.insert(f->id);
        if (FlowItem *item = m_flows.value(f->id))
            syncFlow(item);
    }
}

void DiagramScene::syncFlow(FlowItem *item)
{
    item->syncFromModel();
    include(item->boundingRect());
}

void DiagramScene::syncAllItems()
{
    for (StepItem *item : std::as_const(m_steps))
        item->syncFromModel();
    for (FlowItem *item : std::as_const(m_flows)) {
        item->syncFromModel();
        m_geometry.include(item->boundingRect());
    }
    m_lanes->syncFromModel();
}

void DiagramScene::include(const QRectF &bounds)
{
    const QRectF before = m_geometry.diagramRect();
    m_geometry.include(bounds);
    if (m_geometry.diagramRect() != before) {
        m_lanes->syncFromModel();
        updateSceneRect();
    }
}

void DiagramScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    if (!m_document)
        return;
    const Blueprint &bp = m_document->blueprint();
    constexpr qsizetype maxTipChars = 600;
    const auto cut = [](const QString &text) {
        return text.size() > maxTipChars ? text.left(maxTipChars) + QChar(0x2026) : text;
    };
    QString tip;
    const QList<QGraphicsItem *> hits
        = items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : hits) {
        if (item->type() == StepItem::Type) {
            if (const Step *s = bp.graph.step(static_cast<StepItem *>(item)->id())) {
                tip = QStringLiteral("<b>%1</b>").arg(cut(s->title).toHtmlEscaped());
                if (!s->description.isEmpty())
                    tip += QStringLiteral("<br>") + cut(s->description).toHtmlEscaped();
            }
            break;
        }
        if (item->type() == FlowItem::Type) {
            if (const Flow *f = bp.graph.flow(static_cast<FlowItem *>(item)->id()))
                tip = cut(f->label).toHtmlEscaped();
            break;
        }
    }
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->screenPos(), tip, event->widget());
    event->accept();
}

QVector<ElementId> DiagramScene::selectedStepIds() const
{
    std::vector<const Step *> steps;
    if (!m_document)
        return {};
    const BlueprintGraph &graph = m_document->blueprint().graph;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items)
        if (item->type() == StepItem::Type)
            if (const Step *s = graph.step(static_cast<StepItem *>(item)->id()))
                steps.push_back(s);
    std::sort(steps.begin(), steps.end(),
              [](const Step *a, const Step *b) { return a->order < b->order; });
    QVector<ElementId> ids;
    ids.reserve(qsizetype(steps.size()));
    for (const Step *s : steps)
        ids.append(s->id);
    return ids;
}

QVector<ElementId> DiagramScene::selectedFlowIds() const
{
    std::vector<const Flow *> flows;
    if (!m_document)
        return {};
    const BlueprintGraph &graph = m_document->blueprint().graph;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items)
        if (item->type() == FlowItem::Type)
            if (const Flow *f = graph.flow(static_cast<FlowItem *>(item)->id()))
                flows.push_back(f);
    std::sort(flows.begin(), flows.end(),
              [](const Flow *a, const Flow *b) { return a->order < b->order; });
    QVector<ElementId> ids;
    ids.reserve(qsizetype(flows.size()));
    for (const Flow *f : flows)
        ids.append(f->id);
    return ids;
}

void DiagramScene::selectElements(const QVector<ElementId> &ids)
{
    {
        // One selectionChanged for the whole change, not one per item.
        const QSignalBlocker blocker(this);
        clearSelection();
        for (const ElementId &id : ids) {
            if (StepItem *s = m_steps.value(id))
                s->setSelected(true);
            else if (FlowItem *f = m_flows.value(id))
                f->setSelected(true);
        }
    }
    emit selectionChanged();
}

void DiagramScene::selectAll()
{
    {
        const QSignalBlocker blocker(this);
        for (StepItem *item : std::as_const(m_steps))
            item->setSelected(true);
        for (FlowItem *item : std::as_const(m_flows))
            item->setSelected(true);
    }
    emit selectionChanged();
}

const LaneBox *DiagramScene::laneAtY(double y) const
{
    const std::vector<LaneBox> &lanes = m_geometry.lanes();
    // Lanes are sorted by top: binary search.
    auto it = std::upper_bound(lanes.begin(), lanes.end(), y,
                               [](double v, const LaneBox &l) { return v < l.top; });
    if (it == lanes.begin())
        return nullptr;
    --it;
    return y < it->bottom() ? &*it : nullptr;
}

const LaneBox *DiagramScene::nearestLane(double y) const
{
    const std::vector<LaneBox> &lanes = m_geometry.lanes();
    if (lanes.empty())
        return nullptr;
    if (const LaneBox *lane = laneAtY(y))
        return lane;
    return y < lanes.front().top ? &lanes.front() : &lanes.back();
}

const LaneBox *DiagramScene::laneHeaderAt(const QPointF &scenePos) const
{
    if (scenePos.x() < 0 || scenePos.x() >= m_geometry.headerWidth())
        return nullptr;
    return laneAtY(scenePos.y());
}

StepItem *DiagramScene::stepAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits
        = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : hits)
        if (item->type() == StepItem::Type)
            return static_cast<StepItem *>(item);
    return nullptr;
}

QPointF DiagramScene::stepCenter(const ElementId &id) const
{
    if (!m_document)
        return {};
    const Step *s = m_document->blueprint().graph.step(id);
    return s ? m_geometry.stepCenter(*s) : QPointF();
}

Step DiagramScene::placed(Step step, QPointF center, bool snap) const
{
    const LaneBox *lane = nearestLane(center.y());
    if (!lane)
        return step;
    const double half = m_style.stepSize(step.kind).height() / 2;
    double x = center.x() - m_geometry.headerWidth();
    double y = center.y() - lane->top;
    if (snap) {
        x = std::round(x / gridSize) * gridSize;
        // The lane's middle attracts; elsewhere the grid.
        const double middle = lane->height / 2;
        y = std::abs(y - middle) <= gridSize * 0.75 ? middle : std::round(y / gridSize) * gridSize;
    }
    // Keep the whole shape inside its band (a lane lower than the shape centres it).
    const double margin = std::min(half + 4, lane->height / 2);
    y = std::clamp(y, margin, lane->height - margin);
    x = std::max(x, m_style.stepSize(step.kind).width() / 2 + 4);
    step.lane = lane->id;
    step.pos = QPointF(x, y);
    return step;
}

void DiagramScene::setGridVisible(bool visible)
{
    if (m_gridVisible == visible)
        return;
    m_gridVisible = visible;
    if (m_lanes)
        m_lanes->update();
}

void DiagramScene::updateSceneRect()
{
    const QRectF rect = m_geometry.diagramRect();
    setSceneRect(rect.adjusted(-sceneMargin, -sceneMargin, sceneMargin, sceneMargin));
    emit diagramRectChanged(rect);
}

} // namespace bp

namespace bp {

void DiagramScene::setOverlay(std::shared_ptr<const OverlayData> data)
{
    // Keep what was shown alive until the comparison is done.
    const std::shared_ptr<const OverlayData> previous = m_overlay;
    const OverlayData *before = overlay();
    const bool bandBefore = m_criticalPathVisible && before;
    m_overlay = std::move(data);
    refreshOverlay(before, bandBefore);
}

void DiagramScene::setOverlayVisible(bool visible)
{
    if (visible == m_overlayVisible)
        return;
    const OverlayData *before = overlay();
    const bool bandBefore = m_criticalPathVisible && before;
    m_overlayVisible = visible;
    refreshOverlay(before, bandBefore);
}

void DiagramScene::setCriticalPathVisible(bool visible)
{
    if (visible == m_criticalPathVisible)
        return;
    const OverlayData *shown = overlay();
    const bool bandBefore = m_criticalPathVisible && shown;
    m_criticalPathVisible = visible;
    refreshOverlay(shown, bandBefore);
}

void DiagramScene::refreshOverlay(const OverlayData *before, bool bandBefore)
{
    const OverlayData *after = overlay();
    static const OverlayData none;
    const OverlayData &a = before ? *before : none;
    const OverlayData &b = after ? *after : none;
    // Steps: those named in either overlay whose marks differ.
    QSet<ElementId> steps;
    for (auto it = a.steps.cbegin(); it != a.steps.cend(); ++it)
        steps.insert(it.key());
    for (auto it = b.steps.cbegin(); it != b.steps.cend(); ++it)
        steps.insert(it.key());
    for (const ElementId &id : std::as_const(steps)) {
        if (a.step(id) == b.step(id))
            continue;
        if (StepItem *item = m_steps.value(id))
            item->syncOverlay();
    }
    // Flows: those whose band appears or goes.
    const bool bandAfter = m_criticalPathVisible && after;
    QSet<ElementId> flows;
    if (bandBefore)
        flows += a.criticalFlows;
    if (bandAfter)
        flows += b.criticalFlows;
    for (const ElementId &id : std::as_const(flows)) {
        const bool was = bandBefore && a.criticalFlows.contains(id);
        const bool is = bandAfter && b.criticalFlows.contains(id);
        if (was == is)
            continue;
        if (FlowItem *item = m_flows.value(id))
            item->syncOverlay();
    }
}

} // namespace bp
