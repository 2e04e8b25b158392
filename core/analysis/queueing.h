#pragma once

/// @file queueing.h
/// Closed-form queueing formulas (analysis.md §2.3): Erlang B and C, exact M/M/c metrics, the
/// G/G/1 and G/G/c approximations (Kingman, Allen–Cunneen, Sakasegawa), the QNA departure SCV and
/// the overload figures of an unstable station.
///
/// Every function is pure and works in one consistent time unit: a mean service time `t` and an
/// arrival rate `lambda` per the same unit. Figures that do not exist for an unstable station
/// (ρ ≥ 1) are returned as +infinity; callers turn them into "not available".

namespace bp::analysis::queueing {

/// Erlang B blocking probability for @p c servers and offered load @p a Erlangs, by the recursion
/// B₀ = 1, B_k = a·B_{k−1} / (k + a·B_{k−1}). No factorials; stable for c in the thousands.
/// Returns 1 for c ≤ 0 and 0 for a ≤ 0.
double erlangB(int c, double a);

/// Erlang C probability of waiting, C = c·B_c / (c − a(1 − B_c)). Returns 1 when a ≥ c (no
/// steady state: every arrival waits) and 0 for a ≤ 0.
double erlangC(int c, double a);

/// Steady-state metrics of an M/M/c queue (FCFS, unlimited waiting room).
struct MmcMetrics
{
    double a = 0.0; ///< offered load λ·t, Erlangs
    double rho = 0.0; ///< utilisation a/c
    bool stable = true; ///< ρ < 1
    double pWait = 0.0; ///< Erlang C; 1 when unstable
    double wq = 0.0; ///< mean wait in queue; +inf when unstable
    double lq = 0.0; ///< mean number waiting, λ·Wq; +inf when unstable
    double w = 0.0; ///< mean time in the station, Wq + t; +inf when unstable
    double l = 0.0; ///< mean number in the station, λ·W; +inf when unstable
    double p0 = 0.0; ///< probability that the station is empty; 0 when unstable
};

/// Exact M/M/c metrics for arrival rate @p lambda, mean service time @p t and @p c servers.
/// P0 is computed from Erlang B through logarithms, so it does not overflow for large c.
MmcMetrics mmc(double lambda, double t, int c);

/// Wq of M/M/c: C/(c/t − λ); +inf when unstable, 0 when λ = 0.
double mmcWait(double lambda, double t, int c);

/// P(Wq > @p tau) of M/M/c: C·exp(−(c/t − λ)·τ); 1 when unstable.
double mmcWaitTail(double lambda, double t, int c, double tau);

/// Service level of M/M/c: the share of customers whose wait is at most @p tau,
/// 1 − P(Wq > τ).
double serviceLevel(double lambda, double t, int c, double tau);

/// Kingman's G/G/1 "VUT" formula, Wq ≈ ((ca² + cs²)/2)·(ρ/(1−ρ))·t; +inf when ρ ≥ 1.
double kingman(double lambda, double t, double ca2, double cs2);

/// Allen–Cunneen G/G/c: Wq ≈ Wq(M/M/c, exact Erlang C)·(ca² + cs²)/2; +inf when ρ ≥ 1.
double allenCunneen(double lambda, double t, int c, double ca2, double cs2);

/// Sakasegawa's closed form, Wq ≈ (t/c)·ρ^(√(2(c+1)) − 1)/(1 − ρ)·(ca² + cs²)/2; +inf when
/// ρ ≥ 1. With c = 1 it equals Kingman.
double sakasegawa(double lambda, double t, int c, double ca2, double cs2);

/// G/G/c tail heuristic of analysis.md §3.1: P(Wq > τ) ≈ C·exp(−C·τ/Wq), with C the Erlang C
/// probability and @p wq the approximate mean wait. 0 when wq ≤ 0; C when wq is infinite.
double ggcWaitTail(double pWait, double wq, double tau);

/// QNA departure SCV of a c-server station (Whitt 1983):
/// cd² = 1 + (1 − ρ²)(ca² − 1) + ρ²(cs² − 1)/√c.
double qnaDepartureScv(double rho, int c, double ca2, double cs2);

/// Overload figures of a station with offered load a = λ·t ≥ c (analysis.md §2.3).
struct Overload
{
    double backlogGrowth = 0.0; ///< λ − c/t, customers per time unit (≤ 0 when stable)
    double fluidBacklog = 0.0; ///< backlog after the horizon, H·(λ − c/t), at least 0
    int minServers = 0; ///< floor(λ·t) + 1: fewest servers for a steady state
    int serversForTarget = 0; ///< ceil(λ·t/ρ*): servers that bring ρ down to the target
};

/// Overload figures for arrival rate @p lambda, mean service time @p t, @p c servers, horizon
/// @p horizon (same time unit) and target utilisation @p targetRho (0 < ρ* ≤ 1).
Overload overload(double lambda, double t, int c, double horizon, double targetRho);

} // namespace bp::analysis::queueing
