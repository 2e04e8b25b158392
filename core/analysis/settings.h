#pragma once

#include "model/types.h"

/// @file settings.h
/// Thresholds and options of an analysis run (analysis.md §3.2: "defaults are configurable per
/// project"). The values here are the spec's defaults; a document keeps its own in
/// Blueprint::analysisSettings (model/types.h), and settingsOf() turns those into these.

namespace bp {
class Blueprint;
}

namespace bp::analysis {

using bp::WaitModel;

/// Thresholds of the flags, in the analysis' units (durations in minutes). Built from a
/// document's AnalysisSettings by settingsOf(); every member has the same default there.
struct Settings
{
    WaitModel waitModel = WaitModel::Auto;
    double busy = 0.70; ///< BUSY from this implied utilisation
    double high = 0.85; ///< HIGH_UTILISATION from here
    double critical = 0.95; ///< CRITICAL_UTILISATION from here; UNSTABLE at 1
    int rpnThreshold = 100; ///< FMEA_RPN when RPN ≥ this (80, 100, 120 or 125 are common)
    int severityThreshold = 9; ///< FMEA_SEVERITY when S ≥ this, whatever the RPN
    double targetUtilisation = 0.85; ///< ρ* for "servers needed for a target utilisation"
    double backlogHorizonMinutes = defaultBacklogHorizonMinutes; ///< H for the fluid backlog
    double tieTolerance = 1e-9; ///< |ρa − ρb| ≤ tol·max(1, ρ) is a tie
    int pingPongWindow = 3; ///< k consecutive steps for HANDOFF_PINGPONG
    double flexibleRoutingGain = 1.05; ///< FLEXIBLE_ROUTING_GAIN when max-flow > this × capacity
    double probabilityTolerance = 1e-9; ///< routing probabilities must sum to 1 within this

    friend bool operator==(const Settings &, const Settings &) = default;
};

/// The settings of a document whose durations are in @p unit: @p document's thresholds, its
/// backlog horizon converted to minutes (the spec's 8 hours when it sets none).
Settings settingsOf(const AnalysisSettings &document, TimeUnit unit);

/// The settings a blueprint asks for: settingsOf(blueprint.analysisSettings, its time unit).
Settings settingsOf(const Blueprint &blueprint);

} // namespace bp::analysis
