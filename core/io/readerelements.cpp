// The native reader, element by element: the root, demand, lanes, pools, steps and flows, and
// building the model once everything is read.

#include "nativereader_p.h"

#include "model/ids.h"
#include "model/kinds.h"
#include "model/validation.h"
#include "numbers.h"

#include <cmath>
#include <cstring>

namespace bp::detail {

void Reader::readRoot(pugi::xml_node root)
{
    const char *name = root.name();
    const char *colon = std::strchr(name, ':');
    const QByteArray prefix = colon ? QByteArray(name, int(colon - name)) : QByteArray();
    const char *local = colon ? colon + 1 : name;
    const QByteArray nsAttr = prefix.isEmpty() ? QByteArray("xmlns") : "xmlns:" + prefix;
    if (std::strcmp(local, "blueprint") != 0) {
        m_ctx.error(m_ctx.offsetOf(root),
                    ReaderTr::tr("this is not a blueprint file: the root element is <%1>, expected "
                                 "<blueprint>")
                        .arg(escapeForMessage(QString::fromUtf8(name))));
        return;
    }
    const pugi::xml_attribute ns = root.attribute(nsAttr.constData());
    if (!ns || std::strcmp(ns.value(), kNamespace) != 0) {
        m_ctx.error(m_ctx.offsetOf(root),
                    ReaderTr::tr("<blueprint> is not in the namespace %1 (found %2)")
                        .arg(QString::fromLatin1(kNamespace),
                             ns ? q(ns.value()) : ReaderTr::tr("no namespace")));
        return;
    }
    m_ourPrefix = prefix;

    const pugi::xml_attribute version = root.attribute("version");
    if (!version) {
        m_ctx.error(m_ctx.offsetOf(root), ReaderTr::tr("<blueprint> has no version attribute"));
        return;
    }
    {
        const QByteArray v = QByteArray(version.value()).trimmed();
        const qsizetype dot = v.indexOf('.');
        const std::optional<long long> major
            = parseInteger(std::string_view(v.constData(), size_t(dot < 0 ? v.size() : dot)));
        if (!major || *major < 1) {
            m_ctx.error(m_ctx.attrOffset(root, "version"),
                        ReaderTr::tr("version=%1 is not a valid format version number")
                            .arg(q(version.value())));
            return;
        }
        if (*major > 1) {
            m_ctx.error(m_ctx.attrOffset(root, "version"),
                        ReaderTr::tr("this file uses format version %1, which is newer than this "
                                     "program reads (version 1); open it with a newer Blueprint "
                                     "Studio")
                            .arg(escapeForMessage(QString::fromUtf8(version.value()))));
            return;
        }
    }

    for (pugi::xml_attribute a : root.attributes()) {
        const char *an = a.name();
        if (std::strcmp(an, "version") == 0 || std::strcmp(an, nsAttr.constData()) == 0)
            continue;
        if (std::strcmp(an, "title") == 0) {
            m_bp.meta.title = text(root, a);
        } else if (std::strcmp(an, "time-unit") == 0) {
            if (auto u = keyword<TimeUnit>(root, a, parseTimeUnit, "s, min, h"))
                m_bp.meta.timeUnit = *u;
        } else if (std::strncmp(an, "xmlns:", 6) == 0) {
            // Declarations that kept foreign elements and attributes rely on.
            m_rootPrefixes.insert(QByteArray(an + 6), QByteArray(a.value()));
            m_bp.extras.attributes.append({ QString::fromUtf8(an), QString::fromUtf8(a.value()) });
        } else {
            unknownAttribute(root, a, m_bp.extras);
        }
    }
    m_ctx.checkDuplicateAttributes(root);

    for (pugi::xml_node child : root.children()) {
        if (m_ctx.stopped())
            return;
        if (child.type() != pugi::node_element)
            continue;
        if (!isOurs(child)) {
            unknownChild(child, root, &m_bp.extras);
            continue;
        }
        const QString n = localName(child);
        if (n == u"description") {
            if (m_sawDescription)
                m_ctx.error(m_ctx.offsetOf(child),
                            ReaderTr::tr("more than one <description> in <blueprint>"));
            m_sawDescription = true;
            m_bp.meta.description = elementText(child);
        } else if (n == u"demand") {
            if (m_sawDemand)
                m_ctx.error(m_ctx.offsetOf(child), ReaderTr::tr("more than one <demand> element"));
            m_sawDemand = true;
            readDemand(child);
        } else if (n == u"lanes" || n == u"pools" || n == u"steps" || n == u"flows") {
            // The items' tag as written (with our prefix, if any), compared as bytes: this
            // loop runs once per step and flow.
            enum class Item { Lane, Pool, Step, Flow };
            const Item item = n == u"lanes" ? Item::Lane
                : n == u"pools"             ? Item::Pool
                : n == u"steps"             ? Item::Step
                                            : Item::Flow;
            static const char *const itemNames[] = { "lane", "pool", "step", "flow" };
            const QByteArray tag = m_ourPrefix.isEmpty() ? QByteArray(itemNames[int(item)])
                                                         : m_ourPrefix + ':' + itemNames[int(item)];
            if (item == Item::Step || item == Item::Flow) {
                size_t count = 0;
                for (pugi::xml_node e = child.first_child(); e; e = e.next_sibling())
                    ++count;
                if (item == Item::Step) {
                    m_steps.reserve(m_steps.size() + count);
                    m_stepOffsets.reserve(m_steps.size() + count);
                } else {
                    m_flows.reserve(m_flows.size() + count);
                    m_flowOffsets.reserve(m_flows.size() + count);
                }
            }
            for (pugi::xml_node e : child.children()) {
                if (m_ctx.stopped())
                    return;
                if (e.type() != pugi::node_element)
                    continue;
                if (std::strcmp(e.name(), tag.constData()) != 0 || !isOurs(e)) {
                    unknownChild(e, child, nullptr);
                    continue;
                }
                switch (item) {
                case Item::Lane:
                    readLane(e);
                    break;
                case Item::Pool:
                    readPool(e);
                    break;
                case Item::Step:
                    readStep(e);
                    break;
                case Item::Flow:
                    readFlow(e);
                    break;
                }
            }
        } else {
            unknownChild(child, root, nullptr);
        }
    }
}

void Reader::readDemand(pugi::xml_node node)
{
    Demand d;
    for (pugi::xml_attribute a : node.attributes()) {
        const char *n = a.name();
        if (std::strcmp(n, "arrival-rate") == 0)
            d.arrivalRate = number(node, a, 0, 1e12);
        else if (std::strcmp(n, "per") == 0)
            d.per = keyword<RateUnit>(node, a, parseRateUnit, "s, min, h, d").value_or(d.per);
        else if (std::strcmp(n, "arrival-scv") == 0)
            d.arrivalScv = number(node, a, 0, 1e6).value_or(d.arrivalScv);
        else if (std::strcmp(n, "journey-tolerance") == 0)
            d.journeyTolerance = number(node, a, 0, 1e12);
        else if (std::strcmp(n, "service-level") == 0)
            d.serviceLevel = number(node, a, 0, 1).value_or(d.serviceLevel);
        else
            unknownAttribute(node, a, d.extras);
    }
    m_ctx.checkDuplicateAttributes(node);
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element)
            unknownChild(child, node, nullptr);
    m_bp.demand = d;
}

