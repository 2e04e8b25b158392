#pragma once

#include "analysis/crossings.h"
#include "analysis/failure.h"
#include "analysis/finding.h"
#include "analysis/queueinganalysis.h"
#include "analysis/snapshot.h"
#include "analysis/validate.h"
#include "render/overlay.h"

#include <QCoreApplication>

#include <optional>

/// @file reviewdata.h
/// The analysis figures that exports and reports show, gathered in one place. The fill is one
/// function (reviewAnalysis()) so that it can be replaced by the analysis engine's single entry
/// point without touching the exporters.

namespace bp::exporting {

/// Everything an export or a report needs from the analysis of one blueprint.
struct ReviewData
{
    analysis::Snapshot snapshot;
    analysis::ValidationResult validation;
    /// Unset when validation found errors (the queueing analysis must not run then).
    std::optional<analysis::QueueingResult> queueing;
    std::optional<analysis::FailureResult> failures;
    std::optional<analysis::CrossingResult> crossings;
    /// Failure points (recovery audit); available even when validation failed.
    std::vector<analysis::FailPoint> failPoints;
    /// Every finding, ranked: errors first, then warnings, then infos; stable within a level.
    analysis::Findings findings;
};

/// Runs the analysis of @p blueprint for a review (validation, queueing, failures, crossings).
ReviewData reviewAnalysis(const Blueprint &blueprint);

/// The overlay of @p blueprint from @p data: utilisation and stability of each step's pool, the
/// bottleneck pools' steps, fail points (F) and wait points (W: WAIT_EXCEEDS_TOLERANCE).
OverlayData overlayData(const ReviewData &data);

/// Shortcut: reviewAnalysis() then overlayData().
OverlayData overlayData(const Blueprint &blueprint);

/// The words of a finding for a reader. One function, so that it can use the analysis
/// engine's own phrasing when that exists; for now the code, the elements and the values.
QString findingText(const analysis::Finding &finding);

/// Translated name of a severity ("Error", "Warning", "Info").
QString severityTitle(analysis::Severity severity);

/// Translated texts of the exporters.
class Export
{
    Q_DECLARE_TR_FUNCTIONS(bp::Export)
};

} // namespace bp::exporting
