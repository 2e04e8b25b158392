#pragma once

#include "analysis/snapshot.h"

#include <QString>

#include <atomic>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

/// @file simulation.h
/// A seeded discrete-event simulation of the queueing model of a blueprint (analysis.md §1, §2.2,
/// §2.4, §5.2): the same graph, times and routing that the analytic engine uses, so that its
/// figures can be checked and the ones it has no formula for (percentiles of the flow time, AND
/// joins with random branches, non-exponential networks) can be estimated.
///
/// ## Model
/// - **Arrivals.** External customers arrive with rate λ (`demand`), inter-arrival times
///   exponential when ca0² = 1, fixed when 0, gamma otherwise; each enters at a start step drawn
///   by the entry shares γ.
/// - **Steps.** A step with `time` 0 (start, end, decision, fork and join steps unless a time is
///   given) is passed instantly: no server, no queue. Any other step draws a service time with its
///   mean and SCV: fixed (scv 0), exponential (1), gamma (other values; lognormal as an option).
///   The time is drawn when the customer arrives at the step, which is the same distribution as
///   drawing it at the start of service and lets the engine measure the offered load.
/// - **Resource pools.** Servers belong to pools (Snapshot::pools(); a step without a declared pool
///   is its own pool). A finite pool of c servers has **one FCFS queue for all its steps**: a
///   server that becomes free takes the customer that has waited longest, whatever step that
///   customer is at, and serves it with that step's service time. An infinite pool (`inf`) is a
///   delay station: every customer starts at once.
/// - **Routing.** Leaving an exclusive step (start, action, decision, join) the customer takes one
///   routing flow drawn by the flows' p, whatever their kind (flow, rework, failure). A fork sends
///   one token of the customer down every branch. A join holds the tokens of the same customer from
///   the same fork execution until every branch has either arrived or ended at an end step, then
///   lets one token go on, and counts one visit. An end step absorbs a token; the customer leaves
///   (and its flow time ends) when its last token does. A join reached by a token that came through
///   no fork passes it on.
/// - **Failures.** A visit to a step with `p-fail` fails with that probability; the failure is
///   counted and does not change the routing. Taking a flow of kind `failure` is a failure event
///   too. A customer's journey is failure-free when neither happened on any visit of any token.
///
/// ## Statistics
/// The first `warmupCustomers` customers (10 % by default) are run but not measured. Per-customer
/// figures (flow time, visits, waits, failures) are over the customers that arrive after the
/// warm-up, all of whom are run to the end. Time averages (utilisation, queue lengths, WIP,
/// throughput) are over the window from the arrival of the first measured customer to the arrival
/// of the last customer, in which the system is loaded as in steady state. Each replication gives
/// one value of every figure; the result is the mean over the replications and the half-width of
/// its 95 % confidence interval by Student's t with R − 1 degrees of freedom.
///
/// ## Guards
/// A customer who makes more than `maxVisitsPerCustomer` visits stops the run (trapped loop). A
/// pool whose offered load in a replication is at least its capacity and whose queue grew over the
/// window accordingly is reported as unstable; the run still ends, because the number of events
/// does not depend on the load. A snapshot without demand, without a start, with a dead end or
/// with routing probabilities that do not sum to 1 is refused with a message. `cancel` and
/// `progress` let a caller on another thread follow and stop a run.
///
/// ## Determinism
/// Replication r uses its own std::mt19937_64 seeded from (seed, r) and the portable variates of
/// variates.h; events at the same time are taken in the order they were scheduled. The same
/// options give the same figures, bit for bit, on every run and machine (see variates.h for the
/// one caveat, fused multiply-add).

namespace bp::simulation {

/// Options of a simulation run. The defaults suit a blueprint of a few dozen steps.
struct SimulationOptions
{
    /// Family of service (and inter-arrival) times whose SCV is neither 0 nor 1.
    enum class Variability { Gamma, Lognormal };

    int customers = 20000; ///< external arrivals per replication, ≥ 1
    int replications = 8; ///< independent replications, ≥ 1 (≥ 2 for a confidence interval)
    std::uint64_t seed = 1; ///< replication r uses a stream derived from (seed, r)
    int warmupCustomers = -1; ///< customers not measured; −1: 10 % of `customers`
    /// Exponential service times at every step and Poisson arrivals, whatever the SCVs say: the
    /// assumptions of a Jackson network, under which the analytic flow time is exact.
    bool forceExponential = false;
    Variability variability = Variability::Gamma;
    /// The routing probabilities leaving a step must sum to 1 within this. A sum below 1 sends
    /// the rest along the step's last flow, a sum above 1 takes it from there. The CLI and the
    /// editor use the document's probability tolerance instead when it is looser.
    double probabilityTolerance = 1e-6;
    /// A customer making more visits than this stops the run as trapped; 0: max(10⁴, 100 × steps).
    std::int64_t maxVisitsPerCustomer = 0;
    /// Stop the run after this many events in one replication (reported as EventLimit); 0: none.
    std::uint64_t maxEvents = 0;
    /// Checked every few thousand events; when it becomes true the run stops as Cancelled.
    const std::atomic<bool> *cancel = nullptr;
    /// Called now and then with the share of the run done, in [0, 1], on the running thread.
    std::function<void(double)> progress;
};

/// The estimate of one figure over the replications.
struct Estimate
{
    double mean = std::numeric_limits<double>::quiet_NaN();
    /// Half-width of the 95 % confidence interval (Student's t, samples − 1 degrees of freedom);
    /// NaN with fewer than two samples.
    double halfWidth = std::numeric_limits<double>::quiet_NaN();
    int samples = 0; ///< replications that gave a value

