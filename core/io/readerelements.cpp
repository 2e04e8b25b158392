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
        } else if (n == u"analysis") {
            if (m_sawAnalysis)
                m_ctx.error(m_ctx.offsetOf(child),
                            ReaderTr::tr("more than one <analysis> element"));
            m_sawAnalysis = true;
            readAnalysis(child);
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
    requireId(node, lane.id, false);
    if (!hasKind)
        m_ctx.error(m_ctx.offsetOf(node),
                    ReaderTr::tr("lane %1 has no kind attribute").arg(q(lane.id)));
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element)
            unknownChild(child, node, &lane.extras);
    if (!lane.id.isEmpty() && !m_laneIndex.contains(lane.id))
        m_laneIndex.insert(lane.id, qsizetype(m_lanes.size()));
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
    requireId(node, pool.id, false);
    if (!hasServers)
        m_ctx.error(m_ctx.offsetOf(node),
                    ReaderTr::tr("pool %1 has no servers attribute").arg(q(pool.id)));
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element)
            unknownChild(child, node, &pool.extras);
    if (!pool.id.isEmpty() && !m_poolIndex.contains(pool.id))
        m_poolIndex.insert(pool.id, qsizetype(m_pools.size()));
    m_pools.push_back(std::move(pool));
}

namespace {
// Attributes of <step> and <flow>, one bit each, so that a repeated one is noticed without
// comparing names pairwise.
enum class StepAttr {
    CustomerPresent,
    Detection,
    Entry,
    ExecutionTolerance,
    Id,
    Kind,
    Lane,
    Occurrence,
    Pool,
    PFail,
    Scv,
    Servers,
    Severity,
    Title,
    Time,
    Tolerance,
    X,
    Y,
    Unknown
};

// Whether the attribute name @p n is @p name: compared inline up to the first difference
// (strcmp was a call per comparison, several per attribute of every step and flow).
template<std::size_t N> bool named(const char *n, const char (&name)[N])
{
    for (std::size_t i = 0; i < N; ++i) {
        if (n[i] != name[i])
            return false;
    }
    return true; // the terminating zeros matched too
}

StepAttr stepAttribute(const char *n)
{
    switch (n[0]) { // a cheap first split; each branch still compares whole names
    case 'c':
        return named(n, "customer-present") ? StepAttr::CustomerPresent : StepAttr::Unknown;
    case 'd':
        return named(n, "detection") ? StepAttr::Detection : StepAttr::Unknown;
    case 'e':
        if (named(n, "entry"))
            return StepAttr::Entry;
        return named(n, "execution-tolerance") ? StepAttr::ExecutionTolerance : StepAttr::Unknown;
    case 'i':
        return named(n, "id") ? StepAttr::Id : StepAttr::Unknown;
    case 'k':
        return named(n, "kind") ? StepAttr::Kind : StepAttr::Unknown;
    case 'l':
        return named(n, "lane") ? StepAttr::Lane : StepAttr::Unknown;
    case 'o':
        return named(n, "occurrence") ? StepAttr::Occurrence : StepAttr::Unknown;
    case 'p':
        if (named(n, "pool"))
            return StepAttr::Pool;
        return named(n, "p-fail") ? StepAttr::PFail : StepAttr::Unknown;
    case 's':
        if (named(n, "scv"))
            return StepAttr::Scv;
        if (named(n, "servers"))
            return StepAttr::Servers;
        return named(n, "severity") ? StepAttr::Severity : StepAttr::Unknown;
    case 't':
        if (named(n, "title"))
            return StepAttr::Title;
        if (named(n, "time"))
            return StepAttr::Time;
        return named(n, "tolerance") ? StepAttr::Tolerance : StepAttr::Unknown;
    case 'x':
        return n[1] == 0 ? StepAttr::X : StepAttr::Unknown;
    case 'y':
        return n[1] == 0 ? StepAttr::Y : StepAttr::Unknown;
    default:
        return StepAttr::Unknown;
    }
}

enum class FlowAttr { Id, From, To, Kind, P, Label, Unknown };

FlowAttr flowAttribute(const char *n)
{
    if (named(n, "id"))
        return FlowAttr::Id;
    if (named(n, "from"))
        return FlowAttr::From;
    if (named(n, "to"))
        return FlowAttr::To;
    if (named(n, "kind"))
        return FlowAttr::Kind;
    if (named(n, "p"))
        return FlowAttr::P;
    if (named(n, "label"))
        return FlowAttr::Label;
    return FlowAttr::Unknown;
}

// Whether an attribute's bit was seen before on this element; marks it.
template<typename E> bool seenBefore(std::uint32_t &seen, E attr)
{
    const std::uint32_t bit = std::uint32_t(1) << unsigned(attr);
    const bool before = (seen & bit) != 0;
    seen |= bit;
    return before;
}
} // namespace

