#pragma once

#include "model/blueprint.h"

#include <QHash>
#include <QString>

#include <vector>

/// @file walkthrough.h
/// The customer journey of a blueprint as a sequence of stops, for the presentation mode and the
/// walkthrough handouts. Pure data: no widgets, no painting.

namespace bp::walkthrough {

/// Why the walkthrough pauses on a step: a fail point without recovery and/or a wait point.
struct PausePoint
{
    bool failPoint = false; ///< FAIL_POINT_WITHOUT_RECOVERY (analysis.md §2.7)
    bool waitPoint = false; ///< WAIT_EXCEEDS_TOLERANCE or SERVICE_LEVEL_BELOW_TARGET (§2.6)
    QString failCaption; ///< e.g. "Fail point: “Loan interview” fails 5 % of the time and …"
    QString waitCaption; ///< e.g. "Wait point: customers wait 16.6 min on average against …"
};

/// The pause points of a blueprint, by step id, and whether the analysis could run.
struct PausePoints
{
    QHash<ElementId, PausePoint> steps;
    /// Validation found errors: the queueing part did not run, so no wait points are known.
    bool analysisIncomplete = false;
};

/// Computes the fail points without recovery and the wait points of @p blueprint with the
/// analysis functions (Snapshot, validate, analyseQueueing, analyseFailures) and words their
/// captions. The one place that knows about the analysis: it can be swapped for a call to the
/// engine's single entry point without touching the rest of the walkthrough.
PausePoints findPausePoints(const Blueprint &blueprint);

/// The order in which a walkthrough visits the steps of @p blueprint (ids of routing steps;
/// evidence items are not stops).
///
/// Deterministic and in flow order: a depth-first search from the start steps (in creation
/// order), taking the most likely branch first, marks the flows that close a loop (a flow back
/// to a step still on the search path); those are ignored, so every loop is walked once. On the
/// remaining acyclic flows the steps are listed topologically (Kahn): a step comes only after
/// every step that leads into it, and among the steps that are ready the one the customer is
/// most likely to reach comes first (probability of reaching it from the starts along the
/// acyclic flows; ties by creation order). Hence the likely branch is walked before the
/// unlikely one, and a merge step waits until both branches are shown. Steps that no start
/// reaches follow at the end in creation order. O((steps + flows) log steps).
std::vector<ElementId> journeyOrder(const Blueprint &blueprint);

/// One stop of a walkthrough.
struct Stop
{
    ElementId step;
    QString title;
    QString notes; ///< the step's description (speaker notes)
    PausePoint pause; ///< why to pause here (both false: an ordinary stop)
    bool pauses() const { return pause.failPoint || pause.waitPoint; }
    /// The caption shown for the stop: the fail-point and wait-point captions, one per line;
    /// empty for an ordinary stop.
    QString caption() const;
};

/// A whole walkthrough: the stops in journeyOrder() with their pause points.
struct Walkthrough
{
    QString title; ///< the blueprint's title
    std::vector<Stop> stops;
    bool analysisIncomplete = false; ///< see PausePoints
    /// Index of the stop at step @p id, or -1.
    int indexOf(const ElementId &id) const;
};

/// Builds the walkthrough of @p blueprint (journeyOrder() + findPausePoints()).
Walkthrough buildWalkthrough(const Blueprint &blueprint);

} // namespace bp::walkthrough
