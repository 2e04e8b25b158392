#include "simulation/simulation.h"

#include "model/diagnostic.h"
#include "simulation/variates.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>

namespace bp::simulation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::Simulation)
};

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString quoted(const QString &id)
{
    return u'"' + escapeForMessage(id) + u'"';
}

/// SplitMix64 (Steele, Lea & Flood 2014): turns (seed, replication) into well-spread engine
/// seeds, so that replication 1 of seed s and replication 0 of seed s + 1 differ.
std::uint64_t splitmix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// ---------------------------------------------------------------------------------------------
// The model: what the engine needs from the snapshot, in flat arrays.

struct Route
{
    int target = -1;
    double cumulative = 0.0; ///< running sum of p up to and including this route
    bool failure = false; ///< a flow of kind failure: taking it is a failure event
};

struct StepModel
{
    DurationSampler service;
    double pFail = 0.0;
    double tolerance = -1.0; ///< < 0: none
    int pool = -1;
    std::uint32_t routeBegin = 0;
    std::uint32_t routeEnd = 0;
    bool instant = false; ///< no time: passed without server or queue
    bool end = false;
    bool split = false;
    bool join = false;
};

struct PoolModel
{
    int servers = 1;
    bool infinite = false;
};

struct Model
{
    std::vector<StepModel> steps;
    std::vector<Route> routes;
    std::vector<PoolModel> pools;
    std::vector<std::pair<int, double>> entries; ///< start vertex, cumulative share
    DurationSampler interarrival;
    double journeyTolerance = -1.0; ///< < 0: none
};

