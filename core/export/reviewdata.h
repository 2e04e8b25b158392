#pragma once

#include "analysis/crossings.h"
#include "analysis/failure.h"
#include "analysis/finding.h"
#include "analysis/queueinganalysis.h"
#include "analysis/snapshot.h"
#include "analysis/validate.h"
#include "render/analysisoverlay.h"

#include <QCoreApplication>

#include <optional>

/// @file reviewdata.h
/// The analysis figures that exports and reports show, gathered in one place and filled by one
/// function (reviewAnalysis(), which calls the engine's runAnalysis()).

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
    /// The analysis overlay (analysisoverlay.h), as the canvas shows it.
    OverlayData overlay;
};

/// Runs the analysis of @p blueprint (runAnalysis()) and keeps what a review shows.
ReviewData reviewAnalysis(const Blueprint &blueprint);

/// The overlay of the analysis in @p data (overlayDataOf(), the canvas's own).
OverlayData overlayData(const ReviewData &data);

/// Shortcut: reviewAnalysis() then overlayData().
OverlayData overlayData(const Blueprint &blueprint);

/// The words of a finding for a reader: the analysis engine's message (describeFinding()) and
/// its suggestion, with the titles of the elements from @p snapshot.
QString findingText(const analysis::Finding &finding, const analysis::Snapshot &snapshot);

/// Translated name of a severity ("Error", "Warning", "Info").
QString severityTitle(analysis::Severity severity);

/// Translated texts of the exporters.
class Export
{
    Q_DECLARE_TR_FUNCTIONS(bp::Export)
};

} // namespace bp::exporting
