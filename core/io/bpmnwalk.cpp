// BPMN import: walking the XML tree. Records processes, lanes, nodes, flows and diagram shapes;
// lists everything it does not map as a warning at its position.

#include "bpmnnames.h"
#include "bpmnreader_p.h"
#include "model/diagnostic.h"
#include "model/ids.h"
#include "model/kinds.h"
#include "numbers.h"

#include <cmath>
#include <cstring>

namespace bp::bpmn {

template<typename Fn> void Importer::forEachChild(const pugi::xml_node &node, Fn &&fn)
{
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element)
            continue;
        if (m_ctx.stopped())
            return;
        m_ns.enter(c);
        const char *local = nullptr;
        const Ns ns = m_ns.resolve(c.name(), &local);
        fn(c, ns, local);
        m_ns.leave();
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers

namespace {

enum class Category {
    Task,
    SubProcess,
    Start,
    End,
    Intermediate,
    Boundary,
    Exclusive,
    Parallel,
    OtherGateway,
    SequenceFlow,
    DataObject,
    NotImported, // drawn, but never imported (data stores, annotations, groups, ...)
    Silent, // not drawn: definitions, documentation, extensions, data inputs, ...
    Unknown,
};

Category categoryOf(const char *local)
{
    struct Entry
    {
        const char *name;
        Category category;
    };
    static constexpr Entry table[] = {
        { "task", Category::Task },
        { "userTask", Category::Task },
        { "serviceTask", Category::Task },
        { "sendTask", Category::Task },
        { "receiveTask", Category::Task },
        { "manualTask", Category::Task },
        { "businessRuleTask", Category::Task },
        { "scriptTask", Category::Task },
        { "callActivity", Category::Task },
        { "subProcess", Category::SubProcess },
        { "transaction", Category::SubProcess },
        { "adHocSubProcess", Category::SubProcess },
        { "startEvent", Category::Start },
        { "endEvent", Category::End },
        { "intermediateCatchEvent", Category::Intermediate },
        { "intermediateThrowEvent", Category::Intermediate },
        { "implicitThrowEvent", Category::Intermediate },
        { "boundaryEvent", Category::Boundary },
        { "exclusiveGateway", Category::Exclusive },
        { "parallelGateway", Category::Parallel },
        { "inclusiveGateway", Category::OtherGateway },
        { "complexGateway", Category::OtherGateway },
        { "eventBasedGateway", Category::OtherGateway },
        { "sequenceFlow", Category::SequenceFlow },
        { "dataObjectReference", Category::DataObject },
        { "association", Category::DataObject },
        { "dataStoreReference", Category::NotImported },
        { "textAnnotation", Category::NotImported },
        { "group", Category::NotImported },
        { "messageFlow", Category::NotImported },
        { "conversation", Category::NotImported },
        { "subConversation", Category::NotImported },
        { "callConversation", Category::NotImported },
        { "conversationLink", Category::NotImported },
        { "choreographyTask", Category::NotImported },
        { "subChoreography", Category::NotImported },
        { "callChoreography", Category::NotImported },
        { "documentation", Category::Silent },
        { "extensionElements", Category::Silent },
        { "ioSpecification", Category::Silent },
        { "ioBinding", Category::Silent },
        { "property", Category::Silent },
        { "dataObject", Category::Silent },
        { "dataInput", Category::Silent },
        { "dataOutput", Category::Silent },
        { "auditing", Category::Silent },
        { "monitoring", Category::Silent },
        { "incoming", Category::Silent },
        { "outgoing", Category::Silent },
        { "correlationSubscription", Category::Silent },
        { "supports", Category::Silent },
        { "resourceRole", Category::Silent },
        { "performer", Category::Silent },
        { "humanPerformer", Category::Silent },
        { "potentialOwner", Category::Silent },
        { "multiInstanceLoopCharacteristics", Category::Silent },
        { "standardLoopCharacteristics", Category::Silent },
        { "categoryValue", Category::Silent },
        { "participantAssociation", Category::Silent },
        { "messageFlowAssociation", Category::Silent },
        { "conversationAssociation", Category::Silent },
        { "correlationKey", Category::Silent },
        { "participant", Category::Silent },
        { "laneSet", Category::Silent },
    };
    for (const Entry &e : table)
        if (std::strcmp(e.name, local) == 0)
            return e.category;
    return Category::Unknown;
}

} // namespace

QString Importer::nameOf(const pugi::xml_node &node, const char *attribute)
{
    const pugi::xml_attribute a = node.attribute(attribute);
    if (!a)
        return {};
    return m_ctx
        .checkText(QString::fromUtf8(a.value()), m_ctx.attrOffset(node, attribute),
                   QString::fromUtf8(attribute))
        .trimmed();
}

QString Importer::documentation(const pugi::xml_node &node)
{
    QString text;
    forEachChild(node, [&](const pugi::xml_node &c, Ns ns, const char *local) {
        if (ns != Ns::Model || std::strcmp(local, "documentation") != 0)
            return;
        QByteArray raw;
        for (pugi::xml_node t : c.children())
            if (t.type() == pugi::node_pcdata || t.type() == pugi::node_cdata)
                raw += t.value();
        const QString part = QString::fromUtf8(raw).trimmed();
        if (!part.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + part;
    });
    return m_ctx.checkText(text, m_ctx.offsetOf(node), QStringLiteral("documentation"));
}

QString Importer::ourAttribute(const pugi::xml_node &node, const char *local,
                               pugi::xml_attribute *found) const
{
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
        if (!std::strchr(a.name(), ':'))
            continue;
        const char *l = nullptr;
        if (m_ns.resolve(a.name(), &l, true) == Ns::Ours && std::strcmp(l, local) == 0) {
            if (found)
                *found = a;
            return QString::fromUtf8(a.value());
        }
    }
    return {};
}

void Importer::notImported(const pugi::xml_node &node, const char *type, const QString &message)
{
    notImportedAt(m_ctx.offsetOf(node), QString::fromUtf8(type),
                  QString::fromUtf8(node.attribute("id").value()), message);
}

void Importer::notImportedAt(std::int64_t offset, const QString &type, const QString &id,
                             const QString &message)
{
    m_ctx.warning(offset, message);
    if (m_report) {
        const SourceMap::Position p = m_ctx.position(offset);
        m_report->notImported.append({ type, id, p.line, p.column });
    }
}

void Importer::registerId(const pugi::xml_node &node, const QString &id)
{
    if (id.isEmpty())
        return;
    const std::int64_t offset = m_ctx.attrOffset(node, "id");
    const auto it = m_bpmnIds.constFind(id);
    if (it != m_bpmnIds.cend()) {
        m_ctx.error(offset,
                    ImportTr::tr("id %1 is used twice (first at line %2)")
                        .arg(quoted(id))
                        .arg(m_ctx.position(*it).line));
        return;
    }
    m_bpmnIds.insert(id, offset);
}

namespace {
// "Name" or, when it has none, its id.
QString label(const QString &name, const pugi::xml_node &node)
{
    return quoted(name.isEmpty() ? QString::fromUtf8(node.attribute("id").value()) : name);
}
} // namespace

// ---------------------------------------------------------------------------------------------
// Elements

void Importer::readDefinitions(const pugi::xml_node &root)
{
    m_definitionsName = nameOf(root);
    forEachChild(root, [&](const pugi::xml_node &node, Ns ns, const char *local) {
        if (ns == Ns::Model && std::strcmp(local, "process") == 0)
            readProcess(node);
        else if (ns == Ns::Model && std::strcmp(local, "collaboration") == 0)
            readCollaboration(node);
        else if (ns == Ns::Di && std::strcmp(local, "BPMNDiagram") == 0)
            readDiagram(node);
        else if (ns == Ns::Model && categoryOf(local) == Category::NotImported)
            notImported(node, local,
                        ImportTr::tr("<%1> %2 is not imported")
                            .arg(QString::fromUtf8(local), label(nameOf(node), node)));
        // Other definitions (messages, signals, errors, item definitions, ...) are not drawn.
    });
}

void Importer::readCollaboration(const pugi::xml_node &node)
{
    forEachChild(node, [&](const pugi::xml_node &c, Ns ns, const char *local) {
        if (ns != Ns::Model)
            return;
        m_ctx.checkDuplicateAttributes(c);
        const QString name = nameOf(c);
        if (std::strcmp(local, "participant") == 0) {
            RawParticipant p { QString::fromUtf8(c.attribute("id").value()), name,
                               QString::fromUtf8(c.attribute("processRef").value()).trimmed(),
                               m_ctx.offsetOf(c) };
            registerId(c, p.bpmnId);
            if (p.processRef.isEmpty())
                notImported(c, local,
                            ImportTr::tr("pool %1 has no process (a black box) and is not imported")
                                .arg(label(name, c)));
            else
                m_participants.push_back(std::move(p));
            return;
        }
        if (std::strcmp(local, "messageFlow") == 0) {
            notImported(
                c, local,
                ImportTr::tr("message flow %1 between pools is not imported").arg(label(name, c)));
            return;
        }
        const Category cat = categoryOf(local);
        if (cat != Category::Silent)
            notImported(c, local,
                        ImportTr::tr("<%1> %2 is not imported")
                            .arg(QString::fromUtf8(local), label(name, c)));
    });
}

void Importer::readProcess(const pugi::xml_node &node)
{
    m_ctx.checkDuplicateAttributes(node);
    RawProcess p;
    p.bpmnId = QString::fromUtf8(node.attribute("id").value());
    p.name = nameOf(node);
    p.offset = m_ctx.offsetOf(node);
    registerId(node, p.bpmnId);
    const int index = int(m_processes.size());
    m_processes.push_back(std::move(p));
    if (m_bp.meta.description.isEmpty())
        m_bp.meta.description = documentation(node);
    if (const QString unit = ourAttribute(node, "time-unit"); !unit.isEmpty()) {
        if (const std::optional<TimeUnit> u = parseTimeUnit(unit))
            m_bp.meta.timeUnit = *u;
    }
    forEachChild(node, [&](const pugi::xml_node &c, Ns ns, const char *local) {
        if (ns != Ns::Model)
            return;
        if (std::strcmp(local, "laneSet") == 0) {
            readLaneSet(c, index, {}, 0);
        } else if (std::strcmp(local, "extensionElements") == 0) {
            // Our own pools (written by the exporter) are kept.
            forEachChild(c, [&](const pugi::xml_node &e, Ns ens, const char *elocal) {
                if (ens == Ns::Ours && std::strcmp(elocal, "demand") == 0 && !m_bp.demand) {
                    readOurDemand(e);
                    return;
                }
                if (ens == Ns::Ours && std::strcmp(elocal, "analysis") == 0) {
                    readOurAnalysis(e);
                    return;
                }
                if (ens != Ns::Ours || std::strcmp(elocal, "pool") != 0)
                    return;
                Pool pool;
                pool.id = QString::fromUtf8(e.attribute("id").value());
                pool.title = nameOf(e, "title");
                const QByteArray servers = QByteArray(e.attribute("servers").value()).trimmed();
                const std::optional<long long> n = parseInteger(servers.constData());
                if (servers == "inf")
                    pool.servers = Servers::unlimited();
                else if (n && *n >= 1 && *n <= limits::maxServers)
                    pool.servers = Servers::of(int(*n));
                std::vector<Pool> pools = m_bp.pools();
                if (isValidId(QStringView(pool.id)) && !m_bp.pool(pool.id)) {
                    pools.push_back(pool);
                    m_bp.setPools(std::move(pools));
                }
            });
        } else {
            readFlowElement(c, local, index);
        }
    });
}

void Importer::readLaneSet(const pugi::xml_node &node, int process, const QString &parentPath,
                           int depth)
{
    forEachChild(node, [&](const pugi::xml_node &c, Ns ns, const char *local) {
        if (ns != Ns::Model || std::strcmp(local, "lane") != 0)
            return;
        m_ctx.checkDuplicateAttributes(c);
        RawLane lane;
        lane.bpmnId = QString::fromUtf8(c.attribute("id").value());
        const QString name = nameOf(c);
        const QString part = name.isEmpty() ? lane.bpmnId : name;
        lane.path = parentPath.isEmpty() ? part : parentPath + QStringLiteral(" / ") + part;
        lane.process = process;
        lane.depth = depth;
        lane.offset = m_ctx.offsetOf(c);
        if (const QString kind = ourAttribute(c, "kind"); !kind.isEmpty())
            lane.ourKind = parseLaneKind(kind);
        registerId(c, lane.bpmnId);
        const size_t index = m_rawLanes.size();
        m_rawLanes.push_back(lane);
        forEachChild(c, [&](const pugi::xml_node &r, Ns rns, const char *rlocal) {
            if (rns != Ns::Model)
                return;
            if (std::strcmp(rlocal, "flowNodeRef") == 0) {
                m_rawLanes[index].nodeRefs.append(QString::fromUtf8(r.text().get()).trimmed());
            } else if (std::strcmp(rlocal, "childLaneSet") == 0) {
                const size_t before = m_rawLanes.size();
                const QString path = m_rawLanes[index].path; // the vector grows below
                readLaneSet(r, process, path, depth + 1);
                if (m_rawLanes.size() > before)
                    m_rawLanes[index].leaf = false;
            }
        });
    });
}

void Importer::readFlowElement(const pugi::xml_node &node, const char *local, int process)
{
    const Category cat = categoryOf(local);
    if (cat == Category::Silent)
        return;
    m_ctx.checkDuplicateAttributes(node);
    const QString bpmnId = QString::fromUtf8(node.attribute("id").value());
    const QString name = nameOf(node);
    const QString type = QString::fromUtf8(local);

    const auto addNode = [&](StepKind kind) -> RawNode & {
        RawNode raw;
        raw.bpmnId = bpmnId;
        raw.type = type;
        raw.process = process;
        raw.offset = m_ctx.offsetOf(node);
        raw.step.kind = kind;
        raw.step.title = name;
        raw.step.description = documentation(node);
        registerId(node, bpmnId);
        m_nodes.push_back(std::move(raw));
        readOurStepAttributes(node, m_nodes.back());
        return m_nodes.back();
    };

    switch (cat) {
    case Category::Task:
        addNode(StepKind::Action);
        return;
    case Category::SubProcess:
        addNode(StepKind::Action);
        readInsideSubProcess(node, name.isEmpty() ? bpmnId : name);
        return;
    case Category::Start:
        addNode(StepKind::Start);
        return;
    case Category::End:
        addNode(StepKind::End);
        return;
    case Category::Intermediate:
        addNode(StepKind::Action);
        m_ctx.warning(m_ctx.offsetOf(node),
                      ImportTr::tr("intermediate event %1 is imported as an action step with no "
                                   "time")
                          .arg(label(name, node)));
        return;
    case Category::Exclusive:
        addNode(StepKind::Decision);
        return;
    case Category::OtherGateway:
        addNode(StepKind::Decision);
        m_ctx.warning(m_ctx.offsetOf(node),
                      ImportTr::tr("<%1> %2 is imported as an exclusive decision (one branch "
                                   "is taken)")
                          .arg(type, label(name, node)));
        return;
    case Category::Parallel: {
        RawNode &raw = addNode(StepKind::Fork);
        raw.parallel = true;
        const QByteArray direction(node.attribute("gatewayDirection").value());
        if (!raw.hasOurKind && (direction == "Diverging" || direction == "Converging")) {
            raw.step.kind = direction == "Diverging" ? StepKind::Fork : StepKind::Join;
            raw.hasOurKind = true;
        }
        return;
    }
    case Category::Boundary:
        registerId(node, bpmnId);
        m_boundaries.push_back(
            { bpmnId, QString::fromUtf8(node.attribute("attachedToRef").value()).trimmed() });
        notImported(node, local,
                    ImportTr::tr("boundary event %1 is not imported; the flows leaving it leave "
                                 "the activity it is attached to, as failure flows")
                        .arg(label(name, node)));
        return;
    case Category::SequenceFlow:
    case Category::DataObject: {
        const bool ours = !ourAttribute(node, "kind").isEmpty();
        if (cat == Category::DataObject && !ours) {
            notImported(
                node, local,
                std::strcmp(local, "association") == 0
                    ? ImportTr::tr("association %1 is not imported").arg(label(name, node))
                    : ImportTr::tr("data object %1 is not imported").arg(label(name, node)));
            return;
        }
        if (std::strcmp(local, "dataObjectReference") == 0) {
            addNode(StepKind::Evidence).step.kind = StepKind::Evidence;
            return;
        }
        RawFlow raw;
        raw.bpmnId = bpmnId;
        raw.type = type;
        raw.source = QString::fromUtf8(node.attribute("sourceRef").value()).trimmed();
        raw.target = QString::fromUtf8(node.attribute("targetRef").value()).trimmed();
        raw.process = process;
        raw.offset = m_ctx.offsetOf(node);
        raw.flow.label = name;
        raw.flow.kind = cat == Category::DataObject ? FlowKind::Evidence : FlowKind::Flow;
        if (name.isEmpty()) {
            // A condition without a name becomes the label.
            forEachChild(node, [&](const pugi::xml_node &c, Ns ns, const char *clocal) {
                if (ns == Ns::Model && std::strcmp(clocal, "conditionExpression") == 0)
                    raw.flow.label = m_ctx
                                         .checkText(QString::fromUtf8(c.text().get()),
                                                    m_ctx.offsetOf(c), QStringLiteral("condition"))
                                         .simplified();
            });
        }
        registerId(node, bpmnId);
        readOurFlowAttributes(node, raw);
        m_flows.push_back(std::move(raw));
        return;
    }
    case Category::NotImported:
        notImported(node, local,
                    ImportTr::tr("<%1> %2 is not imported").arg(type, label(name, node)));
        return;
    case Category::Silent:
        return;
    case Category::Unknown:
        notImported(node, local,
                    ImportTr::tr("unknown element <%1> %2 is not imported")
                        .arg(escapeForMessage(type), label(name, node)));
        return;
    }
}

void Importer::readInsideSubProcess(const pugi::xml_node &sub, const QString &subName)
{
    forEachChild(sub, [&](const pugi::xml_node &c, Ns ns, const char *local) {
        if (ns != Ns::Model)
            return;
        const Category cat = categoryOf(local);
        if (std::strcmp(local, "laneSet") == 0) {
            std::vector<pugi::xml_node> stack { c };
            while (!stack.empty()) {
                const pugi::xml_node set = stack.back();
                stack.pop_back();
                for (pugi::xml_node lane : set.children()) {
                    if (lane.type() != pugi::node_element)
                        continue;
                    notImported(lane, "lane",
                                ImportTr::tr("lane %1 inside sub-process %2 is not imported")
                                    .arg(label(nameOf(lane), lane), quoted(subName)));
                    for (pugi::xml_node child : lane.children())
                        if (child.type() == pugi::node_element && child.first_child())
                            stack.push_back(child);
                }
            }
            return;
        }
        if (cat == Category::Silent)
            return;
        const QString name = nameOf(c);
        notImported(
            c, local,
            ImportTr::tr("<%1> %2 inside sub-process %3 is not imported: a sub-process "
                         "is imported as one step")
                .arg(escapeForMessage(QString::fromUtf8(local)), label(name, c), quoted(subName)));
        if (cat == Category::SubProcess)
            readInsideSubProcess(
                c, name.isEmpty() ? QString::fromUtf8(c.attribute("id").value()) : name);
    });
}

void Importer::readDiagram(const pugi::xml_node &node)
{
    forEachChild(node, [&](const pugi::xml_node &plane, Ns ns, const char *local) {
        if (ns != Ns::Di || std::strcmp(local, "BPMNPlane") != 0)
            return;
        forEachChild(plane, [&](const pugi::xml_node &shape, Ns sns, const char *slocal) {
            if (sns != Ns::Di || std::strcmp(slocal, "BPMNShape") != 0)
                return;
            const QString element
                = QString::fromUtf8(shape.attribute("bpmnElement").value()).trimmed();
            if (element.isEmpty() || m_shapes.contains(element))
                return;
            forEachChild(shape, [&](const pugi::xml_node &b, Ns bns, const char *blocal) {
                if (bns != Ns::Dc || std::strcmp(blocal, "Bounds") != 0)
                    return;
                double v[4] = {};
                static const char *const names[] = { "x", "y", "width", "height" };
                for (int i = 0; i < 4; ++i) {
                    const pugi::xml_attribute a = b.attribute(names[i]);
                    const std::optional<double> n = parseNumber(a.value());
                    if (!n || std::abs(*n) > limits::maxCoordinate || (i >= 2 && *n < 0)) {
                        m_ctx.warning(m_ctx.attrOffset(b, names[i]),
                                      ImportTr::tr("the diagram position of %1 is ignored: "
                                                   "%2=%3 is not a number from %4 to %5")
                                          .arg(quoted(element), QString::fromLatin1(names[i]),
                                               quoted(QString::fromUtf8(a.value())),
                                               QString::number(i >= 2 ? 0 : -1e7),
                                               QString::number(1e7)));
                        return;
                    }
                    v[i] = *n;
                }
                m_shapes.insert(element, QRectF(v[0], v[1], v[2], v[3]));
            });
        });
    });
}

} // namespace bp::bpmn
