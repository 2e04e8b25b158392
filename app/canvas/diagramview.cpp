#include "diagramview.h"

#include "commands/lanecommands.h"
#include "diagramscene.h"
#include "document/document.h"
#include "flowitem.h"
#include "inlineeditor.h"
#include "layout/autoarrange.h"
#include "stepitem.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace bp {

namespace {
constexpr double minimumZoom = 0.0001; // 100,000 steps fit in a window
constexpr double maximumZoom = 8.0;
constexpr double zoomStep = 1.25;
constexpr double maxFitZoom = 1.5; // a tiny diagram is not blown up to fill the window
constexpr int fitMargin = 16;
} // namespace

DiagramView::DiagramView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    // Every painter saves and restores what it changes.
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setFrameShape(QFrame::NoFrame);
    setAcceptDrops(true);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

DiagramView::~DiagramView() = default;

DiagramScene *DiagramView::diagramScene() const
{
    return qobject_cast<DiagramScene *>(scene());
}

Document *DiagramView::document() const
{
    DiagramScene *s = diagramScene();
    return s ? s->document() : nullptr;
}

double DiagramView::zoom() const
{
    return transform().m11();
}

double DiagramView::minZoom()
{
    return minimumZoom;
}

double DiagramView::maxZoom()
{
    return maximumZoom;
}

void DiagramView::requestFit()
{
    m_fitPending = true;
    if (isVisible() && viewport()->width() > 0)
        fitToWindow();
}

void DiagramView::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(zoomStep);
    setTransformationAnchor(anchor);
}

void DiagramView::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(1.0 / zoomStep);
    setTransformationAnchor(anchor);
}

void DiagramView::fitToWindow()
{
    m_fitPending = false;
    if (!scene())
        return;
    const QRectF target = scene()->sceneRect();
    // The size without scrollbars: a fit needs none, and the result must not depend on whether
    // they happened to be showing (at 100 % they do).
    const QRectF available = QRectF(QPointF(0, 0), maximumViewportSize())
                                 .adjusted(fitMargin, fitMargin, -fitMargin, -fitMargin);
    if (target.isEmpty() || available.width() <= 0 || available.height() <= 0)
        return;
    const double aw = available.width();
    const double ah = available.height();
    double z = std::min(aw / target.width(), ah / target.height());
    Qt::Alignment alignment = Qt::AlignCenter;
    if (!m_cornerReserve.isEmpty()) {
        // Centred, the diagram leaves half the spare room on each side; when neither half holds
        // the corner, all of it goes below (or beside) the diagram.
        const double rw = m_cornerReserve.width();
        const double rh = m_cornerReserve.height();
        if ((ah - target.height() * z) / 2 < rh && (aw - target.width() * z) / 2 < rw) {
            const double below = std::min(aw / target.width(), (ah - rh) / target.height());
            const double beside = std::min((aw - rw) / target.width(), ah / target.height());
            alignment = below >= beside ? (Qt::AlignHCenter | Qt::AlignTop)
                                        : (Qt::AlignLeft | Qt::AlignVCenter);
            z = std::max({ below, beside, minimumZoom });
        }
    }
    setAlignment(alignment);
    setZoom(std::min(z, maxFitZoom));
    centerOn(target.center());
    m_fit = FitState { zoom(), horizontalScrollBar()->value(), verticalScrollBar()->value() };
}

void DiagramView::setCornerReserve(QSize size)
{
    if (size == m_cornerReserve)
        return;
    const bool showsFit = m_fit && m_fit->zoom == zoom()
        && m_fit->x == horizontalScrollBar()->value() && m_fit->y == verticalScrollBar()->value();
    m_cornerReserve = size;
    if (showsFit)
        fitToWindow();
}

void DiagramView::resetZoom()
{
    setZoom(1.0);
}

void DiagramView::zoomToSelection()
{
    QRectF bounds;
    const QList<QGraphicsItem *> items
        = scene() ? scene()->selectedItems() : QList<QGraphicsItem *>();
    for (const QGraphicsItem *item : items)
        bounds |= item->sceneBoundingRect();
    if (bounds.isEmpty())
        return;
    bounds.adjust(-40, -40, 40, 40);
    const QSizeF available = QSizeF(viewport()->size());
    const double z
        = std::min(available.width() / bounds.width(), available.height() / bounds.height());
    setZoom(std::min(z, 2.0));
    centerOn(bounds.center());
}

void DiagramView::zoomBy(double factor)
{
    setZoom(zoom() * factor);
}

void DiagramView::setZoom(double z)
{
    z = std::clamp(z, minimumZoom, maximumZoom);
    if (std::abs(z - zoom()) < 1e-9)
        return;
    setTransform(QTransform::fromScale(z, z));
    emit zoomChanged(z);
    emit visibleRectChanged();
}

