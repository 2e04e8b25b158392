#include "analysis/criticalpath.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace bp::analysis {

namespace {

/// Duration of every component: a step's own, or Σ v_i^loc·d_i for a loop cluster.
std::vector<double> componentDurations(const Visits &visits, const std::vector<double> &d)
{
    std::vector<double> out(static_cast<size_t>(visits.componentCount), 0.0);
    for (size_t c = 0; c < out.size(); ++c) {
        // One entry into the component: local visits v_i / inflow (1 for a plain step; the
        // repetitions of a self-loop or a loop cluster otherwise).
        const double in = visits.inflow[c];
        double sum = 0.0;
        for (int x : visits.members(int(c))) {
            const double local = in > 0.0 ? visits.v[static_cast<size_t>(x)] / in : 1.0;
            sum += local * d[static_cast<size_t>(x)];
        }
        out[c] = sum;
    }
    return out;
}

bool isVirtual(const Node &n)
{
    return n.kind == StepKind::Start || n.kind == StepKind::End;
}

} // namespace

CriticalPath criticalPath(const Snapshot &s, const Visits &visits,
                          const std::vector<double> &duration)
{
    CriticalPath cp;
    const auto n = static_cast<size_t>(s.size());
    const auto count = static_cast<size_t>(visits.componentCount);
    const RoutingGraph &r = visits.flows;
    cp.earliestStart.assign(n, 0.0);
    cp.slack.assign(n, 0.0);
    if (n == 0)
        return cp;
    const std::vector<double> dur = componentDurations(visits, duration);
    const auto comp = [&](auto v) {
        return static_cast<size_t>(visits.component[v]);
    };

    std::vector<double> es(count, 0.0), ef(count, 0.0);
    for (int c : visits.topoComponents) {
        const auto cu = static_cast<size_t>(c);
        double start = 0.0;
        for (int v : visits.members(c)) {
            for (int k = r.inStart[size_t(v)]; k < r.inStart[size_t(v) + 1]; ++k) {
                const size_t from = comp(r.inSource[size_t(k)]);
                if (from != cu)
                    start = std::max(start, ef[from]);
            }
        }
        es[cu] = start;
        ef[cu] = start + dur[cu];
        cp.length = std::max(cp.length, ef[cu]);
    }
    std::vector<double> ls(count, 0.0);
    for (auto it = visits.topoComponents.rbegin(); it != visits.topoComponents.rend(); ++it) {
        const auto cu = static_cast<size_t>(*it);
        double finish = cp.length;
        for (int v : visits.members(*it)) {
            for (int k = r.outStart[size_t(v)]; k < r.outStart[size_t(v) + 1]; ++k) {
                const size_t to = comp(r.outTarget[size_t(k)]);
                if (to != cu)
                    finish = std::min(finish, ls[to]);
            }
        }
        ls[cu] = finish - dur[cu];
    }
    for (size_t v = 0; v < n; ++v) {
        cp.earliestStart[v] = es[comp(v)];
        cp.slack[v] = std::max(0.0, ls[comp(v)] - es[comp(v)]);
    }

    // One critical path: from a zero-slack component without predecessors (a start's, if any),
    // follow zero-slack successors that start when the current one finishes.
    const double eps = 1e-9 * std::max(1.0, cp.length);
    const auto critical = [&](size_t c) {
        return ls[c] - es[c] <= eps;
    };
    size_t current = count;
    for (int st : s.starts()) {
        if (critical(comp(st)) && es[comp(st)] <= eps) {
            current = comp(st);
            break;
        }
    }
    if (current == count) {
        for (int c : visits.topoComponents) {
            if (critical(static_cast<size_t>(c)) && es[static_cast<size_t>(c)] <= eps) {
                current = static_cast<size_t>(c);
                break;
            }
        }
    }
    while (current < count) {
        for (int v : visits.members(int(current))) {
            if (!isVirtual(s.node(v)))
                cp.steps.push_back(v);
        }
        size_t next = count;
        for (int v : visits.members(int(current))) {
            for (int k = r.outStart[size_t(v)]; k < r.outStart[size_t(v) + 1]; ++k) {
                const size_t to = comp(r.outTarget[size_t(k)]);
                if (to != current && critical(to) && std::abs(es[to] - ef[current]) <= eps
                    && (next == count || to < next))
                    next = to;
            }
        }
        current = next;
    }
    return cp;
}

ExpectedTime expectedEndToEnd(const Snapshot &s, const Visits &visits,
                              const std::vector<double> &duration)
{
    ExpectedTime out;
    const auto n = static_cast<size_t>(s.size());
    if (n == 0) {
        out.time = 0.0;
        return out;
    }
    for (size_t v = 0; v < n; ++v) {
        if (visits.v[v] > 0.0 && !std::isfinite(duration[v]))
            return out; // a reached step never finishes: no end-to-end time
    }
    const std::vector<double> dur = componentDurations(visits, duration);
    const auto count = static_cast<size_t>(visits.componentCount);
    const RoutingGraph &r = visits.flows;
    const auto comp = [&](auto v) {
        return static_cast<size_t>(visits.component[v]);
    };
    std::vector<double> finish(count, 0.0);
    std::map<int, std::pair<double, double>> branches; // branch → (mass, mass·finish)

    for (int c : visits.topoComponents) {
        const auto cu = static_cast<size_t>(c);
        // Every member that customers enter from outside contributes its mean entry time,
        // weighted by the mass entering there: an AND-join (matched to its fork) the largest of
        // its branches' means, any other step the mass-weighted mean of its incoming flows.
        double total = 0.0, weighted = 0.0;
        for (int v : visits.members(c)) {
            const double entry = s.node(v).entry; // external arrivals start at time 0
            total += entry;
            const int fork = visits.matchingFork[static_cast<size_t>(v)];
            double mass = 0.0, sum = 0.0;
            branches.clear();
            for (int k = r.inStart[size_t(v)]; k < r.inStart[size_t(v) + 1]; ++k) {
                const int from = r.inSource[size_t(k)];
                if (comp(from) == cu)
                    continue;
                const double m
                    = visits.v[size_t(from)] * r.inP[size_t(k)] * visits.flowWeight(from, v);
                if (!(m > 0.0))
                    continue;
                mass += m;
                sum += m * finish[comp(from)];
                if (fork >= 0 && !visits.dominates(v, from)) {
                    auto &[bm, bw] = branches[visits.branchOf(from, fork)];
                    bm += m;
                    bw += m * finish[comp(from)];
                }
            }
            if (!(mass > 0.0))
                continue;
            double mean = sum / mass;
            if (branches.size() >= 2) {
                mean = 0.0;
                for (const auto &[b, mw] : branches)
                    mean = std::max(mean, mw.second / mw.first);
                out.lowerBound = true;
                out.lowerBoundJoins.push_back(v);
            } else if (s.node(v).gateway == Gateway::Join && fork < 0) {
                out.unmatchedJoins.push_back(v);
            }
            total += mass;
            weighted += mass * mean;
        }
        finish[cu] = (total > 0.0 ? weighted / total : 0.0) + dur[cu];
    }

    // Leave from the exits: end steps, and any step without a routing flow out.
    double mass = 0.0, weighted = 0.0;
    for (size_t v = 0; v < n; ++v) {
        if (r.outStart[v + 1] != r.outStart[v])
            continue;
        mass += visits.v[v];
        weighted += visits.v[v] * finish[comp(v)];
    }
    out.time = mass > 0.0 ? weighted / mass : 0.0;
    return out;
}

} // namespace bp::analysis
