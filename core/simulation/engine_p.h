#pragma once

/// @file engine_p.h
/// Internals of the simulation engine shared by its source files (not installed, not part of
/// the core API): the flat model built from a snapshot (simulationmodel.cpp) and one
/// replication of the discrete-event engine (replication.cpp). simulate() in simulation.cpp
/// runs the replications and aggregates them.

#include "simulation/simulation.h"
#include "simulation/variates.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

namespace bp::simulation::detail {

inline constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The id in quotes, escaped for a message.
QString quoted(const QString &id);

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
QString buildModel(const analysis::Snapshot &s, const SimulationOptions &o, Model &m);

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

} // namespace bp::simulation::detail
