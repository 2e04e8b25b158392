#include "validation.h"

#include <QCoreApplication>

#include <cmath>

namespace bp {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::Validation)
};

Diagnostic warning(const ElementId &element, const QString &message)
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.element = element;
    d.message = message;
    return d;
}

QString quoted(const ElementId &id)
{
    return u'"' + escapeForMessage(id) + u'"';
}
} // namespace

Diagnostics validateModel(const Blueprint &blueprint)
{
    Diagnostics out;
    const BlueprintGraph &g = blueprint.graph;
    bool hasStart = false;
    bool hasEnd = false;
    g.forEachStepWithOutFlows([&](const Step &step, const std::vector<const Flow *> &outFlows) {
        const Step *s = &step;
        hasStart = hasStart || s->kind == StepKind::Start;
        hasEnd = hasEnd || s->kind == StepKind::End;

        if (s->kind == StepKind::Action && s->time == 0.0)
            out.append(warning(s->id, Tr::tr("step %1 has no time given").arg(quoted(s->id))));
        if (!s->pool.isEmpty() && s->servers)
            out.append(warning(s->id,
                               Tr::tr("step %1 uses pool %2, so its own servers are "
                                      "ignored")
                                   .arg(quoted(s->id), quoted(s->pool))));
        const int fmea = int(s->severity.has_value()) + int(s->occurrence.has_value())
            + int(s->detection.has_value());
        if (fmea != 0 && fmea != 3)
            out.append(warning(s->id,
                               Tr::tr("step %1 has only some of severity, occurrence "
                                      "and detection; FMEA needs all three")
                                   .arg(quoted(s->id))));

        // An evidence flow must touch an evidence step; only these few flows need a lookup.
        for (const Flow *f : outFlows) {
            if (f->kind != FlowKind::Evidence || s->kind == StepKind::Evidence)
                continue;
            const Step *to = g.step(f->to);
            if (to && to->kind != StepKind::Evidence)
                out.append(warning(
                    f->id, Tr::tr("evidence flow %1 links no evidence step").arg(quoted(f->id))));
        }
        if (s->kind == StepKind::Fork || s->kind == StepKind::End)
            return; // fork branches all carry the customer; an end step routes nowhere
        int routing = 0;
        int withoutP = 0;
        double sum = 0.0;
        for (const Flow *f : outFlows) {
            if (!isRouting(f->kind))
                continue;
            ++routing;
            if (f->p)
                sum += *f->p;
            else
                ++withoutP;
        }
        if (routing == 0)
            return;
        if (routing == 1 && withoutP == 1)
            return; // the only routing flow: p = 1
        if (withoutP > 0) {
            out.append(warning(s->id,
                               Tr::tr("step %1 has %2 outgoing flows but %3 of them "
                                      "give no probability")
                                   .arg(quoted(s->id))
                                   .arg(routing)
                                   .arg(withoutP)));
        } else if (std::abs(sum - 1.0) > 1e-9) {
            out.append(warning(s->id,
                               Tr::tr("the probabilities of the flows leaving step %1 "
                                      "add up to %2, not 1")
                                   .arg(quoted(s->id))
                                   .arg(sum, 0, 'g', 10)));
        }
    });
    if (g.stepCount() > 0 && !hasStart)
        out.append(warning({}, Tr::tr("the blueprint has no start step")));
    if (g.stepCount() > 0 && !hasEnd)
        out.append(warning({}, Tr::tr("the blueprint has no end step")));
    return out;
}

} // namespace bp
