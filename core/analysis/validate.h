#pragma once

#include "analysis/finding.h"
#include "analysis/settings.h"
#include "analysis/snapshot.h"

#include <vector>

/// @file validate.h
/// Validation of a blueprint before analysis (analysis.md §1). Errors stop the queueing part of
/// the analysis; the structural and failure analysis still run on what there is.
///
/// Finding codes (the first element is the main one):
///
/// | code | level | elements | values | condition |
/// |---|---|---|---|---|
/// | `NO_START` | error | — | — | the blueprint has no step of kind `start` |
/// | `NO_END` | error | — | — | the blueprint has no step of kind `end` |
/// | `PROBABILITY_MISSING` | error | step, flow | — | a flow out of an exclusive step has no `p`
/// and is not the step's only routing flow, so it cannot be implied | | `PROBABILITY_RANGE` | error
/// | step, flow | `p` | a routing probability outside [0, 1] | | `PROBABILITY_SUM` | error | step,
/// its routing flows | `sum` | the routing probabilities out of an exclusive (non-fork) step do not
/// sum to 1 ± Settings::probabilityTolerance | | `UNREACHABLE_STEP` | error | step | — | no path
/// from any start step leads to the step | | `DEAD_END` | error | step | — | no path from the step
/// leads to an end step (and the step is not part of a trapped loop, which is reported as
/// TRAPPED_FLOW) | | `TRAPPED_FLOW` | error | the loop's steps | `steps` | a loop (strongly
/// connected set of steps, or a step with a flow to itself) with no end step inside and no routing
/// flow with p > 0 leaving it: I − Pᵀ is singular | | `UNMATCHED_FORK` | error | fork, the step
/// where its branches first meet (or nothing) | `converges_at` | the fork does not open a
/// well-structured block (see below) | | `UNMATCHED_JOIN` | error | join | — | the join closes no
/// fork's block | | `FMEA_SCORE_RANGE` | error | step | `severity`, `occurrence`, `detection`
/// (those out of range) | an FMEA score outside 1..10 | | `NO_TIME` | warning | step | — | an
/// `action` step whose time is 0 ("no time given") |
///
/// **Well-structured fork/join blocks.** A fork F and a join J form a block when J is the
/// immediate post-dominator of F (the first step that every path from F to END passes: all
/// branches meet there and none escapes to END on its own) and F is the immediate dominator of J
/// (nothing enters the block except through F, so J waits only for F's tokens). A fork without
/// such a join is UNMATCHED_FORK; a join that closes no block is UNMATCHED_JOIN. Nested blocks,
/// XOR decisions and rework loops inside a branch, and loops around a whole block are allowed.
/// Both trees come from Lengauer–Tarjan on the routing view (structuregraph.h), so the check is
/// near-linear. Steps that are unreachable or dead ends are reported as such and not again here.

namespace bp::analysis {

/// Outcome of validate().
struct ValidationResult
{
    Findings findings; ///< grouped by check, steps in vertex order within a check
    /// Per snapshot vertex: for a fork, the vertex of its matching join; -1 otherwise (also for
    /// unmatched forks). Other modules use it for AND-split semantics.
    std::vector<int> joinOfFork;

    /// Whether any finding is an error (the queueing analysis must not run).
    bool hasErrors() const;
};

class RoutingView;

/// Validates @p snapshot for analysis (analysis.md §1). O((steps + flows)·α) time.
/// @p shared, when given, is a routing view of @p snapshot that other analyses of the same run
/// use as well (runAnalysis builds it once); without it the function builds its own.
ValidationResult validate(const Snapshot &snapshot, const Settings &settings = {},
                          const RoutingView *shared = nullptr);

} // namespace bp::analysis
