#pragma once

#include "model/types.h"
#include "render/scenegeometry.h"
#include "render/style.h"

#include <QColor>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

/// @file analysisoverlay.h
/// The analysis overlay of spec/look.md: F and W badges, utilisation fill with its value, a thick
/// outline on unstable steps, an hourglass on the bottleneck, the critical path as a wide band
/// under its flows, and the legend that explains every mark.
///
/// The overlay is described by plain data (OverlayData), built once per analysis run by
/// overlayDataOf(); the canvas items, the exporters and the CLI paint from the same data with the
/// functions below. Colour is never the only signal: every flagged state also has a letter, a
/// shape or a thicker outline.

namespace bp::analysis {
struct AnalysisResult;
}

namespace bp {

/// What the overlay shows on one step.
struct StepOverlay
{
    /// A fail point (Shostack's F): a step with p-fail or failure flows.
    bool failPoint = false;
    /// The fail point has no recovery path (FAIL_POINT_WITHOUT_RECOVERY): a filled F; a
    /// recovered fail point gets an F in a ring.
    bool unrecovered = false;
    /// A wait point: WAIT_EXCEEDS_TOLERANCE or SERVICE_LEVEL_BELOW_TARGET.
    bool waitPoint = false;
    /// One of the bottleneck pools serves this step (hourglass badge).
    bool bottleneck = false;
    /// The step's pool is unstable, ρ ≥ 1 (thick outline).
    bool unstable = false;
    /// Implied utilisation of the step's pool; unset for steps that do not queue or without
    /// demand.
    std::optional<double> utilisation;

    /// Whether the overlay paints anything on the step.
    bool isEmpty() const
    {
        return !failPoint && !waitPoint && !bottleneck && !unstable && !utilisation;
    }
    friend bool operator==(const StepOverlay &, const StepOverlay &) = default;
};

/// The whole overlay of one analysis run, by element id.
struct OverlayData
{
    QHash<ElementId, StepOverlay> steps; ///< only steps with something to show
    QSet<ElementId> criticalFlows; ///< flows along the worst-case critical path
    bool hasDemand = false; ///< utilisation figures exist

    /// The step's overlay, or an empty one.
    StepOverlay step(const ElementId &id) const { return steps.value(id); }
    friend bool operator==(const OverlayData &, const OverlayData &) = default;
};

/// Builds the overlay of an analysis result: fail points from the failure audit and
/// FAIL_POINT_WITHOUT_RECOVERY, wait points from WAIT_EXCEEDS_TOLERANCE and
/// SERVICE_LEVEL_BELOW_TARGET, utilisation, unstable pools and bottlenecks from the queueing
/// figures, and the flows joining consecutive steps of the critical path. O(steps + flows).
OverlayData overlayDataOf(const analysis::AnalysisResult &result);

/// Colour of an implied utilisation on a sequential, colour-blind-safe scale (pale yellow at 0,
/// through orange, to dark red at 1 and above). Opaque.
QColor utilisationColor(double rho);

/// Text of the utilisation badge, e.g. `ρ 0.85` (`ρ ≥ 1` style values are shown as they are).
QString utilisationText(double rho);

/// Paints the overlay of one step over what paintStep() drew: the tinted fill (translucent, so
/// that the title stays legible), the outline of an unstable step, and the badges on the top
/// edge of @p geometry's shape (F and W at the top right, the hourglass left of them, the ρ
/// value at the top left). Nothing below Style::textLevelOfDetail() except the fill and outline.
void paintStepOverlay(QPainter *painter, const Style &style, const StepGeometry &geometry,
                      StepKind kind, const StepOverlay &overlay, double lod = 1.0);

/// The rectangle that paintStepOverlay() may paint in for @p geometry.
QRectF stepOverlayBounds(const StepGeometry &geometry);

/// Paints the critical-path band along @p route (call before paintFlow(), so that the band lies
/// under the line).
void paintCriticalBand(QPainter *painter, const FlowRoute &route);

/// Half the width of the critical-path band: how far it reaches past the route.
double criticalBandMargin();

/// The size of the legend painted by paintOverlayLegend().
QSizeF overlayLegendSize(const Style &style, bool withCriticalPath = true);

/// Paints the legend that explains every mark of the overlay, with its top-left corner at
/// @p topLeft, on a white card.
void paintOverlayLegend(QPainter *painter, const Style &style, const QPointF &topLeft,
                        bool withCriticalPath = true);

/// The size of the legend folded to its title line (the editor's collapsed legend); the title
/// line of the whole legend has the same height.
QSizeF overlayLegendTitleSize(const Style &style);

/// Paints the folded legend: the card @p card (at least overlayLegendTitleSize()) with the
/// legend's title.
void paintOverlayLegendTitle(QPainter *painter, const Style &style, const QRectF &card);

} // namespace bp
