#pragma once

#include "types.h"

#include <QStringView>

#include <optional>

/// @file kinds.h
/// The file-format names of the enumerations (format.md), both ways. These are keywords, not
/// user-visible text; the editor shows translated names from its own tables.

namespace bp {

QString toString(LaneKind kind);
QString toString(StepKind kind);
QString toString(FlowKind kind);
QString toString(TimeUnit unit);
QString toString(RateUnit unit);
/// `auto`, `exact`, `allen-cunneen`, `allen-cunneen-poisson` or `sakasegawa`.
QString toString(WaitModel model);

std::optional<LaneKind> parseLaneKind(QStringView text);
std::optional<StepKind> parseStepKind(QStringView text);
std::optional<FlowKind> parseFlowKind(QStringView text);
std::optional<TimeUnit> parseTimeUnit(QStringView text);
std::optional<RateUnit> parseRateUnit(QStringView text);
std::optional<WaitModel> parseWaitModel(QStringView text);

/// Minutes in one unit of time (s = 1/60, min = 1, h = 60).
double minutesPer(TimeUnit unit);
/// Hours in one unit of the arrival-rate denominator (s, min, h, d).
double hoursPer(RateUnit unit);

} // namespace bp