void Reader::readLane(pugi::xml_node node)
{
    Lane lane;
    bool hasKind = false;
    for (pugi::xml_attribute a : node.attributes()) {
        const char *n = a.name();
        if (std::strcmp(n, "id") == 0) {
            lane.id = id(node, a);
        } else if (std::strcmp(n, "kind") == 0) {
            hasKind = true;
            lane.kind = keyword<LaneKind>(node, a, parseLaneKind,
                                          "physical-evidence, customer, frontstage, backstage, "
                                          "support, other")
                            .value_or(lane.kind);
        } else if (std::strcmp(n, "title") == 0) {
            lane.title = text(node, a);
        } else if (std::strcmp(n, "height") == 0) {
            lane.height = number(node, a, limits::minLaneHeight, limits::maxLaneHeight)
                              .value_or(lane.height);
        } else {
            unknownAttribute(node, a, lane.extras);
        }
    }
    m_ctx.checkDuplicateAttributes(node);
    requireId(node, lane.id);
    if (!hasKind)
        m_ctx.error(m_ctx.offsetOf(node),
                    ReaderTr::tr("lane %1 has no kind attribute").arg(q(lane.id)));
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element)
            unknownChild(child, node, &lane.extras);
    m_lanes.push_back(std::move(lane));
}

void Reader::readPool(pugi::xml_node node)
{
    Pool pool;
    bool hasServers = false;
    for (pugi::xml_attribute a : node.attributes()) {
        const char *n = a.name();
        if (std::strcmp(n, "id") == 0) {
            pool.id = id(node, a);
        } else if (std::strcmp(n, "title") == 0) {
            pool.title = text(node, a);
        } else if (std::strcmp(n, "servers") == 0) {
            hasServers = true;
            pool.servers = servers(node, a).value_or(pool.servers);
        } else {
            unknownAttribute(node, a, pool.extras);
        }
    }
    m_ctx.checkDuplicateAttributes(node);
    requireId(node, pool.id);
    if (!hasServers)
        m_ctx.error(m_ctx.offsetOf(node),
                    ReaderTr::tr("pool %1 has no servers attribute").arg(q(pool.id)));
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element)
            unknownChild(child, node, &pool.extras);
    m_pools.push_back(std::move(pool));
}

