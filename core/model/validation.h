#pragma once

#include "blueprint.h"
#include "diagnostic.h"

/// @file validation.h
/// Problems that leave a usable model (format.md: "load, and are listed as warnings").

namespace bp {

/// Checks a loaded or edited blueprint and returns warnings naming the element (no position;
/// readers add line and column). Runs in O(steps + flows).
///
/// Reported: routing probabilities out of a step that do not sum to 1 (± 1e-9) or are missing
/// where a step has several routing flows; action steps without a time; a step's own servers
/// ignored because it uses a pool; FMEA scores only partly given; evidence flows that do not link
/// an evidence step; a blueprint with no start or no end step.
Diagnostics validateModel(const Blueprint &blueprint);

} // namespace bp
