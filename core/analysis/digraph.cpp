#include "analysis/digraph.h"

#include <algorithm>

namespace bp::analysis {

void groupByKey(int n, std::span<const int> keys, std::vector<int> &start, std::vector<int> &order)
{
    const auto size = static_cast<std::size_t>(n);
    start.assign(size + 1, 0);
    for (const int k : keys)
        ++start[static_cast<std::size_t>(k) + 1];
    for (std::size_t k = 0; k < size; ++k)
        start[k + 1] += start[k];
    std::vector<int> next(start.begin(), start.end() - 1);
    order.resize(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        order[static_cast<std::size_t>(next[static_cast<std::size_t>(keys[i])]++)]
            = static_cast<int>(i);
}

int strongComponents(std::span<const int> start, std::span<const int> targets,
                     std::vector<int> &component)
{
    const std::size_t size = start.empty() ? 0 : start.size() - 1;
    const auto n = static_cast<int>(size);
    component.assign(size, -1);
    std::vector<int> index(size, -1), low(size, 0);
    std::vector<int> open; // Tarjan's stack of vertices not yet in a component
    open.reserve(size);
    std::vector<std::pair<int, int>> frames; // (vertex, next position in targets)
    int clock = 0;
    int count = 0;
    for (int root = 0; root < n; ++root) {
        if (index[static_cast<std::size_t>(root)] >= 0)
            continue;
        index[static_cast<std::size_t>(root)] = low[static_cast<std::size_t>(root)] = clock++;
        open.push_back(root);
        frames.emplace_back(root, start[static_cast<std::size_t>(root)]);
        while (!frames.empty()) {
            const int v = frames.back().first;
            const auto vi = static_cast<std::size_t>(v);
            if (const int pos = frames.back().second; pos < start[vi + 1]) {
                ++frames.back().second;
                const int w = targets[static_cast<std::size_t>(pos)];
                const auto wi = static_cast<std::size_t>(w);
                if (index[wi] < 0) {
                    index[wi] = low[wi] = clock++;
                    open.push_back(w);
                    frames.emplace_back(w, start[wi]);
                } else if (component[wi] < 0) {
                    low[vi] = std::min(low[vi], index[wi]); // still open: on the stack
                }
                continue;
            }
            frames.pop_back();
            if (!frames.empty()) {
                const auto parent = static_cast<std::size_t>(frames.back().first);
                low[parent] = std::min(low[parent], low[vi]);
            }
            if (low[vi] == index[vi]) {
                int w = -1;
                do {
                    w = open.back();
                    open.pop_back();
                    component[static_cast<std::size_t>(w)] = count;
                } while (w != v);
                ++count;
            }
        }
    }
    return count;
}

Digraph::Digraph(int n, std::span<const std::pair<int, int>> arcs)
    : m_n(n)
{
    // Rows by one end of the arcs, with the other end beside each arc index.
    std::vector<int> keys(arcs.size());
    const auto rows = [&](auto key, auto other, std::vector<int> &start, std::vector<int> &arcIndex,
                          std::vector<int> &ends) {
        for (std::size_t i = 0; i < arcs.size(); ++i)
            keys[i] = key(arcs[i]);
        groupByKey(n, keys, start, arcIndex);
        ends.resize(arcs.size());
        for (std::size_t i = 0; i < arcs.size(); ++i)
            ends[i] = other(arcs[static_cast<std::size_t>(arcIndex[i])]);
    };
    const auto from = [](const std::pair<int, int> &a) {
        return a.first;
    };
    const auto to = [](const std::pair<int, int> &a) {
        return a.second;
    };
    rows(from, to, m_outStart, m_outArc, m_outTarget);
    rows(to, from, m_inStart, m_inArc, m_inSource);
}

Condensation condense(const Digraph &g, bool withOrder)
{
    const int n = g.size();
    const auto size = static_cast<std::size_t>(n);
    Condensation c;
    c.count = strongComponents(g.m_outStart, g.m_outTarget, c.component);
    const auto count = static_cast<std::size_t>(c.count);
    c.m_memberStart.assign(count + 1, 0);
    for (int k : c.component)
        ++c.m_memberStart[static_cast<std::size_t>(k) + 1];
    for (std::size_t k = 0; k < count; ++k)
        c.m_memberStart[k + 1] += c.m_memberStart[k];
    c.m_members.resize(size);
    {
        std::vector<int> next(c.m_memberStart.begin(), c.m_memberStart.end() - 1);
        for (int v = 0; v < n; ++v) // ascending within each component
            c.m_members[static_cast<std::size_t>(
                next[static_cast<std::size_t>(c.component[static_cast<std::size_t>(v)])]++)]
                = v;
    }
    c.loop.assign(count, false);
    for (std::size_t k = 0; k < count; ++k)
        c.loop[k] = c.m_memberStart[k + 1] - c.m_memberStart[k] > 1;

    // Kahn's algorithm on the component DAG, parallel arcs counted as often as they occur; the
    // order vector is its own FIFO queue.
    std::vector<int> indegree(withOrder ? count : 0, 0);
    for (int v = 0; v < n; ++v) {
        const int cv = c.component[static_cast<std::size_t>(v)];
        for (const int w : g.successors(v)) {
            const int cw = c.component[static_cast<std::size_t>(w)];
            if (cv != cw) {
                if (withOrder)
                    ++indegree[static_cast<std::size_t>(cw)];
            } else if (v == w) {
                c.loop[static_cast<std::size_t>(cv)] = true;
            }
        }
    }
    if (!withOrder)
        return c;
    c.order.reserve(count);
    for (std::size_t k = 0; k < count; ++k) {
        if (indegree[k] == 0)
            c.order.push_back(static_cast<int>(k));
    }
    for (std::size_t i = 0; i < c.order.size(); ++i) {
        const int k = c.order[i];
        for (const int v : c.members(k)) {
            for (const int w : g.successors(v)) {
                const int cw = c.component[static_cast<std::size_t>(w)];
                if (cw != k && --indegree[static_cast<std::size_t>(cw)] == 0)
                    c.order.push_back(cw);
            }
        }
    }
    return c;
}

Condensation condense(int n, const std::vector<std::pair<int, int>> &arcs, bool withOrder)
{
    return condense(Digraph(n, arcs), withOrder);
}

std::vector<int> immediateDominators(const Digraph &g, int root, Direction direction)
{
    const bool forward = direction == Direction::Forward;
    const auto next = [&g, forward](int v) {
        return forward ? g.successors(v) : g.predecessors(v);
    };
    const auto previous = [&g, forward](int v) {
        return forward ? g.predecessors(v) : g.successors(v);
    };
    const auto size = static_cast<std::size_t>(g.size());
    std::vector<int> out(size, -1);
    if (root < 0 || root >= g.size())
        return out;

    // Depth-first numbering from the root (iterative); the arrays below are indexed by it.
    std::vector<int> number(size, -1);
    std::vector<int> vertex; // by number
    std::vector<int> parent; // by number: the DFS tree parent's number
    vertex.reserve(size);
    parent.reserve(size);
    std::vector<std::pair<int, int>> frames;
    number[static_cast<std::size_t>(root)] = 0;
    vertex.push_back(root);
    parent.push_back(-1);
    frames.emplace_back(root, 0);
    while (!frames.empty()) {
        const int v = frames.back().first;
        const std::span<const int> row = next(v);
        const auto pos = static_cast<std::size_t>(frames.back().second);
        if (pos == row.size()) {
            frames.pop_back();
            continue;
        }
        ++frames.back().second;
        const int w = row[pos];
        if (number[static_cast<std::size_t>(w)] >= 0)
            continue;
        number[static_cast<std::size_t>(w)] = static_cast<int>(vertex.size());
        vertex.push_back(w);
        parent.push_back(number[static_cast<std::size_t>(v)]);
        frames.emplace_back(w, 0);
    }

    const std::size_t reached = vertex.size();
    std::vector<int> semi(reached), label(reached), ancestor(reached, -1), idom(reached, 0);
    std::vector<int> bucketHead(reached, -1), bucketNext(reached, -1);
    for (std::size_t i = 0; i < reached; ++i)
        semi[i] = label[i] = static_cast<int>(i);
    std::vector<int> path;
    // eval(): the vertex of least semi-dominator on the forest path above @p v, compressing it.
    const auto eval = [&](int v) {
        if (ancestor[static_cast<std::size_t>(v)] < 0)
            return v;
        path.clear();
        for (int x = v;
             ancestor[static_cast<std::size_t>(ancestor[static_cast<std::size_t>(x)])] >= 0;
             x = ancestor[static_cast<std::size_t>(x)])
            path.push_back(x);
        for (auto it = path.rbegin(); it != path.rend(); ++it) {
            const auto x = static_cast<std::size_t>(*it);
            const auto a = static_cast<std::size_t>(ancestor[x]);
            if (semi[static_cast<std::size_t>(label[a])] < semi[static_cast<std::size_t>(label[x])])
                label[x] = label[a];
            ancestor[x] = ancestor[a];
        }
        return label[static_cast<std::size_t>(v)];
    };
    for (std::size_t i = reached - 1; i >= 1; --i) {
        for (const int u : previous(vertex[i])) {
            const int j = number[static_cast<std::size_t>(u)];
            if (j < 0)
                continue; // the root does not reach u: not a path from the root
            const int e = eval(j);
            semi[i] = std::min(semi[i], semi[static_cast<std::size_t>(e)]);
        }
        const auto s = static_cast<std::size_t>(semi[i]);
        bucketNext[i] = bucketHead[s];
        bucketHead[s] = static_cast<int>(i);
        const auto p = static_cast<std::size_t>(parent[i]);
        ancestor[i] = parent[i];
        for (int j = bucketHead[p]; j >= 0; j = bucketNext[static_cast<std::size_t>(j)]) {
            const int e = eval(j);
            idom[static_cast<std::size_t>(j)]
                = semi[static_cast<std::size_t>(e)] < semi[static_cast<std::size_t>(j)] ? e
                                                                                        : parent[i];
        }
        bucketHead[p] = -1;
    }
    for (std::size_t i = 1; i < reached; ++i) {
        if (idom[i] != semi[i])
            idom[i] = idom[static_cast<std::size_t>(idom[i])];
        out[static_cast<std::size_t>(vertex[i])] = vertex[static_cast<std::size_t>(idom[i])];
    }
    return out;
}

} // namespace bp::analysis
