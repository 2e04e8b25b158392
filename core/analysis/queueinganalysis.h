#pragma once

#include "analysis/criticalpath.h"
#include "analysis/finding.h"
#include "analysis/optionaldouble.h"
#include "analysis/queueing.h"
#include "analysis/settings.h"
#include "analysis/snapshot.h"
#include "analysis/visits.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

/// @file queueinganalysis.h
/// The queueing part of an analysis run (analysis.md §3.1 steps 3–7): visit ratios, pool loads
/// and the bottleneck, waits per step in every wait model, flow times, the critical path, and
/// the findings of §3.2 that follow from them.
///
/// Conventions. Times are in minutes and rates per minute (the findings' `values` quote rates per
/// hour). A figure that does not exist — no demand given, an unstable pool (ρ ≥ 1), or trapped
/// flow — is an empty std::optional ("not available"; JSON prints null). Start and end steps
/// are the virtual START and END: they take no time, have unlimited servers, and are neither
/// pools in the utilisation sense nor steps of the critical path.
///
/// A pool that serves several steps is one FCFS queue: its arrivals are the sum of its steps'
/// (λ_r = Σ λ_i), its service time the visit-weighted mixture of theirs (mean t̄ = U_r/Σv_i, SCV
/// of the mixture), its arrival SCV the rate-weighted mean of its steps' (QNA superposition).
/// Every step of the pool sees the pool's wait. With one step per pool this is exactly the
/// per-step M/M/c or G/G/c of analysis.md §2.3.

