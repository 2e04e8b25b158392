#pragma once

#include "model/blueprint.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

class QUndoCommand;

/// @file autoarrange.h
/// Automatic arrangement of a blueprint: lanes stay rows, columns come from the flow order.

namespace bp {

class Document;

/// Spacing of an automatic arrangement, in scene units.
struct ArrangeOptions
{
    double firstX = 80.0; ///< centre of the first column, from the lane header
    double columnPitch = 176.0; ///< distance between neighbouring columns
    double rowPitch = 96.0; ///< least height a row of steps needs inside a lane
};

/// Where each step goes, and which flows the arrangement treated as going backwards.
struct Arrangement
{
    /// New centre of every step (x from the lane header, y from the lane's top), by id.
    QHash<ElementId, QPointF> positions;
    /// Column (layer) of every step, by id; forward flows go from a lower to a higher column.
    QHash<ElementId, int> layers;
    /// Routing flows left out of the layering to break cycles: every rework flow and the
    /// back edges a depth-first search found.
    QVector<ElementId> backFlows;
    int columnCount = 0;
    /// Bands the columns wrap into (1 unless the blueprint is too long for the coordinate
    /// limit); the bands stack inside each lane.
    int bands = 1;
    /// New heights of the lanes that must grow to hold the bands, by id.
    QHash<ElementId, double> laneHeights;
};

/// Lays a blueprint out left to right in flow order, each step staying in its lane.
///
/// 1. Cycles are broken: rework flows are ignored, and so are the back edges found by an
///    iterative depth-first search from the steps without predecessors (creation order).
/// 2. Longest-path layering of what remains (Kahn's topological order): every forward flow
///    goes to a higher layer. Evidence steps linked only by evidence flows take the layer of the
///    step they document.
/// 3. Within each layer, the steps of one lane are ordered by the barycentre of their
///    predecessors' positions (fewer crossings), then stacked in rows when the lane is tall
///    enough, else side by side in sub-columns. Layers never share a column, so no two steps
///    overlap. Blueprints longer than the coordinate limit allows wrap into bands stacked
///    inside their lanes.
///
/// O((n + m) log n) time and O(n + m) memory; deterministic (ties fall back to creation order).
Arrangement computeArrangement(const Blueprint &blueprint, const ArrangeOptions &options = {});

/// The steps of @p blueprint whose position differs in @p arrangement, with their new position.
std::vector<Step> arrangedSteps(const Blueprint &blueprint, const Arrangement &arrangement);

/// An undoable auto-arrange of the whole document: one ChangeStepsCommand with the new
/// positions (grouped with the lane resizes when very long blueprints wrap into bands).
/// Returns nullptr when nothing would change.
QUndoCommand *makeAutoArrangeCommand(Document *document, const ArrangeOptions &options = {});

/// Translated texts of the layout module.
class AutoArrange
{
    Q_DECLARE_TR_FUNCTIONS(bp::AutoArrange)
};

} // namespace bp