QVector<ElementId> DiagramView::selectedStepIds() const
{
    return diagramScene() ? diagramScene()->selectedStepIds() : QVector<ElementId>();
}

QVector<ElementId> DiagramView::selectedFlowIds() const
{
    return diagramScene() ? diagramScene()->selectedFlowIds() : QVector<ElementId>();
}

void DiagramView::selectElements(const QVector<ElementId> &ids)
{
    if (DiagramScene *s = diagramScene())
        s->selectElements(ids);
}

void DiagramView::selectAll()
{
    if (DiagramScene *s = diagramScene())
        s->selectAll();
}

void DiagramView::centreOn(const ElementId &id)
{
    DiagramScene *s = diagramScene();
    if (!s)
        return;
    QGraphicsItem *item = s->stepItem(id);
    if (!item)
        item = s->flowItem(id);
    if (!item)
        return;
    s->selectElements({ id });
    centerOn(item);
}

void DiagramView::setGridVisible(bool visible)
{
    if (DiagramScene *s = diagramScene())
        s->setGridVisible(visible);
}

void DiagramView::setSelectTool()
{
    setTool(Tool::Select, m_createKind);
}

void DiagramView::setConnectTool()
{
    setTool(Tool::Connect, m_createKind);
}

void DiagramView::setCreateTool(StepKind kind)
{
    setTool(Tool::Create, kind);
}

void DiagramView::setTool(Tool tool, StepKind kind)
{
    if (tool == m_tool && kind == m_createKind)
        return;
    cancelGesture();
    m_tool = tool;
    m_createKind = kind;
    // The rubber band belongs to the select tool only.
    setDragMode(tool == Tool::Select ? RubberBandDrag : NoDrag);
    viewport()->setCursor(tool == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
    emit toolChanged(m_tool, m_createKind);
}

QString DiagramView::stepKindMimeType()
{
    return QStringLiteral("application/x-blueprint-step-kind");
}

InlineEditor *DiagramView::inlineEditor() const
{
    return m_editor.data();
}

void DiagramView::removeLane(const ElementId &id)
{
    Document *doc = document();
    if (!doc || !doc->blueprint().lane(id) || doc->blueprint().lanes().size() <= 1)
        return;
    doc->undoStack()->push(new RemoveLaneCommand(doc, id));
}

void DiagramView::moveLane(const ElementId &id, int delta)
{
    Document *doc = document();
    if (!doc)
        return;
    const int from = doc->blueprint().laneIndex(id);
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= int(doc->blueprint().lanes().size()) || to == from)
        return;
    doc->undoStack()->push(new MoveLaneCommand(doc, id, to));
}

void DiagramView::addLane(const ElementId &nextTo, bool below)
{
    Document *doc = document();
    if (!doc)
        return;
    const Blueprint &bp = doc->blueprint();
    const int at = bp.laneIndex(nextTo);
    Lane lane;
    lane.id = doc->newId(IdPrefix::Lane);
    lane.kind = at >= 0 ? bp.lanes()[size_t(at)].kind : LaneKind::Other;
    lane.title = tr("New lane");
    const int index = at < 0 ? int(bp.lanes().size()) : at + (below ? 1 : 0);
    auto *command = new AddLaneCommand(doc, index, lane);
    command->setText(tr("Add Lane"));
    doc->undoStack()->push(command);
    renameLane(lane.id);
}

