#include "scenegeometry.h"

#include <algorithm>
#include <cmath>

namespace bp {

namespace {

// Order of the lane kinds from what the customer sees to what supports it; `other` has none.
int rank(LaneKind kind)
{
    switch (kind) {
    case LaneKind::PhysicalEvidence:
        return 0;
    case LaneKind::Customer:
        return 1;
    case LaneKind::Frontstage:
        return 2;
    case LaneKind::Backstage:
        return 3;
    case LaneKind::Support:
        return 4;
    case LaneKind::Other:
        return -1;
    }
    return -1;
}

} // namespace

SceneGeometry::SceneGeometry(const Style &style)
    : m_style(style)
{
    m_width = m_style.headerWidth() + m_style.minimumBandWidth();
}

void SceneGeometry::rebuild(const Blueprint &blueprint)
{
    setLanes(blueprint.lanes());
    m_width = m_style.headerWidth() + m_style.minimumBandWidth();
    m_outside = QRectF();
    blueprint.graph.forEachStep([this](const Step &s) { include(step(s).bounds); });
    for (const Flow *f : blueprint.graph.flows()) {
        for (const QPointF &p : f->waypoints) {
            const QPointF sp = waypointToScene(p);
            include(QRectF(sp, QSizeF(1, 1)));
        }
    }
}

void SceneGeometry::setLanes(const std::vector<Lane> &lanes)
{
    m_lanes.clear();
    m_lanes.reserve(lanes.size());
    m_laneIndex.clear();
    m_laneIndex.reserve(qsizetype(lanes.size()));
    double top = 0;
    for (const Lane &l : lanes) {
        LaneBox box;
        box.id = l.id;
        box.kind = l.kind;
        box.index = int(m_lanes.size());
        box.top = top;
        box.height = l.height;
        m_laneIndex.insert(l.id, box.index);
        m_lanes.push_back(box);
        top += l.height;
    }
    m_height = top;

    // A line sits under the last lane of its upper group (ranks <= k) that comes before the
    // first lane of the lower group, and exists only when both of its named kinds are present.
    m_lines.clear();
    const BlueprintLine kinds[] = { BlueprintLine::Interaction, BlueprintLine::Visibility,
                                    BlueprintLine::InternalInteraction };
    for (int k = 1; k <= 3; ++k) {
        int lastUpper = -1; // last lane of rank k
        bool lowerExists = false;
        for (const LaneBox &b : m_lanes) {
            if (rank(b.kind) == k)
                lastUpper = b.index;
            if (rank(b.kind) == k + 1)
                lowerExists = true;
        }
        if (lastUpper < 0 || !lowerExists)
            continue;
        int boundary = -1; // the lane whose bottom edge carries the line
        for (size_t i = size_t(lastUpper); i < m_lanes.size(); ++i) {
            const int r = rank(m_lanes[i].kind);
            if (r > k)
                break;
            if (r >= 0)
                boundary = int(i);
            if (i + 1 == m_lanes.size())
                boundary = -1; // no lane of the lower group below: the lanes are out of order
        }
        if (boundary >= 0)
            m_lines.push_back({ kinds[k - 1], m_lanes[size_t(boundary)].bottom() });
    }
}

void SceneGeometry::include(const QRectF &sceneRect)
{
    m_width = std::max(m_width, sceneRect.right() + m_style.rightMargin());
    if (sceneRect.top() < 0 || sceneRect.bottom() > m_height || sceneRect.left() < 0)
        m_outside = m_outside.isNull() ? sceneRect : m_outside.united(sceneRect);
}

const LaneBox *SceneGeometry::lane(const ElementId &id) const
{
    const auto it = m_laneIndex.constFind(id);
    return it == m_laneIndex.constEnd() ? nullptr : &m_lanes[size_t(*it)];
}

QRectF SceneGeometry::laneRect(const LaneBox &lane) const
{
    return QRectF(0, lane.top, m_width, lane.height);
}

QRectF SceneGeometry::headerRect(const LaneBox &lane) const
{
    return QRectF(0, lane.top, headerWidth(), lane.height);
}

QRectF SceneGeometry::bandRect(const LaneBox &lane) const
{
    return QRectF(headerWidth(), lane.top, m_width - headerWidth(), lane.height);
}

QRectF SceneGeometry::diagramRect() const
{
    const QRectF lanes(0, 0, m_width, m_height);
    return m_outside.isNull() ? lanes : lanes.united(m_outside);
}

QPointF SceneGeometry::stepCenter(const Step &step) const
{
    const LaneBox *box = lane(step.lane);
    return { headerWidth() + step.pos.x(), (box ? box->top : 0.0) + step.pos.y() };
}

QRectF SceneGeometry::stepShape(const Step &step) const
{
    const QSizeF size = m_style.stepSize(step.kind);
    const QPointF c = stepCenter(step);
    return QRectF(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(), size.height());
}

StepGeometry SceneGeometry::step(const Step &step) const
{
    StepGeometry g;
    g.shape = stepShape(step);
    const double pad = m_style.stepPadding();
    if (hasLabelBelow(step.kind)) {
        g.textOutside = true;
        const double w = m_style.outsideLabelWidth();
        // Two lines of the outside label font, with a little room for descenders.
        const double h = std::ceil(m_style.outsideLabelFont().pixelSize() * 2.6);
        g.text = QRectF(g.shape.center().x() - w / 2, g.shape.bottom() + m_style.outsideLabelGap(),
                        w, h);
    } else if (step.kind == StepKind::Evidence) {
        g.text = g.shape.adjusted(pad, pad * 0.6, -pad - m_style.evidenceFold() * 0.5, -pad * 0.6);
    } else {
        g.text = g.shape.adjusted(pad, pad * 0.6, -pad, -pad * 0.6);
    }
    const double margin = m_style.handleSize() + 2;
    g.bounds = g.shape.adjusted(-margin, -margin, margin, margin + 2);
    if (g.textOutside)
        g.bounds = g.bounds.united(g.text.adjusted(-2, -2, 2, 2));
    return g;
}

QPointF SceneGeometry::anchor(StepKind kind, const QRectF &shape, Side side, double offset)
{
    const QPointF c = shape.center();
    const double hw = shape.width() / 2;
    const double hh = shape.height() / 2;
    const bool horizontalSide = side == Side::Top || side == Side::Bottom;
    const double half = horizontalSide ? hw : hh;
    const double sign = (side == Side::Right || side == Side::Bottom) ? 1.0 : -1.0;
    double depth = horizontalSide ? hh : hw; // distance of the side from the centre

    switch (kind) {
    case StepKind::Start:
    case StepKind::End: {
        offset = std::clamp(offset, -half * 0.6, half * 0.6);
        depth = std::sqrt(std::max(0.0, half * half - offset * offset));
        break;
    }
    case StepKind::Decision: {
        offset = std::clamp(offset, -half * 0.5, half * 0.5);
        depth *= 1.0 - std::abs(offset) / half;
        break;
    }
    default:
        offset = std::clamp(offset, -half + 4, half - 4);
        break;
    }
    return horizontalSide ? QPointF(c.x() + offset, c.y() + sign * depth)
                          : QPointF(c.x() + sign * depth, c.y() + offset);
}

QPainterPath SceneGeometry::roundedPath(const QPolygonF &points, double radius)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    for (qsizetype i = 1; i + 1 < points.size(); ++i) {
        const QPointF prev = points[i - 1], p = points[i], next = points[i + 1];
        const QLineF in(prev, p), out(p, next);
        const double r = std::min({ radius, in.length() / 2, out.length() / 2 });
        if (r < 0.5 || in.length() < 1e-6 || out.length() < 1e-6) {
            path.lineTo(p);
            continue;
        }
        const QPointF a = p - (p - prev) * (r / in.length());
        const QPointF b = p + (next - p) * (r / out.length());
        path.lineTo(a);
        path.quadTo(p, b);
    }
    path.lineTo(points.last());
    return path;
}

} // namespace bp
