#pragma once

#include <cstddef>
#include <cstdint>

/// @file limits.h
/// Every limit of the native format and the editor in one place (reliability.md "Limits").

namespace bp::limits {

inline constexpr std::int64_t maxFileBytes = 50'000'000; ///< 50 MB (the CLI may raise it)
inline constexpr int maxDepthNative = 64; ///< XML element depth
inline constexpr int maxDepthBpmn = 256; ///< XML element depth, BPMN
inline constexpr std::int64_t maxSteps = 1'000'000;
inline constexpr std::int64_t warnSteps = 100'000;
inline constexpr int maxTextLength = 10'000; ///< characters in one label or description
inline constexpr int maxIdLength = 64;
inline constexpr double maxCoordinate = 1e7; ///< |x|, |y|
inline constexpr int maxWaypoints = 1'000; ///< per flow
inline constexpr double minLaneHeight = 40.0;
inline constexpr double maxLaneHeight = 10'000.0;
inline constexpr int maxServers = 1'000'000; ///< servers of one step or pool
inline constexpr int maxDiagnostics = 200; ///< messages kept per file; the rest are counted

} // namespace bp::limits
