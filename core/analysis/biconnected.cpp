#include "analysis/structure.h"

#include "analysis/digraph.h"

#include <algorithm>

namespace bp::analysis {

UndirectedCuts undirectedCuts(int n, const std::vector<std::pair<int, int>> &edges,
                              bool withComponents)
{
    const auto size = static_cast<std::size_t>(n);
    // Both directions of every edge: arc i and arc m + i are edge i. A self-loop's arcs lead
    // back to the vertex itself, which the search below never follows.
    const std::size_t m = edges.size();
    std::vector<std::pair<int, int>> arcs(edges.begin(), edges.end());
    arcs.reserve(2 * m);
    for (const auto &[a, b] : edges)
        arcs.emplace_back(b, a);
    const Digraph g(n, arcs);
    const auto edgeOf = [m](int arc) {
        return static_cast<std::size_t>(arc) < m ? arc : arc - static_cast<int>(m);
    };

    UndirectedCuts cuts;
    std::vector<int> discovered(size, -1), low(size, 0);
    std::vector<char> cutVertex(size, 0);
    std::vector<int> componentOf(withComponents ? edges.size() : 0, -1);
    std::vector<int> edgeStack;
    struct Frame
    {
        int v;
        std::size_t pos; ///< next entry of the vertex's rows
        int treeEdge; ///< the edge the DFS came by (−1 at a root)
    };
    std::vector<Frame> frames;
    int clock = 0;
    for (int root = 0; root < n; ++root) {
        if (discovered[static_cast<std::size_t>(root)] >= 0)
            continue;
        discovered[static_cast<std::size_t>(root)] = low[static_cast<std::size_t>(root)] = clock++;
        frames.push_back({ root, 0, -1 });
        int rootChildren = 0;
        while (!frames.empty()) {
            Frame &f = frames.back();
            const auto vi = static_cast<std::size_t>(f.v);
            if (const std::span<const int> next = g.successors(f.v); f.pos < next.size()) {
                const int w = next[f.pos];
                const int e = edgeOf(g.outArcs(f.v)[f.pos++]);
                const auto wi = static_cast<std::size_t>(w);
                if (e == f.treeEdge)
                    continue;
                if (discovered[wi] < 0) {
                    edgeStack.push_back(e);
                    discovered[wi] = low[wi] = clock++;
                    frames.push_back({ w, 0, e }); // f is not used after this
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