void Reader::readStep(pugi::xml_node node)
{
    if (std::int64_t(m_steps.size()) >= limits::maxSteps) {
        if (!m_tooManySteps)
            m_ctx.error(m_ctx.offsetOf(node),
                        ReaderTr::tr("the blueprint has more than %1 steps, the most this program "
                                     "opens")
                            .arg(limits::maxSteps));
        m_tooManySteps = true;
        m_ctx.stop();
        return;
    }
    Step s;
    bool hasY = false;
    for (pugi::xml_attribute a : node.attributes()) {
        const char *n = a.name();
        switch (n[0]) { // a cheap first split; each branch still compares whole names
        case 'c':
            if (std::strcmp(n, "customer-present") == 0) {
                s.customerPresent = boolean(node, a);
                continue;
            }
            break;
        case 'd':
            if (std::strcmp(n, "detection") == 0) {
                s.detection = score(node, a);
                continue;
            }
            break;
        case 'e':
            if (std::strcmp(n, "entry") == 0) {
                s.entry = number(node, a, 0, 1);
                continue;
            }
            if (std::strcmp(n, "execution-tolerance") == 0) {
                s.executionTolerance = number(node, a, 0, 1e12);
                continue;
            }
            break;
        case 'i':
            if (std::strcmp(n, "id") == 0) {
                s.id = id(node, a);
                continue;
            }
            break;
        case 'k':
            if (std::strcmp(n, "kind") == 0) {
                s.kind = keyword<StepKind>(node, a, parseStepKind,
                                           "start, end, action, decision, fork, join, evidence")
                             .value_or(s.kind);
                continue;
            }
            break;
        case 'l':
            if (std::strcmp(n, "lane") == 0) {
                s.lane = laneOrPoolRef(node, a, true);
                continue;
            }
            break;
        case 'o':
            if (std::strcmp(n, "occurrence") == 0) {
                s.occurrence = score(node, a);
                continue;
            }
            break;
        case 'p':
            if (std::strcmp(n, "pool") == 0) {
                s.pool = laneOrPoolRef(node, a, false);
                continue;
            }
            if (std::strcmp(n, "p-fail") == 0) {
                s.pFail = number(node, a, 0, 1).value_or(0);
                continue;
            }
            break;
        case 's':
            if (std::strcmp(n, "scv") == 0) {
                s.scv = number(node, a, 0, 1e6).value_or(1);
                continue;
            }
            if (std::strcmp(n, "servers") == 0) {
                s.servers = servers(node, a);
                continue;
            }
            if (std::strcmp(n, "severity") == 0) {
                s.severity = score(node, a);
                continue;
            }
            break;
        case 't':
            if (std::strcmp(n, "title") == 0) {
                s.title = text(node, a);
                continue;
            }
            if (std::strcmp(n, "time") == 0) {
                s.time = number(node, a, 0, 1e12).value_or(0);
                continue;
            }
            if (std::strcmp(n, "tolerance") == 0) {
                s.tolerance = number(node, a, 0, 1e12);
                continue;
            }
            break;
        case 'x':
            if (n[1] == 0) {
                s.pos.setX(
                    number(node, a, -limits::maxCoordinate, limits::maxCoordinate).value_or(0));
                continue;
            }
            break;
        case 'y':
            if (n[1] == 0) {
                s.pos.setY(
                    number(node, a, -limits::maxCoordinate, limits::maxCoordinate).value_or(0));
                hasY = true;
                continue;
            }
            break;
        default:
            break;
        }
        unknownAttribute(node, a, s.extras);
    }
    m_ctx.checkDuplicateAttributes(node);
    requireId(node, s.id);
    if (s.lane.isEmpty() && !s.id.isEmpty())
        m_ctx.error(m_ctx.offsetOf(node),
                    ReaderTr::tr("step %1 has no lane attribute").arg(q(s.id)));
    if (!hasY)
        s.pos.setY(std::nan("")); // half the lane height, once the lane is known
    bool sawDescription = false;
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element)
            continue;
        if (isOurs(child) && localName(child) == u"description" && !sawDescription) {
            sawDescription = true;
            s.description = elementText(child);
        } else {
            unknownChild(child, node, &s.extras);
        }
    }
    m_steps.push_back(std::move(s));
    m_stepOffsets.push_back(m_ctx.offsetOf(node));
}

