// The one place where exports and reports get their analysis figures (reviewdata.h).

#include "reviewdata.h"

#include "analysis/analysis.h"
#include "analysis/findingtext.h"

namespace bp::exporting {

using namespace analysis;

ReviewData reviewAnalysis(const Blueprint &blueprint)
{
    // The analysis engine's single entry point; ReviewData keeps the parts exports read.
    AnalysisResult r = runAnalysis(blueprint);
    ReviewData d;
    d.overlay = overlayDataOf(r);
    d.validation = std::move(r.validation);
    if (r.complete) {
        d.queueing = std::move(r.queueing);
        d.failPoints = r.failure.failPoints;
        d.failures = std::move(r.failure);
        d.crossings = std::move(r.structure.crossings);
    } else {
        d.failPoints = recoveryAudit(r.snapshot);
    }
    d.findings = std::move(r.findings);
    d.snapshot = std::move(r.snapshot);
    return d;
}

OverlayData overlayData(const ReviewData &data)
{
    return data.overlay;
}

OverlayData overlayData(const Blueprint &blueprint)
{
    return overlayData(reviewAnalysis(blueprint));
}

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return Export::tr("Info");
    case Severity::Warning:
        return Export::tr("Warning");
    case Severity::Error:
        break;
    }
    return Export::tr("Error");
}

QString findingText(const Finding &finding, const Snapshot &snapshot)
{
    const FindingText text = describeFinding(finding, snapshot);
    return text.suggestion.isEmpty() ? text.message : text.message + u' ' + text.suggestion;
}

} // namespace bp::exporting
