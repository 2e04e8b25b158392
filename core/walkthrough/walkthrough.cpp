#include "walkthrough.h"

#include <QStringList>

#include <algorithm>
#include <queue>
#include <utility>

namespace bp::walkthrough {

namespace {

struct Arc
{
    int to = -1;
    double p = 1.0;
};

// Routing graph of the non-evidence steps, successors sorted most likely first.
struct Journey
{
    std::vector<const Step *> steps; // creation order
    std::vector<std::vector<Arc>> out;
    std::vector<int> starts;
};

Journey journeyGraph(const Blueprint &blueprint)
{
    Journey j;
    QHash<ElementId, int> index;
    for (const Step *step : blueprint.graph.steps()) {
        if (step->kind == StepKind::Evidence)
            continue;
        index.insert(step->id, int(j.steps.size()));
        if (step->kind == StepKind::Start)
            j.starts.push_back(int(j.steps.size()));
        j.steps.push_back(step);
    }
    j.out.resize(j.steps.size());
    for (size_t v = 0; v < j.steps.size(); ++v) {
        std::vector<const Flow *> flows = blueprint.graph.outFlows(j.steps[v]->id);
        std::erase_if(flows,
                      [&](const Flow *f) { return !isRouting(f->kind) || !index.contains(f->to); });
        const bool fork = j.steps[v]->kind == StepKind::Fork;
        for (const Flow *f : flows) {
            // A missing p is implied by validation rules: a fork's branches all carry the
            // customer, a single flow is certain, otherwise share what is left equally.
            const double p = fork ? 1.0 : f->p.value_or(1.0 / double(flows.size()));
            j.out[v].push_back({ index.value(f->to), p });
        }
        // Most likely first; stable keeps creation order among equals.
        std::stable_sort(j.out[v].begin(), j.out[v].end(),
                         [](const Arc &a, const Arc &b) { return a.p > b.p; });
    }
    return j;
}

// Marks the arcs that close a loop (to a step on the depth-first path) and the reached steps.
void markBackArcs(const Journey &j, std::vector<std::vector<bool>> &back, std::vector<char> &state)
{
    const size_t n = j.steps.size();
    back.assign(n, {});
    for (size_t v = 0; v < n; ++v)
        back[v].assign(j.out[v].size(), false);
    state.assign(n, 0); // 0 new, 1 on the path, 2 done
    std::vector<std::pair<int, size_t>> stack;
    for (int root : j.starts) {
        if (state[size_t(root)] != 0)
            continue;
        state[size_t(root)] = 1;
        stack.push_back({ root, 0 });
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            const auto &arcs = j.out[size_t(v)];
            if (next == arcs.size()) {
                state[size_t(v)] = 2;
                stack.pop_back();
                continue;
            }
            const size_t i = next++;
            const int w = arcs[i].to;
            if (state[size_t(w)] == 1) {
                back[size_t(v)][i] = true;
            } else if (state[size_t(w)] == 0) {
                state[size_t(w)] = 1;
                stack.push_back({ w, 0 }); // invalidates v and next: not used after this
            }
        }
    }
}

} // namespace

std::vector<ElementId> journeyOrder(const Blueprint &blueprint)
{
    const Journey j = journeyGraph(blueprint);
    const size_t n = j.steps.size();
    std::vector<std::vector<bool>> back;
    std::vector<char> reached;
    markBackArcs(j, back, reached);

    std::vector<int> indegree(n, 0);
    for (size_t v = 0; v < n; ++v) {
        if (!reached[v])
            continue;
        for (size_t i = 0; i < j.out[v].size(); ++i) {
            if (!back[v][i])
                ++indegree[size_t(j.out[v][i].to)];
        }
    }
    std::vector<double> reach(n, 0.0);
    for (int s : j.starts)
        reach[size_t(s)] = j.steps[size_t(s)]->entry.value_or(1.0 / double(j.starts.size()));

    // Ready steps: most likely to be reached first, then creation order.
    const auto later = [&](int a, int b) {
        if (reach[size_t(a)] != reach[size_t(b)])
            return reach[size_t(a)] < reach[size_t(b)];
        return a > b;
    };
    std::priority_queue<int, std::vector<int>, decltype(later)> ready(later);
    for (int s : j.starts) {
        if (indegree[size_t(s)] == 0)
            ready.push(s);
    }
    std::vector<ElementId> order;
    order.reserve(n);
    std::vector<bool> listed(n, false);
    while (!ready.empty()) {
        const int v = ready.top();
        ready.pop();
        if (listed[size_t(v)])
            continue;
        listed[size_t(v)] = true;
        order.push_back(j.steps[size_t(v)]->id);
        for (size_t i = 0; i < j.out[size_t(v)].size(); ++i) {
            if (back[size_t(v)][i])
                continue;
            const Arc &arc = j.out[size_t(v)][i];
            reach[size_t(arc.to)] += reach[size_t(v)] * arc.p;
            if (--indegree[size_t(arc.to)] == 0)
                ready.push(arc.to);
        }
    }
    for (size_t v = 0; v < n; ++v) {
        if (!listed[v])
            order.push_back(j.steps[v]->id);
    }
    return order;
}

QString Stop::caption() const
{
    QStringList lines;
    if (pause.failPoint)
        lines << pause.failCaption;
    if (pause.waitPoint)
        lines << pause.waitCaption;
    return lines.join(u'\n');
}

int Walkthrough::indexOf(const ElementId &id) const
{
    for (size_t i = 0; i < stops.size(); ++i) {
        if (stops[i].step == id)
            return int(i);
    }
    return -1;
}

Walkthrough buildWalkthrough(const Blueprint &blueprint)
{
    Walkthrough w;
    w.title = blueprint.meta.title;
    const PausePoints points = findPausePoints(blueprint);
    w.analysisIncomplete = points.analysisIncomplete;
    for (const ElementId &id : journeyOrder(blueprint)) {
        const Step *step = blueprint.graph.step(id);
        Stop stop;
        stop.step = id;
        stop.title = step->title;
        stop.notes = step->description;
        stop.pause = points.steps.value(id);
        w.stops.push_back(std::move(stop));
    }
    return w;
}

} // namespace bp::walkthrough