/// Builds the model; returns an error message, or an empty string when the snapshot can be run.
QString buildModel(const analysis::Snapshot &s, const SimulationOptions &o, Model &m)
{
    if (o.customers < 1)
        return Tr::tr("the number of customers must be at least 1");
    if (o.replications < 1)
        return Tr::tr("the number of replications must be at least 1");
    const analysis::Arrivals &a = s.arrivals();
    if (!a.lambda || !(*a.lambda > 0.0) || !std::isfinite(*a.lambda))
        return Tr::tr("the blueprint has no demand: give an arrival rate to simulate it");
    if (!(a.scv >= 0.0) || !std::isfinite(a.scv))
        return Tr::tr("the arrival SCV must be a number of at least 0");
    const auto family = o.variability == SimulationOptions::Variability::Lognormal
        ? DurationSampler::Family::Lognormal
        : DurationSampler::Family::Gamma;
    m.interarrival = DurationSampler(1.0 / *a.lambda, o.forceExponential ? 1.0 : a.scv, family);
    m.journeyTolerance = a.journeyTolerance ? *a.journeyTolerance : -1.0;

    double total = 0.0;
    for (int v : s.starts()) {
        const double share = s.node(v).entry;
        if (share > 0.0) {
            total += share;
            m.entries.emplace_back(v, total);
        }
    }
    if (m.entries.empty())
        return Tr::tr("the blueprint has no start step where customers enter");

    for (const analysis::PoolInfo &p : s.pools()) {
        if (!p.infinite && p.servers < 1)
            return Tr::tr("pool %1 has no servers").arg(quoted(p.id));
        m.pools.push_back({ p.servers, p.infinite });
    }

    const analysis::Graph &g = s.graph();
    const int n = s.size();
    m.steps.resize(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v) {
        const analysis::Node &node = s.node(v);
        StepModel &st = m.steps[static_cast<size_t>(v)];
        if (!(node.time >= 0.0) || !std::isfinite(node.time) || !(node.scv >= 0.0)
            || !std::isfinite(node.scv))
            return Tr::tr("step %1 has an invalid time or SCV").arg(quoted(node.id));
        st.instant = !(node.time > 0.0);
        st.end = node.kind == StepKind::End;
        st.split = node.gateway == analysis::Gateway::Split;
        st.join = node.gateway == analysis::Gateway::Join;
        st.service = DurationSampler(node.time, o.forceExponential ? 1.0 : node.scv, family);
        st.pFail = node.pFail;
        st.tolerance = node.tolerance ? *node.tolerance : -1.0;
        st.pool = node.pool;
        if (!st.instant && (st.pool < 0 || st.pool >= static_cast<int>(m.pools.size())))
            return Tr::tr("step %1 has no resource pool").arg(quoted(node.id));

        st.routeBegin = static_cast<std::uint32_t>(m.routes.size());
        if (!st.end) {
            double sum = 0.0;
            for (auto [e, eEnd] = boost::out_edges(static_cast<analysis::Vertex>(v), g); e != eEnd;
                 ++e) {
                const analysis::Edge &edge = g[*e];
                Route r;
                r.target = static_cast<int>(boost::target(*e, g));
                r.failure = edge.kind == FlowKind::Failure;
                if (!st.split) {
                    if (!edge.p || !(*edge.p >= 0.0) || *edge.p > 1.0)
                        return Tr::tr("flow %1 has no routing probability").arg(quoted(edge.id));
                    sum += *edge.p;
                    r.cumulative = sum;
                }
                m.routes.push_back(r);
            }
            if (m.routes.size() == st.routeBegin)
                return Tr::tr("step %1 is a dead end: no flow leaves it").arg(quoted(node.id));
            if (!st.split && !(std::abs(sum - 1.0) <= o.probabilityTolerance))
                return Tr::tr("the routing probabilities out of step %1 sum to %2, not 1")
                    .arg(quoted(node.id))
                    .arg(sum);
        }
        st.routeEnd = static_cast<std::uint32_t>(m.routes.size());
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// One replication.

template<class T> class Slab
{
public:
    std::uint32_t add(const T &item)
    {
        if (!m_free.empty()) {
            const std::uint32_t i = m_free.back();
            m_free.pop_back();
            m_items[i] = item;
            return i;
        }
        m_items.push_back(item);
        return static_cast<std::uint32_t>(m_items.size() - 1);
    }
    void remove(std::uint32_t i) { m_free.push_back(i); }
    T &operator[](std::uint32_t i) { return m_items[i]; }
    size_t live() const { return m_items.size() - m_free.size(); }
    std::vector<T> &items() { return m_items; }

private:
    std::vector<T> m_items;
    std::vector<std::uint32_t> m_free;
};

struct Token
{
    std::uint32_t customer = 0;
    std::int32_t frame = -1; ///< innermost fork this token is a branch of, or −1
    std::int32_t node = -1;
    std::uint32_t next = kNone; ///< next token in the pool's queue
    double since = 0.0; ///< when it joined the queue
    double service = 0.0; ///< service time drawn on arrival at the step
};

struct Customer
{
    double arrival = 0.0;
    std::uint32_t live = 0; ///< tokens alive
    std::uint32_t failures = 0;
    std::int64_t visits = 0; ///< arrivals at steps, for the trapped-loop cap
    bool measured = false;
};

/// One execution of a fork by one customer.
struct Frame
{
    std::int32_t parent = -1;
    std::uint32_t expected = 0; ///< branches still expected at the join
    std::uint32_t arrived = 0; ///< branches that reached the join
    std::int32_t joinNode = -1; ///< where the first branch arrived
    bool alive = false;
};

struct Event
{
    double time;
    std::uint64_t seq;
    std::uint32_t token; ///< kNone: the next external arrival
};

struct Later
{
    bool operator()(const Event &a, const Event &b) const
    {
        return a.time > b.time || (a.time == b.time && a.seq > b.seq);
    }
};

struct StepState
{
    std::int32_t waiting = 0;
    std::int32_t busy = 0;
    double last = 0.0;
    double areaWaiting = 0.0;
    double areaBusy = 0.0;
    std::uint64_t visits = 0; ///< by measured customers
    std::uint64_t waits = 0; ///< services (or passes) begun by measured customers
    double waitSum = 0.0;
    std::uint64_t over = 0;
};

struct PoolState
{
    std::int32_t busy = 0;
    std::uint32_t head = kNone;
    std::uint32_t tail = kNone;
    std::int64_t waiting = 0;
    double offered = 0.0;
    std::uint64_t offeredCount = 0;
    std::int64_t waitingAtOpen = 0;
    std::int64_t waitingAtClose = 0;
};

struct Move
{
    std::uint32_t token;
    std::int32_t node;
    bool synced; ///< arriving at a join whose branches are all in
};

class Replication
{
public:
    Replication(const Model &model, const SimulationOptions &options, std::uint64_t seed,
                int warmup, std::int64_t maxVisits, std::function<void(double)> progress)
        : m(model)
        , o(options)
        , rng(seed)
        , warm(warmup)
        , maxVisits(maxVisits)
        , progress(std::move(progress))
        , steps(model.steps.size())
        , pools(model.pools.size())
    { }

    SimulationStatus run();

    const Model &m;
    const SimulationOptions &o;
    RandomStream rng;
    const int warm;
    const std::int64_t maxVisits;
    std::function<void(double)> progress;

    std::vector<StepState> steps;
    std::vector<PoolState> pools;
    Slab<Token> tokens;
    Slab<Customer> customers;
    Slab<Frame> frames;
    std::vector<Event> heap;
    std::vector<Move> pending;

    double now = 0.0;
    std::uint64_t seq = 0;
    std::uint64_t events = 0;
    int arrivals = 0;
    bool aborted = false;
    int problemStep = -1;

    // Measurement window [t0, t1].
    bool open = false;
    bool closed = false;
    double t0 = 0.0;
    double t1 = 0.0;
    std::int64_t inSystem = 0;
    double lastWip = 0.0;
    double areaWip = 0.0;
    std::uint64_t departuresInWindow = 0;

    // Measured customers.
    std::uint64_t done = 0;
    double flowSum = 0.0;
    std::uint64_t flowOver = 0;
    std::uint64_t failureSum = 0;
    std::uint64_t failureFree = 0;

private:
    void schedule(double time, std::uint32_t token)
    {
        heap.push_back({ time, seq++, token });
        std::push_heap(heap.begin(), heap.end(), Later());
    }
    bool inWindow() const { return open && !closed; }
    void touch(StepState &st)
    {
        if (inWindow()) {
            const double dt = now - std::max(st.last, t0);
            st.areaWaiting += st.waiting * dt;
            st.areaBusy += st.busy * dt;
        }
        st.last = now;
    }
    void touchWip()
    {
        if (inWindow())
            areaWip += static_cast<double>(inSystem) * (now - std::max(lastWip, t0));
        lastWip = now;
    }
    void recordWait(int node, bool measured, double wait)
    {
        if (!measured)
            return;
        StepState &st = steps[static_cast<size_t>(node)];
        ++st.waits;
        st.waitSum += wait;
        const double tol = m.steps[static_cast<size_t>(node)].tolerance;
        if (tol >= 0.0 && wait > tol)
            ++st.over;
    }
    void openWindow();
    void closeWindow();
    void externalArrival();
    void arrive(const Move &move);
    void finishService(std::uint32_t token);
    void depart(std::uint32_t token);
    void absorb(std::uint32_t token);
    void branchEnded(std::int32_t frame, std::uint32_t customer);
    void complete(std::uint32_t customer);
};

void Replication::openWindow()
{
    open = true;
    t0 = now;
    for (PoolState &p : pools)
        p.waitingAtOpen = p.waiting;
}

void Replication::closeWindow()
{
    for (StepState &st : steps)
        touch(st);
    touchWip();
    for (PoolState &p : pools)
        p.waitingAtClose = p.waiting;
    t1 = now;
    closed = true;
}

void Replication::externalArrival()
{
    const int index = arrivals++;
    if (index == warm)
        openWindow();
    if (index == o.customers - 1)
        closeWindow();
    touchWip();
    ++inSystem;
    Customer c;
    c.arrival = now;
    c.live = 1;
    c.measured = index >= warm;
    const std::uint32_t customer = customers.add(c);
    int start = m.entries.back().first;
    if (m.entries.size() > 1) {
        const double u = rng.uniform() * m.entries.back().second;
        for (const auto &[v, cumulative] : m.entries) {
            if (u < cumulative) {
                start = v;
                break;
            }
        }
    }
    Token t;
    t.customer = customer;
    const std::uint32_t token = tokens.add(t);
    pending.push_back({ token, start, false });
    if (arrivals < o.customers)
        schedule(now + m.interarrival.draw(rng), kNone);
}

void Replication::arrive(const Move &move)
{
    const std::uint32_t token = move.token;
    const int node = move.node;
    const std::uint32_t customer = tokens[token].customer;
    if (++customers[customer].visits > maxVisits) {
        aborted = true;
        problemStep = node;
        return;
    }
    const StepModel &s = m.steps[static_cast<size_t>(node)];
    tokens[token].node = node;
    if (s.join && !move.synced && tokens[token].frame >= 0) {
        const std::int32_t f = tokens[token].frame;
        Frame &frame = frames[static_cast<std::uint32_t>(f)];
        if (frame.joinNode < 0)
            frame.joinNode = node;
        if (++frame.arrived < frame.expected) {
            tokens.remove(token);
            --customers[customer].live; // the others are still on their way
            return;
        }
        tokens[token].frame = frame.parent;
        frame.alive = false;
        frames.remove(static_cast<std::uint32_t>(f));
    }
    StepState &st = steps[static_cast<size_t>(node)];
    const bool measured = customers[customer].measured;
    if (measured)
        ++st.visits;
    if (s.end) {
        recordWait(node, measured, 0.0);
        absorb(token);
        return;
    }
    if (s.instant) {
        recordWait(node, measured, 0.0);
        depart(token);
        return;
    }
    const double service = s.service.draw(rng);
    tokens[token].service = service;
    PoolState &p = pools[static_cast<size_t>(s.pool)];
    const PoolModel &pm = m.pools[static_cast<size_t>(s.pool)];
    if (inWindow()) {
        p.offered += service;
        ++p.offeredCount;
    }
    touch(st);
    if (pm.infinite || p.busy < pm.servers) {
        ++p.busy;
        ++st.busy;
        recordWait(node, measured, 0.0);
        schedule(now + service, token);
    } else {
        ++st.waiting;
        ++p.waiting;
        tokens[token].since = now;
        tokens[token].next = kNone;
        if (p.tail == kNone)
            p.head = token;
        else
            tokens[p.tail].next = token;
        p.tail = token;
    }
}

void Replication::finishService(std::uint32_t token)
{
    const int node = tokens[token].node;
    const StepModel &s = m.steps[static_cast<size_t>(node)];
    StepState &st = steps[static_cast<size_t>(node)];
    touch(st);
    --st.busy;
    PoolState &p = pools[static_cast<size_t>(s.pool)];
    --p.busy;
    if (p.head != kNone) {
        const std::uint32_t next = p.head;
        p.head = tokens[next].next;
        if (p.head == kNone)
            p.tail = kNone;
        --p.waiting;
        ++p.busy;
        const int nextNode = tokens[next].node;
        StepState &ns = steps[static_cast<size_t>(nextNode)];
        touch(ns);
        --ns.waiting;
        ++ns.busy;
        recordWait(nextNode, customers[tokens[next].customer].measured, now - tokens[next].since);
        schedule(now + tokens[next].service, next);
    }
    depart(token);
}

void Replication::depart(std::uint32_t token)
{
    const int node = tokens[token].node;
    const StepModel &s = m.steps[static_cast<size_t>(node)];
    const std::uint32_t customer = tokens[token].customer;
    if (s.pFail > 0.0 && rng.uniform() < s.pFail)
        ++customers[customer].failures;
    if (s.split) {
        const std::uint32_t branches = s.routeEnd - s.routeBegin;
        Frame f;
        f.parent = tokens[token].frame;
        f.expected = branches;
        f.alive = true;
        const auto frame = static_cast<std::int32_t>(frames.add(f));
        customers[customer].live += branches - 1;
        // Pushed in reverse, so that the first branch is taken first.
        for (std::uint32_t i = s.routeEnd; i-- > s.routeBegin;) {
            std::uint32_t t = token;
            if (i != s.routeBegin) {
                Token copy;
                copy.customer = customer;
                t = tokens.add(copy);
            }
            tokens[t].frame = frame;
            const Route &r = m.routes[i];
            if (r.failure)
                ++customers[customer].failures;
            pending.push_back({ t, r.target, false });
        }
        return;
    }
    std::uint32_t chosen = s.routeEnd - 1;
    if (s.routeEnd - s.routeBegin > 1) {
        const double u = rng.uniform();
        for (std::uint32_t i = s.routeBegin; i < s.routeEnd; ++i) {
            if (u < m.routes[i].cumulative) {
                chosen = i;
                break;
            }
        }
    }
    const Route &r = m.routes[chosen];
    if (r.failure)
        ++customers[customer].failures;
    pending.push_back({ token, r.target, false });
}

void Replication::absorb(std::uint32_t token)
{
    const std::uint32_t customer = tokens[token].customer;
    const std::int32_t frame = tokens[token].frame;
    tokens.remove(token);
    if (frame >= 0)
        branchEnded(frame, customer);
    if (--customers[customer].live == 0)
        complete(customer);
}

void Replication::branchEnded(std::int32_t f, std::uint32_t customer)
{
    while (f >= 0) {
        Frame &frame = frames[static_cast<std::uint32_t>(f)];
        --frame.expected;
        if (frame.expected == 0) {
            // Every branch of this fork ended: so did the branch of the enclosing fork.
            const std::int32_t parent = frame.parent;
            frame.alive = false;
            frames.remove(static_cast<std::uint32_t>(f));
            f = parent;
            continue;
        }
        if (frame.arrived == frame.expected) {
            // The branches still counted are all at the join: release it.
            const std::int32_t parent = frame.parent;
            const std::int32_t join = frame.joinNode;
            frame.alive = false;
            frames.remove(static_cast<std::uint32_t>(f));
            Token t;
            t.customer = customer;
            t.frame = parent;
            const std::uint32_t token = tokens.add(t);
            ++customers[customer].live;
            pending.push_back({ token, join, true });
        }
        return;
    }
}

void Replication::complete(std::uint32_t customer)
{
    touchWip();
    --inSystem;
    if (inWindow())
        ++departuresInWindow;
    const Customer &c = customers[customer];
    if (c.measured) {
        ++done;
        const double flow = now - c.arrival;
        flowSum += flow;
        if (m.journeyTolerance >= 0.0 && flow > m.journeyTolerance)
            ++flowOver;
        failureSum += c.failures;
        if (c.failures == 0)
            ++failureFree;
    }
    customers.remove(customer);
}

SimulationStatus Replication::run()
{
    schedule(m.interarrival.draw(rng), kNone);
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), Later());
        const Event e = heap.back();
        heap.pop_back();
        now = e.time;
        ++events;
        if ((events & 0xfff) == 0) {
            if (o.cancel && o.cancel->load(std::memory_order_relaxed))
                return SimulationStatus::Cancelled;
            if (progress && (events & 0xffff) == 0)
                progress(static_cast<double>(arrivals) / o.customers);
        }
        if (o.maxEvents > 0 && events > o.maxEvents)
            return SimulationStatus::EventLimit;
        if (e.token == kNone)
            externalArrival();
        else
            finishService(e.token);
        while (!pending.empty()) {
            const Move move = pending.back();
            pending.pop_back();
            arrive(move);
            if (aborted)
                return SimulationStatus::Trapped;
        }
    }
    if (customers.live() > 0) {
        for (const Frame &f : frames.items()) {
            if (f.alive && f.joinNode >= 0) {
                problemStep = f.joinNode;
                break;
            }
        }
        return SimulationStatus::Stuck;
    }
    return SimulationStatus::Ok;
}

