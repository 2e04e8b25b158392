#include "simulation/engine_p.h"

namespace bp::simulation::detail {

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

} // namespace bp::simulation::detail
