#pragma once

#include "scenegeometry.h"
#include "style.h"

#include <QRectF>
#include <QString>

class QPainter;

/// @file painters.h
/// Painting a blueprint with QPainter. The canvas items call these per element and the exporters
/// call paintDiagram(), so that the screen and every export show the same picture.
///
/// Each function paints one element (or the lane background) in scene coordinates and never
/// loops over the steps or flows of the blueprint; only paintDiagram() does.

namespace bp {

/// State and zoom of an element being painted.
struct PaintOptions
{
    bool selected = false;
    bool hovered = false;
    /// Level of detail (scale of the painter's transform; 1 = 100 %). Below
    /// Style::textLevelOfDetail() the painters draw plain shapes without text or badges.
    double lod = 1.0;
};

/// The small grey badges of a step, as text (empty: not shown).
struct StepBadges
{
    QString time; ///< e.g. `10.2 min`
    QString servers; ///< e.g. `×3`, `∞`
};

/// The badges of @p step: its mean time in the blueprint's time unit (when not zero) and its
/// effective servers (when they are not the default single server or the self-service of a
/// customer or evidence lane). Only actions carry badges.
StepBadges stepBadges(const Blueprint &blueprint, const Step &step);

/// A duration for display: at most three significant digits, locale decimal point, then the
/// unit (e.g. `10.2 min`, `36 h`, `0.05 h`).
QString formatDuration(double value, TimeUnit unit);

/// Translated name of a lane kind (e.g. "Frontstage").
QString laneKindName(LaneKind kind);

/// Translated label of a line (e.g. "LINE OF VISIBILITY"; drawn in small caps).
QString lineLabel(BlueprintLine line);

/// Paints the lane bands and their header cells (titles, kinds) that intersect @p exposed
/// (everything when @p exposed is null). O(lanes).
void paintLanes(QPainter *painter, const Style &style, const SceneGeometry &geometry,
                const Blueprint &blueprint, const QRectF &exposed = {}, double lod = 1.0);

/// Paints the line of interaction, the line of visibility and the line of internal interaction
/// across the full width, each labelled at the left.
void paintLines(QPainter *painter, const Style &style, const SceneGeometry &geometry,
                double lod = 1.0);

/// Paints one step: its shape by kind, its title (wrapped to two lines, then elided) and its
/// badges, plus the selection outline and hover highlight.
void paintStep(QPainter *painter, const Style &style, const StepGeometry &geometry,
               const Step &step, const StepBadges &badges, const PaintOptions &options = {});

/// Paints one flow along @p route: its line by kind, the arrowhead at the target (none for
/// evidence links), the branch probability near the source when @p showProbability, and the
/// label on a white halo.
void paintFlow(QPainter *painter, const Style &style, const FlowRoute &route, const Flow &flow,
               bool showProbability, const PaintOptions &options = {});

/// The rectangle that paintFlow() may paint in (line, arrowhead and labels).
QRectF flowPaintBounds(const Style &style, const FlowRoute &route, const Flow &flow,
                       bool showProbability);

/// The text of a flow's probability label (e.g. `70%`), or empty when it has no explicit
/// probability.
QString probabilityText(const Flow &flow);

/// Paints a whole blueprint (background, lanes, lines, flows, steps) with @p geometry, which
/// must have been rebuilt from @p blueprint. For exports and screenshots; O(n).
void paintDiagram(QPainter *painter, const Style &style, const SceneGeometry &geometry,
                  const Blueprint &blueprint, double lod = 1.0);

/// Paints a whole blueprint with a geometry built for it.
void paintDiagram(QPainter *painter, const Style &style, const Blueprint &blueprint,
                  double lod = 1.0);

} // namespace bp
