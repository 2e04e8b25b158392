// BPMN export: one pool, one process, a lane per blueprint lane, and BPMNDI from the geometry the
// canvas draws (render/scenegeometry.h), so BPMN tools show the same picture.

#include "bpmnwriter.h"

#include "analysisattributes.h"
#include "bpmnnames.h"
#include "model/kinds.h"
#include "numbers.h"
#include "render/scenegeometry.h"

#include <QSet>

#include <pugixml.hpp>

namespace bp {

namespace {

using bpmn::kLabelBand;

// Where the pool's top-left corner goes in the BPMN drawing.
constexpr double kPoolX = 40.0;
constexpr double kPoolY = 40.0;

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

class BpmnWriter
{
public:
    explicit BpmnWriter(const Blueprint &bp)
        : m_bp(bp)
    {
        m_geometry.rebuild(bp);
        // Scene x of a lane band's left edge lands right of the pool's and the lane's label
        // bands; the reader inverts exactly this.
        m_dx = kPoolX + 2 * kLabelBand - m_geometry.headerWidth();
        m_dy = kPoolY;
    }

    QByteArray write();

private:
    QString unique(const QString &base)
    {
        QString id = base;
        for (int n = 2; m_bp.isIdTaken(id) || m_used.contains(id); ++n)
            id = base + u'_' + QString::number(n);
        m_used.insert(id);
        return id;
    }
    bool isEvidenceLink(const Flow &f) const
    {
        const Step *from = m_bp.graph.step(f.from);
        const Step *to = m_bp.graph.step(f.to);
        return f.kind == FlowKind::Evidence || (from && from->kind == StepKind::Evidence)
            || (to && to->kind == StepKind::Evidence);
    }
    static const char *elementName(const Step &s, LaneKind lane);
    QRectF bpmnBounds(const Step &s) const;
    static void number(pugi::xml_node n, const char *name, double v)
    {
        n.append_attribute(name).set_value(formatNumber(v).constData());
    }
    static void bounds(pugi::xml_node shape, const QRectF &r)
    {
        pugi::xml_node b = shape.append_child("dc:Bounds");
        number(b, "x", r.x());
        number(b, "y", r.y());
        number(b, "width", r.width());
        number(b, "height", r.height());
    }
    void stepAttributes(pugi::xml_node n, const Step &s) const;
    void documentation(pugi::xml_node n, const QString &text) const
    {
        if (!text.isEmpty())
            n.append_child("bpmn:documentation").text().set(utf8(text).constData());
    }

