// `blueprint analyze`: the analysis of spec/analysis.md as text or JSON (spec/cli.md).

#include "cli.h"
#include "commands.h"

#include "analysis/analysis.h"
#include "analysis/findingtext.h"
#include "model/kinds.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bp::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::Cli)
};

using namespace analysis;

constexpr double perHour = 60.0;

std::optional<double> times(const std::optional<double> &v, double factor)
{
    return v ? std::optional<double>(*v * factor) : std::nullopt;
}

QString waitModelName(WaitFormula f)
{
    switch (f) {
    case WaitFormula::Exact:
        return QStringLiteral("exact");
    case WaitFormula::AllenCunneenQna:
        return QStringLiteral("allen-cunneen");
    case WaitFormula::AllenCunneenPoisson:
        return QStringLiteral("allen-cunneen-poisson");
    case WaitFormula::SakasegawaQna:
        break;
    }
    return QStringLiteral("sakasegawa");
}

QJsonArray idsOf(const Snapshot &s, const std::vector<int> &vertices)
{
    QJsonArray a;
    for (int v : vertices)
        a.append(s.node(v).id);
    return a;
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &x : list)
        a.append(x);
    return a;
}

/// RPN of each step that has FMEA scores.
QHash<ElementId, int> rpnByStep(const AnalysisResult &r)
{
    QHash<ElementId, int> out;
    for (const FmeaEntry &e : r.failure.fmea)
        out.insert(e.row.step, e.rpn);
    return out;
}

