#include "analysis/analysis.h"

#include "analysis/failure.h"
#include "analysis/fmea.h"
#include "analysis/structuregraph.h"

#include <algorithm>

namespace bp::analysis {

namespace {

int rank(Severity s)
{
    switch (s) {
    case Severity::Error:
        return 0;
    case Severity::Warning:
        return 1;
    case Severity::Info:
        break;
    }
    return 2;
}

void append(Findings &to, const Findings &from)
{
    to.insert(to.end(), from.begin(), from.end());
}

} // namespace

int AnalysisResult::count(Severity s) const
{
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [s](const Finding &f) { return f.severity == s; }));
}

Findings AnalysisResult::findingsFor(const ElementId &elementId) const
{
    Findings out;
    for (const Finding &f : findings) {
        if (f.elements.contains(elementId))
            out.push_back(f);
    }
    return out;
}

AnalysisResult runAnalysis(Snapshot snapshot, const Settings &settings,
                           const ActionPriorityTable *table)
{
    AnalysisResult r;
    r.snapshot = std::move(snapshot);
    r.settings = settings;
    const Snapshot &s = r.snapshot;

    // One routing view for validation, structure and failures: its dominators, condensation
    // and the recovery audit are computed once.
    const RoutingView view(s);
    r.validation = validate(s, settings, &view);
    const std::vector<FailPoint> audit = recoveryAudit(s, &view);
    append(r.findings, r.validation.findings);

    if (r.validation.hasErrors()) {
        // Errors stop the queueing part (analysis.md §1); what needs no routing still runs.
        r.structure.spof = analyseSpof(s, &view, &audit);
        append(r.findings, r.structure.spof.findings);
        r.failure.fmea = rankFmea(fmeaRowsOf(s), settings, table);
        append(r.findings, fmeaFindings(r.failure.fmea, settings));
    } else {
        r.complete = true;
        r.queueing = analyseQueueing(s, settings);
        append(r.findings, r.queueing.findings);
        const std::vector<double> &visits = r.queueing.visits.v;
        r.structure
            = analyseStructure(s, visits, settings, r.queueing.processCapacity, &view, &audit);
        append(r.findings, r.structure.findings);
        r.failure = analyseFailures(s, visits, settings, table, &r.validation.joinOfFork, &audit);
        append(r.findings, r.failure.findings);
    }

    std::stable_sort(r.findings.begin(), r.findings.end(), [](const Finding &a, const Finding &b) {
        return rank(a.severity) < rank(b.severity);
    });
    return r;
}

AnalysisResult runAnalysis(const Blueprint &blueprint, const ActionPriorityTable *table)
{
    return runAnalysis(Snapshot::of(blueprint), settingsOf(blueprint), table);
}

AnalysisResult runAnalysis(const Blueprint &blueprint, const Settings &settings,
                           const ActionPriorityTable *table)
{
    return runAnalysis(Snapshot::of(blueprint), settings, table);
}

} // namespace bp::analysis
