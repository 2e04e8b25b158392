#pragma once

#include "model/blueprint.h"

/// @file generator.h
/// Synthetic blueprints for benchmarks and tests (`blueprint generate`).

namespace bp {

/// A valid, realistic-looking blueprint of exactly @p steps steps (at least 2) over the five
/// standard lanes, the same for the same @p seed on every machine (std::mt19937_64).
///
/// It strings together the patterns real blueprints use: actions in every lane, XOR decisions
/// whose branches merge again, rework loops, failures with a recovery step, fork/join blocks and
/// evidence items; every routing probability sums to 1, every step lies on a path from the start
/// to the end, and servers are sized so that no step is overloaded at the generated demand.
Blueprint generateBlueprint(int steps, quint64 seed);

} // namespace bp
