#pragma once

/// @file settings.h
/// Thresholds and options of an analysis run (analysis.md §3.2: "defaults are configurable per
/// project"). The values here are the spec's defaults.

namespace bp::analysis {

/// Which waiting-time formula the queueing part uses (analysis.md §3.1 step 5, cli.md
/// `--wait-model`).
enum class WaitModel {
    Auto, ///< exact Erlang C when the inputs are exponential, else Allen–Cunneen with QNA
    Exact, ///< M/M/c (Erlang C) whatever the SCVs say
    AllenCunneenQna, ///< Allen–Cunneen, arrival SCVs from the QNA linking equations
    AllenCunneenPoisson, ///< Allen–Cunneen with ca² = 1 at every step
    SakasegawaQna, ///< Sakasegawa's closed form, arrival SCVs from QNA
};

/// Thresholds of the flags; every one is settable per document.
struct Settings
{
    WaitModel waitModel = WaitModel::Auto;
    double busy = 0.70; ///< BUSY from this implied utilisation
    double high = 0.85; ///< HIGH_UTILISATION from here
    double critical = 0.95; ///< CRITICAL_UTILISATION from here; UNSTABLE at 1
    int rpnThreshold = 100; ///< FMEA_RPN when RPN ≥ this (80, 100, 120 or 125 are common)
    int severityThreshold = 9; ///< FMEA_SEVERITY when S ≥ this, whatever the RPN
    double targetUtilisation = 0.85; ///< ρ* for "servers needed for a target utilisation"
    double backlogHorizonMinutes = 480.0; ///< H for the fluid backlog of an unstable step
    double tieTolerance = 1e-9; ///< |ρa − ρb| ≤ tol·max(1, ρ) is a tie
    int pingPongWindow = 3; ///< k consecutive steps for HANDOFF_PINGPONG
    double flexibleRoutingGain = 1.05; ///< FLEXIBLE_ROUTING_GAIN when max-flow > this × capacity
    double probabilityTolerance = 1e-9; ///< routing probabilities must sum to 1 within this

    friend bool operator==(const Settings &, const Settings &) = default;
};

} // namespace bp::analysis
