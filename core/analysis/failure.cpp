#include "analysis/failure.h"

#include "analysis/linearsolve.h"
#include "analysis/structuregraph.h"
#include "analysis/validate.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

namespace bp::analysis {

namespace {

double probability(const Edge &e)
{
    return e.p.value_or(0.0);
}

/// The absorbing chain of analysis.md §2.7, solved downstream first (see failure.h).
class FailureFreeChain
{
public:
    FailureFreeChain(const Snapshot &s, const std::vector<int> &joinOfFork)
        : m_s(s)
        , m_g(s.graph())
        , m_join(joinOfFork)
        , m_q(static_cast<std::size_t>(s.size()), 0.0)
        , m_local(static_cast<std::size_t>(s.size()), -1)
        , m_isEnd(static_cast<std::size_t>(s.size()), false)
    {
        for (int v : s.ends())
            m_isEnd[static_cast<std::size_t>(v)] = true;
    }

    /// Solves for every step; false when some loop cluster is singular (trapped).
    bool solve()
    {
        // An end step is an exit: its own out-flows (there should be none) are not followed.
        std::vector<std::pair<int, int>> arcs;
        arcs.reserve(boost::num_edges(m_g));
        for (auto [e, last] = boost::edges(m_g); e != last; ++e) {
            const auto u = boost::source(*e, m_g);
            if (!m_isEnd[u] && m_g[*e].kind != FlowKind::Failure)
                arcs.emplace_back(static_cast<int>(u), static_cast<int>(boost::target(*e, m_g)));
        }
        const Condensation c = condense(m_s.size(), arcs);
        bool ok = true;
        for (auto k = c.order.rbegin(); k != c.order.rend(); ++k) {
            const std::span<const int> members = c.members(*k);
            if (!c.loop[static_cast<std::size_t>(*k)])
                m_q[static_cast<std::size_t>(members.front())] = direct(members.front());
            else
                ok = solveCluster(members) && ok;
        }
        return ok;
    }

    double q(int v) const { return m_q[static_cast<std::size_t>(v)]; }

private:
    double factor(int v) const { return 1.0 - m_s.node(v).pFail; }

    /// Π over branches of q_b relative to the join (1 where there is no join), leaving out
    /// branch @p skip.
    double branchProduct(int fork, int skip) const
    {
        const int join = m_join.empty() ? -1 : m_join[static_cast<std::size_t>(fork)];
        const double qJoin = join >= 0 ? m_q[static_cast<std::size_t>(join)] : 1.0;
        double product = 1.0;
        int index = 0;
        for (auto [e, last] = boost::out_edges(static_cast<Vertex>(fork), m_g); e != last; ++e) {
            if (m_g[*e].kind == FlowKind::Failure)
                continue;
            if (index++ == skip)
                continue;
            const double qb = m_q[boost::target(*e, m_g)];
            product *= qJoin > 0.0 ? std::min(1.0, qb / qJoin) : 0.0;
        }
        return product;
    }

    double direct(int v) const
    {
        if (m_isEnd[static_cast<std::size_t>(v)])
            return factor(v);
        if (m_s.node(v).gateway == Gateway::Split) {
            const int join = m_join.empty() ? -1 : m_join[static_cast<std::size_t>(v)];
            const double qJoin = join >= 0 ? m_q[static_cast<std::size_t>(join)] : 1.0;
            return factor(v) * branchProduct(v, -1) * qJoin;
        }
        double sum = 0.0;
        for (auto [e, last] = boost::out_edges(static_cast<Vertex>(v), m_g); e != last; ++e) {
            if (m_g[*e].kind != FlowKind::Failure)
                sum += probability(m_g[*e]) * m_q[boost::target(*e, m_g)];
        }
        return factor(v) * sum;
    }

    bool solveCluster(std::span<const int> members)
    {
        const auto k = members.size();
        bool hasFork = false;
        for (std::size_t i = 0; i < k; ++i) {
            m_local[static_cast<std::size_t>(members[i])] = static_cast<int>(i);
            hasFork = hasFork || m_s.node(members[i]).gateway == Gateway::Split;
        }
        // Forks start from "every other branch as good as the join" and are refined.
        bool ok = true;
        std::vector<double> previous(k, -1.0);
        for (int round = 0; round < (hasFork ? 200 : 1); ++round) {
            std::vector<Coefficient> a;
            std::vector<double> b(k, 0.0);
            for (std::size_t i = 0; i < k; ++i) {
                const int v = members[i];
                const bool fork = m_s.node(v).gateway == Gateway::Split;
                const double f = factor(v) * (fork && round > 0 ? branchProduct(v, 0) : 1.0);
                int branch = 0;
                for (auto [e, last] = boost::out_edges(static_cast<Vertex>(v), m_g); e != last;
                     ++e) {
                    if (m_g[*e].kind == FlowKind::Failure)
                        continue;
                    if (fork && branch++ > 0)
                        break; // the other branches are in the factor
                    const double w = f * (fork ? 1.0 : probability(m_g[*e]));
                    const auto t = boost::target(*e, m_g);
                    const int j = m_local[t];
                    if (j >= 0)
                        a.push_back({ static_cast<int>(i), j, w });
                    else
                        b[i] += w * m_q[t];
                }
            }
            const LinearSolution x = solveFixedPoint(k, a, b);
            ok = x.ok;
            double change = 0.0;
            for (std::size_t i = 0; i < k; ++i) {
                const double value = x.trapped[i] ? 0.0 : x.x[i];
                change = std::max(change, std::abs(value - previous[i]));
                previous[i] = value;
                m_q[static_cast<std::size_t>(members[i])] = value;
            }
            if (change <= 1e-15)
                break;
        }
        for (int v : members)
            m_local[static_cast<std::size_t>(v)] = -1;
        return ok;
    }

