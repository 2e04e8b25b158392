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

/// What the second thread of runAnalysis waits for after the single points of failure.
struct Routed
{
    bool ok = false; ///< false: validation found errors, so no part needing routing runs
    std::vector<double> visits; ///< the visit ratios
    std::vector<int> joinOfFork; ///< ValidationResult::joinOfFork
};

/// The parts of an analysis that need at most the visit ratios: the ones runAnalysis can run
/// beside the validation and the queueing part.
struct SideParts
{
    SpofResult spof;
    CrossingResult crossings;
    FailureResult failure;
    MaxFlowResult maxFlow; ///< without FLEXIBLE_ROUTING_GAIN, which needs the process capacity
};

/// The recovery audit and the single points of failure, then, once @p routed arrives and when
/// it is ok, the line crossings, the failures and the max-flow.
SideParts sideParts(const Snapshot &s, const Settings &settings, const ActionPriorityTable *table,
                    const RoutingView &view, std::future<Routed> routed)
{
    SideParts p;
    const std::vector<FailPoint> audit = recoveryAudit(s, &view);
    p.spof = analyseSpof(s, &view, &audit);
    const Routed r = routed.get();
    if (!r.ok)
        return p;
    p.crossings = analyseCrossings(s, r.visits, settings);
    p.failure = analyseFailures(s, r.visits, settings, table, &r.joinOfFork, &audit);
    p.maxFlow = analyseMaxFlow(s, r.visits, std::nullopt, settings, &view);
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
    // What needs only the view (the recovery audit, the single points of failure) and what
    // needs the visit ratios but nothing else of the queueing part (line crossings, failures,
    // max-flow; the flexible-routing finding, which needs the process capacity, is added
    // after) runs, from parallelAnalysisFrom steps on, on a second thread beside the
    // validation and the queueing part. Both threads only read the snapshot and the view,
    // whose lazily computed parts are filled in before the thread starts.
    const auto side = [&](std::future<Routed> routed) {
        return sideParts(s, settings, table, view, std::move(routed));
    };
    const bool two = threads == Threads::Two
        || (threads == Threads::Auto && s.size() >= parallelAnalysisFrom
            && QThread::idealThreadCount() > 1);
    std::future<SideParts> beside;
    // Declared after `beside`: should anything below throw, the promise breaks first and the
    // second thread stops waiting before `beside` joins it.
    std::promise<Routed> routed;
    if (two) {
        view.dominators();
        view.condense();
        beside = std::async(std::launch::async, side, routed.get_future());
    }
    const auto sideResult = [&] {
        return two ? beside.get() : side(routed.get_future());
    };

    r.validation = validate(s, settings, &view);
    const bool errors = r.validation.hasErrors(); // before its findings move to r.findings
    take(r.findings, r.validation.findings);
    if (errors) {
        // Errors stop the queueing part (analysis.md §1); what needs no routing still runs.
        routed.set_value({});
        r.structure.spof = sideResult().spof;
        take(r.findings, r.structure.spof.findings);
        r.failure.fmea = rankFmea(fmeaRowsOf(s), settings, table);
        Findings fmea = fmeaFindings(r.failure.fmea, settings);
        take(r.findings, fmea);
    } else {
        r.complete = true;
        Visits visits = computeVisits(s);
        routed.set_value({ true, visits.v, r.validation.joinOfFork });
        r.queueing = analyseQueueing(s, settings, std::move(visits));
        SideParts p = sideResult();
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