// ---------------------------------------------------------------------------------------------
// Aggregation over replications.

struct Accumulator
{
    int n = 0;
    double mean = 0.0;
    double m2 = 0.0;

    void add(double x)
    {
        if (std::isnan(x))
            return;
        ++n;
        const double d = x - mean;
        mean += d / n;
        m2 += d * (x - mean);
    }
    Estimate estimate() const
    {
        Estimate e;
        e.samples = n;
        if (n == 0)
            return e;
        e.mean = mean;
        if (n >= 2)
            e.halfWidth = studentT975(n - 1) * std::sqrt(m2 / (n - 1) / n);
        return e;
    }
};

double ratio(double a, double b)
{
    return b > 0.0 ? a / b : kNaN;
}

struct Aggregate
{
    explicit Aggregate(size_t steps, size_t pools)
        : step(steps)
        , pool(pools)
        , unstable(pools, 0)
    { }
    std::vector<std::array<Accumulator, 5>> step;
    std::vector<std::array<Accumulator, 3>> pool;
    std::vector<int> unstable;
    std::array<Accumulator, 8> process;
    std::vector<double> poolBusy;
    std::vector<double> poolWaiting;

    /// Adds the figures of one finished replication; returns whether some pool was overloaded.
    bool add(const Model &m, const Replication &r, int measured)
    {
        const double window = r.closed ? r.t1 - r.t0 : 0.0;
        const auto customers = static_cast<double>(measured);
        poolBusy.assign(pool.size(), 0.0);
        poolWaiting.assign(pool.size(), 0.0);
        double visits = 0.0;
        for (size_t i = 0; i < step.size(); ++i) {
            const StepState &st = r.steps[i];
            const StepModel &sm = m.steps[i];
            visits += static_cast<double>(st.visits);
            auto &a = step[i];
            a[0].add(static_cast<double>(st.visits) / customers);
            a[1].add(st.waits > 0 ? st.waitSum / static_cast<double>(st.waits) : kNaN);
            a[2].add(sm.tolerance >= 0.0 && st.waits > 0
                         ? static_cast<double>(st.over) / static_cast<double>(st.waits)
                         : kNaN);
            a[3].add(ratio(st.areaWaiting, window));
            if (sm.pool >= 0) {
                const PoolModel &pm = m.pools[static_cast<size_t>(sm.pool)];
                a[4].add(pm.infinite ? kNaN : ratio(st.areaBusy, pm.servers * window));
                poolBusy[static_cast<size_t>(sm.pool)] += st.areaBusy;
                poolWaiting[static_cast<size_t>(sm.pool)] += st.areaWaiting;
            }
        }
        bool overloaded = false;
        for (size_t p = 0; p < pool.size(); ++p) {
            const PoolModel &pm = m.pools[p];
            const PoolState &ps = r.pools[p];
            auto &a = pool[p];
            if (pm.infinite) {
                a[2].add(ratio(poolWaiting[p], window));
                continue;
            }
            const double capacity = pm.servers * window;
            a[0].add(ratio(poolBusy[p], capacity));
            a[1].add(ratio(ps.offered, capacity));
            a[2].add(ratio(poolWaiting[p], window));
            // Overloaded: the work asked for exceeds what the servers can do in the window, and
            // the queue grew by at least half of what that excess predicts.
            if (window > 0.0 && ps.offeredCount > 0 && ps.offered >= capacity) {
                const double meanService = ps.offered / static_cast<double>(ps.offeredCount);
                const double predicted = (ps.offered - capacity) / meanService;
                const auto growth = static_cast<double>(ps.waitingAtClose - ps.waitingAtOpen);
                if (growth >= std::max(1.0, 0.5 * predicted)) {
                    ++unstable[p];
                    overloaded = true;
                }
            }
        }
        const double flow = ratio(r.flowSum, customers);
        const double throughput = ratio(static_cast<double>(r.departuresInWindow), window);
        process[0].add(flow);
        process[1].add(m.journeyTolerance >= 0.0 ? static_cast<double>(r.flowOver) / customers
                                                 : kNaN);
        process[2].add(throughput);
        process[3].add(ratio(r.areaWip, window));
        process[4].add(throughput * flow);
        process[5].add(visits / customers);
        process[6].add(static_cast<double>(r.failureSum) / customers);
        process[7].add(static_cast<double>(r.failureFree) / customers);
        return overloaded;
    }
};

} // namespace

