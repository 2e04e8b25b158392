#pragma once

#include "model/types.h"

#include <QVector>

/// @file selection.h
/// The one place where the editor reads and sets the canvas selection (by ids), so that a richer
/// selection API of the canvas replaces only this file.

namespace bp {

class DiagramScene;

/// Selected steps and flows, by id, in no particular order.
struct CanvasSelection
{
    QVector<ElementId> steps;
    QVector<ElementId> flows;
    bool isEmpty() const { return steps.isEmpty() && flows.isEmpty(); }
};

/// What is selected on the canvas.
CanvasSelection selectionOf(const DiagramScene *scene);

/// Selects exactly these elements (ids that have no item are skipped).
void selectElements(DiagramScene *scene, const QVector<ElementId> &steps,
                    const QVector<ElementId> &flows);

/// Selects every step and flow.
void selectAllElements(DiagramScene *scene);

} // namespace bp