void Reader::readStep(pugi::xml_node node)
{
    if (std::int64_t(m_stepOffsets.size()) >= limits::maxSteps) {
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
    const Lane *lane = nullptr;
    bool poolFound = false;
    std::uint32_t seen = 0;
    bool repeated = false; // a known attribute given twice
    bool unknown = false;
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
        const StepAttr attr = stepAttribute(a.name());
        if (attr == StepAttr::Unknown) {
            unknown = true;
            unknownAttribute(node, a, s.extras);
            continue;
        }
        repeated = seenBefore(seen, attr) || repeated;
        switch (attr) {
        case StepAttr::CustomerPresent:
            s.customerPresent = boolean(node, a);
            break;
        case StepAttr::Detection:
            s.detection = score(node, a);
            break;
        case StepAttr::Entry:
            s.entry = number(node, a, 0, 1);
            break;
        case StepAttr::ExecutionTolerance:
            s.executionTolerance = number(node, a, 0, 1e12);
            break;
        case StepAttr::Id:
            s.id = id(node, a);
            break;
        case StepAttr::Kind:
            s.kind = keyword<StepKind>(node, a, parseStepKind,
                                       "start, end, action, decision, fork, join, evidence")
                         .value_or(s.kind);
            break;
        case StepAttr::Lane:
            s.lane = laneReference(node, a, lane);
            break;
        case StepAttr::Occurrence:
            s.occurrence = score(node, a);
            break;
        case StepAttr::Pool:
            s.pool = poolReference(node, a, poolFound);
            break;
        case StepAttr::PFail:
            s.pFail = number(node, a, 0, 1).value_or(0);
            break;
        case StepAttr::Scv:
            s.scv = number(node, a, 0, 1e6).value_or(1);
            break;
        case StepAttr::Servers:
            s.servers = servers(node, a);
            break;
        case StepAttr::Severity:
            s.severity = score(node, a);
            break;
        case StepAttr::Title:
            s.title = text(node, a);
            break;
        case StepAttr::Time:
            s.time = number(node, a, 0, 1e12).value_or(0);
            break;
        case StepAttr::Tolerance:
            s.tolerance = number(node, a, 0, 1e12);
            break;
        case StepAttr::X:
            s.pos.setX(number(node, a, -limits::maxCoordinate, limits::maxCoordinate).value_or(0));
            break;
        case StepAttr::Y:
            s.pos.setY(number(node, a, -limits::maxCoordinate, limits::maxCoordinate).value_or(0));
            hasY = true;
            break;
        case StepAttr::Unknown:
            break;
        }
    }
    if (repeated || unknown)
        m_ctx.checkDuplicateAttributes(node);
    requireId(node, s.id, true);
    if (s.lane.isEmpty() && !s.id.isEmpty())
        m_ctx.error(m_ctx.offsetOf(node),
                    ReaderTr::tr("step %1 has no lane attribute").arg(q(s.id)));
    bool sawDescription = false;
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element)
            continue;
        if (isOurs(child) && localName(child) == u"description" && !sawDescription) {
            sawDescription = true;
            s.description = elementText(child);
        } else {
            unknownChild(child, node, &s.extras);
        }
    }
    s.order = m_stepOffsets.size() + 1;
    m_stepOffsets.push_back(m_ctx.offsetOf(node));
    addReadStep(std::move(s), hasY, lane, poolFound);
}

