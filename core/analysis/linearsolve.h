#pragma once

#include <cstddef>
#include <vector>

/// @file linearsolve.h
/// Sparse fixed-point systems x = b + A·x, solved near-linearly by condensing the dependency
/// graph (analysis.md §4: "condense the graph with strong_components, propagate through the
/// condensed DAG in topological order, and solve a small linear system only inside each loop
/// cluster"). Used by the traffic equations (visit ratios) and by the absorbing chain of
/// P(failure-free journey).

namespace bp::analysis {

/// One coefficient of A: x[row] depends on x[col] with weight `weight`.
struct Coefficient
{
    int row = 0;
    int col = 0;
    double weight = 0.0;
};

/// Outcome of solveFixedPoint.
struct LinearSolution
{
    std::vector<double> x; ///< the solution (meaningless where `trapped` is set)
    bool ok = true; ///< false when some cluster's system is singular or did not converge
    /// Per unknown: true when it lies in a cluster whose system is singular (a loop with no exit:
    /// "trapped flow") or ill-conditioned.
    std::vector<bool> trapped;
    std::size_t largestCluster = 0; ///< size of the largest strongly connected cluster
};

/// Solves x = b + A·x for @p n unknowns. A's coefficients may repeat (they add up). Clusters of
/// mutually dependent unknowns up to @p denseLimit unknowns are solved by dense LU with partial
/// pivoting; larger ones by Gauss–Seidel iteration (A is substochastic in our uses). Cost is
/// O(n + nnz) outside clusters.
LinearSolution solveFixedPoint(std::size_t n, const std::vector<Coefficient> &a,
                               const std::vector<double> &b, std::size_t denseLimit = 400);

} // namespace bp::analysis
