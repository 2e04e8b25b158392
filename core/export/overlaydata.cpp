// The one place where exports and reports get their analysis figures (reviewdata.h).

#include "reviewdata.h"

#include <algorithm>

namespace bp::exporting {

using namespace analysis;

ReviewData reviewAnalysis(const Blueprint &blueprint)
{
    ReviewData d;
    d.snapshot = Snapshot::of(blueprint);
    d.validation = validate(d.snapshot);
    d.failPoints = recoveryAudit(d.snapshot);
    Findings all = d.validation.findings;
    if (!d.validation.hasErrors()) {
        d.queueing = analyseQueueing(d.snapshot);
        const std::vector<double> &visits = d.queueing->visits.v;
        d.failures = analyseFailures(d.snapshot, visits, {}, nullptr, &d.validation.joinOfFork);
        d.crossings = analyseCrossings(d.snapshot, visits);
        for (const Findings *f :
             { &d.queueing->findings, &d.failures->findings, &d.crossings->findings })
            all.insert(all.end(), f->begin(), f->end());
    }
    std::stable_sort(all.begin(), all.end(), [](const Finding &a, const Finding &b) {
        return static_cast<int>(a.severity) > static_cast<int>(b.severity);
    });
    d.findings = std::move(all);
    return d;
}

OverlayData overlayData(const ReviewData &data)
{
    OverlayData o;
    const Snapshot &s = data.snapshot;
    for (const FailPoint &f : data.failPoints)
        o.steps[f.step].failPoint = true;
    if (!data.queueing)
        return o;
    const QueueingResult &q = *data.queueing;
    for (int v = 0; v < s.size() && v < int(q.steps.size()); ++v) {
        const StepFigures &f = q.steps[size_t(v)];
        if (!f.queueing || !f.rho)
            continue;
        StepOverlay &step = o.steps[s.node(v).id];
        step.utilisation = *f.rho;
        const int pool = s.node(v).pool;
        step.unstable
            = pool >= 0 && size_t(pool) < q.pools.size() && q.pools[size_t(pool)].unstable;
        step.bottleneck
            = std::find(q.bottlenecks.begin(), q.bottlenecks.end(), pool) != q.bottlenecks.end();
    }
    for (const Finding &f : q.findings) {
        if (f.code == u"WAIT_EXCEEDS_TOLERANCE" && !f.elements.isEmpty())
            o.steps[f.elements.first()].waitPoint = true;
    }
    return o;
}

OverlayData overlayData(const Blueprint &blueprint)
{
    return overlayData(reviewAnalysis(blueprint));
}

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return Export::tr("Info");
    case Severity::Warning:
        return Export::tr("Warning");
    case Severity::Error:
        break;
    }
    return Export::tr("Error");
}

QString findingText(const Finding &finding)
{
    // Until the analysis engine phrases its findings, show what the finding is made of.
    QStringList values;
    for (auto it = finding.values.cbegin(); it != finding.values.cend(); ++it) {
        const QVariant &v = it.value();
        const bool number = v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int
            || v.typeId() == QMetaType::LongLong;
        values << QStringLiteral("%1 = %2").arg(
            it.key(), number ? QString::number(v.toDouble(), 'g', 4) : v.toString());
    }
    QString text = finding.code;
    if (!finding.elements.isEmpty())
        text += Export::tr(" at %1").arg(finding.elements.join(QStringLiteral(", ")));
    if (!values.isEmpty())
        text += QStringLiteral(" (") + values.join(QStringLiteral("; ")) + u')';
    return text;
}

} // namespace bp::exporting
