#pragma once

#include "document/changeevent.h"
#include "render/scenegeometry.h"
#include "render/style.h"

#include <QGraphicsScene>
#include <QHash>

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
    const Style &style() const { return m_style; }
    const SceneGeometry &geometry() const { return m_geometry; }

    StepItem *stepItem(const ElementId &id) const { return m_steps.value(id); }
    FlowItem *flowItem(const ElementId &id) const { return m_flows.value(id); }
    /// The drawing without the margin around it.
    QRectF diagramRect() const { return m_geometry.diagramRect(); }

    /// Drops every item and builds them again from the document. O(n).
    void rebuild();

signals:
    /// The size of the drawing changed (the view may want to fit it again).
    void diagramRectChanged(const QRectF &rect);

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
};

} // namespace bp
