#include "analysis/analysis.h"

#include "analysis/failure.h"
#include "analysis/fmea.h"
#include "analysis/maxflow.h"
#include "analysis/structuregraph.h"

#include <QThread>

#include <algorithm>
#include <cstdint>
#include <future>
#include <initializer_list>
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
    std::vector<FailPoint> audit = recoveryAudit(s, &view); // becomes p.failure.failPoints
    p.spof = analyseSpof(s, &view, &audit);
    const Routed r = routed.get();
    if (!r.ok)
        return p;
    p.crossings = analyseCrossings(s, r.visits, settings);
    p.failure = analyseFailures(s, r.visits, settings, table, &r.joinOfFork, std::move(audit));
    p.maxFlow = analyseMaxFlow(s, r.visits, std::nullopt, settings, &view);
    return p;
}

/// The findings of @p parts, errors first, then warnings, then info, each in the order of the
/// parts and then in the order found: a stable sort that moves every finding once, straight to
/// its place (about 120,000 findings at 100,000 steps). The parts are left empty.
Findings rankedBySeverity(std::initializer_list<Findings *> parts)
{
    std::vector<std::uint8_t> ranks; // of every finding, in order: the passes below read these
    for (const Findings *part : parts) {
        for (const Finding &f : *part)
            ranks.push_back(static_cast<std::uint8_t>(rank(f.severity)));
    }
    Findings ranked;
    ranked.reserve(ranks.size());
    for (std::uint8_t wanted = 0; wanted < 3; ++wanted) {
        std::size_t i = 0;
        for (Findings *part : parts) {
            for (std::size_t k = 0; k < part->size(); ++k, ++i) {
                if (ranks[i] == wanted)
                    ranked.push_back(std::move((*part)[k]));
            }
        }
    }
    for (Findings *part : parts)
        part->clear();
    return ranked;
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
    if (r.validation.hasErrors()) {
        // Errors stop the queueing part (analysis.md §1); what needs no routing still runs.
        routed.set_value({});
        r.structure.spof = sideResult().spof;
        r.failure.fmea = rankFmea(fmeaRowsOf(s), settings, table);
        Findings fmea = fmeaFindings(r.failure.fmea, settings);
        r.findings
            = rankedBySeverity({ &r.validation.findings, &r.structure.spof.findings, &fmea });
    } else {
        r.complete = true;
        Visits visits = computeVisits(s);
        routed.set_value({ true, visits.v, r.validation.joinOfFork });
        r.queueing = analyseQueueing(s, settings, std::move(visits));
        SideParts p = sideResult();
        addFlexibleRoutingGain(p.maxFlow, r.queueing.processCapacity, settings);
        // The parts' findings go straight into r.findings, in the order analyseStructure()
        // gives them (structure.findings stays empty).
        r.structure.spof = std::move(p.spof);
        r.structure.crossings = std::move(p.crossings);
        r.structure.maxFlow = std::move(p.maxFlow);
        r.failure = std::move(p.failure);
        r.findings = rankedBySeverity({ &r.validation.findings, &r.queueing.findings,
                                        &r.structure.spof.findings, &r.structure.crossings.findings,
                                        &r.structure.maxFlow.findings, &r.failure.findings });
    }
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
