// The one place where the walkthrough asks the analysis what to pause on. When the engine's
// single entry point (runAnalysis) is available, only this file changes.

#include "walkthrough.h"

#include "analysis/failure.h"
#include "analysis/queueinganalysis.h"
#include "analysis/snapshot.h"
#include "analysis/validate.h"
#include "render/painters.h"

#include <QCoreApplication>
#include <QLocale>

namespace bp::walkthrough {

namespace {

struct Captions
{
    Q_DECLARE_TR_FUNCTIONS(bp::Walkthrough)
};

// "5", "0.5", "37": a share in percent with at most one decimal below 10 %.
QString percent(double fraction)
{
    const double value = fraction * 100.0;
    const QLocale locale;
    QString text = locale.toString(value, 'f', value < 10.0 ? 1 : 0);
    const QString zero = locale.decimalPoint() + QStringLiteral("0");
    if (text.endsWith(zero))
        text.chop(zero.size());
    return Captions::tr("%1%", "a percentage").arg(text);
}

QString quoted(const QString &title)
{
    return Captions::tr("“%1”", "a step title quoted in a caption").arg(title);
}

QString failCaption(const analysis::Snapshot &s, const analysis::FailPoint &point)
{
    const analysis::Node &node = s.node(point.vertex);
    QString text;
    if (point.pFail > 0) {
        text = Captions::tr("Fail point: %1 fails %2 of the time and nothing routes the customer "
                            "to recovery.")
                   .arg(quoted(s.title(point.vertex)), percent(point.pFail));
    } else {
        double p = 0;
        for (const auto &flow : point.failureFlows)
            p += flow.second;
        text = Captions::tr("Fail point: %1 fails %2 of the time and its failure route never "
                            "brings the customer back to the end of the service.")
                   .arg(quoted(s.title(point.vertex)), percent(p));
    }
    if (node.severity)
        text += u' ' + Captions::tr("Severity %1 of 10.").arg(*node.severity);
    return text;
}

} // namespace

PausePoints findPausePoints(const Blueprint &blueprint)
{
    using namespace analysis;
    PausePoints out;
    const Snapshot s = Snapshot::of(blueprint);
    const ValidationResult validation = validate(s);
    // In the file's unit, or the next smaller one when that reads better (0.08 h → 5 min).
    const auto duration = [&](double minutes) {
        const double value = minutes / s.minutesPerFileUnit();
        if (blueprint.meta.timeUnit == TimeUnit::Hours && value < 1.0)
            return formatDuration(minutes, TimeUnit::Minutes);
        if (blueprint.meta.timeUnit != TimeUnit::Seconds && minutes < 1.0)
            return formatDuration(minutes * 60.0, TimeUnit::Seconds);
        return formatDuration(value, blueprint.meta.timeUnit);
    };

    std::vector<FailPoint> failPoints;
    if (validation.hasErrors()) {
        // No visit ratios to trust: the recovery audit alone still names the fail points.
        out.analysisIncomplete = true;
        failPoints = recoveryAudit(s);
    } else {
        const QueueingResult queueing = analyseQueueing(s);
        failPoints
            = analyseFailures(s, queueing.visits.v, {}, nullptr, &validation.joinOfFork).failPoints;
        for (const Finding &f : queueing.findings) {
            if (f.elements.isEmpty())
                continue;
            const double tolerance = f.values.value(QStringLiteral("tolerance_min")).toDouble();
            PausePoint &point = out.steps[f.elements.first()];
            if (f.code == QLatin1String("WAIT_EXCEEDS_TOLERANCE")) {
                const double wait = f.values.value(QStringLiteral("wait_min")).toDouble();
                point.waitPoint = true;
                // The analysis reports this before the service level of the same step.
                point.waitCaption = Captions::tr("Wait point: customers wait %1 on average "
                                                 "against a tolerance of %2.")
                                        .arg(duration(wait), duration(tolerance));
            } else if (f.code == QLatin1String("SERVICE_LEVEL_BELOW_TARGET")) {
                const double over
                    = f.values.value(QStringLiteral("p_wait_over_tolerance")).toDouble();
                const double target
                    = f.values.value(QStringLiteral("service_level_target")).toDouble();
                const QString sentence
                    = Captions::tr("%1 of customers wait longer than the tolerance of %2; the "
                                   "target allows %3.")
                          .arg(percent(over), duration(tolerance), percent(1.0 - target));
                point.waitPoint = true;
                point.waitCaption = point.waitCaption.isEmpty()
                    ? Captions::tr("Wait point: %1").arg(sentence)
                    : point.waitCaption + u' ' + sentence;
            }
        }
    }
    for (const FailPoint &fp : failPoints) {
        if (fp.recovered)
            continue;
        PausePoint &point = out.steps[fp.step];
        point.failPoint = true;
        point.failCaption = failCaption(s, fp);
    }
    return out;
}

} // namespace bp::walkthrough