    const Blueprint &m_bp;
    SceneGeometry m_geometry;
    double m_dx = 0;
    double m_dy = 0;
    QSet<QString> m_used;
};

const char *BpmnWriter::elementName(const Step &s, LaneKind lane)
{
    switch (s.kind) {
    case StepKind::Start:
        return "bpmn:startEvent";
    case StepKind::End:
        return "bpmn:endEvent";
    case StepKind::Decision:
        return "bpmn:exclusiveGateway";
    case StepKind::Fork:
    case StepKind::Join:
        return "bpmn:parallelGateway";
    case StepKind::Evidence:
        return "bpmn:dataObjectReference";
    case StepKind::Action:
        break;
    }
    // Who does the work: the customer by hand, staff with a system's help, or a system.
    switch (lane) {
    case LaneKind::Customer:
        return "bpmn:manualTask";
    case LaneKind::Frontstage:
    case LaneKind::Backstage:
        return "bpmn:userTask";
    case LaneKind::Support:
        return "bpmn:serviceTask";
    case LaneKind::PhysicalEvidence:
    case LaneKind::Other:
        break;
    }
    return "bpmn:task";
}

QRectF BpmnWriter::bpmnBounds(const Step &s) const
{
    const QRectF ours = m_geometry.stepShape(s).translated(m_dx, m_dy);
    // BPMN tools draw events, gateways and data objects at their standard sizes.
    QSizeF size = ours.size();
    switch (s.kind) {
    case StepKind::Start:
    case StepKind::End:
        size = QSizeF(36, 36);
        break;
    case StepKind::Decision:
    case StepKind::Fork:
    case StepKind::Join:
        size = QSizeF(50, 50);
        break;
    case StepKind::Evidence:
        size = QSizeF(36, 50);
        break;
    case StepKind::Action:
        break;
    }
    QRectF r(QPointF(), size);
    r.moveCenter(ours.center());
    return r;
}

void BpmnWriter::stepAttributes(pugi::xml_node n, const Step &s) const
{
    if (s.kind == StepKind::Fork || s.kind == StepKind::Join) {
        n.append_attribute("gatewayDirection")
            .set_value(s.kind == StepKind::Fork ? "Diverging" : "Converging");
        n.append_attribute("bs:kind").set_value(utf8(toString(s.kind)).constData());
    }
    if (s.kind == StepKind::Evidence) {
        n.append_attribute("bs:kind").set_value("evidence");
        n.append_attribute("bs:lane").set_value(utf8(s.lane).constData());
    }
    if (s.time != 0)
        number(n, "bs:time", s.time);
    if (s.scv != 1)
        number(n, "bs:scv", s.scv);
    if (s.servers)
        n.append_attribute("bs:servers")
            .set_value(s.servers->infinite ? "inf"
                                           : QByteArray::number(s.servers->count).constData());
    if (!s.pool.isEmpty())
        n.append_attribute("bs:pool").set_value(utf8(s.pool).constData());
    if (s.tolerance)
        number(n, "bs:tolerance", *s.tolerance);
    if (s.executionTolerance)
        number(n, "bs:execution-tolerance", *s.executionTolerance);
    if (s.customerPresent)
        n.append_attribute("bs:customer-present").set_value(*s.customerPresent ? "true" : "false");
    if (s.pFail != 0)
        number(n, "bs:p-fail", s.pFail);
    if (s.severity)
        number(n, "bs:severity", *s.severity);
    if (s.occurrence)
        number(n, "bs:occurrence", *s.occurrence);
    if (s.detection)
        number(n, "bs:detection", *s.detection);
    if (s.entry)
        number(n, "bs:entry", *s.entry);
}

QByteArray BpmnWriter::write()
{
    pugi::xml_document doc;
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version").set_value("1.0");
    decl.append_attribute("encoding").set_value("UTF-8");

    pugi::xml_node defs = doc.append_child("bpmn:definitions");
    defs.append_attribute("xmlns:bpmn").set_value(bpmn::kModelNs);
    defs.append_attribute("xmlns:bpmndi").set_value(bpmn::kDiNs);
    defs.append_attribute("xmlns:dc").set_value(bpmn::kDcNs);
    defs.append_attribute("xmlns:di").set_value(bpmn::kDdiNs);
    defs.append_attribute("xmlns:bs").set_value(bpmn::kOurNs);
    const QString defsId = unique(QStringLiteral("Definitions_1"));
    defs.append_attribute("id").set_value(utf8(defsId).constData());
    if (!m_bp.meta.title.isEmpty())
        defs.append_attribute("name").set_value(utf8(m_bp.meta.title).constData());
    defs.append_attribute("targetNamespace").set_value("urn:blueprint-studio:bpmn");
    defs.append_attribute("exporter").set_value("Blueprint Studio");
    defs.append_attribute("exporterVersion").set_value(BLUEPRINT_VERSION);

    const QString collaborationId = unique(QStringLiteral("Collaboration_1"));
    const QString participantId = unique(QStringLiteral("Participant_1"));
    const QString processId = unique(QStringLiteral("Process_1"));
    const QString laneSetId = unique(QStringLiteral("LaneSet_1"));

    pugi::xml_node collaboration = defs.append_child("bpmn:collaboration");
    collaboration.append_attribute("id").set_value(utf8(collaborationId).constData());
    pugi::xml_node participant = collaboration.append_child("bpmn:participant");
    participant.append_attribute("id").set_value(utf8(participantId).constData());
    if (!m_bp.meta.title.isEmpty())
        participant.append_attribute("name").set_value(utf8(m_bp.meta.title).constData());
    participant.append_attribute("processRef").set_value(utf8(processId).constData());

    pugi::xml_node process = defs.append_child("bpmn:process");
    process.append_attribute("id").set_value(utf8(processId).constData());
    if (!m_bp.meta.title.isEmpty())
        process.append_attribute("name").set_value(utf8(m_bp.meta.title).constData());
    process.append_attribute("isExecutable").set_value("false");
    process.append_attribute("bs:time-unit")
        .set_value(utf8(toString(m_bp.meta.timeUnit)).constData());
    documentation(process, m_bp.meta.description);
    const std::vector<std::pair<const char *, QByteArray>> analysis
        = detail::analysisAttributes(m_bp.analysisSettings);
    if (!m_bp.pools().empty() || m_bp.demand || !analysis.empty()) {
        pugi::xml_node ext = process.append_child("bpmn:extensionElements");
        if (const std::optional<Demand> &d = m_bp.demand) {
            pugi::xml_node n = ext.append_child("bs:demand");
            if (d->arrivalRate)
                number(n, "arrival-rate", *d->arrivalRate);
            if (d->per != RateUnit::Hour)
                n.append_attribute("per").set_value(utf8(toString(d->per)).constData());
            if (d->arrivalScv != 1)
                number(n, "arrival-scv", d->arrivalScv);
            if (d->journeyTolerance)
                number(n, "journey-tolerance", *d->journeyTolerance);
            if (d->serviceLevel != 0.8)
                number(n, "service-level", d->serviceLevel);
        }
        if (!analysis.empty()) {
            pugi::xml_node n = ext.append_child("bs:analysis");
            for (const auto &[name, value] : analysis)
                n.append_attribute(name).set_value(value.constData());
        }
        for (const Pool &p : m_bp.pools()) {
            pugi::xml_node pool = ext.append_child("bs:pool");
            pool.append_attribute("id").set_value(utf8(p.id).constData());
            if (!p.title.isEmpty())
                pool.append_attribute("title").set_value(utf8(p.title).constData());
            pool.append_attribute("servers").set_value(
                p.servers.infinite ? "inf" : QByteArray::number(p.servers.count).constData());
        }
    }

    const std::vector<const Step *> steps = m_bp.graph.steps();
    const std::vector<const Flow *> flows = m_bp.graph.flows();

    // Lanes, with the flow nodes they hold (data objects are not flow nodes).
    if (!m_bp.lanes().empty()) {
        pugi::xml_node laneSet = process.append_child("bpmn:laneSet");
        laneSet.append_attribute("id").set_value(utf8(laneSetId).constData());
        QHash<ElementId, pugi::xml_node> laneNodes;
        for (const Lane &lane : m_bp.lanes()) {
            pugi::xml_node l = laneSet.append_child("bpmn:lane");
            l.append_attribute("id").set_value(utf8(lane.id).constData());
            if (!lane.title.isEmpty())
                l.append_attribute("name").set_value(utf8(lane.title).constData());
            l.append_attribute("bs:kind").set_value(utf8(toString(lane.kind)).constData());
            laneNodes.insert(lane.id, l);
        }
        for (const Step *s : steps)
            if (s->kind != StepKind::Evidence && laneNodes.contains(s->lane))
                laneNodes.value(s->lane)
                    .append_child("bpmn:flowNodeRef")
                    .text()
                    .set(utf8(s->id).constData());
    }

    // Flow nodes, then sequence flows, then data object references and associations.
    QHash<ElementId, QVector<const Flow *>> incoming;
    QHash<ElementId, QVector<const Flow *>> outgoing;
    for (const Flow *f : flows) {
        if (isEvidenceLink(*f))
            continue;
        outgoing[f->from].append(f);
        incoming[f->to].append(f);
    }
    // Data object references are flow elements too: they stay in step order, so that the steps
    // come back in their creation order.
    for (const Step *s : steps) {
        if (s->kind == StepKind::Evidence) {
            const QString dataId = unique(s->id + QStringLiteral("_data"));
            pugi::xml_node d = process.append_child("bpmn:dataObject");
            d.append_attribute("id").set_value(utf8(dataId).constData());
            pugi::xml_node n = process.append_child("bpmn:dataObjectReference");
            n.append_attribute("id").set_value(utf8(s->id).constData());
            if (!s->title.isEmpty())
                n.append_attribute("name").set_value(utf8(s->title).constData());
            n.append_attribute("dataObjectRef").set_value(utf8(dataId).constData());
            stepAttributes(n, *s);
            documentation(n, s->description);
            continue;
        }
        const Lane *lane = m_bp.lane(s->lane);
        pugi::xml_node n
            = process.append_child(elementName(*s, lane ? lane->kind : LaneKind::Other));
        n.append_attribute("id").set_value(utf8(s->id).constData());
        if (!s->title.isEmpty())
            n.append_attribute("name").set_value(utf8(s->title).constData());
        stepAttributes(n, *s);
        documentation(n, s->description);
        for (const Flow *f : incoming.value(s->id))
            n.append_child("bpmn:incoming").text().set(utf8(f->id).constData());
        for (const Flow *f : outgoing.value(s->id))
            n.append_child("bpmn:outgoing").text().set(utf8(f->id).constData());
    }
    for (const Flow *f : flows) {
        if (isEvidenceLink(*f))
            continue;
        pugi::xml_node n = process.append_child("bpmn:sequenceFlow");
        n.append_attribute("id").set_value(utf8(f->id).constData());
        if (!f->label.isEmpty())
            n.append_attribute("name").set_value(utf8(f->label).constData());
        n.append_attribute("sourceRef").set_value(utf8(f->from).constData());
        n.append_attribute("targetRef").set_value(utf8(f->to).constData());
        if (f->kind != FlowKind::Flow)
            n.append_attribute("bs:kind").set_value(utf8(toString(f->kind)).constData());
        if (f->p)
            number(n, "bs:p", *f->p);
    }
    // Associations are artifacts and come after every flow element; bs:index keeps their place
    // among the flows.
    for (size_t i = 0; i < flows.size(); ++i) {
        const Flow *f = flows[i];
        if (!isEvidenceLink(*f))
            continue;
        pugi::xml_node n = process.append_child("bpmn:association");
        n.append_attribute("id").set_value(utf8(f->id).constData());
        n.append_attribute("sourceRef").set_value(utf8(f->from).constData());
        n.append_attribute("targetRef").set_value(utf8(f->to).constData());
        n.append_attribute("bs:kind").set_value(utf8(toString(f->kind)).constData());
        if (f->p)
            number(n, "bs:p", *f->p);
        if (!f->label.isEmpty())
            n.append_attribute("bs:label").set_value(utf8(f->label).constData());
        n.append_attribute("bs:index").set_value(QByteArray::number(qulonglong(i)).constData());
    }

    // The drawing.
    pugi::xml_node diagram = defs.append_child("bpmndi:BPMNDiagram");
    diagram.append_attribute("id").set_value(
        utf8(unique(QStringLiteral("BPMNDiagram_1"))).constData());
    pugi::xml_node plane = diagram.append_child("bpmndi:BPMNPlane");
    plane.append_attribute("id").set_value(utf8(unique(QStringLiteral("BPMNPlane_1"))).constData());
    plane.append_attribute("bpmnElement").set_value(utf8(collaborationId).constData());

    const double bandWidth = m_geometry.width() - m_geometry.headerWidth();
    const auto shape = [&](const QString &element, const QRectF &r, bool horizontal) {
        pugi::xml_node s = plane.append_child("bpmndi:BPMNShape");
        s.append_attribute("id").set_value(
            utf8(unique(element + QStringLiteral("_di"))).constData());
        s.append_attribute("bpmnElement").set_value(utf8(element).constData());
        if (horizontal)
            s.append_attribute("isHorizontal").set_value("true");
        bounds(s, r);
    };
    shape(participantId,
          QRectF(kPoolX, kPoolY, 2 * kLabelBand + bandWidth, std::max(m_geometry.height(), 1.0)),
          true);
    for (const LaneBox &box : m_geometry.lanes())
        shape(box.id,
              QRectF(kPoolX + kLabelBand, kPoolY + box.top, kLabelBand + bandWidth, box.height),
              true);
    QHash<ElementId, QRectF> stepBounds;
    for (const Step *s : steps) {
        const QRectF r = bpmnBounds(*s);
        stepBounds.insert(s->id, r);
        shape(s->id, r, false);
    }
    for (const Flow *f : flows) {
        const Step *from = m_bp.graph.step(f->from);
        const Step *to = m_bp.graph.step(f->to);
        if (!from || !to)
            continue;
        const FlowRoute route = m_geometry.route(m_bp, *f);
        QPolygonF points;
        if (route.isValid()) {
            points = route.points.translated(m_dx, m_dy);
            // Our shapes for events, gateways and data objects are not BPMN's standard sizes:
            // end the route on the BPMN shape's side.
            const auto clip = [](QPointF &p, Side side, const QRectF &r) {
                switch (side) {
                case Side::Left:
                    p.setX(r.left());
                    break;
                case Side::Right:
                    p.setX(r.right());
                    break;
                case Side::Top:
                    p.setY(r.top());
                    break;
                case Side::Bottom:
                    p.setY(r.bottom());
                    break;
                }
            };
            clip(points.first(), route.exit, stepBounds.value(from->id));
            clip(points.last(), route.entry, stepBounds.value(to->id));
        } else {
            points << stepBounds.value(from->id).center() << stepBounds.value(to->id).center();
        }
        pugi::xml_node e = plane.append_child("bpmndi:BPMNEdge");
        e.append_attribute("id").set_value(utf8(unique(f->id + QStringLiteral("_di"))).constData());
        e.append_attribute("bpmnElement").set_value(utf8(f->id).constData());
        for (const QPointF &p : points) {
            pugi::xml_node w = e.append_child("di:waypoint");
            number(w, "x", p.x());
            number(w, "y", p.y());
        }
    }

    struct Sink : pugi::xml_writer
    {
        QByteArray data;
        void write(const void *d, size_t size) override
        {
            data.append(static_cast<const char *>(d), qsizetype(size));
        }
    } sink;
    doc.save(sink, "  ", pugi::format_indent | pugi::format_skip_control_chars,
             pugi::encoding_utf8);
    return sink.data;
}

} // namespace

QByteArray writeBpmn(const Blueprint &blueprint)
{
    return BpmnWriter(blueprint).write();
}

SaveResult saveBpmn(const QString &path, const Blueprint &blueprint)
{
    return saveAtomically(path, writeBpmn(blueprint));
}

} // namespace bp
