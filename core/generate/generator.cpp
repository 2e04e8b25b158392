#include "generator.h"

#include <QString>

#include <cmath>
#include <random>

namespace bp {

namespace {

class Generator
{
public:
    Generator(int steps, quint64 seed)
        : m_total(steps)
        , m_rng(seed)
    { }

    Blueprint run();

private:
    struct Pred
    {
        ElementId step;
        std::optional<double> p; // unset: the only routing flow
    };

    ElementId addStep(const char *lane, StepKind kind, double column, double yShift = 0);
    void addFlow(const ElementId &from, const ElementId &to, FlowKind kind,
                 std::optional<double> p);
    void connectPreds(const ElementId &to);
    const char *randomWorkLane();
    double uniform(double lo, double hi) { return std::uniform_real_distribution<>(lo, hi)(m_rng); }

    int m_total;
    std::mt19937_64 m_rng;
    Blueprint m_bp;
    int m_stepCount = 0;
    int m_flowCount = 0;
    double m_column = 0;
    std::vector<Pred> m_preds;
    int m_bands = 1;
    static constexpr double arrivalsPerMinute = 10.0 / 60.0;
    static constexpr int columnsPerBand = 20000;
};

ElementId Generator::addStep(const char *lane, StepKind kind, double column, double yShift)
{
    Step s;
    s.id = QStringLiteral("s%1").arg(++m_stepCount);
    s.lane = QString::fromLatin1(lane);
    s.kind = kind;
    // Long blueprints wrap into bands stacked inside taller lanes, so that coordinates stay
    // within the format's limit (|x| <= 1e7) even at a million steps.
    const int band = int(column) / columnsPerBand;
    m_bands = std::max(m_bands, band + 1);
    s.pos = QPointF(80 + (column - band * columnsPerBand) * 160, 60 + band * 120 + yShift);
    switch (kind) {
    case StepKind::Start:
        s.title = QStringLiteral("Arrives");
        break;
    case StepKind::End:
        s.title = QStringLiteral("Leaves");
        break;
    case StepKind::Decision:
        s.title = QStringLiteral("Decide %1").arg(m_stepCount);
        break;
    case StepKind::Fork:
        s.title = QStringLiteral("Split %1").arg(m_stepCount);
        break;
    case StepKind::Join:
        s.title = QStringLiteral("Join %1").arg(m_stepCount);
        break;
    case StepKind::Evidence:
        s.title = QStringLiteral("Evidence %1").arg(m_stepCount);
        break;
    case StepKind::Action: {
        s.title = QStringLiteral("Step %1").arg(m_stepCount);
        s.time = std::round(uniform(0.5, 12.0) * 10) / 10;
        s.scv = std::round(uniform(0.2, 1.5) * 100) / 100;
        const bool selfService = s.lane == u"customer";
        if (!selfService) {
            // Sized for at most ~75 % utilisation with a rework factor of up to 1.25.
            const double load = arrivalsPerMinute * s.time * 1.25;
            s.servers = Servers::of(std::max(1, int(std::ceil(load / 0.75))));
        }
        if (s.lane == u"front")
            s.tolerance = std::round(uniform(2, 15));
        if (std::uniform_int_distribution<>(0, 9)(m_rng) == 0) {
            s.severity = std::uniform_int_distribution<>(1, 10)(m_rng);
            s.occurrence = std::uniform_int_distribution<>(1, 10)(m_rng);
            s.detection = std::uniform_int_distribution<>(1, 10)(m_rng);
        }
        break;
    }
    }
    s.order = quint64(m_stepCount);
    m_bp.graph.addStep(s);
    return s.id;
}

void Generator::addFlow(const ElementId &from, const ElementId &to, FlowKind kind,
                        std::optional<double> p)
{
    Flow f;
    f.id = QStringLiteral("f%1").arg(++m_flowCount);
    f.from = from;
    f.to = to;
    f.kind = kind;
    f.p = p;
    f.order = quint64(m_flowCount);
    m_bp.graph.addFlow(f);
}

void Generator::connectPreds(const ElementId &to)
{
    for (const Pred &p : m_preds)
        addFlow(p.step, to, FlowKind::Flow, p.p);
    m_preds = { { to, std::nullopt } };
}

const char *Generator::randomWorkLane()
{
    static const char *const lanes[] = { "customer", "front", "front", "back", "support" };
    return lanes[std::uniform_int_distribution<>(0, 4)(m_rng)];
}

Blueprint Generator::run()
{
    m_bp.meta.title = QStringLiteral("Generated blueprint (%1 steps)").arg(m_total);
    m_bp.meta.timeUnit = TimeUnit::Minutes;
    Demand demand;
    demand.arrivalRate = 10;
    demand.journeyTolerance = 60.0 + m_total;
    m_bp.demand = demand;
    m_bp.setLanes(Blueprint::standardLanes());
    m_bp.graph.reserve(size_t(m_total), size_t(m_total) * 2);

    const ElementId start = addStep("customer", StepKind::Start, m_column);
    m_preds = { { start, std::nullopt } };
    ElementId last = start;
    while (m_stepCount < m_total - 1) {
        const int remaining = m_total - 1 - m_stepCount;
        m_column += 1;
        int pattern = std::uniform_int_distribution<>(0, 9)(m_rng);
        // Steps each pattern adds: action/evidence 1, decision 3, rework 1, failure 2, fork 4.
        static constexpr int size[] = { 1, 1, 1, 1, 3, 3, 1, 2, 4, 4 };
        if (size[pattern] > remaining || (pattern == 6 && m_stepCount <= 1))
            pattern = 1; // too few steps left, or no earlier step to rework
        if (pattern <= 3) {
            if (pattern == 0 && m_stepCount > 1) {
                // An evidence item for the last step; routing is unchanged.
                const ElementId e = addStep("evidence", StepKind::Evidence, m_column - 1);
                addFlow(e, last, FlowKind::Evidence, std::nullopt);
                m_column -= 1;
                continue;
            }
            const ElementId a = addStep(randomWorkLane(), StepKind::Action, m_column);
            connectPreds(a);
            last = a;
        } else if (pattern <= 5) {
            // XOR decision with two branches that merge at the next step.
            const ElementId d = addStep("front", StepKind::Decision, m_column);
            connectPreds(d);
            const double p = std::round(uniform(0.55, 0.9) * 100) / 100;
            m_column += 1;
            const ElementId b1 = addStep("back", StepKind::Action, m_column, -20);
            const ElementId b2 = addStep("support", StepKind::Action, m_column, 20);
            addFlow(d, b1, FlowKind::Flow, p);
            addFlow(d, b2, FlowKind::Flow, std::round((1 - p) * 100) / 100);
            m_preds = { { b1, std::nullopt }, { b2, std::nullopt } };
            last = b1;
        } else if (pattern == 6) {
            // Rework: an inspection that sends some customers back to the last step.
            const ElementId target = last;
            const ElementId a = addStep("back", StepKind::Action, m_column);
            connectPreds(a);
            const double r = std::round(uniform(0.05, 0.2) * 100) / 100;
            addFlow(a, target, FlowKind::Rework, r);
            m_preds = { { a, std::round((1 - r) * 100) / 100 } };
            last = a;
        } else if (pattern == 7) {
            // A failure with a recovery step that rejoins the flow.
            const ElementId a = addStep(randomWorkLane(), StepKind::Action, m_column);
            connectPreds(a);
            const ElementId r = addStep("support", StepKind::Action, m_column + 0.5, 30);
            const double pf = std::round(uniform(0.01, 0.1) * 100) / 100;
            addFlow(a, r, FlowKind::Failure, pf);
            m_preds = { { a, std::round((1 - pf) * 100) / 100 }, { r, std::nullopt } };
            last = a;
        } else {
            // Fork/join: two parallel activities.
            const ElementId f = addStep("back", StepKind::Fork, m_column);
            connectPreds(f);
            m_column += 1;
            const ElementId x = addStep("back", StepKind::Action, m_column, -25);
            const ElementId y = addStep("support", StepKind::Action, m_column, 25);
            m_column += 1;
            const ElementId j = addStep("back", StepKind::Join, m_column);
            addFlow(f, x, FlowKind::Flow, std::nullopt);
            addFlow(f, y, FlowKind::Flow, std::nullopt);
            addFlow(x, j, FlowKind::Flow, std::nullopt);
            addFlow(y, j, FlowKind::Flow, std::nullopt);
            m_preds = { { j, std::nullopt } };
            last = j;
        }
    }
    m_column += 1;
    const ElementId end = addStep("customer", StepKind::End, m_column);
    connectPreds(end);
    if (m_bands > 1) {
        std::vector<Lane> lanes = m_bp.lanes();
        for (Lane &l : lanes)
            l.height = 120.0 * m_bands;
        m_bp.setLanes(std::move(lanes));
    }
    return std::move(m_bp);
}

} // namespace

Blueprint generateBlueprint(int steps, quint64 seed)
{
    return Generator(std::max(2, steps), seed).run();
}

} // namespace bp
