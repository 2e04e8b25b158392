#pragma once

#include "model/blueprint.h"
#include "style.h"

#include <QHash>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

#include <vector>

/// @file scenegeometry.h
/// Pure geometry of a blueprint drawing: where lanes, lines, steps and flows are in scene
/// coordinates. No painting, no widgets; the canvas, the exporters and the tests share it.
///
/// Scene coordinates: x = 0 is the left edge of the lane header column, y = 0 the top of the
/// first lane. A step's centre is at (header width + step.pos.x, top of its lane + step.pos.y)
/// (docs/format-extensions.md).

namespace bp {

/// A side of a step's shape, where a flow leaves or enters it.
enum class Side { Left, Right, Top, Bottom };

/// Where one lane is drawn.
struct LaneBox
{
    ElementId id;
    LaneKind kind = LaneKind::Other;
    int index = 0; ///< position from the top
    double top = 0; ///< scene y of the top edge
    double height = 0; ///< scene height
    double bottom() const { return top + height; }
};

/// One of the three lines of a blueprint, at a lane boundary.
struct LineGeometry
{
    BlueprintLine line = BlueprintLine::Interaction;
    double y = 0; ///< scene y; the line runs across the full width of the diagram
};

/// Where one step is drawn.
struct StepGeometry
{
    QRectF shape; ///< the shape itself; flows attach to its outline
    QRectF text; ///< where the title goes: inside the shape or under it
    bool textOutside = false; ///< the title is under a small shape (start, end, decision, bars)
    QRectF bounds; ///< everything painted, including selection handles
};

/// Where one flow is drawn.
struct FlowRoute
{
    /// Corners of the route from the source's outline to the target's outline (the arrow tip).
    QPolygonF points;
    Side exit = Side::Right;
    Side entry = Side::Left;
    /// Anchor of the branch probability label, near the source, and how the label sits
    /// against it (e.g. Qt::AlignLeft | Qt::AlignBottom: the label's bottom-left corner).
    QPointF probabilityAnchor;
    Qt::Alignment probabilityAlignment = Qt::AlignLeft | Qt::AlignBottom;
    /// Index of the segment that carries the flow's label (the longest one).
    int labelSegment = 0;
    /// Where the label goes when it does not fit along that segment: above the gap between two
    /// steps side by side, or centred on the segment's middle.
    QPointF labelAnchor;
    Qt::Alignment labelAlignment = Qt::AlignCenter;
    /// Side of the line for the labels, away from sibling flows: -1 above, +1 below, 0 any.
    int labelSide = 0;

    bool isValid() const { return points.size() >= 2; }
    /// Bounding rectangle of the corners (without pen width, arrowhead or labels).
    QRectF bounds() const { return points.boundingRect(); }
};

/// How one flow sits among the flows that leave the same step.
struct RouteContext
{
    /// The source has several routing flows and is not a fork: flows leave it on the side that
    /// faces their target, and their probability is shown.
    bool branching = false;
    /// The side facing the target is taken by a sibling (a diamond or a circle has room for
    /// one flow per vertex): leave on the right instead.
    bool forceRight = false;
    int slot = 0; ///< position of this flow among the flows leaving the same side
    int slotCount = 1; ///< number of flows leaving that side
    /// Where the flow leaves its side, from the side's middle (left/up negative). On the right
    /// side a flow to a target in the same row stays in the middle, the others fan out above
    /// and below it; on the top and bottom the flows spread evenly.
    double offset = 0;
    /// Which side of its first segment the probability goes: 0 decides from the route alone,
    /// -1 above (or left of a vertical segment), +1 below (or right), away from the siblings.
    int labelSide = 0;
    /// Number of fanned-out branches on the same side that turn before this one.
    int fan = 0;
};

/// Geometry of a blueprint drawing.
///
/// Holds what several elements share (lane positions, the lines, the width of the diagram) and
/// computes the rest per element: step rectangles and flow routes are O(1) each (a flow's
/// route also looks at the flows leaving the same step, O(degree)). Nothing here loops over all
/// steps except rebuild(), which runs once per load or lane change.
class SceneGeometry
{
public:
    explicit SceneGeometry(const Style &style = Style());