void Reader::readFlow(pugi::xml_node node)
{
    Flow f;
    for (pugi::xml_attribute a : node.attributes()) {
        const char *n = a.name();
        if (std::strcmp(n, "id") == 0)
            f.id = id(node, a);
        else if (std::strcmp(n, "from") == 0)
            f.from = reference(node, a);
        else if (std::strcmp(n, "to") == 0)
            f.to = reference(node, a);
        else if (std::strcmp(n, "kind") == 0)
            f.kind = keyword<FlowKind>(node, a, parseFlowKind, "flow, rework, failure, evidence")
                         .value_or(f.kind);
        else if (std::strcmp(n, "p") == 0)
            f.p = number(node, a, 0, 1);
        else if (std::strcmp(n, "label") == 0)
            f.label = text(node, a);
        else
            unknownAttribute(node, a, f.extras);
    }
    m_ctx.checkDuplicateAttributes(node);
    requireId(node, f.id);
    if (!f.id.isEmpty() && f.from.isEmpty())
        m_ctx.error(m_ctx.offsetOf(node),
                    ReaderTr::tr("flow %1 has no from attribute").arg(q(f.id)));
    if (!f.id.isEmpty() && f.to.isEmpty())
        m_ctx.error(m_ctx.offsetOf(node), ReaderTr::tr("flow %1 has no to attribute").arg(q(f.id)));
    for (pugi::xml_node child : node.children()) {
        if (child.type() != pugi::node_element)
            continue;
        if (isOurs(child) && localName(child) == u"point") {
            if (f.waypoints.size() >= limits::maxWaypoints) {
                m_ctx.error(m_ctx.offsetOf(child),
                            ReaderTr::tr("flow %1 has more than %2 points")
                                .arg(q(f.id))
                                .arg(limits::maxWaypoints));
                break;
            }
            QPointF p;
            for (pugi::xml_attribute a : child.attributes()) {
                const char *n = a.name();
                if (std::strcmp(n, "x") == 0)
                    p.setX(number(child, a, -limits::maxCoordinate, limits::maxCoordinate)
                               .value_or(0));
                else if (std::strcmp(n, "y") == 0)
                    p.setY(number(child, a, -limits::maxCoordinate, limits::maxCoordinate)
                               .value_or(0));
                else {
                    Extras ignored;
                    unknownAttribute(child, a, ignored);
                }
            }
            m_ctx.checkDuplicateAttributes(child);
            f.waypoints.append(p);
        } else {
            unknownChild(child, node, &f.extras);
        }
    }
    m_flows.push_back(std::move(f));
    m_flowOffsets.push_back(m_ctx.offsetOf(node));
}

