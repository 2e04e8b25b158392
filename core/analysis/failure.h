#pragma once

#include "analysis/actionpriority.h"
#include "analysis/finding.h"
#include "analysis/fmea.h"
#include "analysis/settings.h"
#include "analysis/snapshot.h"

#include <optional>
#include <utility>
#include <vector>

/// @file failure.h
/// Failure analysis (analysis.md §2.7): expected failure events per customer, the probability of
/// a failure-free journey, the recovery audit of fail points, and the FMEA scores (fmea.h).
///
/// Finding codes, besides those of fmea.h:
///
/// | code | level | elements | values | condition |
/// |---|---|---|---|---|
/// | `FAIL_POINT_WITHOUT_RECOVERY` | warning; error if S ≥ Settings::severityThreshold | step | `p`
/// (p-fail), `failure_p` (Σ p of its failure flows) | a fail point that is not recovered |

namespace bp::analysis {

class RoutingView;

/// A fail point: a step with p-fail > 0 or an outgoing `failure` flow.
struct FailPoint
{
    int vertex = -1; ///< snapshot vertex
    ElementId step;
    double pFail = 0.0;
    /// Targets and probabilities of the step's failure flows, in flow order.
    std::vector<std::pair<ElementId, double>> failureFlows;
    /// p-fail = 0 and at least one failure flow leads to a step from which END is reachable.
    bool recovered = false;
};

/// The fail points of @p snapshot in vertex order, each with its recovery verdict.
/// O(steps + flows).
/// @p shared, when given, is a routing view of @p snapshot that other analyses of the same run
/// use as well (runAnalysis builds it once); without it the function builds its own.
std::vector<FailPoint> recoveryAudit(const Snapshot &snapshot, const RoutingView *shared = nullptr);

/// Figures and findings of the failure analysis.
struct FailureResult
{
    /// E_F = Σ v_i (p_fail,i + Σ_failure flows P_ij): failure events per customer.
    double expectedFailures = 0.0;
    /// P(failure-free journey) = Σ γ_i q_i, from the absorbing chain
    /// q_i = (1 − p_fail,i)(Σ_non-failure j P_ij q_j + [i is an end step]).
    double failureFree = 0.0;
    /// False when the chain has no unique solution somewhere (a trapped loop): failureFree is
    /// then not meaningful.
    bool failureFreeOk = true;
    std::vector<FailPoint> failPoints;
    std::vector<FmeaEntry> fmea; ///< the steps' FMEA scores, ranked
    /// FAIL_POINT_WITHOUT_RECOVERY (vertex order), then FMEA_* (ranking order).
    Findings findings;
};

/// Runs the failure analysis of @p snapshot with the visit ratios @p visits (one per snapshot
/// vertex, start and end steps included, as the traffic equations give them). @p table, when
/// given, adds Action Priorities and FMEA_AP_HIGH. @p joinOfFork is validate()'s fork/join
/// matching; when null and the blueprint has forks, it is computed here. @p audit is
/// recoveryAudit()'s result when the caller has it already (it becomes
/// FailureResult::failPoints); when unset, it is computed here.
///
/// P(failure-free) is solved near-linearly: the graph is condensed into strongly connected
/// components and processed downstream first; a step outside loops is a direct formula, a loop
/// cluster one call of solveFixedPoint. An AND-split F with matching join J is failure-free when
/// every branch reaches J failure-free, independently: q_F = (1 − p_fail,F)·Π_b q_b / q_J^(k−1)
/// (exact when J post-dominates the branches, which validation guarantees); a fork without a
/// join uses Π_b q_b. Inside a loop cluster a fork's product is linearised and iterated to a
/// fixed point.
FailureResult analyseFailures(const Snapshot &snapshot, const std::vector<double> &visits,
                              const Settings &settings = {},
                              const ActionPriorityTable *table = nullptr,
                              const std::vector<int> *joinOfFork = nullptr,
                              std::optional<std::vector<FailPoint>> audit = std::nullopt);

} // namespace bp::analysis