namespace bp::analysis {

/// The waiting-time formulas computed for every step (analysis.md §2.3, §3.1 step 5).
enum class WaitFormula {
    Exact, ///< M/M/c, Erlang C
    AllenCunneenPoisson, ///< Allen–Cunneen with ca² = 1
    AllenCunneenQna, ///< Allen–Cunneen with QNA arrival SCVs
    SakasegawaQna, ///< Sakasegawa's closed form with QNA arrival SCVs
};

/// Number of WaitFormula values (for arrays indexed by formula).
inline constexpr int waitFormulaCount = 4;

/// Index of @p f in the per-formula arrays.
constexpr int indexOf(WaitFormula f)
{
    return static_cast<int>(f);
}

/// Keyword of a formula as analysis-cases.json and the CLI's JSON spell it: "mmc",
/// "allen_cunneen_ca2_1", "allen_cunneen_qna", "sakasegawa_qna".
QString waitFormulaKey(WaitFormula f);

/// The formula a WaitModel setting selects for @p snapshot: Auto is Exact when every
/// finite-server step has cs² = 1 and ca0² = 1, else AllenCunneenQna.
WaitFormula selectWaitFormula(const Snapshot &snapshot, WaitModel model);

/// Figures of one step (vertex of the snapshot). The optional figures are OptionalDouble
/// (8 bytes, not 16): one of these per step is the largest table of a result.
struct StepFigures
{
    double visits = 0.0; ///< v_i
    double time = 0.0; ///< t_i used (0 for virtual steps)
    OptionalDouble arrivalRate; ///< λ_i = λ·v_i, per minute
    OptionalDouble rho; ///< implied utilisation of the step's pool (queueing steps)
    double ca2 = 1.0; ///< QNA arrival SCV (1 without demand)
    OptionalDouble pWait; ///< Erlang C of the pool
    /// Wq per formula; 0 for steps that do not queue; unset when unstable or without demand.
    std::array<OptionalDouble, waitFormulaCount> wq;
    /// P(Wq > τ) per formula (exact tail for Exact, C·exp(−C·τ/Wq) otherwise); set only for
    /// queueing steps with a tolerance.
    std::array<OptionalDouble, waitFormulaCount> pWaitOverTolerance;
    // In the selected formula:
    OptionalDouble wait; ///< Wq
    OptionalDouble sojourn; ///< Wq + t
    OptionalDouble lq; ///< λ_i·Wq
    OptionalDouble l; ///< λ_i·(Wq + t) (Little's law per step)
    OptionalDouble serviceLevel; ///< 1 − P(Wq > τ), when the step has a tolerance
    double slack = 0.0; ///< of the worst-case critical path, minutes
    bool virtualStep = false; ///< a start or end step
    bool queueing = false; ///< served by a finite pool and takes time (can wait)
};

/// Figures of one resource pool (Snapshot::pools()).
struct PoolFigures
{
    double unitLoad = 0.0; ///< U_r = Σ v_i·t_i, minutes of work per arriving customer
    OptionalDouble capacity; ///< c_r/U_r customers per minute; unset: unlimited
    OptionalDouble rho; ///< implied utilisation λ·U_r/c_r (may exceed 1)
    OptionalDouble arrivalRate; ///< λ_r = Σ λ_i, per minute
    double meanService = 0.0; ///< t̄ = U_r/Σ v_i over its timed steps
    double serviceScv = 1.0; ///< SCV of the mixture of its steps' service times
    double arrivalScv = 1.0; ///< QNA: rate-weighted mean of its steps' ca²
    /// Overload figures (backlog growth per minute, fluid backlog after the horizon, servers
    /// needed); set when there is demand, for every relevant pool.
    std::optional<queueing::Overload> overload;
    bool relevant = false; ///< finite servers and some step of it takes time (not virtual)
    bool unstable = false; ///< ρ ≥ 1
};

/// Everything the queueing analysis computes for one snapshot.
struct QueueingResult
{
    Visits visits; ///< traffic equations, components, rework clusters
    WaitFormula formula = WaitFormula::Exact; ///< the formula of the `selected` figures
    std::vector<StepFigures> steps; ///< per vertex
    std::vector<PoolFigures> pools; ///< per Snapshot pool
    std::optional<double> demand; ///< λ, customers per minute
    std::vector<int> bottlenecks; ///< pools of highest implied utilisation (ties at settings)
    std::optional<double> maxUtilisation; ///< max ρ_r = λ/process capacity
    std::optional<double> processCapacity; ///< min c_r/U_r, per minute; unset: unlimited
    std::optional<double> flowRate; ///< min(λ, process capacity), per minute
    double theoreticalFlowTime = 0.0; ///< T0, minutes (AND blocks: max of branches)
    /// Flow time T per formula, minutes; unset when some reached pool is unstable.
    std::array<std::optional<double>, waitFormulaCount> flowTimeByFormula;
    std::optional<double> flowTime; ///< T in the selected formula
    std::optional<double> efficiency; ///< T0 / T
    std::optional<double> wip; ///< λ·T (Little's law)
    bool andLowerBound = false; ///< an AND-join's mean is a lower bound (max of means)
    CriticalPath criticalPath; ///< worst case on the loop-collapsed DAG, durations t
    Findings findings; ///< the flags of analysis.md §3.2 this part raises
};

/// Runs the queueing analysis of @p snapshot with the thresholds and wait model of
/// @p settings. Near-linear in the number of steps and flows. Never throws. Trapped flow
/// (Visits::ok false, Visits::trapped lists the steps) leaves every figure built on the visit
/// ratios unset and raises no finding: the caller reports TRAPPED_FLOW; StepFigures::visits
/// stays readable (0 where trapped).
QueueingResult analyseQueueing(const Snapshot &snapshot, const Settings &settings = {});

/// The same with @p visits, computeVisits() of @p snapshot, already computed: runAnalysis
/// computes them first so that the parts which need only the visit ratios can run beside this
/// one.
QueueingResult analyseQueueing(const Snapshot &snapshot, const Settings &settings, Visits visits);

/// What-if: a copy of @p snapshot whose pool @p poolId (a declared pool's id, or a step's id for
/// a step without a pool) has @p servers servers (@p infinite for unlimited). Unknown ids leave
/// the copy unchanged.
Snapshot withServers(const Snapshot &snapshot, const ElementId &poolId, int servers,
                     bool infinite = false);

/// What-if: a copy of @p snapshot without the flows @p flowIds; the remaining routing
/// probabilities out of each affected XOR step are scaled back to sum to what they summed to.
Snapshot withoutFlows(const Snapshot &snapshot, const QStringList &flowIds);

/// What-if: a copy of @p snapshot without its rework: every flow that closes a loop (inside a
/// strong component and into a step that customers enter the component by, or a self-loop) is
/// removed and the remaining probabilities rescaled (withoutFlows()).
Snapshot withoutRework(const Snapshot &snapshot);

/// What-if: a copy of @p snapshot with arrival rate @p perHour customers per hour.
Snapshot withArrivalRate(const Snapshot &snapshot, double perHour);

} // namespace bp::analysis