std::uint64_t SimulationResult::events() const
{
    std::uint64_t total = 0;
    for (const ReplicationSummary &r : replications)
        total += r.events;
    return total;
}

double studentT975(int degreesOfFreedom)
{
    static constexpr std::array<double, 30> table = {
        12.7062047, 4.30265273, 3.18244631, 2.77644511, 2.57058184, 2.44691185,
        2.36462425, 2.30600414, 2.26215716, 2.22813885, 2.20098516, 2.17881283,
        2.16036866, 2.14478669, 2.13144955, 2.11990530, 2.10981558, 2.10092204,
        2.09302405, 2.08596345, 2.07961384, 2.07387307, 2.06865761, 2.06389856,
        2.05953855, 2.05552944, 2.05183052, 2.04840714, 2.04522964, 2.04227246,
    };
    if (degreesOfFreedom < 1)
        return kNaN;
    if (degreesOfFreedom <= 30)
        return table[static_cast<size_t>(degreesOfFreedom - 1)];
    // Cornish–Fisher expansion of t around the normal quantile z (Abramowitz & Stegun 26.7.5).
    const double z = 1.959963984540054;
    const double z2 = z * z;
    const double nu = degreesOfFreedom;
    const double g1 = (z2 + 1.0) * z / 4.0;
    const double g2 = ((5.0 * z2 + 16.0) * z2 + 3.0) * z / 96.0;
    const double g3 = (((3.0 * z2 + 19.0) * z2 + 17.0) * z2 - 15.0) * z / 384.0;
    const double g4
        = ((((79.0 * z2 + 776.0) * z2 + 1482.0) * z2 - 1920.0) * z2 - 945.0) * z / 92160.0;
    return z + g1 / nu + g2 / (nu * nu) + g3 / (nu * nu * nu) + g4 / (nu * nu * nu * nu);
}

