// Auto-arrange: cycle breaking by DFS, longest-path layering, barycentre ordering per lane.

#include "autoarrange.h"

#include "commands/changecommands.h"
#include "commands/lanecommands.h"
#include "document/document.h"
#include "model/limits.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bp {

namespace {

// The graph in compressed rows: indices instead of ids, so that every pass is a plain loop.
struct Csr
{
    std::vector<int> start; // n + 1 offsets into target/flowIndex
    std::vector<int> target;
    std::vector<int> flowIndex;

    void build(int n, const std::vector<std::pair<int, int>> &edges)
    {
        start.assign(size_t(n) + 1, 0);
        for (const auto &e : edges)
            ++start[size_t(e.first) + 1];
        std::partial_sum(start.begin(), start.end(), start.begin());
        target.resize(edges.size());
        flowIndex.resize(edges.size());
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (size_t i = 0; i < edges.size(); ++i) {
            const int at = fill[size_t(edges[i].first)]++;
            target[size_t(at)] = edges[i].second;
            flowIndex[size_t(at)] = int(i);
        }
    }
};

// Marks the edges that close a cycle: iterative DFS, roots in creation order (steps without
// predecessors first), an edge to a step still on the stack is a back edge.
std::vector<char> findBackEdges(int n, const Csr &out, const std::vector<int> &inDegree,
                                size_t edgeCount)
{
    std::vector<char> back(edgeCount, 0);
    enum : char { White, Grey, Black };
    std::vector<char> colour(size_t(n), White);
    std::vector<std::pair<int, int>> stack; // vertex, next edge position
    const auto visit = [&](int root) {
        colour[size_t(root)] = Grey;
        stack.push_back({ root, out.start[size_t(root)] });
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            if (next == out.start[size_t(v) + 1]) {
                colour[size_t(v)] = Black;
                stack.pop_back();
                continue;
            }
            const int at = next++;
            const int w = out.target[size_t(at)];
            if (colour[size_t(w)] == Grey) {
                back[size_t(out.flowIndex[size_t(at)])] = 1;
            } else if (colour[size_t(w)] == White) {
                colour[size_t(w)] = Grey;
                stack.push_back({ w, out.start[size_t(w)] });
            }
        }
    };
    for (int v = 0; v < n; ++v)
        if (inDegree[size_t(v)] == 0 && colour[size_t(v)] == White)
            visit(v);
    for (int v = 0; v < n; ++v)
        if (colour[size_t(v)] == White)
            visit(v);
    return back;
}

} // namespace

