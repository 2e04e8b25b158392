#include "nativewriter.h"

#include "analysisattributes.h"
#include "model/kinds.h"
#include "numbers.h"

namespace bp {

namespace {

class Writer
{
public:
    QByteArray out;

    void line(int indent, const QByteArray &text)
    {
        out.append(QByteArray(indent * 2, ' '));
        out.append(text);
        out.append('\n');
    }

    static void escapeInto(QByteArray &to, const QString &text, bool attribute)
    {
        const QByteArray utf8 = text.toUtf8();
        for (char c : utf8) {
            switch (c) {
            case '&':
                to.append("&amp;");
                break;
            case '<':
                to.append("&lt;");
                break;
            case '>':
                to.append("&gt;");
                break;
            case '"':
                if (attribute)
                    to.append("&quot;");
                else
                    to.append(c);
                break;
            case '\n':
                if (attribute)
                    to.append("&#10;"); // survives attribute-value normalisation
                else
                    to.append(c);
                break;
            case '\r':
                to.append("&#13;");
                break;
            case '\t':
                if (attribute)
                    to.append("&#9;");
                else
                    to.append(c);
                break;
            default:
                if (static_cast<unsigned char>(c) >= 0x20) // never control characters
                    to.append(c);
                break;
            }
        }
    }

    // One start tag being built: attributes appended in a fixed order.
    struct Tag
    {
        QByteArray text;
        explicit Tag(const char *name) { text = QByteArray("<") + name; }
        Tag &attr(const char *name, const QString &value)
        {
            text.append(' ').append(name).append("=\"");
            escapeInto(text, value, true);
            text.append('"');
            return *this;
        }
        Tag &attrIf(bool condition, const char *name, const QString &value)
        {
            return condition ? attr(name, value) : *this;
        }
        Tag &num(const char *name, double value)
        {
            text.append(' ').append(name).append("=\"").append(formatNumber(value)).append('"');
            return *this;
        }
        Tag &numIf(bool condition, const char *name, double value)
        {
            return condition ? num(name, value) : *this;
        }
        template<typename T> Tag &opt(const char *name, const std::optional<T> &value)
        {
            return value ? num(name, double(*value)) : *this;
        }
        Tag &servers(const char *name, const Servers &s)
        {
            return attr(name, s.infinite ? QStringLiteral("inf") : QString::number(s.count));
        }
        Tag &extras(const Extras &e)
        {
            for (const auto &[n, v] : e.attributes)
                attr(n.toUtf8().constData(), v);
            return *this;
        }
    };

    void element(int indent, Tag &tag, const Extras &extras, const QString &description,
                 const char *name, const QVector<QPointF> *points = nullptr)
    {
        tag.extras(extras);
        const bool hasChildren = !description.isEmpty() || !extras.elements.isEmpty()
            || (points && !points->isEmpty());
        if (!hasChildren) {
            line(indent, tag.text + "/>");
            return;
        }
        line(indent, tag.text + ">");
        if (!description.isEmpty())
            textElement(indent + 1, "description", description);
        if (points) {
            for (const QPointF &p : *points)
                line(indent + 1,
                     "<point x=\"" + formatNumber(p.x()) + "\" y=\"" + formatNumber(p.y())
                         + "\"/>");
        }
        for (const QByteArray &e : extras.elements)
            line(indent + 1, e);
        line(indent, QByteArray("</") + name + ">");
    }

    void textElement(int indent, const char *name, const QString &text)
    {
        QByteArray t = QByteArray(indent * 2, ' ') + '<' + name + '>';
        escapeInto(t, text, false);
        t.append("</").append(name).append(">\n");
        out.append(t);
    }

    void lane(const Lane &l)
    {
        Tag t("lane");
        t.attr("id", l.id)
            .attr("kind", toString(l.kind))
            .attrIf(!l.title.isEmpty(), "title", l.title);
        t.numIf(l.height != 120.0, "height", l.height);
        element(2, t, l.extras, {}, "lane");
    }

    void pool(const Pool &p)
    {
        Tag t("pool");
        t.attr("id", p.id)
            .attrIf(!p.title.isEmpty(), "title", p.title)
            .servers("servers", p.servers);
        element(2, t, p.extras, {}, "pool");
    }

