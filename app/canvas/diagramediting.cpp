// The editing gestures of DiagramView: each turns mouse and keyboard input into commands.

#include "commands/changecommands.h"
#include "commands/elementcommands.h"
#include "commands/lanecommands.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "document/document.h"
#include "flowitem.h"
#include "inlineeditor.h"
#include "model/kinds.h"
#include "model/limits.h"
#include "stepitem.h"

#include <QApplication>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace bp {

namespace {
constexpr int borderGrip = 4; // pixels either side of a lane's lower border
constexpr double handleGap = 12.0; // from the right of a step's shape to its handle's centre
constexpr double handleRadius = 7.0;
constexpr double nudgeSmall = 4.0;
constexpr double nudgeLarge = DiagramScene::gridSize * 2;

QString defaultTitle(StepKind kind)
{
    switch (kind) {
    case StepKind::Start:
        return DiagramView::tr("Start");
    case StepKind::End:
        return DiagramView::tr("End");
    case StepKind::Action:
        return DiagramView::tr("New step");
    case StepKind::Decision:
        return DiagramView::tr("Decision");
    case StepKind::Fork:
        return DiagramView::tr("Fork");
    case StepKind::Join:
        return DiagramView::tr("Join");
    case StepKind::Evidence:
        return DiagramView::tr("Evidence");
    }
    return {};
}
} // namespace

// ---- mouse ----

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    closeEditor();
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_gesture = Gesture::Pan;
        m_lastView = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && m_gesture == Gesture::None && startGesture(event)) {
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_gesture == Gesture::None) {
        updateHover(event->position().toPoint());
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    continueGesture(event);
    event->accept();
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_gesture == Gesture::Pan
        && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_gesture = Gesture::None;
        updateCursor(event->position().toPoint());
        event->accept();
        return;
    }
    if (m_gesture != Gesture::None && event->button() == Qt::LeftButton) {
        finishGesture(event);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::mouseDoubleClickEvent(QMouseEvent *event)
{
    DiagramScene *s = diagramScene();
    if (!s || event->button() != Qt::LeftButton || m_tool != Tool::Select) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    cancelGesture();
    const QPointF sp = mapToScene(event->position().toPoint());
    if (const LaneBox *lane = s->laneHeaderAt(sp)) {
        renameLane(lane->id);
    } else if (StepItem *step = s->stepAt(sp)) {
        renameStep(step->id());
    } else if (s->laneAtY(sp.y())) {
        const QGraphicsItem *hit = s->itemAt(sp, transform());
        if (!hit || hit->type() != FlowItem::Type)
            createStep(StepKind::Action, sp, true);
    }
    event->accept();
}

bool DiagramView::startGesture(QMouseEvent *event)
{
    DiagramScene *s = diagramScene();
    if (!s || !document())
        return false;
    const QPoint pos = event->position().toPoint();
    const QPointF sp = mapToScene(pos);
    m_pressView = pos;
    m_lastView = pos;
    m_pressScene = sp;
    m_dragged = false;

    if (m_tool == Tool::Create) {
        if (s->laneAtY(sp.y())) {
            createStep(m_createKind, sp, false);
            setSelectTool(); // one placement per click on the palette, as in most editors
        }
        return true;
    }
    if (const LaneBox *lane = laneBorderAt(pos)) {
        m_gesture = Gesture::LaneResize;
        m_gestureLane = lane->id;
        m_laneStartHeight = lane->height;
        m_gestureId = newGestureId();
        return true;
    }
    if (const LaneBox *lane = s->laneHeaderAt(sp)) {
        m_gesture = Gesture::LaneReorder;
        m_gestureLane = lane->id;
        m_laneDropIndex = -1;
        viewport()->setCursor(Qt::ClosedHandCursor);
        return true;
    }
    if (m_tool == Tool::Select && !m_hoverStep.isEmpty() && isOnHandle(m_hoverStep, sp)) {
        m_gesture = Gesture::Connect;
        m_gestureStep = m_hoverStep;
        m_connectEnd = sp;
        m_connectTarget.clear();
        return true;
    }
    StepItem *step = s->stepAt(sp);
    if (!step)
        return false; // rubber band, flows, Ctrl+click: QGraphicsView's own handling
    if (m_tool == Tool::Connect) {
        m_gesture = Gesture::Connect;
        m_gestureStep = step->id();
        m_connectEnd = sp;
        m_connectTarget.clear();
        return true;
    }
    if (event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier))
        return false; // toggles the step's selection
    if (!step->isSelected()) {
        s->clearSelection();
        step->setSelected(true);
    }
    m_gesture = Gesture::Move;
    m_gestureStep = step->id();
    m_gestureId = newGestureId();
    m_moveStart.clear();
    const BlueprintGraph &graph = document()->blueprint().graph;
    for (const ElementId &id : s->selectedStepIds())
        if (const Step *st = graph.step(id))
            m_moveStart.push_back(*st);
    return true;
}

