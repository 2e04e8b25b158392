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

std::vector<ExpectedTime> expectedEndToEnd(const Snapshot &s, const Visits &visits,
                                           std::span<const std::vector<double>> durations)
{
    const size_t kinds = durations.size();
    std::vector<ExpectedTime> out(kinds);
    const auto n = static_cast<size_t>(s.size());
    if (n == 0) {
        for (ExpectedTime &o : out)
            o.time = 0.0;
        return out;
    }
    const auto count = static_cast<size_t>(visits.componentCount);
    // A reached step that never finishes leaves that set of durations without a time.
    std::vector<bool> valid(kinds, true);
    std::vector<std::vector<double>> dur(kinds);
    for (size_t k = 0; k < kinds; ++k) {
        for (size_t v = 0; v < n && valid[k]; ++v)
            valid[k] = !(visits.v[v] > 0.0) || std::isfinite(durations[k][v]);
        if (valid[k])
            dur[k] = componentDurations(visits, durations[k]);
        else
            dur[k].assign(count, 0.0);
    }
    const RoutingGraph &r = visits.flows;
    const auto comp = [&](auto v) {
        return static_cast<size_t>(visits.component[v]);
    };
    std::vector<double> finish(count * kinds, 0.0); // component-major
    struct Branch
    {
        double mass = 0.0;
        std::vector<double> weighted; ///< Σ mass·finish per set of durations
    };
    std::map<int, Branch> branches;
    std::vector<double> weighted(kinds), sum(kinds), mean(kinds);
    bool lowerBound = false;
    std::vector<int> lowerBoundJoins, unmatchedJoins;

    for (int c : visits.topoComponents) {
        const auto cu = static_cast<size_t>(c);
        // Every member that customers enter from outside contributes its mean entry time,
        // weighted by the mass entering there: an AND-join (matched to its fork) the largest of
        // its branches' means, any other step the mass-weighted mean of its incoming flows.
        double total = 0.0;
        std::fill(weighted.begin(), weighted.end(), 0.0);
        for (int v : visits.members(c)) {
            total += visits.entry[size_t(v)]; // external arrivals start at time 0
            const int fork = visits.matchingFork[static_cast<size_t>(v)];
            double mass = 0.0;
            std::fill(sum.begin(), sum.end(), 0.0);
            branches.clear();
            for (int e = r.inStart[size_t(v)]; e < r.inStart[size_t(v) + 1]; ++e) {
                const int from = r.inSource[size_t(e)];
                if (comp(from) == cu)
                    continue;
                const double m
                    = visits.v[size_t(from)] * r.inP[size_t(e)] * visits.flowWeight(from, v);
                if (!(m > 0.0))
                    continue;
                const double *f = finish.data() + comp(from) * kinds;
                mass += m;
                for (size_t k = 0; k < kinds; ++k)
                    sum[k] += m * f[k];
                if (fork >= 0 && !visits.dominates(v, from)) {
                    Branch &b = branches[visits.branchOf(from, fork)];
                    if (b.weighted.empty())
                        b.weighted.assign(kinds, 0.0);
                    b.mass += m;
                    for (size_t k = 0; k < kinds; ++k)
                        b.weighted[k] += m * f[k];
                }
            }
            if (!(mass > 0.0))
                continue;
            if (branches.size() >= 2) {
                std::fill(mean.begin(), mean.end(), 0.0);
                for (const auto &[id, b] : branches) {
                    for (size_t k = 0; k < kinds; ++k)
                        mean[k] = std::max(mean[k], b.weighted[k] / b.mass);
                }
                lowerBound = true;
                lowerBoundJoins.push_back(v);
            } else {
                for (size_t k = 0; k < kinds; ++k)
                    mean[k] = sum[k] / mass;
                if (visits.gateway[size_t(v)] == Gateway::Join && fork < 0)
                    unmatchedJoins.push_back(v);
            }
            total += mass;
            for (size_t k = 0; k < kinds; ++k)
                weighted[k] += mass * mean[k];
        }
        for (size_t k = 0; k < kinds; ++k)
            finish[cu * kinds + k] = (total > 0.0 ? weighted[k] / total : 0.0) + dur[k][cu];
    }

    // Leave from the exits: end steps, and any step without a routing flow out.
    double mass = 0.0;
    std::fill(weighted.begin(), weighted.end(), 0.0);
    for (size_t v = 0; v < n; ++v) {
        if (r.outStart[v + 1] != r.outStart[v])
            continue;
        mass += visits.v[v];
        for (size_t k = 0; k < kinds; ++k)
            weighted[k] += visits.v[v] * finish[comp(v) * kinds + k];
    }
    for (size_t k = 0; k < kinds; ++k) {
        out[k].lowerBound = lowerBound;
        out[k].lowerBoundJoins = lowerBoundJoins;
        out[k].unmatchedJoins = unmatchedJoins;
        if (valid[k])
            out[k].time = mass > 0.0 ? weighted[k] / mass : 0.0;
    }
    return out;
}

ExpectedTime expectedEndToEnd(const Snapshot &s, const Visits &visits,
                              const std::vector<double> &duration)
{
    return expectedEndToEnd(s, visits, std::span<const std::vector<double>>(&duration, 1)).front();
}

} // namespace bp::analysis
