#include "analysis/findingtext.h"

#include "analysis/snapshot.h"

#include <QCoreApplication>

#include <cmath>

namespace bp::analysis {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::FindingText)
};

/// The title of a step or pool id, quoted; the id itself when it has no title.
QString nameOf(const QString &id, const Snapshot &s)
{
    if (id.isEmpty())
        return Tr::tr("the service");
    const int v = s.vertexOf(id);
    QString title;
    if (v >= 0) {
        title = s.title(v);
    } else if (const int p = s.poolOf(id); p >= 0) {
        title = s.poolTitle(p);
    }
    return Tr::tr("“%1”").arg(title.isEmpty() ? id : title);
}

double number(const Finding &f, const char *key)
{
    return f.values.value(QString::fromLatin1(key)).toDouble();
}

QString fixed(double v, int decimals = 1)
{
    if (!std::isfinite(v))
        return Tr::tr("n/a");
    return QString::number(v, 'f', decimals);
}

QString percent(double share)
{
    return QString::number(std::round(share * 1000.0) / 10.0, 'f',
                           std::abs(share * 100.0 - std::round(share * 100.0)) < 0.05 ? 0 : 1);
}

QString modelName(const QString &key)
{
    if (key == u"mmc")
        return Tr::tr("exact M/M/c (Erlang C)");
    if (key == u"allen_cunneen_ca2_1")
        return Tr::tr("Allen–Cunneen (Poisson arrivals)");
    if (key == u"allen_cunneen_qna")
        return Tr::tr("Allen–Cunneen with QNA");
    if (key == u"sakasegawa_qna")
        return Tr::tr("Sakasegawa with QNA");
    return key;
}

// The short name of every code, in the order of describeFinding().
struct CodeTitle
{
    const char *code;
    const char *title;
};
constexpr CodeTitle codeTitles[] = {
    { "UNSTABLE", QT_TRANSLATE_NOOP("bp::FindingText", "Unstable") },
    { "CRITICAL_UTILISATION", QT_TRANSLATE_NOOP("bp::FindingText", "Critical utilisation") },
    { "HIGH_UTILISATION", QT_TRANSLATE_NOOP("bp::FindingText", "High utilisation") },
    { "BUSY", QT_TRANSLATE_NOOP("bp::FindingText", "Busy") },
    { "BOTTLENECK", QT_TRANSLATE_NOOP("bp::FindingText", "Bottleneck") },
    { "CAPACITY_SHORTFALL", QT_TRANSLATE_NOOP("bp::FindingText", "Capacity shortfall") },
    { "WAIT_EXCEEDS_TOLERANCE", QT_TRANSLATE_NOOP("bp::FindingText", "Wait point") },
    { "SERVICE_LEVEL_BELOW_TARGET",
      QT_TRANSLATE_NOOP("bp::FindingText", "Service level below target") },
    { "EXECUTION_EXCEEDS_TOLERANCE",
      QT_TRANSLATE_NOOP("bp::FindingText", "Execution exceeds tolerance") },
    { "JOURNEY_EXCEEDS_TOLERANCE", QT_TRANSLATE_NOOP("bp::FindingText", "Journey too long") },
    { "REWORK_LOOP", QT_TRANSLATE_NOOP("bp::FindingText", "Rework loop") },
    { "APPROXIMATION_USED", QT_TRANSLATE_NOOP("bp::FindingText", "Approximation") },
    { "SPOF", QT_TRANSLATE_NOOP("bp::FindingText", "Single point of failure") },
    { "SPOF_SINGLE_SERVER", QT_TRANSLATE_NOOP("bp::FindingText", "Single server on every path") },
    { "HANDOFF_PINGPONG", QT_TRANSLATE_NOOP("bp::FindingText", "Handoff ping-pong") },
    { "FLEXIBLE_ROUTING_GAIN", QT_TRANSLATE_NOOP("bp::FindingText", "Flexible routing gain") },
    { "FMEA_RPN", QT_TRANSLATE_NOOP("bp::FindingText", "High risk priority") },
    { "FMEA_SEVERITY", QT_TRANSLATE_NOOP("bp::FindingText", "Severe failure") },
    { "FMEA_AP_HIGH", QT_TRANSLATE_NOOP("bp::FindingText", "Action priority high") },
    { "FAIL_POINT_WITHOUT_RECOVERY", QT_TRANSLATE_NOOP("bp::FindingText", "Fail point") },
    { "NO_START", QT_TRANSLATE_NOOP("bp::FindingText", "No start") },
    { "NO_END", QT_TRANSLATE_NOOP("bp::FindingText", "No end") },
    { "PROBABILITY_MISSING", QT_TRANSLATE_NOOP("bp::FindingText", "Probability missing") },
    { "PROBABILITY_RANGE", QT_TRANSLATE_NOOP("bp::FindingText", "Probability out of range") },
    { "PROBABILITY_SUM", QT_TRANSLATE_NOOP("bp::FindingText", "Probabilities do not add up") },
    { "UNREACHABLE_STEP", QT_TRANSLATE_NOOP("bp::FindingText", "Unreachable step") },
    { "DEAD_END", QT_TRANSLATE_NOOP("bp::FindingText", "Dead end") },
    { "TRAPPED_FLOW", QT_TRANSLATE_NOOP("bp::FindingText", "Trapped flow") },
    { "UNMATCHED_FORK", QT_TRANSLATE_NOOP("bp::FindingText", "Unmatched fork") },
    { "UNMATCHED_JOIN", QT_TRANSLATE_NOOP("bp::FindingText", "Unmatched join") },
    { "FMEA_SCORE_RANGE", QT_TRANSLATE_NOOP("bp::FindingText", "FMEA score out of range") },
    { "NO_TIME", QT_TRANSLATE_NOOP("bp::FindingText", "No time given") },
};

} // namespace

