#include "analysis/validate.h"

#include "analysis/structuregraph.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace bp::analysis {

namespace {

Finding finding(const char *code, Severity severity, QStringList elements = {},
                FindingValues values = {})
{
    return { QString::fromLatin1(code), severity, std::move(elements), std::move(values) };
}

void checkProbabilities(const Snapshot &s, const Settings &settings, Findings &out)
{
    const Graph &g = s.graph();
    for (int v = 0; v < s.size(); ++v) {
        const Node &node = s.node(v);
        if (node.gateway == Gateway::Split)
            continue;
        const auto [first, last] = boost::out_edges(static_cast<Vertex>(v), g);
        if (first == last)
            continue;
        bool complete = true;
        double sum = 0.0;
        for (auto e = first; e != last; ++e) {
            const Edge &edge = g[*e];
            if (!edge.p) {
                out.push_back(
                    finding("PROBABILITY_MISSING", Severity::Error, { node.id, edge.id }));
                complete = false;
                continue;
            }
            if (!(*edge.p >= 0.0 && *edge.p <= 1.0)) {
                out.push_back(finding("PROBABILITY_RANGE", Severity::Error, { node.id, edge.id },
                                      { { QStringLiteral("p"), *edge.p } }));
                complete = false;
                continue;
            }
            sum += *edge.p;
        }
        if (complete && !(std::abs(sum - 1.0) <= settings.probabilityTolerance)) {
            QStringList elements { node.id }; // the step and its flows, only when reported
            for (auto e = first; e != last; ++e)
                elements.append(g[*e].id);
            out.push_back(finding("PROBABILITY_SUM", Severity::Error, elements,
                                  { { QStringLiteral("sum"), sum } }));
        }
    }
}

void checkScoresAndTimes(const Snapshot &s, Findings &out)
{
    for (int v = 0; v < s.size(); ++v) {
        const Node &node = s.node(v);
        FindingValues bad;
        const auto check = [&bad](const char *name, const std::optional<int> &score) {
            if (score && (*score < 1 || *score > 10))
                bad.insert(QString::fromLatin1(name), *score);
        };
        check("severity", node.severity);
        check("occurrence", node.occurrence);
        check("detection", node.detection);
        if (!bad.isEmpty())
            out.push_back(finding("FMEA_SCORE_RANGE", Severity::Error, { node.id }, bad));
        if (node.kind == StepKind::Action && node.time == 0.0)
            out.push_back(finding("NO_TIME", Severity::Warning, { node.id }));
    }
}

/// A loop cluster is trapped when it holds no END and no flow with p > 0 leaves it.
std::vector<bool> trappedVertices(const RoutingView &view, const Condensation &c, Findings &out)
{
    const auto count = static_cast<std::size_t>(c.count);
    std::vector<bool> exits(count, false);
    const Graph &g = view.snapshot().graph();
    for (const RoutingView::Arc &a : view.arcs()) {
        const int ca = c.component[static_cast<std::size_t>(a.from)];
        if (ca == c.component[static_cast<std::size_t>(a.to)])
            continue;
        const std::optional<double> &p = g[a.flow].p;
        if (!p || *p > 0.0) // a missing p is reported on its own; do not call it trapped too
            exits[static_cast<std::size_t>(ca)] = true;
    }
    exits[static_cast<std::size_t>(c.component[static_cast<std::size_t>(view.end())])] = true;
    std::vector<bool> trapped(static_cast<std::size_t>(view.size()), false);
    for (std::size_t k = 0; k < count; ++k) {
        if (!c.loop[k] || exits[k])
            continue;
        QStringList steps;
        for (int v : c.members(static_cast<int>(k))) {
            trapped[static_cast<std::size_t>(v)] = true;
            if (v < view.steps())
                steps.append(view.name(v));
        }
        out.push_back(finding("TRAPPED_FLOW", Severity::Error, steps,
                              { { QStringLiteral("steps"), static_cast<int>(steps.size()) } }));
    }
    return trapped;
}

} // namespace

bool ValidationResult::hasErrors() const
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &f) { return f.severity == Severity::Error; });
}

