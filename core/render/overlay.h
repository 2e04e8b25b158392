#pragma once

#include "scenegeometry.h"
#include "style.h"

#include <QCoreApplication>
#include <QHash>
#include <QSizeF>

#include <optional>

class QPainter;

/// @file overlay.h
/// The analysis overlay of spec/look.md, painted over a diagram: F marks on fail points, W marks
/// on wait points, a utilisation tint and badge per step, a thick outline on unstable steps and
/// an hourglass badge on the bottleneck; plus the legend that explains every mark. The canvas and
/// the exporters share these painters.

namespace bp {

/// What the overlay shows on one step.
struct StepOverlay
{
    std::optional<double> utilisation; ///< implied utilisation ρ of the step's pool, if any
    bool failPoint = false; ///< F mark (Shostack)
    bool waitPoint = false; ///< W mark: the customer waits longer than they tolerate
    bool bottleneck = false; ///< the step's pool has the highest implied utilisation
    bool unstable = false; ///< ρ ≥ 1: the queue grows without bound
};

/// The overlay of a whole blueprint, by step id. Steps without an entry show nothing.
struct OverlayData
{
    QHash<ElementId, StepOverlay> steps;
    bool isEmpty() const { return steps.isEmpty(); }
};

/// Colour of utilisation @p rho on the sequential scale of the overlay (light blue for idle
/// steps through yellow and orange to vermillion at ρ ≥ 1).
QColor utilisationColor(double rho);

/// Paints the overlay of one step over its already painted shape.
void paintStepOverlay(QPainter *painter, const Style &style, const StepGeometry &geometry,
                      const Step &step, const StepOverlay &overlay);

/// Paints the overlay of every step of @p blueprint that has an entry in @p data, with the
/// geometry the diagram was painted with. O(steps).
void paintOverlay(QPainter *painter, const SceneGeometry &geometry, const Blueprint &blueprint,
                  const OverlayData &data);

/// Size of the legend box, in scene units.
QSizeF legendSize(const Style &style);

/// Paints the legend box with its top-left corner at @p topLeft.
void paintLegend(QPainter *painter, const Style &style, const QPointF &topLeft);

/// Translated texts of the overlay.
class Overlay
{
    Q_DECLARE_TR_FUNCTIONS(bp::Overlay)
};

} // namespace bp
