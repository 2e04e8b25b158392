#pragma once

#include "document/document.h"

#include <QUndoCommand>

#include <optional>
#include <vector>

/// @file timeunitcommand.h
/// Changing the time unit of a blueprint without changing what it means.

namespace bp {

/// @p value, a duration in @p from, in @p to (e.g. 90 min is 1.5 h). Exact for whole numbers of
/// seconds; otherwise off by at most one rounding.
double convertDuration(double value, TimeUnit from, TimeUnit to);

/// Changes the document's time unit and converts every duration given in it (format.md
/// `time-unit`), so that the blueprint means the same: each step's `time`, `tolerance` and
/// `execution-tolerance`, and the demand's `journey-tolerance`. The arrival rate keeps its value:
/// it is counted per its own unit (`per`), not per the time unit. Ratios (scv, p-fail, shares)
/// have no unit. One undo step; undo restores the exact previous values and unit. Changing to
/// the current unit leaves no entry.
class ChangeTimeUnitCommand : public QUndoCommand
{
public:
    ChangeTimeUnitCommand(Document *document, TimeUnit unit, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    /// How many steps have a duration that the change converts.
    int convertedSteps() const { return int(m_stepsAfter.size()); }

private:
    Document *m_document;
    Meta m_metaBefore;
    Meta m_metaAfter;
    std::optional<Demand> m_demandBefore;
    std::optional<Demand> m_demandAfter;
    std::vector<Step> m_stepsBefore; ///< only the steps with a duration to convert
    std::vector<Step> m_stepsAfter;
};

} // namespace bp