void Reader::resolveAndBuild()
{
    if (!m_bp.setLanes(std::move(m_lanes)) || !m_bp.setPools(std::move(m_pools)))
        return; // duplicate ids were reported by requireId
    for (size_t i = 0; i < m_steps.size(); ++i) {
        Step &s = m_steps[i];
        const Lane *lane = m_bp.lane(s.lane);
        if (!lane) {
            m_ctx.error(m_ctx.attrOffsetAt(m_stepOffsets[i], "lane"),
                        ReaderTr::tr("step %1 is in lane %2, which does not exist")
                            .arg(q(s.id), q(s.lane)));
            continue;
        }
        if (std::isnan(s.pos.y()))
            s.pos.setY(lane->height / 2);
        if (!s.pool.isEmpty() && !m_bp.pool(s.pool)) {
            m_ctx.error(
                m_ctx.attrOffsetAt(m_stepOffsets[i], "pool"),
                ReaderTr::tr("step %1 uses pool %2, which does not exist").arg(q(s.id), q(s.pool)));
        }
    }
    if (m_ctx.hasErrors())
        return;

    if (std::int64_t(m_steps.size()) > limits::warnSteps)
        m_ctx.warning(0,
                      ReaderTr::tr("the blueprint has %1 steps; editing is slower above %2")
                          .arg(m_steps.size())
                          .arg(limits::warnSteps));
    m_bp.graph.reserve(m_steps.size(), m_flows.size());
    quint64 order = 1;
    for (size_t i = 0; i < m_steps.size(); ++i) {
        Step &s = m_steps[i];
        s.order = order++;
        // addStep leaves its argument intact when it refuses it.
        if (m_ids.contains(s.id) || !m_bp.graph.addStep(std::move(s))) {
            m_ctx.error(m_ctx.attrOffsetAt(m_stepOffsets[i], "id"),
                        ReaderTr::tr("duplicate id %1 (first used on line %2)")
                            .arg(q(s.id))
                            .arg(m_ctx.position(firstDefinition(s.id)).line));
            if (m_ctx.stopped())
                return;
        }
    }
    if (m_ctx.hasErrors())
        return;
    order = 1;
    for (size_t i = 0; i < m_flows.size(); ++i) {
        Flow &f = m_flows[i];
        f.order = order++;
        if (!m_ids.contains(f.id) && !m_bp.graph.hasStep(f.id) && m_bp.graph.addFlow(std::move(f)))
            continue;
        // Refused (and left intact): say why.
        const std::int64_t offset = m_flowOffsets[i];
        if (!m_bp.graph.hasStep(f.from))
            m_ctx.error(m_ctx.attrOffsetAt(offset, "from"),
                        ReaderTr::tr("flow %1 comes from step %2, which does not exist")
                            .arg(q(f.id), q(f.from)));
        if (!m_bp.graph.hasStep(f.to))
            m_ctx.error(m_ctx.attrOffsetAt(offset, "to"),
                        ReaderTr::tr("flow %1 goes to step %2, which does not exist")
                            .arg(q(f.id), q(f.to)));
        if (m_bp.graph.hasStep(f.from) && m_bp.graph.hasStep(f.to))
            m_ctx.error(m_ctx.attrOffsetAt(offset, "id"),
                        ReaderTr::tr("duplicate id %1 (first used on line %2)")
                            .arg(q(f.id))
                            .arg(m_ctx.position(firstDefinition(f.id)).line));
        if (m_ctx.stopped())
            return;
    }
    if (m_ctx.hasErrors())
        return;
    // Warnings name elements by id; their creation order is their position in the file.
    for (Diagnostic d : validateModel(m_bp)) {
        std::int64_t offset = -1;
        if (const Step *s = m_bp.graph.step(d.element))
            offset = m_stepOffsets[size_t(s->order - 1)];
        else if (const Flow *f = m_bp.graph.flow(d.element))
            offset = m_flowOffsets[size_t(f->order - 1)];
        m_ctx.add(std::move(d), offset);
    }
    m_ctx.result().blueprint = std::move(m_bp);
}

std::int64_t Reader::firstDefinition(const ElementId &id) const
{
    // Error path only. Steps and flows already in the graph know their creation order, which is
    // their position in the file.
    if (m_ids.contains(id))
        return m_ids.value(id);
    if (const Step *step = m_bp.graph.step(id))
        return m_stepOffsets[size_t(step->order - 1)];
    if (const Flow *flow = m_bp.graph.flow(id))
        return m_flowOffsets[size_t(flow->order - 1)];
    return 0;
}

ElementId Reader::laneOrPoolRef(pugi::xml_node node, pugi::xml_attribute a, bool lane)
{
    // Lanes and pools come before steps in a file: share their id strings instead of making one
    // per step (less memory, and no allocation to free again).
    const QLatin1StringView value(a.value());
    constexpr size_t linearSearchLimit = 32; // beyond that, resolve through the index later
    if (lane && m_lanes.size() <= linearSearchLimit) {
        for (const Lane &l : m_lanes)
            if (l.id == value)
                return l.id;
    } else if (!lane && m_pools.size() <= linearSearchLimit) {
        for (const Pool &p : m_pools)
            if (p.id == value)
                return p.id;
    }
    return reference(node, a);
}

} // namespace bp::detail