void Reader::readFlow(pugi::xml_node node)
{
    Flow f;
    BlueprintGraph::StepRef from;
    BlueprintGraph::StepRef to;
    std::uint32_t seen = 0;
    bool repeated = false;
    bool unknown = false;
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
        const FlowAttr attr = flowAttribute(a.name());
        if (attr == FlowAttr::Unknown) {
            unknown = true;
            unknownAttribute(node, a, f.extras);
            continue;
        }
        repeated = seenBefore(seen, attr) || repeated;
        switch (attr) {
        case FlowAttr::Id:
            f.id = id(node, a);
            break;
        case FlowAttr::From:
            f.from = stepReference(node, a, from);
            break;
        case FlowAttr::To:
            f.to = stepReference(node, a, to);
            break;
        case FlowAttr::Kind:
            f.kind = keyword<FlowKind>(node, a, parseFlowKind, "flow, rework, failure, evidence")
                         .value_or(f.kind);
            break;
        case FlowAttr::P:
            f.p = number(node, a, 0, 1);
            break;
        case FlowAttr::Label:
            f.label = text(node, a);
            break;
        case FlowAttr::Unknown:
            break;
        }
    }
    if (repeated || unknown)
        m_ctx.checkDuplicateAttributes(node);
    requireId(node, f.id, true);
    if (!f.id.isEmpty() && f.from.isEmpty())
        m_ctx.error(m_ctx.offsetOf(node),
                    ReaderTr::tr("flow %1 has no from attribute").arg(q(f.id)));
    if (!f.id.isEmpty() && f.to.isEmpty())
        m_ctx.error(m_ctx.offsetOf(node), ReaderTr::tr("flow %1 has no to attribute").arg(q(f.id)));
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
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
    f.order = m_flowOffsets.size() + 1;
    m_flowOffsets.push_back(m_ctx.offsetOf(node));
    addReadFlow(std::move(f), from, to);
}

ElementId Reader::laneReference(pugi::xml_node node, pugi::xml_attribute a, const Lane *&lane)
{
    // Lanes come before steps in a file: share their id strings instead of making one per step
    // (less memory, and no allocation to free again).
    const QLatin1StringView value(a.value());
    constexpr size_t linearSearchLimit = 32;
    if (m_lanes.size() <= linearSearchLimit) {
        for (const Lane &l : m_lanes) {
            if (l.id == value) {
                lane = &l;
                return l.id;
            }
        }
    } else if (const auto it = m_laneIndex.constFind(QString(value)); it != m_laneIndex.cend()) {
        lane = &m_lanes[size_t(*it)];
        return lane->id;
    }
    return reference(node, a);
}

ElementId Reader::poolReference(pugi::xml_node node, pugi::xml_attribute a, bool &found)
{
    const QLatin1StringView value(a.value());
    constexpr size_t linearSearchLimit = 32;
    if (m_pools.size() <= linearSearchLimit) {
        for (const Pool &p : m_pools) {
            if (p.id == value) {
                found = true;
                return p.id;
            }
        }
    } else if (const auto it = m_poolIndex.constFind(QString(value)); it != m_poolIndex.cend()) {
        found = true;
        return m_pools[size_t(*it)].id;
    }
    return reference(node, a);
}

ElementId Reader::stepReference(pugi::xml_node node, pugi::xml_attribute a,
                                BlueprintGraph::StepRef &found)
{
    // Steps come before flows in a file: share the step's id string. A repeated attribute
    // names the step that the last one names, as its string does.
    found = m_bp.graph.findStep(QLatin1StringView(a.value()));
    if (found)
        return found.step()->id;
    return reference(node, a);
}

} // namespace bp::detail