QJsonObject analysisJson(const QString &file, const AnalysisResult &r)
{
    const Snapshot &s = r.snapshot;
    const QueueingResult &q = r.queueing;
    QJsonObject root;
    root.insert(QStringLiteral("file"), file);
    root.insert(QStringLiteral("wait_model"), waitModelName(q.formula));
    root.insert(QStringLiteral("complete"), r.complete);

    QJsonObject process;
    QJsonArray bottlenecks;
    for (int p : q.bottlenecks)
        bottlenecks.append(s.poolId(p));
    process.insert(QStringLiteral("bottlenecks"), bottlenecks);
    process.insert(QStringLiteral("max_utilization"), jsonNumber(q.maxUtilisation));
    process.insert(QStringLiteral("demand_per_hour"),
                   jsonNumber(times(s.arrivals().lambda, perHour)));
    process.insert(QStringLiteral("capacity_per_hour"),
                   jsonNumber(times(q.processCapacity, perHour)));
    process.insert(QStringLiteral("flow_rate_per_hour"), jsonNumber(times(q.flowRate, perHour)));
    process.insert(QStringLiteral("theoretical_flow_time_min"),
                   r.complete ? jsonNumber(q.theoreticalFlowTime) : QJsonValue());
    process.insert(QStringLiteral("flow_time_min"), jsonNumber(q.flowTime));
    process.insert(QStringLiteral("flow_time_efficiency"), jsonNumber(q.efficiency));
    process.insert(QStringLiteral("wip"), jsonNumber(q.wip));
    process.insert(QStringLiteral("flow_time_is_lower_bound"), q.andLowerBound);
    process.insert(QStringLiteral("critical_path"), idsOf(s, q.criticalPath.steps));
    process.insert(QStringLiteral("critical_path_min"),
                   r.complete ? jsonNumber(q.criticalPath.length) : QJsonValue());
    process.insert(QStringLiteral("expected_failures_per_customer"),
                   r.complete ? jsonNumber(r.failure.expectedFailures) : QJsonValue());
    process.insert(QStringLiteral("p_failure_free"),
                   r.complete && r.failure.failureFreeOk ? jsonNumber(r.failure.failureFree)
                                                         : QJsonValue());
    QJsonObject crossings;
    QJsonObject crossingEdges;
    const char *lineKeys[] = { "interaction", "visibility", "internal" };
    for (int l = 0; l < 3; ++l) {
        const LineCrossings &c = r.structure.crossings.lines[static_cast<size_t>(l)];
        crossings.insert(QString::fromLatin1(lineKeys[l]),
                         r.complete ? jsonNumber(c.expectedPerCustomer) : QJsonValue());
        crossingEdges.insert(QString::fromLatin1(lineKeys[l]), c.edges);
    }
    process.insert(QStringLiteral("line_crossings"), crossings);
    process.insert(QStringLiteral("line_crossing_flows"), crossingEdges);
    const MaxFlowResult &mf = r.structure.maxFlow;
    process.insert(QStringLiteral("max_flow_per_hour"),
                   mf.available && !mf.unbounded ? jsonNumber(mf.maxFlowPerMinute * perHour)
                                                 : QJsonValue());
    QJsonArray cut;
    for (const ElementId &id : mf.minCut)
        cut.append(id);
    process.insert(QStringLiteral("min_cut"), cut);
    process.insert(QStringLiteral("single_points_of_failure"),
                   stringArray(routingNames(r.snapshot, r.structure.spof.dominators)));
    root.insert(QStringLiteral("process"), process);

    const QHash<ElementId, int> rpn = rpnByStep(r);
    QJsonObject steps;
    for (int v = 0; v < s.size(); ++v) {
        const Node &n = s.node(v);
        if (n.kind == StepKind::Start || n.kind == StepKind::End)
            continue;
        QJsonObject o;
        if (r.complete) {
            const StepFigures &f = q.steps[static_cast<size_t>(v)];
            o.insert(QStringLiteral("visits"), jsonNumber(f.visits));
            o.insert(QStringLiteral("utilization"), jsonNumber(f.rho));
            o.insert(QStringLiteral("wait_min"), jsonNumber(f.wait));
            o.insert(QStringLiteral("p_wait"), jsonNumber(f.pWait));
            o.insert(QStringLiteral("p_wait_over_tolerance"),
                     jsonNumber(f.pWaitOverTolerance[static_cast<size_t>(indexOf(q.formula))]));
            o.insert(QStringLiteral("slack_min"), jsonNumber(f.slack));
        }
        o.insert(QStringLiteral("servers"),
                 n.infinite ? QJsonValue(QStringLiteral("inf")) : QJsonValue(n.servers));
        o.insert(QStringLiteral("rpn"),
                 rpn.contains(n.id) ? QJsonValue(rpn.value(n.id)) : QJsonValue(QJsonValue::Null));
        steps.insert(n.id, o);
    }
    root.insert(QStringLiteral("steps"), steps);

    QJsonObject pools;
    if (r.complete) {
        for (size_t i = 0; i < s.pools().size(); ++i) {
            const PoolFigures &p = q.pools[i];
            if (!p.relevant)
                continue;
            QJsonObject o;
            o.insert(QStringLiteral("utilization"), jsonNumber(p.rho));
            o.insert(QStringLiteral("capacity_per_hour"), jsonNumber(times(p.capacity, perHour)));
            o.insert(QStringLiteral("servers"), s.pools()[i].servers);
            pools.insert(s.poolId(int(i)), o);
        }
    }
    root.insert(QStringLiteral("pools"), pools);

    QJsonArray findings;
    for (const Finding &f : r.findings) {
        const FindingText text = describeFinding(f, s);
        QJsonObject o;
        o.insert(QStringLiteral("code"), f.code);
        o.insert(QStringLiteral("severity"), severityName(f.severity));
        o.insert(QStringLiteral("elements"), stringArray(f.elements));
        o.insert(QStringLiteral("message"), text.message);
        o.insert(QStringLiteral("suggestion"), text.suggestion);
        o.insert(QStringLiteral("values"), QJsonObject::fromVariantMap(f.values.toVariantMap()));
        findings.append(o);
    }
    root.insert(QStringLiteral("findings"), findings);
    return root;
}

