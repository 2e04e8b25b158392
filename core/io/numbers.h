#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <string_view>

/// @file numbers.h
/// Locale-independent number text (reliability.md "Locale"): std::to_chars / std::from_chars,
/// never printf, strtod or QString::number with a user locale.

namespace bp {

/// Shortest text that reads back to exactly @p value: plain decimals from 1e-4 to 1e15 (`2.5`,
/// `0.1`, `1000000`), exponent form outside (`1e-07`). @p value must be finite.
QByteArray formatNumber(double value);

/// Parses a whole decimal number (optional surrounding XML white space, optional '-', digits,
/// '.', exponent). Rejects NaN, infinities, hex, '+'-signed and partly numeric text.
std::optional<double> parseNumber(std::string_view text);

/// Parses a whole integer (optional surrounding white space). Rejects anything else and overflow.
std::optional<long long> parseInteger(std::string_view text);

} // namespace bp
