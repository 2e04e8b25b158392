#include "analysis/flownetwork.h"

#include "analysis/digraph.h"

#include <algorithm>
#include <limits>

namespace bp::analysis {

FlowNetwork::FlowNetwork(int n)
    : m_n(n)
    , m_level(static_cast<std::size_t>(n), -1)
{ }

void FlowNetwork::addArc(int from, int to, Amount capacity)
{
    // The tail of arc a is the head of its partner a ^ 1.
    m_to.push_back(to);
    m_residual.push_back(capacity);
    m_to.push_back(from);
    m_residual.push_back(0);
}

FlowNetwork::Amount FlowNetwork::maxFlow(int source, int sink)
{
    std::vector<int> tails(m_to.size());
    for (std::size_t a = 0; a < m_to.size(); ++a)
        tails[a] = m_to[a ^ 1];
    groupByKey(m_n, tails, m_start, m_rows);
    m_next.resize(static_cast<std::size_t>(m_n));

    Amount total = 0;
    if (source == sink)
        return total;
    while (levelFrom(source, sink))
        total += blockingFlow(source, sink);
    return total;
}

bool FlowNetwork::levelFrom(int source, int sink)
{
    std::fill(m_level.begin(), m_level.end(), -1);
    std::vector<int> queue { source };
    queue.reserve(static_cast<std::size_t>(m_n));
    m_level[static_cast<std::size_t>(source)] = 0;
    for (std::size_t i = 0; i < queue.size(); ++i) {
        const auto v = static_cast<std::size_t>(queue[i]);
        for (int k = m_start[v]; k < m_start[v + 1]; ++k) {
            const auto a = static_cast<std::size_t>(m_rows[static_cast<std::size_t>(k)]);
            const auto w = static_cast<std::size_t>(m_to[a]);
            if (m_residual[a] > 0 && m_level[w] < 0) {
                m_level[w] = m_level[v] + 1;
                queue.push_back(m_to[a]);
            }
        }
    }
    return m_level[static_cast<std::size_t>(sink)] >= 0;
}

FlowNetwork::Amount FlowNetwork::blockingFlow(int source, int sink)
{
    std::copy(m_start.begin(), m_start.end() - 1, m_next.begin());
    Amount total = 0;
    std::vector<int> path; // arcs from the source to v
    int v = source;
    while (true) {
        if (v == sink) {
            Amount push = std::numeric_limits<Amount>::max();
            for (const int a : path)
                push = std::min(push, m_residual[static_cast<std::size_t>(a)]);
            std::size_t firstFull = path.size();
            for (std::size_t i = 0; i < path.size(); ++i) {
                const auto a = static_cast<std::size_t>(path[i]);
                m_residual[a] -= push;
                m_residual[a ^ 1] += push;
                if (m_residual[a] == 0 && firstFull == path.size())
                    firstFull = i;
            }
            total += push;
            // Back to the tail of the first saturated arc and on from there.
            path.resize(firstFull);
            v = path.empty() ? source : m_to[static_cast<std::size_t>(path.back())];
            continue;
        }
        const auto vi = static_cast<std::size_t>(v);
        bool advanced = false;
        for (; m_next[vi] < m_start[vi + 1]; ++m_next[vi]) {
            const auto a = static_cast<std::size_t>(m_rows[static_cast<std::size_t>(m_next[vi])]);
            const auto w = static_cast<std::size_t>(m_to[a]);
            if (m_residual[a] > 0 && m_level[w] == m_level[vi] + 1) {
                path.push_back(static_cast<int>(a));
                v = m_to[a];
                advanced = true;
                break;
            }
        }
        if (advanced)
            continue;
        // A dead end in this phase: retreat and skip the arc that led here.
        if (v == source)
            break;
        const auto back = static_cast<std::size_t>(path.back());
        path.pop_back();
        v = m_to[back ^ 1];
        ++m_next[static_cast<std::size_t>(v)];
    }
    return total;
}

} // namespace bp::analysis
