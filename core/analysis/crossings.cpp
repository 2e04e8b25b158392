#include "analysis/crossings.h"

#include "analysis/digraph.h"

#include <algorithm>
#include <vector>

namespace bp::analysis {

bool crosses(int a, int b, Line l)
{
    if (a <= 0 || b <= 0)
        return false;
    const double position = 1.5 + static_cast<int>(l);
    return std::min(a, b) < position && position < std::max(a, b);
}

CrossingResult analyseCrossings(const Snapshot &s, const std::vector<double> &visits,
                                const Settings &settings)
{
    CrossingResult result;
    const Graph &g = s.graph();
    const auto n = static_cast<std::size_t>(s.size());
    std::vector<bool> terminal(n, false);
    for (int v : s.starts())
        terminal[static_cast<std::size_t>(v)] = true;
    for (int v : s.ends())
        terminal[static_cast<std::size_t>(v)] = true;

    // Flows that are handoffs at all, and whether each crosses the line of visibility.
    struct Handoff
    {
        std::size_t from;
        std::size_t to;
        bool visibility;
    };
    std::vector<Handoff> handoffs;
    for (auto [e, last] = boost::edges(g); e != last; ++e) {
        const std::size_t a = boost::source(*e, g);
        const std::size_t b = boost::target(*e, g);
        if (terminal[a] || terminal[b])
            continue;
        const int la = s.node(static_cast<int>(a)).level;
        const int lb = s.node(static_cast<int>(b)).level;
        const double v = a < visits.size() ? visits[a] : 0.0;
        for (int l = 0; l < 3; ++l) {
            if (!crosses(la, lb, static_cast<Line>(l)))
                continue;
            LineCrossings &line = result.lines[static_cast<std::size_t>(l)];
            ++line.edges;
            line.expectedPerCustomer += v * g[*e].p.value_or(0.0);
            line.flows.push_back(*e);
        }
        handoffs.push_back({ a, b, crosses(la, lb, Line::Visibility) });
    }

    // Ping-pong: two visibility crossings with at most k − 3 non-crossing flows between them
    // (k steps make k − 1 flows). dist[v] = fewest non-crossing flows since a crossing.
    const int k = settings.pingPongWindow;
    if (k < 3)
        return result;
    std::vector<std::pair<int, int>> quietFlows; // handoffs that do not cross
    for (const Handoff &h : handoffs) {
        if (!h.visibility)
            quietFlows.emplace_back(static_cast<int>(h.from), static_cast<int>(h.to));
    }
    const Digraph quiet(static_cast<int>(n), quietFlows);
    constexpr int unseen = -1;
    std::vector<int> dist(n, unseen);
    std::vector<std::size_t> origin(n, 0);
    std::vector<std::size_t> queue; // breadth first: read from the front, never popped
    for (const Handoff &h : handoffs) {
        if (h.visibility && dist[h.to] == unseen) {
            dist[h.to] = 0;
            origin[h.to] = h.from;
            queue.push_back(h.to);
        }
    }
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const std::size_t u = queue[head];
        if (dist[u] >= k - 3)
            continue;
        for (const int next : quiet.successors(static_cast<int>(u))) {
            const auto w = static_cast<std::size_t>(next);
            if (dist[w] == unseen) {
                dist[w] = dist[u] + 1;
                origin[w] = origin[u];
                queue.push_back(w);
            }
        }
    }
    std::vector<std::size_t> next(n, n); // target of a crossing flow out of the step
    for (const Handoff &h : handoffs) {
        if (h.visibility && next[h.from] == n)
            next[h.from] = h.to;
    }
    const auto pingPong = [&](std::size_t v) {
        return dist[v] != unseen && next[v] != n;
    };
    std::size_t count = 0;
    for (std::size_t v = 0; v < n; ++v)
        count += pingPong(v) ? 1 : 0;
    result.findings.reserve(result.findings.size() + count);
    for (std::size_t v = 0; v < n; ++v) {
        if (!pingPong(v))
            continue;
        result.findings.push_back(
            { QStringLiteral("HANDOFF_PINGPONG"),
              Severity::Info,
              { s.node(static_cast<int>(v)).id, s.node(static_cast<int>(origin[v])).id,
                s.node(static_cast<int>(next[v])).id },
              { { QStringLiteral("window"), k } } });
    }
    return result;
}

} // namespace bp::analysis