QString findingTitle(const QString &code)
{
    for (const CodeTitle &entry : codeTitles) {
        if (code == QLatin1String(entry.code))
            return Tr::tr(entry.title);
    }
    return code;
}

FindingText describeFinding(const Finding &f, const Snapshot &s)
{
    const QString code = f.code;
    const QString first = nameOf(f.elements.value(0), s);
    FindingText t;
    t.title = findingTitle(code);

    if (code == u"UNSTABLE") {
        t.message = Tr::tr("%1 cannot keep up: %2 customers per hour arrive but it serves at "
                           "most %3 per hour, so the queue grows by %4 per hour (%5 after %6 h).")
                        .arg(first, fixed(number(f, "arrivals_per_hour")),
                             fixed(number(f, "capacity_per_hour")),
                             fixed(number(f, "backlog_growth_per_hour"), 2),
                             fixed(number(f, "backlog_after_horizon")),
                             fixed(number(f, "horizon_min") / 60.0, 0));
        t.suggestion = Tr::tr("Add servers: at least %1 are needed for the queue to settle, %2 "
                              "for %3% utilisation. Or shorten the step or move work off it.")
                           .arg(number(f, "servers_needed"))
                           .arg(number(f, "servers_for_target"))
                           .arg(percent(number(f, "target_rho")));
    } else if (code == u"CRITICAL_UTILISATION") {
        t.message = Tr::tr("%1 is busy %2% of the time: waits become very long and a small rise "
                           "in demand makes it collapse.")
                        .arg(first, percent(number(f, "rho")));
        t.suggestion = Tr::tr("Add a server or shorten the step (at 95% busy, a single server's "
                              "wait is 19 times its service time).");
    } else if (code == u"HIGH_UTILISATION") {
        t.message = Tr::tr("%1 is busy %2% of the time; customers wait long there.")
                        .arg(first, percent(number(f, "rho")));
        t.suggestion = Tr::tr("Add a server at peak times, shorten the step, or move work to a "
                              "less busy resource.");
    } else if (code == u"BUSY") {
        t.message = Tr::tr("%1 is busy %2% of the time.").arg(first, percent(number(f, "rho")));
        t.suggestion = Tr::tr("Keep an eye on it: waits grow quickly as demand rises.");
    } else if (code == u"BOTTLENECK") {
        t.message
            = Tr::tr("%1 is the bottleneck: busy %2% of the time, it limits the service to "
                     "%3 customers per hour.")
                  .arg(first, percent(number(f, "rho")), fixed(number(f, "capacity_per_hour")));
        t.suggestion = Tr::tr("Capacity is gained here first: add a server, shorten the step, or "
                              "take work off it.");
    } else if (code == u"CAPACITY_SHORTFALL") {
        t.message
            = Tr::tr("Demand of %1 customers per hour exceeds the capacity of the service, "
                     "%2 per hour.")
                  .arg(fixed(number(f, "demand_per_hour")), fixed(number(f, "capacity_per_hour")));
        t.suggestion = Tr::tr("Raise the capacity of the bottleneck or reduce demand; queues will "
                              "grow without limit.");
    } else if (code == u"WAIT_EXCEEDS_TOLERANCE") {
        t.message
            = Tr::tr("Customers wait %1 min on average before %2, longer than the %3 min "
                     "they tolerate.")
                  .arg(fixed(number(f, "wait_min")), first, fixed(number(f, "tolerance_min"), 0));
        t.suggestion = Tr::tr("Add a server at peak times, make the wait pleasant or useful "
                              "(physical evidence), or tell customers how long it will take.");
    } else if (code == u"SERVICE_LEVEL_BELOW_TARGET") {
        t.message = Tr::tr("Only %1% of customers are served at %2 within %3 min (target %4%).")
                        .arg(percent(number(f, "service_level")), first,
                             fixed(number(f, "tolerance_min"), 0),
                             percent(number(f, "service_level_target")));
        t.suggestion = Tr::tr("Add capacity at this step or reduce the variability of its "
                              "service time.");
    } else if (code == u"EXECUTION_EXCEEDS_TOLERANCE") {
        t.message = Tr::tr("Waiting and service at %1 take %2 min, longer than the %3 min "
                           "tolerated.")
                        .arg(first, fixed(number(f, "execution_min")),
                             fixed(number(f, "tolerance_min"), 0));
        t.suggestion = Tr::tr("Shorten the step or its wait, or move part of it backstage.");
    } else if (code == u"JOURNEY_EXCEEDS_TOLERANCE") {
        t.message
            = Tr::tr("The whole journey takes %1 min on average, longer than the %2 min "
                     "customers tolerate.")
                  .arg(fixed(number(f, "flow_time_min")), fixed(number(f, "tolerance_min"), 0));
        t.suggestion = Tr::tr("Cut waits at the bottleneck first, then remove steps that add no "
                              "value for the customer.");
    } else if (code == u"REWORK_LOOP") {
        t.message = Tr::tr("Work around %1 is repeated: %2% of customers go round again, so its "
                           "steps are done %3 times on average.")
                        .arg(first, percent(number(f, "rework_probability")),
                             fixed(number(f, "multiplier"), 2));
        t.suggestion = Tr::tr("Get it right the first time: check inputs before the step "
                              "(poka-yoke) to cut the rework.");
    } else if (code == u"APPROXIMATION_USED") {
        const QString reason = f.values.value(QStringLiteral("reason")).toString();
        if (reason == u"shared_pool_mixed_times")
            t.message = Tr::tr("%1 serves steps with different times; its wait is an "
                               "approximation.")
                            .arg(first);
        else if (reason == u"and_join_lower_bound")
            t.message = Tr::tr("Through parallel branches the flow time is a lower bound (the "
                               "longest branch's mean); simulate for the exact figure.");
        else
            t.message = Tr::tr("Waits are estimated with %1 because service or arrival times are "
                               "not exponential.")
                            .arg(modelName(f.values.value(QStringLiteral("model")).toString()));
        t.suggestion = Tr::tr("Run the simulation to check the figures.");
    } else if (code == u"SPOF") {
        t.message = Tr::tr("%1 lies on every path through the service: if it stops, the service "
                           "stops.")
                        .arg(first);
        t.suggestion = Tr::tr("Plan a fallback for it (a second person, a manual procedure).");
    } else if (code == u"SPOF_SINGLE_SERVER") {
        t.message = Tr::tr("%1 lies on every path and has a single server: one absence stops the "
                           "service.")
                        .arg(first);
        t.suggestion = Tr::tr("Cross-train a second person or add a fallback for this step.");
    } else if (code == u"HANDOFF_PINGPONG") {
        t.message = Tr::tr("Around %1 the customer is handed across the line of visibility and "
                           "back within %2 steps.")
                        .arg(first)
                        .arg(number(f, "window"));
        t.suggestion = Tr::tr("Combine the handoffs: let one person finish the work in one go.");
    } else if (code == u"FLEXIBLE_ROUTING_GAIN") {
        t.message = Tr::tr("With flexible routing the service could serve %1 customers per hour, "
                           "%2 times its capacity with the drawn routing.")
                        .arg(fixed(number(f, "max_flow_per_hour")), fixed(number(f, "gain"), 2));
        t.suggestion = Tr::tr("Balance the load between parallel paths or cross-train staff.");
    } else if (code == u"FMEA_RPN") {
        t.message = Tr::tr("The failure mode at %1 has a risk priority number of %2 (threshold "
                           "%3).")
                        .arg(first)
                        .arg(number(f, "rpn"))
                        .arg(number(f, "threshold"));
        t.suggestion = Tr::tr("Lower its occurrence or improve detection: a check, a reminder, a "
                              "poka-yoke.");
    } else if (code == u"FMEA_SEVERITY") {
        t.message = Tr::tr("A failure at %1 would be severe (severity %2 of 10), whatever its risk "
                           "priority number (%3).")
                        .arg(first)
                        .arg(number(f, "severity"))
                        .arg(number(f, "rpn"));
        t.suggestion = Tr::tr("Design it fail-safe: prevent the failure, or catch it before it "
                              "reaches the customer.");
    } else if (code == u"FMEA_AP_HIGH") {
        t.message
            = Tr::tr("The Action Priority table rates the failure mode at %1 as high.").arg(first);
        t.suggestion = Tr::tr("Action is required: reduce severity or occurrence, or improve "
                              "detection.");
    } else if (code == u"FAIL_POINT_WITHOUT_RECOVERY") {
        t.message = Tr::tr("%1 fails in %2% of visits and nothing routes the customer to a "
                           "recovery.")
                        .arg(first, percent(number(f, "p") + number(f, "failure_p")));
        t.suggestion = Tr::tr("Add a recovery path (a failure flow to a step that puts it right) "
                              "or a poka-yoke that prevents the failure.");
    } else if (code == u"NO_START") {
        t.message = Tr::tr("The blueprint has no start step.");
        t.suggestion = Tr::tr("Add a start step where customers enter the service.");
    } else if (code == u"NO_END") {
        t.message = Tr::tr("The blueprint has no end step.");
        t.suggestion = Tr::tr("Add an end step where customers leave the service.");
    } else if (code == u"PROBABILITY_MISSING") {
        t.message = Tr::tr("A flow leaving %1 has no probability.").arg(first);
        t.suggestion = Tr::tr("Give every branch of the decision a probability.");
    } else if (code == u"PROBABILITY_RANGE") {
        t.message = Tr::tr("A flow leaving %1 has the probability %2, outside 0–100%.")
                        .arg(first, fixed(number(f, "p"), 3));
        t.suggestion = Tr::tr("Use a probability between 0 and 100%.");
    } else if (code == u"PROBABILITY_SUM") {
        t.message = Tr::tr("The probabilities of the flows leaving %1 add up to %2%, not 100%.")
                        .arg(first, percent(number(f, "sum")));
        t.suggestion = Tr::tr("Correct the branch probabilities so that they add up to 100%.");
    } else if (code == u"UNREACHABLE_STEP") {
        t.message = Tr::tr("No customer reaches %1 from a start step.").arg(first);
        t.suggestion = Tr::tr("Connect it to the flow or remove it.");
    } else if (code == u"DEAD_END") {
        t.message = Tr::tr("Customers at %1 can never reach an end step.").arg(first);
        t.suggestion = Tr::tr("Connect it onwards to the rest of the flow or to an end step.");
    } else if (code == u"TRAPPED_FLOW") {
        t.message = Tr::tr("Customers who enter the loop at %1 can never leave it.").arg(first);
        t.suggestion = Tr::tr("Give the loop an exit with a probability above zero.");
    } else if (code == u"UNMATCHED_FORK") {
        t.message = Tr::tr("%1 splits the customer into parallel branches that no single join "
                           "brings together.")
                        .arg(first);
        t.suggestion = Tr::tr("Join the parallel branches in one join step.");
    } else if (code == u"UNMATCHED_JOIN") {
        t.message
            = Tr::tr("%1 waits for parallel branches that no single fork started.").arg(first);
        t.suggestion = Tr::tr("Start the branches in one fork step, or make this a plain step.");
    } else if (code == u"FMEA_SCORE_RANGE") {
        t.message = Tr::tr("The FMEA scores of %1 must be whole numbers from 1 to 10.").arg(first);
        t.suggestion = Tr::tr("Correct severity, occurrence and detection.");
    } else if (code == u"NO_TIME") {
        t.message = Tr::tr("%1 has no service time.").arg(first);
        t.suggestion = Tr::tr("Give it a time so that waits and the flow time include it.");
    } else {
        t.message = Tr::tr("%1 at %2.").arg(code, first);
    }
    return t;
}

} // namespace bp::analysis
