#include "settings.h"

#include "model/blueprint.h"
#include "model/kinds.h"

namespace bp::analysis {

Settings settingsOf(const AnalysisSettings &document, TimeUnit unit)
{
    Settings s;
    s.waitModel = document.waitModel;
    s.busy = document.busy;
    s.high = document.high;
    s.critical = document.critical;
    s.rpnThreshold = document.rpnThreshold;
    s.severityThreshold = document.severityThreshold;
    s.targetUtilisation = document.targetUtilisation;
    // Like every duration of a file, the horizon is in the file's unit; the analysis works in
    // minutes (analysis.md §3.3).
    if (document.backlogHorizon)
        s.backlogHorizonMinutes = *document.backlogHorizon * minutesPer(unit);
    s.tieTolerance = document.tieTolerance;
    s.pingPongWindow = document.pingPongWindow;
    s.flexibleRoutingGain = document.flexibleRoutingGain;
    s.probabilityTolerance = document.probabilityTolerance;
    return s;
}

Settings settingsOf(const Blueprint &blueprint)
{
    return settingsOf(blueprint.analysisSettings, blueprint.meta.timeUnit);
}

} // namespace bp::analysis
