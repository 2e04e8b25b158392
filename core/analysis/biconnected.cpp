#include "analysis/structure.h"

#include <algorithm>

namespace bp::analysis {

UndirectedCuts undirectedCuts(int n, const std::vector<std::pair<int, int>> &edges,
                              bool withComponents)
{
    const auto size = static_cast<std::size_t>(n);
    // Both directions of every edge in compressed rows: (neighbour, edge index).
    std::vector<int> start(size + 1, 0);
    for (const auto &[a, b] : edges) {
        if (a != b) {
            ++start[static_cast<std::size_t>(a) + 1];
            ++start[static_cast<std::size_t>(b) + 1];
        }
    }
    for (std::size_t v = 0; v < size; ++v)
        start[v + 1] += start[v];
    std::vector<std::pair<int, int>> adjacent(static_cast<std::size_t>(start[size]));
    {
        std::vector<int> next(start.begin(), start.end() - 1);
        for (std::size_t i = 0; i < edges.size(); ++i) {
            const auto [a, b] = edges[i];
            if (a == b)
                continue;
            adjacent[static_cast<std::size_t>(next[static_cast<std::size_t>(a)]++)]
                = { b, static_cast<int>(i) };
            adjacent[static_cast<std::size_t>(next[static_cast<std::size_t>(b)]++)]
                = { a, static_cast<int>(i) };
        }
    }

    UndirectedCuts cuts;
    std::vector<int> discovered(size, -1), low(size, 0);
    std::vector<char> cutVertex(size, 0);
    std::vector<int> componentOf(withComponents ? edges.size() : 0, -1);
    std::vector<int> edgeStack;
    struct Frame
    {
        int v;
        int pos; ///< next entry of the vertex's row
        int treeEdge; ///< the edge the DFS came by (−1 at a root)
    };
    std::vector<Frame> frames;
    int clock = 0;
    for (int root = 0; root < n; ++root) {
        if (discovered[static_cast<std::size_t>(root)] >= 0)
            continue;
        discovered[static_cast<std::size_t>(root)] = low[static_cast<std::size_t>(root)] = clock++;
        frames.push_back({ root, start[static_cast<std::size_t>(root)], -1 });
        int rootChildren = 0;
        while (!frames.empty()) {
            Frame &f = frames.back();
            const auto vi = static_cast<std::size_t>(f.v);
            if (f.pos < start[vi + 1]) {
                const auto [w, e] = adjacent[static_cast<std::size_t>(f.pos++)];
                const auto wi = static_cast<std::size_t>(w);
                if (e == f.treeEdge)
                    continue;
                if (discovered[wi] < 0) {
                    edgeStack.push_back(e);
                    discovered[wi] = low[wi] = clock++;
                    frames.push_back({ w, start[wi], e }); // f is not used after this
                } else if (discovered[wi] < discovered[vi]) {
                    edgeStack.push_back(e); // a back edge, seen from its lower end
                    low[vi] = std::min(low[vi], discovered[wi]);
                }
                continue;
            }
            const int v = f.v;
            const int treeEdge = f.treeEdge;
            frames.pop_back();
            if (frames.empty())
                break;
            const auto ui = static_cast<std::size_t>(frames.back().v);
            low[ui] = std::min(low[ui], low[vi]);
            if (low[vi] < discovered[ui])
                continue;
            // u separates v's subtree: the edges above tree edge u–v on the stack are a
            // biconnected component.
            if (frames.size() == 1)
                ++rootChildren;
            else
                cutVertex[ui] = 1;
            const int k = cuts.componentCount++;
            int count = 0;
            int e = -1;
            do {
                e = edgeStack.back();
                edgeStack.pop_back();
                if (withComponents)
                    componentOf[static_cast<std::size_t>(e)] = k;
                ++count;
            } while (e != treeEdge);
            if (count == 1) {
                const int u = frames.back().v;
                cuts.bridges.emplace_back(std::min(u, v), std::max(u, v));
            }
        }
        if (rootChildren > 1)
            cutVertex[static_cast<std::size_t>(root)] = 1;
    }
    for (int v = 0; v < n; ++v) {
        if (cutVertex[static_cast<std::size_t>(v)])
            cuts.articulationPoints.push_back(v);
    }
    std::sort(cuts.bridges.begin(), cuts.bridges.end());

    if (withComponents) {
        // The vertices of each component: the ends of its edges, each once.
        cuts.components.resize(static_cast<std::size_t>(cuts.componentCount));
        for (std::size_t i = 0; i < edges.size(); ++i) {
            if (const int k = componentOf[i]; k >= 0) { // not a self-loop
                std::vector<int> &members = cuts.components[static_cast<std::size_t>(k)];
                members.push_back(edges[i].first);
                members.push_back(edges[i].second);
            }
        }
        for (std::vector<int> &members : cuts.components) {
            std::sort(members.begin(), members.end());
            members.erase(std::unique(members.begin(), members.end()), members.end());
        }
        std::sort(cuts.components.begin(), cuts.components.end());
    }
    return cuts;
}

} // namespace bp::analysis
