#pragma once

#include "analysis/actionpriority.h"
#include "analysis/finding.h"
#include "analysis/settings.h"
#include "analysis/snapshot.h"

#include <optional>
#include <vector>

/// @file fmea.h
/// FMEA scoring (analysis.md §2.7): RPN = S·O·D, the ranking, and the flags
///
/// | code | level | elements | values | condition |
/// |---|---|---|---|---|
/// | `FMEA_RPN` | warning | step | `rpn`, `threshold` | RPN ≥ Settings::rpnThreshold |
/// | `FMEA_SEVERITY` | error | step | `severity` | S ≥ Settings::severityThreshold, whatever the
/// RPN | | `FMEA_AP_HIGH` | error | step | `ap` = "H" | Action Priority H, only when a table is
/// loaded |

namespace bp::analysis {

/// One failure mode with its three scores (each 1..10).
struct FmeaRow
{
    QString id; ///< the failure mode's id (for a step's own scores: the step id)
    ElementId step; ///< the step it belongs to
    int severity = 1;
    int occurrence = 1;
    int detection = 1;
};

/// A scored failure mode.
struct FmeaEntry
{
    FmeaRow row;
    int rpn = 0; ///< S·O·D, 1..1000
    bool rpnFlag = false; ///< RPN ≥ threshold
    bool severityFlag = false; ///< S ≥ severity threshold
    std::optional<ActionPriority> ap; ///< set when a table is loaded
    /// Flagged by any rule (RPN, severity or AP = H).
    bool flagged() const { return rpnFlag || severityFlag || ap == ActionPriority::High; }
};

/// Scores and ranks @p rows: RPN descending, then S, O, D descending, then id ascending.
/// @p table, when given, adds the Action Priority of each row.
std::vector<FmeaEntry> rankFmea(std::vector<FmeaRow> rows, const Settings &settings = {},
                                const ActionPriorityTable *table = nullptr);

/// The FMEA rows of a snapshot: one per step whose severity, occurrence and detection are all
/// given and within 1..10 (others are reported by validation), in vertex order.
std::vector<FmeaRow> fmeaRowsOf(const Snapshot &snapshot);

/// FMEA_RPN, FMEA_SEVERITY and FMEA_AP_HIGH findings for ranked @p entries, in ranking order.
Findings fmeaFindings(const std::vector<FmeaEntry> &entries, const Settings &settings = {});

} // namespace bp::analysis