Arrangement computeArrangement(const Blueprint &blueprint, const ArrangeOptions &options)
{
    Arrangement result;
    const std::vector<const Step *> steps = blueprint.graph.steps(); // creation order
    const int n = int(steps.size());
    if (n == 0)
        return result;
    QHash<ElementId, int> index;
    index.reserve(n);
    for (int i = 0; i < n; ++i)
        index.insert(steps[size_t(i)]->id, i);

    // Routing flows other than rework take part in the layering; evidence links only place
    // evidence steps next to what they document.
    std::vector<std::pair<int, int>> edges;
    std::vector<const Flow *> edgeFlows;
    std::vector<int> evidenceNeighbour(size_t(n), -1);
    edges.reserve(blueprint.graph.flowCount());
    for (const Flow *f : blueprint.graph.flows()) {
        const int from = index.value(f->from, -1);
        const int to = index.value(f->to, -1);
        if (from < 0 || to < 0)
            continue;
        if (f->kind == FlowKind::Evidence) {
            if (evidenceNeighbour[size_t(from)] < 0)
                evidenceNeighbour[size_t(from)] = to;
            if (evidenceNeighbour[size_t(to)] < 0)
                evidenceNeighbour[size_t(to)] = from;
            continue;
        }
        if (f->kind == FlowKind::Rework || from == to) {
            result.backFlows.append(f->id);
            continue;
        }
        edges.push_back({ from, to });
        edgeFlows.push_back(f);
    }

    Csr out;
    out.build(n, edges);
    std::vector<int> inDegree(size_t(n), 0);
    for (const auto &e : edges)
        ++inDegree[size_t(e.second)];
    const std::vector<char> back = findBackEdges(n, out, inDegree, edges.size());

    // Longest-path layering in Kahn's order over the forward edges.
    std::vector<int> layer(size_t(n), 0);
    std::vector<int> remaining(size_t(n), 0);
    std::vector<char> hasPred(size_t(n), 0);
    for (size_t i = 0; i < edges.size(); ++i) {
        if (back[i]) {
            result.backFlows.append(edgeFlows[i]->id);
            continue;
        }
        ++remaining[size_t(edges[i].second)];
        hasPred[size_t(edges[i].second)] = 1;
    }
    std::vector<int> queue;
    queue.reserve(size_t(n));
    for (int v = 0; v < n; ++v)
        if (remaining[size_t(v)] == 0)
            queue.push_back(v);
    for (size_t head = 0; head < queue.size(); ++head) {
        const int v = queue[head];
        for (int at = out.start[size_t(v)]; at < out.start[size_t(v) + 1]; ++at) {
            if (back[size_t(out.flowIndex[size_t(at)])])
                continue;
            const int w = out.target[size_t(at)];
            layer[size_t(w)] = std::max(layer[size_t(w)], layer[size_t(v)] + 1);
            if (--remaining[size_t(w)] == 0)
                queue.push_back(w);
        }
    }
    // A step reached only by evidence links stands in the column of the step it documents.
    for (int v = 0; v < n; ++v) {
        const int other = evidenceNeighbour[size_t(v)];
        if (other >= 0 && !hasPred[size_t(v)] && out.start[size_t(v)] == out.start[size_t(v) + 1])
            layer[size_t(v)] = layer[size_t(other)];
    }

    // Predecessor lists (forward edges only) for the barycentres.
    std::vector<std::pair<int, int>> forward;
    forward.reserve(edges.size());
    for (size_t i = 0; i < edges.size(); ++i)
        if (!back[i])
            forward.push_back({ edges[i].second, edges[i].first });
    Csr in;
    in.build(n, forward);

    const int layers = 1 + *std::max_element(layer.begin(), layer.end());
    result.columnCount = 0;
    std::vector<int> laneOf(size_t(n), 0);
    for (int v = 0; v < n; ++v)
        laneOf[size_t(v)] = std::max(0, blueprint.laneIndex(steps[size_t(v)]->lane));
    const std::vector<Lane> &lanes = blueprint.lanes();
    std::vector<double> laneTop(std::max<size_t>(lanes.size(), 1), 0.0);
    for (size_t l = 1; l < lanes.size(); ++l)
        laneTop[l] = laneTop[l - 1] + lanes[l - 1].height;

    // Steps by layer (counting sort keeps creation order inside a layer).
    std::vector<int> byLayerStart(size_t(layers) + 1, 0);
    for (int v = 0; v < n; ++v)
        ++byLayerStart[size_t(layer[size_t(v)]) + 1];
    std::partial_sum(byLayerStart.begin(), byLayerStart.end(), byLayerStart.begin());
    std::vector<int> byLayer(static_cast<size_t>(n));
    {
        std::vector<int> fill(byLayerStart.begin(), byLayerStart.end() - 1);
        for (int v = 0; v < n; ++v)
            byLayer[size_t(fill[size_t(layer[size_t(v)])]++)] = v;
    }

    std::vector<double> x(size_t(n), 0.0); // column index, then scene x
    std::vector<double> y(size_t(n), 0.0);
    std::vector<double> key(size_t(n), 0.0);
    // One pass of the placement with every lane offering @p cellHeight (the lane's height, or
    // the height of one band of it); returns the number of columns.
    const auto place = [&](const std::vector<double> &cellHeight) {
        int column = 0; // index of the first column of the current layer
        for (int L = 0; L < layers; ++L) {
            const auto first = byLayer.begin() + byLayerStart[size_t(L)];
            const auto last = byLayer.begin() + byLayerStart[size_t(L) + 1];
            // Barycentre of the predecessors' heights (placed in earlier layers): a step fed
            // from higher up goes first in its cell (the upper row, or the left sub-column).
            for (auto it = first; it != last; ++it) {
                const int v = *it;
                double sum = 0;
                int count = 0;
                for (int at = in.start[size_t(v)]; at < in.start[size_t(v) + 1]; ++at) {
                    const int u = in.target[size_t(at)];
                    sum += laneTop[size_t(laneOf[size_t(u)])] + y[size_t(u)];
                    ++count;
                }
                key[size_t(v)] = count ? sum / count : laneTop[size_t(laneOf[size_t(v)])];
            }
            std::stable_sort(first, last, [&](int a, int b) {
                if (laneOf[size_t(a)] != laneOf[size_t(b)])
                    return laneOf[size_t(a)] < laneOf[size_t(b)];
                return key[size_t(a)] < key[size_t(b)];
            });
            int width = 1; // sub-columns this layer needs
            for (auto cell = first; cell != last;) {
                auto end = cell;
                while (end != last && laneOf[size_t(*end)] == laneOf[size_t(*cell)])
                    ++end;
                const double height = cellHeight[size_t(laneOf[size_t(*cell)])];
                const int count = int(end - cell);
                const int rows = std::min(count, std::max(1, int(height / options.rowPitch)));
                for (int k = 0; k < count; ++k) {
                    const int v = *(cell + k);
                    x[size_t(v)] = column + k / rows;
                    y[size_t(v)] = height / rows * (k % rows + 0.5);
                }
                width = std::max(width, (count + rows - 1) / rows);
                cell = end;
            }
            column += width;
        }
        return column;
    };

    // Very long blueprints wrap into bands stacked inside their lanes, so that coordinates stay
    // within the format's limit; the lanes grow when they are too low for the bands.
    const int maxColumns
        = std::max(1, int((limits::maxCoordinate * 0.95 - options.firstX) / options.columnPitch));
    std::vector<double> laneHeight(std::max<size_t>(lanes.size(), 1), 120.0);
    for (size_t l = 0; l < lanes.size(); ++l)
        laneHeight[l] = lanes[l].height;
    std::vector<double> cellHeight = laneHeight;
    int bands = 1;
    int columns = place(cellHeight);
    for (int attempt = 0; columns > maxColumns * bands && attempt < 8; ++attempt) {
        bands = (columns + maxColumns - 1) / maxColumns;
        for (size_t l = 0; l < cellHeight.size(); ++l)
            cellHeight[l] = std::max(laneHeight[l] / bands, options.rowPitch);
        columns = place(cellHeight);
    }
    const int perBand = (columns + bands - 1) / bands;
    for (int v = 0; v < n; ++v) {
        const int c = int(x[size_t(v)]);
        x[size_t(v)] = options.firstX + (c % perBand) * options.columnPitch;
        y[size_t(v)] += (c / perBand) * cellHeight[size_t(laneOf[size_t(v)])];
    }
    for (size_t l = 0; l < lanes.size(); ++l)
        if (cellHeight[l] * bands > lanes[l].height + 1e-9)
            result.laneHeights.insert(lanes[l].id, cellHeight[l] * bands);
    result.columnCount = columns;
    result.bands = bands;

    result.positions.reserve(n);
    result.layers.reserve(n);
    for (int v = 0; v < n; ++v) {
        result.positions.insert(steps[size_t(v)]->id, QPointF(x[size_t(v)], y[size_t(v)]));
        result.layers.insert(steps[size_t(v)]->id, layer[size_t(v)]);
    }
    return result;
}

