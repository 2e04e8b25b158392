// `blueprint simulate`: the discrete-event simulation of spec/analysis.md, means with 95%
// confidence intervals (spec/cli.md).

#include "cli.h"
#include "commands.h"

#include "analysis/settings.h"
#include "analysis/snapshot.h"
#include "simulation/simulation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace bp::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::Cli)
};

using simulation::Estimate;
using simulation::SimulationStatus;

/// An estimate as JSON, scaled by @p factor (e.g. 60 for per-minute → per-hour):
/// {"mean": m, "ci95": h}; null members where there is no value or no interval.
QJsonValue estimateJson(const Estimate &e, double factor = 1.0)
{
    if (!e.available())
        return QJsonValue(QJsonValue::Null);
    QJsonObject o;
    o.insert(QStringLiteral("mean"), jsonNumber(e.mean * factor));
    o.insert(QStringLiteral("ci95"),
             e.samples >= 2 ? jsonNumber(e.halfWidth * factor) : QJsonValue(QJsonValue::Null));
    return o;
}

/// "12.34 ± 0.56" (or "12.34" without an interval, "n/a" without a value).
QString estimateText(const Estimate &e, int decimals, double factor = 1.0)
{
    if (!e.available())
        return Tr::tr("n/a");
    QString s = formatFigure(e.mean * factor, decimals);
    if (e.samples >= 2)
        s += QStringLiteral(" ± ") + formatFigure(e.halfWidth * factor, decimals);
    return s;
}