void DiagramView::continueGesture(QMouseEvent *event)
{
    DiagramScene *s = diagramScene();
    Document *doc = document();
    const QPoint pos = event->position().toPoint();
    if (m_gesture == Gesture::Pan) {
        const QPoint delta = pos - m_lastView;
        m_lastView = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        return;
    }
    if (!s || !doc)
        return;
    if (!m_dragged && (pos - m_pressView).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragged = true;
    const QPointF sp = mapToScene(pos);
    switch (m_gesture) {
    case Gesture::Move:
        moveSelection(sp - m_pressScene, !(event->modifiers() & Qt::AltModifier), m_gestureId);
        break;
    case Gesture::Connect: {
        m_connectEnd = sp;
        StepItem *target = s->stepAt(sp);
        m_connectTarget = target && target->id() != m_gestureStep ? target->id() : ElementId();
        invalidateOverlay();
        break;
    }
    case Gesture::LaneResize:
        if (const Lane *lane = doc->blueprint().lane(m_gestureLane)) {
            Lane resized = *lane;
            const double h = m_laneStartHeight + (sp.y() - m_pressScene.y());
            resized.height = std::clamp(std::round(h / DiagramScene::gridSize * 2)
                                            * DiagramScene::gridSize / 2,
                                        limits::minLaneHeight, limits::maxLaneHeight);
            doc->undoStack()->push(new ChangeLaneCommand(doc, resized, tr("Resize Lane"),
                                                         CommandId::ResizeLane, m_gestureId));
        }
        break;
    case Gesture::LaneReorder:
        m_laneDropIndex = laneDropIndex(sp.y());
        invalidateOverlay();
        break;
    case Gesture::None:
    case Gesture::Pan:
        break;
    }
}

void DiagramView::finishGesture(QMouseEvent *event)
{
    DiagramScene *s = diagramScene();
    Document *doc = document();
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;
    if (s && doc) {
        switch (gesture) {
        case Gesture::Move:
            // A click without a drag on one of several selected steps selects it alone.
            if (!m_dragged)
                s->selectElements({ m_gestureStep });
            break;
        case Gesture::Connect:
            if (m_dragged && !m_connectTarget.isEmpty())
                connectSteps(m_gestureStep, m_connectTarget);
            break;
        case Gesture::LaneReorder:
            if (m_dragged && m_laneDropIndex >= 0) {
                const int from = doc->blueprint().laneIndex(m_gestureLane);
                // The drop index counts gaps between lanes; removing the lane shifts those below.
                const int to = m_laneDropIndex > from ? m_laneDropIndex - 1 : m_laneDropIndex;
                if (from >= 0 && to != from)
                    doc->undoStack()->push(new MoveLaneCommand(doc, m_gestureLane, to));
            }
            break;
        default:
            break;
        }
    }
    m_moveStart.clear();
    m_connectTarget.clear();
    m_laneDropIndex = -1;
    m_dragged = false;
    invalidateOverlay();
    updateCursor(event->position().toPoint());
}

void DiagramView::cancelGesture()
{
    if (m_gesture == Gesture::Move && m_dragged && !m_moveStart.empty()) {
        // Back to where the drag began, merged into the same gesture: it leaves no entry.
        Document *doc = document();
        doc->undoStack()->push(new ChangeStepsCommand(doc, m_moveStart, tr("Move"),
                                                      CommandId::MoveSteps, m_gestureId));
    }
    m_gesture = Gesture::None;
    m_moveStart.clear();
    m_connectTarget.clear();
    m_laneDropIndex = -1;
    m_dragged = false;
    invalidateOverlay();
}

void DiagramView::moveSelection(QPointF delta, bool snap, quint64 gesture)
{
    DiagramScene *s = diagramScene();
    Document *doc = document();
    if (!s || !doc || m_moveStart.empty())
        return;
    const SceneGeometry &g = s->geometry();
    // The pressed step snaps; the others keep their distance to it.
    auto primary = std::find_if(m_moveStart.begin(), m_moveStart.end(),
                                [this](const Step &st) { return st.id == m_gestureStep; });
    if (primary == m_moveStart.end())
        primary = m_moveStart.begin();
    const QPointF start = g.stepCenter(*primary);
    const Step moved = s->placed(*primary, start + delta, snap);
    const QPointF snapped = g.stepCenter(moved) - start;
    std::vector<Step> after;
    after.reserve(m_moveStart.size());
    for (const Step &st : m_moveStart)
        after.push_back(st.id == moved.id ? moved
                                          : s->placed(st, g.stepCenter(st) + snapped, false));
    doc->undoStack()->push(
        new ChangeStepsCommand(doc, std::move(after), tr("Move"), CommandId::MoveSteps, gesture));
}

void DiagramView::nudge(int key, bool far)
{
    DiagramScene *s = diagramScene();
    Document *doc = document();
    if (!s || !doc)
        return;
    const double d = far ? nudgeLarge : nudgeSmall;
    QPointF delta;
    switch (key) {
    case Qt::Key_Left:
        delta = { -d, 0 };
        break;
    case Qt::Key_Right:
        delta = { d, 0 };
        break;
    case Qt::Key_Up:
        delta = { 0, -d };
        break;
    default:
        delta = { 0, d };
        break;
    }
    const SceneGeometry &g = s->geometry();
    std::vector<Step> after;
    const BlueprintGraph &graph = doc->blueprint().graph;
    for (const ElementId &id : s->selectedStepIds())
        if (const Step *st = graph.step(id))
            after.push_back(s->placed(*st, g.stepCenter(*st) + delta, false));
    auto *command = new ChangeStepsCommand(doc, std::move(after), tr("Nudge"));
    if (command->isObsolete())
        delete command;
    else
        doc->undoStack()->push(command);
}

void DiagramView::deleteSelection()
{
    Document *doc = document();
    if (!doc)
        return;
    const QVector<ElementId> steps = selectedStepIds();
    const QVector<ElementId> flows = selectedFlowIds();
    if (steps.isEmpty() && flows.isEmpty())
        return;
    doc->undoStack()->push(new RemoveElementsCommand(doc, steps, flows, tr("Delete")));
}

void DiagramView::createStep(StepKind kind, QPointF scenePos, bool rename)
{
    DiagramScene *s = diagramScene();
    Document *doc = document();
    if (!s || !doc || doc->blueprint().lanes().empty())
        return;
    Step step;
    step.id = doc->newId(IdPrefix::Step);
    step.kind = kind;
    step.title = defaultTitle(kind);
    // Evidence belongs in a physical-evidence lane; others go where they are dropped.
    step = s->placed(step, scenePos, true);
    ElementSnapshot added;
    added.steps.push_back(step);
    doc->undoStack()->push(new AddElementsCommand(doc, added, tr("Add Step")));
    s->selectElements({ step.id });
    if (rename)
        renameStep(step.id);
}

void DiagramView::connectSteps(const ElementId &from, const ElementId &to)
{
    Document *doc = document();
    if (!doc || from == to)
        return;
    const BlueprintGraph &graph = doc->blueprint().graph;
    const Step *a = graph.step(from);
    const Step *b = graph.step(to);
    if (!a || !b)
        return;
    Flow flow;
    flow.id = doc->newId(IdPrefix::Flow);
    flow.from = from;
    flow.to = to;
    if (a->kind == StepKind::Evidence || b->kind == StepKind::Evidence)
        flow.kind = FlowKind::Evidence;
    ElementSnapshot added;
    added.flows.push_back(flow);
    doc->undoStack()->push(new AddElementsCommand(doc, added, tr("Connect")));
    if (DiagramScene *s = diagramScene())
        s->selectElements({ flow.id });
}

// ---- lanes ----

const LaneBox *DiagramView::laneBorderAt(QPoint viewPos) const
{
    DiagramScene *s = diagramScene();
    if (!s)
        return nullptr;
    const QPointF sp = mapToScene(viewPos);
    if (sp.x() < 0 || sp.x() > s->geometry().width())
        return nullptr;
    const double grip = borderGrip / std::max(zoom(), 1e-6);
    for (const LaneBox &lane : s->geometry().lanes())
        if (std::abs(sp.y() - lane.bottom()) <= grip)
            return &lane;
    return nullptr;
}

int DiagramView::laneDropIndex(double y) const
{
    DiagramScene *s = diagramScene();
    if (!s)
        return -1;
    const auto &lanes = s->geometry().lanes();
    // The gap nearest to y: 0 above the first lane, size() below the last.
    int best = 0;
    double bestDistance = std::abs(y - (lanes.empty() ? 0 : lanes.front().top));
    for (size_t i = 0; i < lanes.size(); ++i) {
        const double d = std::abs(y - lanes[i].bottom());
        if (d < bestDistance) {
            bestDistance = d;
            best = int(i) + 1;
        }
    }
    return best;
}

// ---- hover and handles ----

QPointF DiagramView::handleCenter(const ElementId &id) const
{
    DiagramScene *s = diagramScene();
    StepItem *item = s ? s->stepItem(id) : nullptr;
    if (!item)
        return {};
    const QRectF shape = item->geometry().shape;
    return { shape.right() + handleGap, shape.center().y() };
}

bool DiagramView::isOnHandle(const ElementId &id, QPointF scenePos) const
{
    const QPointF c = handleCenter(id);
    if (c.isNull())
        return false;
    const double r = handleRadius / std::min(1.0, std::max(zoom(), 1e-6));
    return QLineF(c, scenePos).length() <= r;
}

void DiagramView::updateHover(QPoint viewPos)
{
    DiagramScene *s = diagramScene();
    if (!s)
        return;
    const QPointF sp = mapToScene(viewPos);
    ElementId hover;
    if (m_tool == Tool::Select && rubberBandRect().isNull()) {
        // The handle of the hovered step wins, even over a neighbour close by.
        if (!m_hoverStep.isEmpty() && isOnHandle(m_hoverStep, sp))
            hover = m_hoverStep;
        else if (StepItem *step = s->stepAt(sp))
            hover = step->id();
    }
    if (hover != m_hoverStep) {
        m_hoverStep = hover;
        invalidateOverlay();
    }
    updateCursor(viewPos);
}

void DiagramView::updateCursor(QPoint viewPos)
{
    DiagramScene *s = diagramScene();
    if (!s)
        return;
    if (m_spaceHeld) {
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    if (m_tool != Tool::Select) {
        viewport()->setCursor(Qt::CrossCursor);
        return;
    }
    const QPointF sp = mapToScene(viewPos);
    if (laneBorderAt(viewPos))
        viewport()->setCursor(Qt::SizeVerCursor);
    else if (s->laneHeaderAt(sp))
        viewport()->setCursor(Qt::OpenHandCursor);
    else if (!m_hoverStep.isEmpty() && isOnHandle(m_hoverStep, sp))
        viewport()->setCursor(Qt::CrossCursor);
    else
        viewport()->setCursor(Qt::ArrowCursor);
}

} // namespace bp