    void step(const Step &s, double laneHeight)
    {
        Tag t("step");
        t.attr("id", s.id).attr("lane", s.lane);
        t.attrIf(s.kind != StepKind::Action, "kind", toString(s.kind));
        t.attrIf(!s.title.isEmpty(), "title", s.title);
        t.numIf(s.time != 0.0, "time", s.time);
        t.numIf(s.scv != 1.0, "scv", s.scv);
        if (s.servers)
            t.servers("servers", *s.servers);
        t.attrIf(!s.pool.isEmpty(), "pool", s.pool);
        t.opt("tolerance", s.tolerance);
        if (s.customerPresent)
            t.attr("customer-present",
                   *s.customerPresent ? QStringLiteral("true") : QStringLiteral("false"));
        t.numIf(s.pFail != 0.0, "p-fail", s.pFail);
        t.opt("severity", s.severity).opt("occurrence", s.occurrence).opt("detection", s.detection);
        t.opt("entry", s.entry);
        t.numIf(s.pos.x() != 0.0, "x", s.pos.x());
        t.numIf(s.pos.y() != laneHeight / 2, "y", s.pos.y());
        t.opt("execution-tolerance", s.executionTolerance);
        element(2, t, s.extras, s.description, "step");
    }

    void flow(const Flow &f)
    {
        Tag t("flow");
        t.attr("id", f.id).attr("from", f.from).attr("to", f.to);
        t.attrIf(f.kind != FlowKind::Flow, "kind", toString(f.kind));
        t.opt("p", f.p);
        t.attrIf(!f.label.isEmpty(), "label", f.label);
        element(2, t, f.extras, {}, "flow", &f.waypoints);
    }
};

QByteArray rootTag(const Meta &meta, const Extras &extras)
{
    Writer::Tag t("blueprint");
    t.text.append(" xmlns=\"urn:blueprint-studio:blueprint:1\" version=\"1\"");
    t.attrIf(!meta.title.isEmpty(), "title", meta.title);
    t.attr("time-unit", toString(meta.timeUnit));
    t.extras(extras);
    return t.text + ">";
}

} // namespace

QByteArray writeNative(const Blueprint &bp)
{
    Writer w;
    // About 330 bytes a step with its flow: one allocation for the whole file.
    w.out.reserve(qsizetype(1024 + bp.graph.stepCount() * 200 + bp.graph.flowCount() * 130));
    w.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    w.line(0, rootTag(bp.meta, Extras { bp.extras.attributes, {} }));
    if (!bp.meta.description.isEmpty())
        w.textElement(1, "description", bp.meta.description);
    if (bp.demand) {
        const Demand &d = *bp.demand;
        Writer::Tag t("demand");
        t.opt("arrival-rate", d.arrivalRate);
        t.attrIf(d.per != RateUnit::Hour, "per", toString(d.per));
        t.numIf(d.arrivalScv != 1.0, "arrival-scv", d.arrivalScv);
        t.opt("journey-tolerance", d.journeyTolerance);
        t.numIf(d.serviceLevel != 0.8, "service-level", d.serviceLevel);
        w.element(1, t, d.extras, {}, "demand");
    }
    if (!bp.analysisSettings.isDefault()) {
        Writer::Tag t("analysis");
        for (const auto &[name, value] : detail::analysisAttributes(bp.analysisSettings))
            t.text.append(' ').append(name).append("=\"").append(value).append('"');
        w.element(1, t, bp.analysisSettings.extras, {}, "analysis");
    }
    if (bp.lanes().empty()) {
        w.line(1, "<lanes/>");
    } else {
        w.line(1, "<lanes>");
        for (const Lane &l : bp.lanes())
            w.lane(l);
        w.line(1, "</lanes>");
    }
    if (!bp.pools().empty()) {
        w.line(1, "<pools>");
        for (const Pool &p : bp.pools())
            w.pool(p);
        w.line(1, "</pools>");
    }
    const std::vector<const Step *> steps = bp.graph.steps();
    if (steps.empty()) {
        w.line(1, "<steps/>");
    } else {
        w.line(1, "<steps>");
        for (const Step *s : steps) {
            const Lane *l = bp.lane(s->lane);
            w.step(*s, l ? l->height : 120.0);
        }
        w.line(1, "</steps>");
    }
    const std::vector<const Flow *> flows = bp.graph.flows();
    if (flows.empty()) {
        w.line(1, "<flows/>");
    } else {
        w.line(1, "<flows>");
        for (const Flow *f : flows)
            w.flow(*f);
        w.line(1, "</flows>");
    }
    for (const QByteArray &e : bp.extras.elements)
        w.line(1, e);
    w.line(0, "</blueprint>");
    return w.out;
}

} // namespace bp
