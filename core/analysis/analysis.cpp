#include "analysis/analysis.h"

#include "analysis/failure.h"
#include "analysis/fmea.h"
#include "analysis/maxflow.h"
#include "analysis/structuregraph.h"

#include <QThread>

#include <algorithm>
#include <future>
#include <iterator>
#include <optional>
#include <utility>

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

/// The parts of an analysis that need the visit ratios but not the rest of the queueing part.
struct SideParts
{
    SpofResult spof;
    CrossingResult crossings;
    FailureResult failure;
    MaxFlowResult maxFlow; ///< without FLEXIBLE_ROUTING_GAIN, which needs the process capacity
};

/// The single points of failure, then, once @p ratios (the visit ratios) arrive, the line
/// crossings, the failures and the max-flow: the parts runAnalysis can run beside the queueing
/// part.
SideParts sideParts(const Snapshot &s, const Settings &settings, const ActionPriorityTable *table,
                    const RoutingView &view, const std::vector<FailPoint> &audit,
                    const std::vector<int> &joinOfFork, std::future<std::vector<double>> ratios)
{
    SideParts p;
    p.spof = analyseSpof(s, &view, &audit);
    const std::vector<double> visits = ratios.get();
    p.crossings = analyseCrossings(s, visits, settings);
    p.failure = analyseFailures(s, visits, settings, table, &joinOfFork, &audit);
    p.maxFlow = analyseMaxFlow(s, visits, std::nullopt, settings, &view);
    return p;
}

/// Moves the findings of one part to the end of the result's.
void take(Findings &to, Findings &from)
{
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
    from.clear();
}

/// Errors first, then warnings, then info, each in the order found: a stable counting sort
/// (moves only; 12,000 findings at 10,000 steps).
void rankBySeverity(Findings &findings)
{
    std::size_t start[4] = { 0, 0, 0, 0 };
    for (const Finding &f : findings)
        ++start[rank(f.severity) + 1];
    start[2] += start[1];
    start[3] += start[2];
    Findings ranked(findings.size());
    for (Finding &f : findings)
        ranked[start[rank(f.severity)]++] = std::move(f);
    findings = std::move(ranked);
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
                           const ActionPriorityTable *table, Threads threads)
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
    const bool errors = r.validation.hasErrors();
    take(r.findings, r.validation.findings);

    if (errors) {
        // Errors stop the queueing part (analysis.md §1); what needs no routing still runs.
        r.structure.spof = analyseSpof(s, &view, &audit);
        take(r.findings, r.structure.spof.findings);
        r.failure.fmea = rankFmea(fmeaRowsOf(s), settings, table);
        Findings fmea = fmeaFindings(r.failure.fmea, settings);
        take(r.findings, fmea);
    } else {
        r.complete = true;
        // The single points of failure need only the view; the line crossings, the failures
        // and the max-flow need the visit ratios too, but nothing else of the queueing part
        // (the flexible-routing finding, which needs the process capacity, is added after).
        // From parallelAnalysisFrom steps on, they run on a second thread beside the queueing
        // part. Both threads only read the snapshot, the validation, the audit and the view,
        // whose lazily computed parts are filled in before the thread starts.
        const auto side = [&](std::future<std::vector<double>> ratios) {
            return sideParts(s, settings, table, view, audit, r.validation.joinOfFork,
                             std::move(ratios));
        };
        const bool two = threads == Threads::Two
            || (threads == Threads::Auto && s.size() >= parallelAnalysisFrom
                && QThread::idealThreadCount() > 1);
        std::future<SideParts> beside;
        // Declared after `beside`: should anything below throw, the promise breaks first and
        // the second thread stops waiting for the ratios before `beside` joins it.
        std::promise<std::vector<double>> ratios;
        if (two) {
            view.dominators();
            view.condense();
            beside = std::async(std::launch::async, side, ratios.get_future());
        }
        Visits visits = computeVisits(s);
        ratios.set_value(visits.v);
        r.queueing = analyseQueueing(s, settings, std::move(visits));
        SideParts p = two ? beside.get() : side(ratios.get_future());
        addFlexibleRoutingGain(p.maxFlow, r.queueing.processCapacity, settings);
        r.structure
            = gatherStructure(std::move(p.spof), std::move(p.crossings), std::move(p.maxFlow));
        r.failure = std::move(p.failure);
        take(r.findings, r.queueing.findings);
        take(r.findings, r.structure.findings);
        take(r.findings, r.failure.findings);
    }

    rankBySeverity(r.findings);
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