QString statusName(SimulationStatus s)
{
    switch (s) {
    case SimulationStatus::Ok:
        return QStringLiteral("ok");
    case SimulationStatus::Unstable:
        return QStringLiteral("unstable");
    case SimulationStatus::Trapped:
        return QStringLiteral("trapped");
    case SimulationStatus::Stuck:
        return QStringLiteral("stuck");
    case SimulationStatus::EventLimit:
        return QStringLiteral("event-limit");
    case SimulationStatus::Cancelled:
        return QStringLiteral("cancelled");
    case SimulationStatus::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

bool parseCount(const QString &text, qlonglong min, qlonglong max, qlonglong *value)
{
    bool ok = false;
    const qlonglong v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *value = v;
    return true;
}

QJsonObject resultJson(const QString &file, const analysis::Snapshot &snapshot,
                       const simulation::SimulationOptions &options,
                       const simulation::SimulationResult &r)
{
    QJsonObject root;
    root.insert(QStringLiteral("file"), file);
    root.insert(QStringLiteral("status"), statusName(r.status));
    root.insert(QStringLiteral("message"), r.message);
    root.insert(QStringLiteral("customers"), r.customers);
    root.insert(QStringLiteral("warmup_customers"), r.warmupCustomers);
    root.insert(QStringLiteral("replications"), static_cast<int>(r.replications.size()));
    root.insert(QStringLiteral("seed"), QString::number(options.seed));
    root.insert(QStringLiteral("events"), static_cast<double>(r.events()));

    const simulation::ProcessStatistics &p = r.process;
    QJsonObject process;
    process.insert(QStringLiteral("flow_time_min"), estimateJson(p.flowTime));
    process.insert(QStringLiteral("p_flow_time_over_tolerance"),
                   estimateJson(p.flowTimeOverTolerance));
    process.insert(QStringLiteral("throughput_per_hour"), estimateJson(p.throughput, 60.0));
    process.insert(QStringLiteral("wip"), estimateJson(p.wip));
    process.insert(QStringLiteral("wip_little"), estimateJson(p.wipLittle));
    process.insert(QStringLiteral("failures_per_customer"), estimateJson(p.failuresPerCustomer));
    process.insert(QStringLiteral("p_failure_free"), estimateJson(p.failureFree));
    root.insert(QStringLiteral("process"), process);

    QJsonObject steps;
    for (size_t v = 0; v < r.steps.size(); ++v) {
        const simulation::StepStatistics &s = r.steps[v];
        QJsonObject o;
        o.insert(QStringLiteral("visits"), estimateJson(s.visits));
        o.insert(QStringLiteral("utilization"), estimateJson(s.utilisation));
        o.insert(QStringLiteral("wait_min"), estimateJson(s.wait));
        o.insert(QStringLiteral("p_wait_over_tolerance"), estimateJson(s.waitOverTolerance));
        o.insert(QStringLiteral("queue_length"), estimateJson(s.queueLength));
        steps.insert(snapshot.node(static_cast<int>(v)).id, o);
    }
    root.insert(QStringLiteral("steps"), steps);

    QJsonObject pools;
    for (size_t i = 0; i < r.pools.size(); ++i) {
        const simulation::PoolStatistics &s = r.pools[i];
        QJsonObject o;
        o.insert(QStringLiteral("utilization"), estimateJson(s.utilisation));
        o.insert(QStringLiteral("offered_load"), estimateJson(s.offeredLoad));
        o.insert(QStringLiteral("queue_length"), estimateJson(s.queueLength));
        o.insert(QStringLiteral("unstable_replications"), s.unstableReplications);
        pools.insert(snapshot.poolId(int(i)), o);
    }
    root.insert(QStringLiteral("pools"), pools);
    return root;
}

void printText(QTextStream &out, const QString &file, const analysis::Snapshot &snapshot,
               const simulation::SimulationResult &r)
{
    const simulation::ProcessStatistics &p = r.process;
    out << Tr::tr("%1: simulated %2 replication(s) of %3 customers (%4 warm-up), %5 events")
               .arg(file)
               .arg(r.replications.size())
               .arg(r.customers)
               .arg(r.warmupCustomers)
               .arg(r.events())
        << '\n';
    if (r.status == SimulationStatus::Unstable)
        out << Tr::tr("Unstable: %1").arg(r.message) << '\n';
    out << Tr::tr("Means with 95% confidence intervals; times in minutes.") << '\n';
    out << Tr::tr("Flow time: %1").arg(estimateText(p.flowTime, 2)) << '\n';
    if (p.flowTimeOverTolerance.available())
        out << Tr::tr("Share over the journey tolerance: %1")
                   .arg(estimateText(p.flowTimeOverTolerance, 4))
            << '\n';
    out << Tr::tr("Throughput: %1 per hour").arg(estimateText(p.throughput, 3, 60.0)) << '\n';
    out << Tr::tr("Customers in the service (WIP): %1 (Little: %2)")
               .arg(estimateText(p.wip, 3), estimateText(p.wipLittle, 3))
        << '\n';
    out << Tr::tr("Failure events per customer: %1").arg(estimateText(p.failuresPerCustomer, 4))
        << '\n';
    out << Tr::tr("Failure-free journeys: %1").arg(estimateText(p.failureFree, 4)) << '\n';
    out << '\n'
        << Tr::tr("%1 %2 %3 %4 %5")
               .arg(Tr::tr("step"), -24)
               .arg(Tr::tr("visits"), -18)
               .arg(Tr::tr("utilisation"), -18)
               .arg(Tr::tr("wait"), -20)
               .arg(Tr::tr("P(wait > tolerance)"))
        << '\n';
    for (size_t v = 0; v < r.steps.size(); ++v) {
        const analysis::Node &n = snapshot.node(static_cast<int>(v));
        if (n.kind == StepKind::Start || n.kind == StepKind::End)
            continue;
        const simulation::StepStatistics &s = r.steps[v];
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(n.id, -24)
                   .arg(estimateText(s.visits, 3), -18)
                   .arg(estimateText(s.utilisation, 3), -18)
                   .arg(estimateText(s.wait, 2), -20)
                   .arg(s.waitOverTolerance.available() ? estimateText(s.waitOverTolerance, 3)
                                                        : QStringLiteral("-"))
            << '\n';
    }
}

} // namespace

int simulateCommand(const QStringList &arguments, Streams &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Runs a seeded discrete-event simulation of the blueprint (the same model as "
               "'analyze') and prints means with 95% confidence intervals."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Blueprint file."));
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       Tr::tr("Customers per replication (default 20000)."),
                                       QStringLiteral("N"));
    const QCommandLineOption replications(QStringLiteral("replications"),
                                          Tr::tr("Independent replications (default 8)."),
                                          QStringLiteral("R"));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Random seed (default 1)."),
                                  QStringLiteral("S"));
    const QCommandLineOption warmup(
        QStringLiteral("warmup"),
        Tr::tr("Customers at the start of each replication not measured (default 10%)."),
        QStringLiteral("N"));
    const QCommandLineOption exponential(
        QStringLiteral("exponential"),
        Tr::tr("Exponential service times and Poisson arrivals whatever the SCVs say."));
    const QCommandLineOption lognormal(
        QStringLiteral("lognormal"),
        Tr::tr("Lognormal instead of gamma service times where the SCV is neither 0 nor 1."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Tr::tr("Output format: text (default) or json."),
                                    QStringLiteral("FORMAT"));
    for (const auto *o :
         { &customers, &replications, &seed, &warmup, &exponential, &lognormal, &format })
        parser.addOption(*o);
    const QString synopsis
        = Tr::tr("Usage: blueprint simulate FILE [--customers N] [--replications R] [--seed S] "
                 "[--warmup N] [--exponential] [--lognormal] [--format text|json]");
    if (const int status = parseCommand(parser, arguments, io, synopsis); status >= 0)
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        io.err << Tr::tr("blueprint simulate: give exactly one file") << '\n' << synopsis << '\n';
        return UsageOrFileError;
    }

    simulation::SimulationOptions options;
    qlonglong value = 0;
    const auto bad = [&](const QString &message) {
        io.err << QStringLiteral("blueprint simulate: ") << message << '\n';
        return UsageOrFileError;
    };
    if (parser.isSet(customers)) {
        if (!parseCount(parser.value(customers), 1, 100'000'000, &value))
            return bad(Tr::tr("--customers must be a whole number from 1 to 100000000"));
        options.customers = static_cast<int>(value);
    }
    if (parser.isSet(replications)) {
        if (!parseCount(parser.value(replications), 1, 1000, &value))
            return bad(Tr::tr("--replications must be a whole number from 1 to 1000"));
        options.replications = static_cast<int>(value);
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return bad(Tr::tr("--seed must be a whole number of 0 or more"));
    }
    if (parser.isSet(warmup)) {
        if (!parseCount(parser.value(warmup), 0, options.customers - 1, &value))
            return bad(Tr::tr("--warmup must be a whole number below the number of customers"));
        options.warmupCustomers = static_cast<int>(value);
    }
    options.forceExponential = parser.isSet(exponential);
    if (parser.isSet(lognormal))
        options.variability = simulation::SimulationOptions::Variability::Lognormal;
    const QString fmt = parser.isSet(format) ? parser.value(format) : QStringLiteral("text");
    if (fmt != u"text" && fmt != u"json")
        return bad(Tr::tr("--format must be text or json"));

    const QString file = files.first();
    const std::optional<Blueprint> blueprint = loadBlueprint(file, io);
    if (!blueprint)
        return UsageOrFileError;
    // The file's analysis settings decide which probability sums the model accepts.
    options.probabilityTolerance = std::max(options.probabilityTolerance,
                                            analysis::settingsOf(*blueprint).probabilityTolerance);
    const analysis::Snapshot snapshot = analysis::Snapshot::of(*blueprint);
    const simulation::SimulationResult r = simulation::simulate(snapshot, options);
    if (r.status != SimulationStatus::Ok && r.status != SimulationStatus::Unstable) {
        io.err << Tr::tr("%1: cannot simulate: %2").arg(file, r.message) << '\n';
        io.err.flush();
        return UsageOrFileError;
    }
    if (fmt == u"json") {
        io.out << QString::fromUtf8(
            QJsonDocument(resultJson(QFileInfo(file).fileName(), snapshot, options, r))
                .toJson(QJsonDocument::Indented));
    } else {
        printText(io.out, file, snapshot, r);
    }
    io.out.flush();
    return Success;
}

} // namespace bp::cli
