// BPMN import: positions. From BPMNDI when the file has it (relative to the lane, so the picture
// survives our stacking of lanes), otherwise a simple left-to-right layout by breadth-first layer.

#include "bpmnnames.h"
#include "bpmnreader_p.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace bp::bpmn {

namespace {
constexpr double kColumn = 180.0; // auto-layout: distance between layers
constexpr double kRow = 90.0; // auto-layout: distance between steps of one layer in one lane
constexpr double kFirstX = 90.0;
constexpr double kMargin = 40.0; // around steps when a lane's extent comes from its steps

double clampCoordinate(double v)
{
    return std::clamp(v, -limits::maxCoordinate, limits::maxCoordinate);
}

double clampHeight(double v)
{
    return std::clamp(v, limits::minLaneHeight, limits::maxLaneHeight);
}
} // namespace

void Importer::placeSteps()
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    // Where the content of each pool starts: right of the pool's and the lanes' label bands.
    std::vector<double> originX(m_processes.size(), inf);
    for (const BuildLane &b : m_lanes)
        if (b.di)
            originX[size_t(b.process)]
                = std::min(originX[size_t(b.process)], b.di->left() + kLabelBand);
    // For pools without lane shapes, the origin is a margin left of their leftmost step.
    std::vector<double> stepsLeft(m_processes.size(), inf);
    for (size_t i = 0; i < m_nodes.size(); ++i)
        if (const auto it = m_shapes.constFind(m_nodes[i].bpmnId); it != m_shapes.cend())
            stepsLeft[size_t(m_nodes[i].process)]
                = std::min(stepsLeft[size_t(m_nodes[i].process)], it->left());
    for (size_t p = 0; p < m_processes.size(); ++p) {
        const bool fromLanes
            = std::any_of(m_lanes.cbegin(), m_lanes.cend(),
                          [&](const BuildLane &b) { return b.process == int(p) && b.di; });
        if (!fromLanes)
            originX[p] = std::isfinite(stepsLeft[p]) ? stepsLeft[p] - kFirstX + 40 : 0;
    }

    // Steps by lane.
    std::vector<std::vector<size_t>> stepsOfLane(m_lanes.size());
    for (size_t i = 0; i < m_steps.size(); ++i)
        stepsOfLane[size_t(m_stepLane[i])].push_back(i);

    std::vector<int> autoLanes;
    for (size_t l = 0; l < m_lanes.size(); ++l) {
        BuildLane &b = m_lanes[l];
        const std::vector<size_t> &steps = stepsOfLane[l];
        double top = 0;
        double height = 0;
        if (b.di) {
            top = b.di->top();
            height = b.di->height();
        } else {
            double minTop = inf;
            double maxBottom = -inf;
            for (size_t i : steps) {
                if (const auto it = m_shapes.constFind(m_nodes[i].bpmnId); it != m_shapes.cend()) {
                    minTop = std::min(minTop, it->top());
                    maxBottom = std::max(maxBottom, it->bottom());
                }
            }
            if (!std::isfinite(minTop)) {
                autoLanes.push_back(int(l));
                continue;
            }
            top = minTop - kMargin;
            height = maxBottom - minTop + 2 * kMargin;
        }
        b.lane.height = clampHeight(height);
        const double ox = originX[size_t(b.process)];
        double maxX = 0;
        std::vector<size_t> unplaced;
        for (size_t i : steps) {
            if (const auto it = m_shapes.constFind(m_nodes[i].bpmnId); it != m_shapes.cend()) {
                m_steps[i].pos = QPointF(clampCoordinate(it->center().x() - ox),
                                         clampCoordinate(it->center().y() - top));
                maxX = std::max(maxX, m_steps[i].pos.x());
            } else {
                unplaced.push_back(i);
            }
        }
        // Steps the diagram does not show go after the others in their lane.
        for (size_t i : unplaced) {
            maxX += kColumn;
            m_steps[i].pos = QPointF(clampCoordinate(maxX), b.lane.height / 2);
        }
    }
    if (!autoLanes.empty())
        autoLayout(autoLanes);
}

void Importer::autoLayout(const std::vector<int> &laneIndices)
{
    // Breadth-first layers over the routing flows, from the start steps, then from steps that
    // nothing leads to, then from whatever is left, in file order.
    QHash<ElementId, int> index;
    for (int i = 0; i < int(m_steps.size()); ++i)
        index.insert(m_steps[size_t(i)].id, i);
    std::vector<std::vector<int>> next(m_steps.size());
    std::vector<int> inDegree(m_steps.size(), 0);
    for (const Flow &f : m_builtFlows) {
        if (!isRouting(f.kind))
            continue;
        const int a = index.value(f.from, -1);
        const int b = index.value(f.to, -1);
        if (a < 0 || b < 0)
            continue;
        next[size_t(a)].push_back(b);
        ++inDegree[size_t(b)];
    }
    std::vector<int> layer(m_steps.size(), -1);
    std::deque<int> queue;
    const auto run = [&]() {
        while (!queue.empty()) {
            const int v = queue.front();
            queue.pop_front();
            for (int w : next[size_t(v)]) {
                if (layer[size_t(w)] < 0) {
                    layer[size_t(w)] = layer[size_t(v)] + 1;
                    queue.push_back(w);
                }
            }
        }
    };
    const auto seed = [&](auto &&pick) {
        for (int i = 0; i < int(m_steps.size()); ++i) {
            if (layer[size_t(i)] < 0 && pick(i)) {
                layer[size_t(i)] = 0;
                queue.push_back(i);
            }
        }
        run();
    };
    seed([&](int i) { return m_steps[size_t(i)].kind == StepKind::Start; });
    seed([&](int i) { return inDegree[size_t(i)] == 0; });
    for (int i = 0; i < int(m_steps.size()); ++i)
        if (layer[size_t(i)] < 0)
            seed([&](int j) { return j == i; });

    QSet<int> autoLane(laneIndices.cbegin(), laneIndices.cend());
    QHash<std::pair<int, int>, int> rows; // (lane, layer) -> steps placed so far
    std::vector<int> rowsOfLane(m_lanes.size(), 1);
    for (int i = 0; i < int(m_steps.size()); ++i) {
        const int lane = m_stepLane[size_t(i)];
        if (!autoLane.contains(lane))
            continue;
        int &row = rows[{ lane, layer[size_t(i)] }];
        m_steps[size_t(i)].pos
            = QPointF(clampCoordinate(kFirstX + layer[size_t(i)] * kColumn), 60 + row * kRow);
        ++row;
        rowsOfLane[size_t(lane)] = std::max(rowsOfLane[size_t(lane)], row);
    }
    for (int lane : laneIndices)
        m_lanes[size_t(lane)].lane.height
            = clampHeight(std::max(120.0, rowsOfLane[size_t(lane)] * kRow + 30));
}

} // namespace bp::bpmn
