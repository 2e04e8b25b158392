#pragma once

#include "analysis/actionpriority.h"
#include "analysis/failure.h"
#include "analysis/finding.h"
#include "analysis/queueinganalysis.h"
#include "analysis/settings.h"
#include "analysis/snapshot.h"
#include "analysis/structure.h"
#include "analysis/validate.h"

/// @file analysis.h
/// The whole analysis of analysis.md §3.1 in one call: validation, structure, visit ratios,
/// pools, waits, flow time, critical path, failures, line crossings and max-flow, with every
/// finding ranked. The editor, the CLI and the exports all use this entry point.

namespace bp {
class Blueprint;
}

namespace bp::analysis {

/// Everything one analysis run computes. Self-contained: it holds its own snapshot, so it can
/// be produced on a worker thread and read on the GUI thread after the document moved on.
struct AnalysisResult
{
    Snapshot snapshot; ///< what was analysed (ids, titles, minutes)
    Settings settings; ///< thresholds and wait model used
    ValidationResult validation; ///< analysis.md §1
    /// Whether the queueing, failure and flow parts ran: validation found no error. When false,
    /// only the structural single points of failure and the FMEA ranking are available.
    bool complete = false;
    QueueingResult queueing; ///< visits, pools, waits, flow time, critical path
    StructureResult structure; ///< SPOF, must-pass flows, articulation, crossings, max-flow
    FailureResult failure; ///< E_F, P(failure-free), fail points, FMEA
    /// All findings: errors first, then warnings, then info, each in the order the parts found
    /// them. They are moved here: the parts' own `findings` (validation.findings,
    /// queueing.findings, structure.findings, failure.findings) are empty.
    Findings findings;

    /// The steps' figures by vertex; empty when !complete.
    const std::vector<StepFigures> &steps() const { return queueing.steps; }
    /// Number of findings of a severity.
    int count(Severity s) const;
    /// The findings that mention @p elementId (a step, flow or pool id).
    Findings findingsFor(const ElementId &elementId) const;
};

/// How many threads runAnalysis() may use. The result is the same either way, finding for
/// finding and in the same order.
enum class Threads {
    /// A second thread when the blueprint has at least parallelAnalysisFrom steps and the
    /// machine more than one core: the single points of failure, line crossings and failures
    /// then run beside the queueing part and the max-flow.
    Auto,
    One, ///< everything on the calling thread
    Two, ///< always the second thread, whatever the size and the cores (for tests)
};

/// Fewest steps for which Threads::Auto starts a second thread. Below it, starting the thread
/// costs more than it saves.
inline constexpr int parallelAnalysisFrom = 1000;

/// Runs the analysis of @p snapshot. Near-linear in steps and flows; never throws.
/// @p table adds Action Priorities (FMEA_AP_HIGH) when given.
AnalysisResult runAnalysis(Snapshot snapshot, const Settings &settings = {},
                           const ActionPriorityTable *table = nullptr,
                           Threads threads = Threads::Auto);

/// The analysis of a blueprint with the settings it saves (Snapshot::of, settingsOf and
/// runAnalysis): what the editor, the CLI and the exports show for a file.
AnalysisResult runAnalysis(const Blueprint &blueprint, const ActionPriorityTable *table = nullptr);

/// The analysis of a blueprint with other @p settings (a command-line override, say).
AnalysisResult runAnalysis(const Blueprint &blueprint, const Settings &settings,
                           const ActionPriorityTable *table = nullptr);

} // namespace bp::analysis