void printText(QTextStream &out, const QString &file, const AnalysisResult &r)
{
    const Snapshot &s = r.snapshot;
    const QueueingResult &q = r.queueing;
    out << Tr::tr("%1: %n finding(s): ", nullptr, static_cast<int>(r.findings.size())).arg(file)
        << Tr::tr("%1 error(s), %2 warning(s), %3 info")
               .arg(r.count(Severity::Error))
               .arg(r.count(Severity::Warning))
               .arg(r.count(Severity::Info))
        << '\n';
    if (r.complete) {
        QStringList bottlenecks;
        for (int p : q.bottlenecks)
            bottlenecks << s.poolId(p);
        out << Tr::tr("Times in minutes, rates per hour; waits by %1.")
                   .arg(waitModelName(q.formula))
            << '\n';
        out << Tr::tr("Demand: %1   capacity: %2   bottleneck: %3 (%4 busy)")
                   .arg(formatFigure(times(s.arrivals().lambda, perHour).value_or(NAN), 2),
                        formatFigure(times(q.processCapacity, perHour).value_or(NAN), 2),
                        bottlenecks.isEmpty() ? Tr::tr("none") : bottlenecks.join(u", "),
                        formatFigure(q.maxUtilisation.value_or(NAN), 3))
            << '\n';
        out << Tr::tr("Flow time: %1 (without waiting %2, efficiency %3), customers in the "
                      "service: %4")
                   .arg(formatFigure(q.flowTime.value_or(NAN), 2),
                        formatFigure(q.theoreticalFlowTime, 2),
                        formatFigure(q.efficiency.value_or(NAN), 3),
                        formatFigure(q.wip.value_or(NAN), 2))
            << '\n';
        out << Tr::tr("Critical path (worst case): %1 min")
                   .arg(formatFigure(q.criticalPath.length, 2))
            << '\n';
        out << Tr::tr("Failure events per customer: %1   failure-free journeys: %2")
                   .arg(formatFigure(r.failure.expectedFailures, 4),
                        formatFigure(r.failure.failureFreeOk ? r.failure.failureFree : NAN, 4))
            << '\n';
        const auto &lines = r.structure.crossings.lines;
        out << Tr::tr("Line crossings per customer: interaction %1, visibility %2, internal %3")
                   .arg(formatFigure(lines[0].expectedPerCustomer, 2),
                        formatFigure(lines[1].expectedPerCustomer, 2),
                        formatFigure(lines[2].expectedPerCustomer, 2))
            << '\n';
        out << Tr::tr("Single points of failure: %1")
                   .arg(r.structure.spof.dominators.empty()
                            ? Tr::tr("none")
                            : routingNames(r.snapshot, r.structure.spof.dominators).join(u", "))
            << '\n';
        out << '\n'
            << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(Tr::tr("step"), -24)
                   .arg(Tr::tr("visits"), -8)
                   .arg(Tr::tr("busy"), -8)
                   .arg(Tr::tr("wait"), -9)
                   .arg(Tr::tr("P(wait > tolerance)"))
            << '\n';
        for (int v = 0; v < s.size(); ++v) {
            const Node &n = s.node(v);
            if (n.kind == StepKind::Start || n.kind == StepKind::End)
                continue;
            const StepFigures &f = q.steps[static_cast<size_t>(v)];
            const auto &tail = f.pWaitOverTolerance[static_cast<size_t>(indexOf(q.formula))];
            out << QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(n.id, -24)
                       .arg(formatFigure(f.visits, 3), -8)
                       .arg(f.rho ? formatFigure(*f.rho, 3) : QStringLiteral("-"), -8)
                       .arg(formatFigure(f.wait.value_or(NAN), 2), -9)
                       .arg(tail ? formatFigure(*tail, 4) : QStringLiteral("-"))
                << '\n';
        }
    } else {
        out << Tr::tr("The model has errors: waits, flow time and failure figures are not "
                      "computed until they are fixed.")
            << '\n';
    }
    out << '\n';
    for (const Finding &f : r.findings) {
        const FindingText text = describeFinding(f, s);
        out << QStringLiteral("%1: %2 [%3] %4")
                   .arg(severityName(f.severity), text.title, f.code, text.message)
            << '\n';
        if (!text.suggestion.isEmpty())
            out << QStringLiteral("    ") << text.suggestion << '\n';
    }
}

} // namespace

