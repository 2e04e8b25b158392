#pragma once

#include "model/types.h"

#include <QFlags>
#include <QMetaType>
#include <QVector>

/// @file changeevent.h
/// What a document mutation changed, named by ids, so that views update only what they show.

namespace bp {

/// One change of a Document, emitted once per primitive (one per command redo/undo).
struct ChangeEvent
{
    enum class Kind {
        ElementsAdded, ///< steps and/or flows added (ids in steps, flows)
        ElementsRemoved, ///< steps and/or flows removed (ids in steps, flows)
        StepsChanged, ///< step data changed (ids in steps, what in stepAspects)
        FlowsChanged, ///< flow data changed, possibly its ends (ids in flows)
        LanesChanged, ///< lanes added, removed, reordered, renamed or resized (ids in lanes)
        PoolsChanged, ///< pools added, removed or changed
        DemandChanged,
        MetaChanged, ///< title, time unit, description
        AnalysisSettingsChanged, ///< the document's analysis thresholds and wait model
        Reset ///< everything (a new model was loaded)
    };

    /// Which aspects of a step changed, so that the canvas can skip what it does not draw.
    enum class StepAspect {
        Geometry = 0x1, ///< position or lane
        Text = 0x2, ///< title or description
        Appearance = 0x4, ///< kind
        Figures = 0x8, ///< anything the analysis reads (time, servers, FMEA, ...)
    };
    Q_DECLARE_FLAGS(StepAspects, StepAspect)

    Kind kind = Kind::Reset;
    QVector<ElementId> steps;
    QVector<ElementId> flows;
    QVector<ElementId> lanes;
    StepAspects stepAspects;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeEvent::StepAspects)

/// The aspects that differ between two versions of a step.
ChangeEvent::StepAspects diffAspects(const Step &before, const Step &after);

} // namespace bp

Q_DECLARE_METATYPE(bp::ChangeEvent)