    const Snapshot &m_s;
    const Graph &m_g;
    const std::vector<int> &m_join;
    std::vector<double> m_q;
    std::vector<int> m_local;
    std::vector<bool> m_isEnd;
};

} // namespace

std::vector<FailPoint> recoveryAudit(const Snapshot &snapshot, const RoutingView *shared)
{
    std::optional<RoutingView> own;
    const RoutingView &view = shared ? *shared : own.emplace(snapshot);
    const std::vector<bool> toEnd = view.reachingEnd();
    const Graph &g = snapshot.graph();
    std::vector<FailPoint> out;
    for (int v = 0; v < snapshot.size(); ++v) {
        FailPoint fp;
        fp.vertex = v;
        fp.step = snapshot.node(v).id;
        fp.pFail = snapshot.node(v).pFail;
        bool recoverable = false;
        for (auto [e, last] = boost::out_edges(static_cast<Vertex>(v), g); e != last; ++e) {
            if (g[*e].kind != FlowKind::Failure)
                continue;
            const int t = static_cast<int>(boost::target(*e, g));
            fp.failureFlows.emplace_back(snapshot.node(t).id, probability(g[*e]));
            recoverable = recoverable || toEnd[static_cast<std::size_t>(view.vertexOf(t))];
        }
        if (fp.pFail <= 0.0 && fp.failureFlows.empty())
            continue;
        fp.recovered = fp.pFail == 0.0 && recoverable;
        out.push_back(std::move(fp));
    }
    return out;
}

FailureResult analyseFailures(const Snapshot &s, const std::vector<double> &visits,
                              const Settings &settings, const ActionPriorityTable *table,
                              const std::vector<int> *joinOfFork,
                              std::optional<std::vector<FailPoint>> audit)
{
    FailureResult result;
    const Graph &g = s.graph();
    const auto visit = [&visits](int v) {
        return static_cast<std::size_t>(v) < visits.size() ? visits[static_cast<std::size_t>(v)]
                                                           : 0.0;
    };

    // E_F = Σ v_i (p_fail,i + Σ failure flows P_ij).
    bool hasFork = false;
    for (int v = 0; v < s.size(); ++v) {
        double events = s.node(v).pFail;
        for (auto [e, last] = boost::out_edges(static_cast<Vertex>(v), g); e != last; ++e) {
            if (g[*e].kind == FlowKind::Failure)
                events += probability(g[*e]);
        }
        result.expectedFailures += visit(v) * events;
        hasFork = hasFork || s.node(v).gateway == Gateway::Split;
    }

    // P(failure-free journey).
    std::vector<int> computedJoins;
    if (!joinOfFork && hasFork) {
        computedJoins = validate(s, settings).joinOfFork;
        joinOfFork = &computedJoins;
    }
    static const std::vector<int> noJoins;
    FailureFreeChain chain(s, joinOfFork ? *joinOfFork : noJoins);
    result.failureFreeOk = chain.solve();
    for (int v : s.starts())
        result.failureFree += s.node(v).entry * chain.q(v);

    // Recovery audit.
    result.failPoints = audit ? std::move(*audit) : recoveryAudit(s);
    for (const FailPoint &fp : result.failPoints) {
        if (fp.recovered)
            continue;
        double failureP = 0.0;
        for (const auto &flow : fp.failureFlows)
            failureP += flow.second;
        const std::optional<int> &severity = s.node(fp.vertex).severity;
        const bool severe = severity && *severity >= settings.severityThreshold;
        result.findings.push_back(
            { QStringLiteral("FAIL_POINT_WITHOUT_RECOVERY"),
              severe ? Severity::Error : Severity::Warning,
              { fp.step },
              { { QStringLiteral("p"), fp.pFail }, { QStringLiteral("failure_p"), failureP } } });
    }

    // FMEA.
    result.fmea = rankFmea(fmeaRowsOf(s), settings, table);
    Findings fmea = fmeaFindings(result.fmea, settings);
    result.findings.insert(result.findings.end(), std::make_move_iterator(fmea.begin()),
                           std::make_move_iterator(fmea.end()));
    return result;
}

} // namespace bp::analysis