    /// Recomputes lanes, lines and the width of the diagram from a whole blueprint. O(n).
    void rebuild(const Blueprint &blueprint);
    /// Recomputes lanes and lines only. O(lanes).
    void setLanes(const std::vector<Lane> &lanes);
    /// Grows the diagram so that it holds @p sceneRect (a step moved or added). Never shrinks
    /// it; rebuild() does.
    void include(const QRectF &sceneRect);

    const std::vector<LaneBox> &lanes() const { return m_lanes; }
    /// The lane with this id, or nullptr.
    const LaneBox *lane(const ElementId &id) const;
    /// A lane's full rectangle: header and band.
    QRectF laneRect(const LaneBox &lane) const;
    /// The header cell of a lane (left column, holding the title).
    QRectF headerRect(const LaneBox &lane) const;
    /// The band of a lane, right of the header, where its steps sit.
    QRectF bandRect(const LaneBox &lane) const;
    /// The lines that exist, top to bottom (a line exists only if lanes of both sides exist).
    const std::vector<LineGeometry> &lines() const { return m_lines; }

    double headerWidth() const { return m_style.headerWidth(); }
    /// Right edge of the lanes.
    double width() const { return m_width; }
    /// Total height of the lanes.
    double height() const { return m_height; }
    /// The whole drawing: the lanes, plus anything placed outside them.
    QRectF diagramRect() const;

    /// Scene position of a step's centre.
    QPointF stepCenter(const Step &step) const;
    /// The rectangle of a step's shape (by kind; see Style::stepSize).
    QRectF stepShape(const Step &step) const;
    /// Shape, text area and painted bounds of a step.
    StepGeometry step(const Step &step) const;
    /// Whether a step of this kind has its title under its shape (start, end, decision, fork,
    /// join); flows keep off that side.
    static bool hasLabelBelow(StepKind kind)
    {
        return kind != StepKind::Action && kind != StepKind::Evidence;
    }
    /// Whether flows leave a step of this kind at the vertices of its shape (decision, start,
    /// end) rather than anywhere along its sides.
    static bool isVertexShape(StepKind kind)
    {
        return kind == StepKind::Decision || kind == StepKind::Start || kind == StepKind::End;
    }
    /// A point on the outline of a shape of @p kind inside @p shape, on @p side, moved along the
    /// side by @p offset from its middle (clamped to stay on the outline).
    static QPointF anchor(StepKind kind, const QRectF &shape, Side side, double offset = 0);

    /// How a flow sits among the routing flows leaving its source. O(degree of the source).
    RouteContext routeContext(const Blueprint &blueprint, const Flow &flow) const;
    /// The route of a flow between two steps: orthogonal with the corners listed; rework and
    /// other backward flows go around above or below; waypoints are followed when present.
    FlowRoute route(const Flow &flow, const Step &from, const Step &to,
                    const RouteContext &context = {}) const;
    /// The route of a flow of @p blueprint (looks up its ends and its context); an invalid
    /// route when an end is missing.
    FlowRoute route(const Blueprint &blueprint, const Flow &flow) const;

    /// A path through @p points with corners rounded by up to @p radius.
    static QPainterPath roundedPath(const QPolygonF &points, double radius);

    /// Scene position of a waypoint stored in the model (x from the header, y from the top).
    QPointF waypointToScene(const QPointF &p) const { return { p.x() + headerWidth(), p.y() }; }

    const Style &style() const { return m_style; }

private:
    struct Plan;
    Plan plan(const Flow &flow, StepKind fromKind, const QRectF &s, StepKind toKind,
              const QRectF &t, const RouteContext &context) const;
    FlowRoute routeAlong(const Flow &flow, StepKind fromKind, const QRectF &s, StepKind toKind,
                         const QRectF &t) const;
    static void placeProbability(FlowRoute &route, const RouteContext &context);

    Style m_style;
    std::vector<LaneBox> m_lanes;
    QHash<ElementId, int> m_laneIndex;
    std::vector<LineGeometry> m_lines;
    double m_width = 0;
    double m_height = 0;
    QRectF m_outside; ///< steps and waypoints beyond the lanes, if any
};

} // namespace bp
