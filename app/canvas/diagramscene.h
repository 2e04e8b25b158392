#pragma once

#include "document/changeevent.h"
#include "render/analysisoverlay.h"
#include "render/scenegeometry.h"
#include "render/style.h"

#include <QGraphicsScene>
#include <QHash>

#include <memory>

namespace bp {

class Document;
class FlowItem;
class LaneItem;
class StepItem;

/// The canvas of one document.
///
/// Connects once to Document::changed and keeps one thin item per step and per flow, found by
/// id; each change event updates only the items it names (a moved step also re-routes its own
/// flows and the flows that share a source with them). Lane changes and loads rebuild.
/// The scene never changes the model: editing tools will push commands, and the items follow.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DiagramScene(Document *document, QObject *parent = nullptr);
    ~DiagramScene() override;

    /// The document shown; null once it has been destroyed (the scene is then empty).
    const Document *document() const { return m_document; }
    /// The document, for pushing commands on its undo stack.
    Document *document() { return m_document; }
    const Style &style() const { return m_style; }
    const SceneGeometry &geometry() const { return m_geometry; }

    StepItem *stepItem(const ElementId &id) const { return m_steps.value(id); }
    FlowItem *flowItem(const ElementId &id) const { return m_flows.value(id); }
    /// The drawing without the margin around it.
    QRectF diagramRect() const { return m_geometry.diagramRect(); }

    /// Drops every item and builds them again from the document. O(n).
    void rebuild();

    // ---- selection, by id ----

    /// Ids of the selected steps, in creation order.
    QVector<ElementId> selectedStepIds() const;
    /// Ids of the selected flows, in creation order.
    QVector<ElementId> selectedFlowIds() const;
    /// Selects exactly the steps and flows named in @p ids (unknown ids are ignored).
    void selectElements(const QVector<ElementId> &ids);
    /// Selects every step and flow.
    void selectAll();

    // ---- where things are ----

    /// Spacing of the grid that moves snap to, in scene units.
    static constexpr double gridSize = 16.0;
    /// The lane whose band or header holds scene y @p y, or nullptr outside every lane.
    const LaneBox *laneAtY(double y) const;
    /// The lane nearest to scene y @p y (the first or last one above or below the lanes).
    const LaneBox *nearestLane(double y) const;
    /// The lane whose header cell holds @p scenePos, or nullptr.
    const LaneBox *laneHeaderAt(const QPointF &scenePos) const;
    /// The topmost step whose shape (or outside title) holds @p scenePos, or nullptr.
    StepItem *stepAt(const QPointF &scenePos) const;
    /// Scene position of a step's centre, or a null point for an unknown id.
    QPointF stepCenter(const ElementId &id) const;
    /// A copy of the step at scene centre @p center: lane from the y, position inside the lane
    /// (kept inside its band), optionally snapped to the grid and the lane's middle.
    Step placed(Step step, QPointF center, bool snap) const;

    /// Whether the lane bands show the snapping grid.
    bool isGridVisible() const { return m_gridVisible; }
    void setGridVisible(bool visible);

    // ---- analysis overlay ----

    /// Shows the analysis overlay @p data (null: none). Only the items whose marks change are
    /// repainted.
    void setOverlay(std::shared_ptr<const OverlayData> data);
    /// The overlay shown, or null when there is none or it is hidden.
    const OverlayData *overlay() const
    {
        return m_overlayVisible && m_overlay ? m_overlay.get() : nullptr;
    }
    /// The overlay data last given, shown or not.
    std::shared_ptr<const OverlayData> overlayData() const { return m_overlay; }
    bool isOverlayVisible() const { return m_overlayVisible; }
    void setOverlayVisible(bool visible);
    /// Whether the critical path band is drawn (with the overlay).
    bool isCriticalPathVisible() const { return m_criticalPathVisible; }
    void setCriticalPathVisible(bool visible);
    /// Whether flow @p id shows the critical-path band now.
    bool showsCriticalBand(const ElementId &id) const
    {
        return m_criticalPathVisible && overlay() && overlay()->criticalFlows.contains(id);
    }

signals:
    /// The size of the drawing changed (the view may want to fit it again).
    void diagramRectChanged(const QRectF &rect);
    /// The selection changed; the ids of what is selected now, in creation order.
    void selectionIdsChanged(const QVector<bp::ElementId> &steps,
                             const QVector<bp::ElementId> &flows);
    /// The document changed in any way (for overviews that repaint lazily).
    void contentChanged();

protected:
    /// Tooltips are built when asked (full title and description of a step, label of a flow)
    /// rather than stored in every item.
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    void onChanged(const ChangeEvent &event);
    void addSteps(const QVector<ElementId> &ids);
    void addFlows(const QVector<ElementId> &ids);
    void removeElements(const ChangeEvent &event);
    void syncSteps(const ChangeEvent &event);
    void syncFlows(const QVector<ElementId> &ids);
    /// Re-routes every flow into or out of a step, and the flows leaving the same sources.
    void rerouteAround(const ElementId &stepId, QSet<ElementId> &done);
    /// Re-routes the flows leaving a step (their slots and probabilities depend on each other).
    void rerouteFrom(const ElementId &stepId, QSet<ElementId> &done);
    void syncFlow(FlowItem *item);
    void syncAllItems();
    void include(const QRectF &bounds);
    void updateSceneRect();

    Document *m_document;
    Style m_style;
    SceneGeometry m_geometry;
    LaneItem *m_lanes = nullptr;
    QHash<ElementId, StepItem *> m_steps;
    QHash<ElementId, FlowItem *> m_flows;
    bool m_gridVisible = false;
    /// Repaints the items whose marks differ from what was shown: @p before (null: nothing)
    /// with the critical path band shown when @p bandBefore.
    void refreshOverlay(const OverlayData *before, bool bandBefore);

    std::shared_ptr<const OverlayData> m_overlay;
    bool m_overlayVisible = true;
    bool m_criticalPathVisible = false;
};

} // namespace bp