SimulationResult simulate(const analysis::Snapshot &snapshot, const SimulationOptions &options)
{
    SimulationResult result;
    Model model;
    const QString error = buildModel(snapshot, options, model);
    if (!error.isEmpty()) {
        result.status = SimulationStatus::Invalid;
        result.message = error;
        return result;
    }
    const int n = options.customers;
    const int warm
        = std::clamp(options.warmupCustomers < 0 ? n / 10 : options.warmupCustomers, 0, n - 1);
    const std::int64_t maxVisits = options.maxVisitsPerCustomer > 0
        ? options.maxVisitsPerCustomer
        : std::max<std::int64_t>(10000, 100 * static_cast<std::int64_t>(snapshot.size()));
    result.customers = n;
    result.warmupCustomers = warm;

    Aggregate aggregate(model.steps.size(), model.pools.size());
    const int replications = options.replications;
    int overloadedRuns = 0;
    for (int r = 0; r < replications; ++r) {
        std::function<void(double)> progress;
        if (options.progress) {
            progress = [&options, r, replications](double share) {
                options.progress((r + std::clamp(share, 0.0, 1.0)) / replications);
            };
        }
        const std::uint64_t stream
            = splitmix64(splitmix64(options.seed) + static_cast<std::uint64_t>(r));
        Replication rep(model, options, stream, warm, maxVisits, std::move(progress));
        const SimulationStatus status = rep.run();
        if (status != SimulationStatus::Ok) {
            result.status = status;
            result.problemStep = rep.problemStep;
            const QString step
                = rep.problemStep >= 0 ? quoted(snapshot.node(rep.problemStep).id) : QString();
            switch (status) {
            case SimulationStatus::Trapped:
                result.message = Tr::tr("a customer made more than %1 visits and was still at "
                                        "step %2: a loop without exit traps customers")
                                     .arg(maxVisits)
                                     .arg(step);
                break;
            case SimulationStatus::Stuck:
                result.message = step.isEmpty()
                    ? Tr::tr("customers were left in the system with nothing to do")
                    : Tr::tr("customers waited forever at join %1: not every branch of their "
                             "fork reaches it")
                          .arg(step);
                break;
            case SimulationStatus::EventLimit:
                result.message
                    = Tr::tr("a replication reached the limit of %1 events").arg(options.maxEvents);
                break;
            case SimulationStatus::Cancelled:
                result.message = Tr::tr("the simulation was cancelled");
                break;
            default:
                break;
            }
            return result;
        }
        const bool overloaded = aggregate.add(model, rep, n - warm);
        if (overloaded)
            ++overloadedRuns;
        ReplicationSummary summary;
        summary.events = rep.events;
        summary.endTime = rep.now;
        summary.flowTime = ratio(rep.flowSum, static_cast<double>(rep.done));
        summary.unstable = overloaded;
        result.replications.push_back(summary);
        if (options.progress)
            options.progress(static_cast<double>(r + 1) / replications);
    }

    result.steps.resize(model.steps.size());
    for (size_t i = 0; i < model.steps.size(); ++i) {
        const auto &a = aggregate.step[i];
        StepStatistics &s = result.steps[i];
        s.visits = a[0].estimate();
        s.wait = a[1].estimate();
        s.waitOverTolerance = a[2].estimate();
        s.queueLength = a[3].estimate();
        s.utilisation = a[4].estimate();
    }
    result.pools.resize(model.pools.size());
    for (size_t p = 0; p < model.pools.size(); ++p) {
        const auto &a = aggregate.pool[p];
        PoolStatistics &s = result.pools[p];
        s.utilisation = a[0].estimate();
        s.offeredLoad = a[1].estimate();
        s.queueLength = a[2].estimate();
        s.unstableReplications = aggregate.unstable[p];
        if (s.unstableReplications > 0)
            result.unstablePools.push_back(static_cast<int>(p));
    }
    const auto &a = aggregate.process;
    ProcessStatistics &p = result.process;
    p.flowTime = a[0].estimate();
    p.flowTimeOverTolerance = a[1].estimate();
    p.throughput = a[2].estimate();
    p.wip = a[3].estimate();
    p.wipLittle = a[4].estimate();
    p.visitsPerCustomer = a[5].estimate();
    p.failuresPerCustomer = a[6].estimate();
    p.failureFree = a[7].estimate();

    if (overloadedRuns > 0) {
        result.status = SimulationStatus::Unstable;
        QStringList names;
        for (int pool : result.unstablePools)
            names << quoted(snapshot.pools()[static_cast<size_t>(pool)].id);
        result.message = Tr::tr("overloaded in %1 of %2 replications: %3; the queue grows "
                                "without bound, so the figures are not steady-state values")
                             .arg(overloadedRuns)
                             .arg(replications)
                             .arg(names.join(QStringLiteral(", ")));
    } else {
        result.status = SimulationStatus::Ok;
    }
    return result;
}

} // namespace bp::simulation