std::vector<Step> arrangedSteps(const Blueprint &blueprint, const Arrangement &arrangement)
{
    std::vector<Step> changed;
    for (const Step *s : blueprint.graph.steps()) {
        const auto it = arrangement.positions.constFind(s->id);
        if (it == arrangement.positions.cend() || *it == s->pos)
            continue;
        Step moved = *s;
        moved.pos = *it;
        changed.push_back(std::move(moved));
    }
    return changed;
}

QUndoCommand *makeAutoArrangeCommand(Document *document, const ArrangeOptions &options)
{
    const Blueprint &bp = document->blueprint();
    const Arrangement arrangement = computeArrangement(bp, options);
    std::vector<Step> changed = arrangedSteps(bp, arrangement);
    if (changed.empty() && arrangement.laneHeights.isEmpty())
        return nullptr;
    const QString text = AutoArrange::tr("Auto-arrange");
    if (arrangement.laneHeights.isEmpty())
        return new ChangeStepsCommand(document, std::move(changed), text);
    // Taller lanes for the bands, then the steps: one undo step.
    auto *command = new QUndoCommand(text);
    for (const Lane &lane : bp.lanes()) {
        if (!arrangement.laneHeights.contains(lane.id))
            continue;
        Lane taller = lane;
        taller.height = arrangement.laneHeights.value(lane.id);
        new ChangeLaneCommand(document, taller, text, CommandId::None, 0, command);
    }
    new ChangeStepsCommand(document, std::move(changed), text, CommandId::None, 0, command);
    return command;
}

} // namespace bp