int analyzeCommand(const QStringList &arguments, Streams &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Analyses a blueprint: utilisation, bottlenecks, waits, flow time, critical path, "
               "fail points, single points of failure, line crossings (spec/analysis.md)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Blueprint file."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Tr::tr("Output format: text (default) or json."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption waitModel(
        QStringLiteral("wait-model"),
        Tr::tr("Waiting-time formula, instead of the file's (auto unless its <analysis> "
               "element says otherwise): auto (exact when times are exponential), exact, "
               "allen-cunneen, allen-cunneen-poisson, sakasegawa."),
        QStringLiteral("MODEL"));
    const QCommandLineOption failOn(
        QStringLiteral("fail-on"),
        Tr::tr("Exit with status 1 when a finding of this severity or worse is found: error, "
               "warning or never (default)."),
        QStringLiteral("LEVEL"));
    const QCommandLineOption apTable(
        QStringLiteral("ap-table"),
        Tr::tr("Action Priority table (CSV) for the FMEA_AP_HIGH finding."), QStringLiteral("CSV"));
    for (const auto *o : { &format, &waitModel, &failOn, &apTable })
        parser.addOption(*o);
    const QString synopsis
        = Tr::tr("Usage: blueprint analyze FILE [--format text|json] "
                 "[--wait-model auto|exact|allen-cunneen|allen-cunneen-poisson|sakasegawa] "
                 "[--fail-on error|warning|never] "
                 "[--ap-table CSV]");
    if (const int status = parseCommand(parser, arguments, io, synopsis); status >= 0)
        return status;
    const QStringList files = parser.positionalArguments();
    const auto bad = [&](const QString &message) {
        io.err << QStringLiteral("blueprint analyze: ") << message << '\n' << synopsis << '\n';
        return UsageOrFileError;
    };
    if (files.size() != 1)
        return bad(Tr::tr("give exactly one file"));
    const QString fmt = parser.isSet(format) ? parser.value(format) : QStringLiteral("text");
    if (fmt != u"text" && fmt != u"json")
        return bad(Tr::tr("--format must be text or json"));
    // The file's own analysis settings apply; --wait-model replaces the file's wait model.
    std::optional<WaitModel> modelOverride;
    if (parser.isSet(waitModel)) {
        modelOverride = parseWaitModel(parser.value(waitModel));
        if (!modelOverride)
            return bad(Tr::tr("--wait-model must be auto, exact, allen-cunneen, "
                              "allen-cunneen-poisson or sakasegawa"));
    }
    const QString level = parser.isSet(failOn) ? parser.value(failOn) : QStringLiteral("never");
    if (level != u"error" && level != u"warning" && level != u"never")
        return bad(Tr::tr("--fail-on must be error, warning or never"));

    std::optional<ActionPriorityTable> table;
    if (parser.isSet(apTable)) {
        const QString csv = parser.value(apTable);
        ActionPriorityLoad load = loadActionPriority(csv);
        for (const Diagnostic &d : load.diagnostics)
            io.err << formatDiagnostic(csv, d) << '\n';
        if (!load.table)
            return UsageOrFileError;
        table = std::move(load.table);
    }

    const QString file = files.first();
    const std::optional<Blueprint> blueprint = loadBlueprint(file, io);
    if (!blueprint)
        return UsageOrFileError;
    Settings settings = settingsOf(*blueprint);
    if (modelOverride)
        settings.waitModel = *modelOverride;
    const AnalysisResult r = runAnalysis(*blueprint, settings, table ? &*table : nullptr);
    if (fmt == u"json") {
        io.out << QString::fromUtf8(QJsonDocument(analysisJson(QFileInfo(file).fileName(), r))
                                        .toJson(QJsonDocument::Indented));
    } else {
        printText(io.out, file, r);
    }
    io.out.flush();
    if (level == u"error" && r.count(Severity::Error) > 0)
        return FoundProblems;
    if (level == u"warning" && (r.count(Severity::Error) + r.count(Severity::Warning)) > 0)
        return FoundProblems;
    return Success;
}

} // namespace bp::cli
