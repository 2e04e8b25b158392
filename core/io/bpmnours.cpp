// BPMN import: the blueprint attributes (`bs:`) that our own export keeps on BPMN elements, read
// back so that .blueprint → .bpmn → .blueprint loses nothing. A bad value is a warning and is
// ignored.

#include "bpmnnames.h"
#include "bpmnreader_p.h"
#include "model/diagnostic.h"
#include "model/ids.h"
#include "model/kinds.h"
#include "numbers.h"

#include <cmath>
#include <cstring>

namespace bp::bpmn {

// ---------------------------------------------------------------------------------------------
// Blueprint attributes kept on BPMN elements by our own export

void Importer::readOurStepAttributes(const pugi::xml_node &node, RawNode &raw)
{
    Step &s = raw.step;
    const auto bad = [&](const char *name, const QString &value) {
        m_ctx.warning(m_ctx.offsetOf(node),
                      ImportTr::tr("blueprint attribute %1=%2 is not valid and is ignored")
                          .arg(QString::fromLatin1(name), quoted(value)));
    };
    const auto number = [&](const char *name, double min, double max) -> std::optional<double> {
        const QString text = ourAttribute(node, name);
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<double> v = parseNumber(text.toStdString());
        if (!v || *v < min || *v > max) {
            bad(name, text);
            return std::nullopt;
        }
        return v;
    };
    if (const QString kind = ourAttribute(node, "kind"); !kind.isEmpty()) {
        const std::optional<StepKind> k = parseStepKind(kind);
        // Only a choice BPMN cannot express by itself: fork or join, evidence.
        if (k && (*k == StepKind::Fork || *k == StepKind::Join)
            && raw.type == QLatin1String("parallelGateway")) {
            s.kind = *k;
            raw.hasOurKind = true;
        } else if (!k) {
            bad("kind", kind);
        }
    }
    raw.ourLane = ourAttribute(node, "lane");
    s.time = number("time", 0, 1e12).value_or(s.time);
    s.scv = number("scv", 0, 1e6).value_or(s.scv);
    s.tolerance = number("tolerance", 0, 1e12);
    s.executionTolerance = number("execution-tolerance", 0, 1e12);
    s.pFail = number("p-fail", 0, 1).value_or(0);
    s.entry = number("entry", 0, 1);
    for (const auto &[name, field] :
         { std::pair { "severity", &s.severity }, std::pair { "occurrence", &s.occurrence },
           std::pair { "detection", &s.detection } }) {
        if (const std::optional<double> v = number(name, 1, 10)) {
            if (*v == std::floor(*v))
                *field = int(*v);
            else
                bad(name, ourAttribute(node, name));
        }
    }
    if (const QString servers = ourAttribute(node, "servers"); !servers.isEmpty()) {
        const std::optional<long long> n = parseInteger(servers.toStdString());
        if (servers == u"inf")
            s.servers = Servers::unlimited();
        else if (n && *n >= 1 && *n <= limits::maxServers)
            s.servers = Servers::of(int(*n));
        else
            bad("servers", servers);
    }
    if (const QString present = ourAttribute(node, "customer-present"); !present.isEmpty()) {
        if (present == u"true" || present == u"false")
            s.customerPresent = present == u"true";
        else
            bad("customer-present", present);
    }
    s.pool = ourAttribute(node, "pool");
}

void Importer::readOurDemand(const pugi::xml_node &node)
{
    Demand d;
    const auto number = [&](const char *name, double min, double max) -> std::optional<double> {
        const pugi::xml_attribute a = node.attribute(name);
        if (!a)
            return std::nullopt;
        const std::optional<double> v = parseNumber(a.value());
        if (!v || *v < min || *v > max) {
            m_ctx.warning(
                m_ctx.attrOffset(node, name),
                ImportTr::tr("blueprint attribute %1=%2 is not valid and is ignored")
                    .arg(QString::fromLatin1(name), quoted(QString::fromUtf8(a.value()))));
            return std::nullopt;
        }
        return v;
    };
    d.arrivalRate = number("arrival-rate", 0, 1e12);
    if (const std::optional<RateUnit> per
        = parseRateUnit(QString::fromUtf8(node.attribute("per").value())))
        d.per = *per;
    d.arrivalScv = number("arrival-scv", 0, 1e6).value_or(1.0);
    d.journeyTolerance = number("journey-tolerance", 0, 1e12);
    d.serviceLevel = number("service-level", 0, 1).value_or(0.8);
    m_bp.demand = d;
}

void Importer::readOurFlowAttributes(const pugi::xml_node &node, RawFlow &raw)
{
    if (raw.type == QLatin1String("association")) {
        pugi::xml_attribute a;
        const QString text = ourAttribute(node, "label", &a);
        if (a)
            raw.flow.label
                = m_ctx.checkText(text, m_ctx.attrOffset(node, a.name()), QStringLiteral("label"));
        if (const std::optional<long long> index
            = parseInteger(ourAttribute(node, "index").toStdString());
            index && *index >= 0)
            raw.ourIndex = *index;
    }
    if (const QString kind = ourAttribute(node, "kind"); !kind.isEmpty()) {
        if (const std::optional<FlowKind> k = parseFlowKind(kind))
            raw.flow.kind = *k;
        else
            m_ctx.warning(m_ctx.offsetOf(node),
                          ImportTr::tr("blueprint attribute %1=%2 is not valid and is ignored")
                              .arg(QStringLiteral("kind"), quoted(kind)));
    }
    if (const QString p = ourAttribute(node, "p"); !p.isEmpty()) {
        const std::optional<double> v = parseNumber(p.toStdString());
        if (v && *v >= 0 && *v <= 1)
            raw.flow.p = v;
        else
            m_ctx.warning(m_ctx.offsetOf(node),
                          ImportTr::tr("blueprint attribute %1=%2 is not valid and is ignored")
                              .arg(QStringLiteral("p"), quoted(p)));
    }
}

} // namespace bp::bpmn
