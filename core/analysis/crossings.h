#pragma once

#include "analysis/finding.h"
#include "analysis/settings.h"
#include "analysis/snapshot.h"

#include <array>
#include <vector>

/// @file crossings.h
/// Handoffs across the lines of a blueprint (analysis.md §2.6).
///
/// Lanes have levels customer 1, frontstage 2, backstage 3, support 4 (laneLevel()); the lines
/// sit at 1.5 (interaction), 2.5 (visibility) and 3.5 (internal interaction). A routing flow
/// i→j crosses line ℓ iff min(level_i, level_j) < ℓ < max(level_i, level_j). Flows out of a
/// start step or into an end step are not handoffs (those steps are the virtual START and END),
/// evidence links are not routing, and steps in physical-evidence or `other` lanes (level 0)
/// cross nothing.
///
/// Finding code:
///
/// | code | level | elements | values | condition |
/// |---|---|---|---|---|
/// | `HANDOFF_PINGPONG` | info | the step where the customer turns back, the step before the first
/// crossing, the step after the second | `window` | some path crosses the line of visibility at
/// least twice within Settings::pingPongWindow consecutive steps |

namespace bp::analysis {

/// The three lines, top to bottom.
enum class Line { Interaction = 0, Visibility = 1, InternalInteraction = 2 };

/// Crossings of one line.
struct LineCrossings
{
    int edges = 0; ///< routing flows that cross the line
    double expectedPerCustomer = 0.0; ///< Σ over those flows of v_i·P_ij
    /// Those flows, in snapshot edge order: edges of the snapshot analysed (`graph()[e].id`
    /// names one), not copies of their ids, which would touch each id's memory twice more.
    std::vector<EdgeDesc> flows;
};

/// Result of analyseCrossings().
struct CrossingResult
{
    std::array<LineCrossings, 3> lines; ///< indexed by Line
    Findings findings; ///< HANDOFF_PINGPONG, one per turning step, in vertex order

    const LineCrossings &line(Line l) const { return lines[static_cast<std::size_t>(l)]; }
};

/// Whether a flow between levels @p a and @p b crosses line @p l (0 levels cross nothing).
bool crosses(int a, int b, Line l);

/// Counts line crossings with the visit ratios @p visits (one per snapshot vertex) and detects
/// ping-pong handoffs across the line of visibility. O(steps + flows) for any window: a
/// multi-source BFS over non-crossing flows from every step entered by a crossing finds, for
/// each step, the fewest steps since the last crossing.
CrossingResult analyseCrossings(const Snapshot &snapshot, const std::vector<double> &visits,
                                const Settings &settings = {});

} // namespace bp::analysis