    bool available() const { return samples > 0; }
    double low() const { return mean - halfWidth; }
    double high() const { return mean + halfWidth; }
    /// Whether @p value lies in the confidence interval (false when there is no interval).
    bool covers(double value) const { return samples >= 2 && std::abs(value - mean) <= halfWidth; }
};

/// Figures of one step (vertex of the snapshot). Times in minutes.
struct StepStatistics
{
    Estimate visits; ///< visits per measured customer (tokens after a fork count each)
    Estimate wait; ///< mean wait in the queue per visit (0 at instant and infinite-server steps)
    Estimate waitOverTolerance; ///< share of visits waiting longer than the step's tolerance
    Estimate queueLength; ///< time-average number of customers waiting for this step
    Estimate utilisation; ///< busy server-time on this step / (c × time); none when infinite
};

/// Figures of one resource pool (index of Snapshot::pools()).
struct PoolStatistics
{
    Estimate utilisation; ///< busy server-time / (c × time); none when infinite
    Estimate offeredLoad; ///< service time asked for per unit of time / c (may exceed 1)
    Estimate queueLength; ///< time-average number waiting in the pool's queue
    int unstableReplications = 0; ///< replications in which this pool was overloaded
};

/// End-to-end figures. Rates per minute.
struct ProcessStatistics
{
    Estimate flowTime; ///< mean time from arrival until the last token leaves, minutes
    Estimate flowTimeOverTolerance; ///< share of customers with flow time > journey tolerance
    Estimate throughput; ///< customers leaving per minute
    Estimate wip; ///< time-average number of customers in the system (measured)
    Estimate wipLittle; ///< throughput × mean flow time (Little's law), to compare with wip
    Estimate visitsPerCustomer; ///< visits to all steps per customer
    Estimate failuresPerCustomer; ///< p-fail hits and failure flows taken, per customer
    Estimate failureFree; ///< share of customers without any failure event
};

/// How a run ended.
enum class SimulationStatus {
    Ok, ///< every replication ran; the figures are steady-state estimates
    Unstable, ///< every replication ran, but some pool was overloaded: figures are not steady
    Trapped, ///< a customer exceeded the visit cap (a loop without exit); no figures
    Stuck, ///< customers were left in the system with nothing to do (a join never completed)
    EventLimit, ///< a replication reached maxEvents; no figures
    Cancelled, ///< stopped through SimulationOptions::cancel; no figures
    Invalid, ///< the snapshot or the options cannot be simulated; see message
};

/// Per-replication summary, mostly for reports and tests.
struct ReplicationSummary
{
    std::uint64_t events = 0; ///< events processed
    double endTime = 0.0; ///< simulated minutes until the system was empty
    double flowTime = std::numeric_limits<double>::quiet_NaN(); ///< mean flow time
    bool unstable = false;
};

/// The outcome of simulate().
struct SimulationResult
{
    SimulationStatus status = SimulationStatus::Invalid;
    QString message; ///< why the run failed or what was unstable; empty when Ok
    int problemStep = -1; ///< vertex of the trapped step or stuck join, else −1
    int customers = 0; ///< customers per replication
    int warmupCustomers = 0; ///< of which not measured
    std::vector<ReplicationSummary> replications; ///< the replications that completed
    std::vector<StepStatistics> steps; ///< by vertex of the snapshot
    std::vector<PoolStatistics> pools; ///< by index of Snapshot::pools()
    std::vector<int> unstablePools; ///< pools overloaded in at least one replication
    ProcessStatistics process;

    /// Whether the figures are filled in (Ok or Unstable).
    bool hasFigures() const
    {
        return status == SimulationStatus::Ok || status == SimulationStatus::Unstable;
    }
    /// Total events over all replications.
    std::uint64_t events() const;
};

/// Runs the simulation of @p snapshot (times in minutes, as Snapshot::of gives them). Thread-safe
/// for distinct arguments: the function keeps no global state. Runs on the calling thread.
SimulationResult simulate(const analysis::Snapshot &snapshot,
                          const SimulationOptions &options = {});

/// The 97.5 % quantile of Student's t with @p degreesOfFreedom ≥ 1 (a table up to 30, then a
/// Cornish–Fisher expansion, within 1e-4 everywhere).
double studentT975(int degreesOfFreedom);

} // namespace bp::simulation