ValidationResult validate(const Snapshot &s, const Settings &settings, const RoutingView *shared)
{
    ValidationResult result;
    Findings &out = result.findings;
    result.joinOfFork.assign(static_cast<std::size_t>(s.size()), -1);
    if (s.starts().empty())
        out.push_back(finding("NO_START", Severity::Error));
    if (s.ends().empty())
        out.push_back(finding("NO_END", Severity::Error));
    checkProbabilities(s, settings, out);
    checkScoresAndTimes(s, out);

    std::optional<RoutingView> own;
    const RoutingView &view = shared ? *shared : own.emplace(s);
    const std::vector<bool> fromStart = view.reachableFromStart();
    const std::vector<bool> toEnd = view.reachingEnd();
    const Condensation &c = view.condense();
    const std::vector<bool> trapped = trappedVertices(view, c, out);

    // Start and end steps are contracted into START and END; judge them by their own flows.
    const auto n = static_cast<std::size_t>(s.size());
    std::vector<bool> startReachesEnd(n, false);
    std::vector<bool> endReached(n, false);
    for (const RoutingView::Arc &a : view.arcs()) {
        const auto from = static_cast<std::size_t>(boost::source(a.flow, s.graph()));
        const auto to = static_cast<std::size_t>(boost::target(a.flow, s.graph()));
        if (view.isTerminalStep(static_cast<int>(from)) && a.from == view.start()
            && toEnd[static_cast<std::size_t>(a.to)])
            startReachesEnd[from] = true;
        if (view.isTerminalStep(static_cast<int>(to)) && a.to == view.end()
            && fromStart[static_cast<std::size_t>(a.from)])
            endReached[to] = true;
    }
    const bool hasStart = !s.starts().empty();
    const bool hasEnd = !s.ends().empty();
    for (std::size_t v = 0; v < n; ++v) {
        const Node &node = s.node(static_cast<int>(v));
        bool reached = fromStart[v];
        bool reaches = toEnd[v];
        if (view.isTerminalStep(static_cast<int>(v))) {
            const bool isStart = view.vertexOf(static_cast<int>(v)) == view.start();
            reached = isStart || endReached[v];
            reaches = !isStart || startReachesEnd[v];
        }
        if (hasStart && !reached)
            out.push_back(finding("UNREACHABLE_STEP", Severity::Error, { node.id }));
        if (hasEnd && !reaches && !trapped[v])
            out.push_back(finding("DEAD_END", Severity::Error, { node.id }));
    }

    // Fork/join blocks: J = ipdom(F) must be a join and F = idom(J).
    if (hasStart && hasEnd) {
        const std::vector<int> &idom = view.dominators();
        const std::vector<int> ipdom = view.postDominators();
        std::vector<bool> closes(n, false);
        for (std::size_t f = 0; f < n; ++f) {
            if (s.node(static_cast<int>(f)).gateway != Gateway::Split || !fromStart[f] || !toEnd[f])
                continue;
            const int j = ipdom[f];
            const bool isJoin = j >= 0 && j < view.steps() && s.node(j).gateway == Gateway::Join;
            if (isJoin && idom[static_cast<std::size_t>(j)] == static_cast<int>(f)) {
                result.joinOfFork[f] = j;
                closes[static_cast<std::size_t>(j)] = true;
                continue;
            }
            QStringList elements { s.node(static_cast<int>(f)).id };
            FindingValues values;
            if (j >= 0) {
                elements.append(view.name(j));
                values.insert(QStringLiteral("converges_at"), view.name(j));
            }
            out.push_back(finding("UNMATCHED_FORK", Severity::Error, elements, values));
        }
        for (std::size_t j = 0; j < n; ++j) {
            if (s.node(static_cast<int>(j)).gateway == Gateway::Join && fromStart[j] && toEnd[j]
                && !closes[j])
                out.push_back(
                    finding("UNMATCHED_JOIN", Severity::Error, { s.node(static_cast<int>(j)).id }));
        }
    }
    return result;
}

} // namespace bp::analysis