void DiagramView::autoArrange()
{
    Document *doc = document();
    if (!doc)
        return;
    if (QUndoCommand *command = makeAutoArrangeCommand(doc))
        doc->undoStack()->push(command);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() == 0) {
            event->ignore();
            return;
        }
        // 120 units per notch; a smooth factor also suits touchpads sending small deltas. The
        // point under the pointer stays under it.
        const QPointF pos = event->position();
        const QPointF under = mapToScene(pos.toPoint());
        const ViewportAnchor anchor = transformationAnchor();
        setTransformationAnchor(NoAnchor);
        zoomBy(std::pow(zoomStep, delta.y() / 120.0));
        setTransformationAnchor(anchor);
        const QPointF moved = mapFromScene(under) - pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
        verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier && delta.x() == 0) {
        QScrollBar *bar = horizontalScrollBar();
        bar->setValue(bar->value() - delta.y() * bar->singleStep() / 40);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event); // scroll
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (m_editor) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    switch (event->key()) {
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        event->accept();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (plain) {
            deleteSelection();
            event->accept();
            return;
        }
        break;
    case Qt::Key_F2: {
        const QVector<ElementId> steps = selectedStepIds();
        if (!steps.isEmpty())
            renameStep(steps.first());
        event->accept();
        return;
    }
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (plain && !selectedStepIds().isEmpty()) {
            nudge(event->key(), event->modifiers() & Qt::ShiftModifier);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_gesture != Gesture::None)
            cancelGesture();
        else if (m_tool != Tool::Select)
            setSelectTool();
        else if (scene())
            scene()->clearSelection();
        event->accept();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (plain) {
            zoomIn();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Minus:
        if (plain) {
            zoomOut();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (m_gesture != Gesture::Pan)
            updateCursor(viewport()->mapFromGlobal(QCursor::pos()));
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::contextMenuEvent(QContextMenuEvent *event)
{
    DiagramScene *s = diagramScene();
    Document *doc = document();
    if (!s || !doc) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    const QPointF sp = mapToScene(event->pos());
    QMenu menu(this);
    if (const LaneBox *lane = s->laneHeaderAt(sp)) {
        const ElementId id = lane->id;
        const int count = int(doc->blueprint().lanes().size());
        menu.addAction(tr("&Rename Lane"), this, [this, id] { renameLane(id); });
        menu.addSeparator();
        menu.addAction(tr("Add Lane &Above"), this, [this, id] { addLane(id, false); });
        menu.addAction(tr("Add Lane &Below"), this, [this, id] { addLane(id, true); });
        menu.addSeparator();
        menu.addAction(tr("Move &Up"), this, [this, id] { moveLane(id, -1); })
            ->setEnabled(lane->index > 0);
        menu.addAction(tr("Move &Down"), this, [this, id] { moveLane(id, +1); })
            ->setEnabled(lane->index + 1 < count);
        menu.addSeparator();
        menu.addAction(tr("Re&move Lane"), this, [this, id] { removeLane(id); })
            ->setEnabled(count > 1);
    } else if (StepItem *step = s->stepAt(sp)) {
        if (!step->isSelected()) {
            s->clearSelection();
            step->setSelected(true);
        }
        const ElementId id = step->id();
        menu.addAction(tr("&Rename"), this, [this, id] { renameStep(id); });
        menu.addAction(tr("&Delete"), this, [this] { deleteSelection(); });
    } else if (s->laneAtY(sp.y())) {
        menu.addAction(tr("Add &Step Here"), this,
                       [this, sp] { createStep(StepKind::Action, sp, true); });
        menu.addAction(tr("Auto-&arrange"), this, [this] { autoArrange(); });
    } else {
        return;
    }
    menu.exec(event->globalPos());
    event->accept();
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending)
        fitToWindow();
    emit visibleRectChanged();
}

void DiagramView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending)
        fitToWindow();
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    closeEditor();
    QGraphicsView::scrollContentsBy(dx, dy);
    emit visibleRectChanged();
}

void DiagramView::drawForeground(QPainter *painter, const QRectF &)
{
    DiagramScene *s = diagramScene();
    if (!s)
        return;
    const Style &style = s->style();
    const double px = 1.0 / std::max(zoom(), 1e-6); // one screen pixel in scene units
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor accent = style.accentColor();
    if (m_gesture == Gesture::Connect && m_dragged) {
        const QPointF from = handleCenter(m_gestureStep);
        QPen pen(accent, 2 * px, Qt::DashLine, Qt::RoundCap);
        painter->setPen(pen);
        painter->drawLine(from, m_connectEnd);
        if (StepItem *target = s->stepItem(m_connectTarget)) {
            painter->setPen(QPen(accent, 3 * px));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(target->geometry().shape.adjusted(-4, -4, 4, 4), 6, 6);
        }
    }
    if (m_gesture == Gesture::LaneReorder && m_dragged && m_laneDropIndex >= 0) {
        const auto &lanes = s->geometry().lanes();
        const double y = m_laneDropIndex < int(lanes.size()) ? lanes[size_t(m_laneDropIndex)].top
                                                             : s->geometry().height();
        painter->setPen(QPen(accent, 4 * px));
        painter->drawLine(QPointF(0, y), QPointF(s->geometry().width(), y));
    }
    if (m_tool == Tool::Select && !m_hoverStep.isEmpty() && m_gesture == Gesture::None
        && s->stepItem(m_hoverStep)) {
        // The connection handle: drag it onto another step to connect.
        const QPointF c = handleCenter(m_hoverStep);
        const double r = 6 * std::max(px, 0.6);
        painter->setPen(QPen(Qt::white, 1.5 * px));
        painter->setBrush(accent);
        painter->drawEllipse(c, r, r);
        painter->setPen(QPen(Qt::white, 1.6 * px, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(c + QPointF(-r * 0.45, 0), c + QPointF(r * 0.45, 0));
        painter->drawLine(c + QPointF(r * 0.15, -r * 0.35), c + QPointF(r * 0.45, 0));
        painter->drawLine(c + QPointF(r * 0.15, r * 0.35), c + QPointF(r * 0.45, 0));
    }
    painter->restore();
}

void DiagramView::invalidateOverlay()
{
    viewport()->update();
}

} // namespace bp
