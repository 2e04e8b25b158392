#include "numbers.h"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace bp {

QByteArray formatNumber(double value)
{
    char buffer[64];
    if (value == 0.0)
        value = 0.0; // no "-0"
    // Plain decimals for everyday magnitudes (1000000, not 1e+06), exponents only for the tiny
    // and the huge; both are the shortest text that reads back exactly.
    const double magnitude = std::abs(value);
    const bool plain = magnitude == 0.0 || (magnitude >= 1e-4 && magnitude < 1e15);
    const auto result = plain
        ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
        : std::to_chars(buffer, buffer + sizeof buffer, value);
    return QByteArray(buffer, int(result.ptr - buffer));
}

namespace {
std::string_view trimmed(std::string_view text)
{
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}
// A plain decimal of at most 15 digits (`240`, `-0.38`, `9.1`, what files are made of): its
// digits as an integer and a power of ten are both exact doubles, so one division gives the
// correctly rounded value, the one from_chars gives (the fast path of Clinger's algorithm).
// nullopt for any other form, which from_chars then decides.
std::optional<double> plainDecimal(std::string_view text)
{
    static constexpr double powersOfTen[]
        = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
    constexpr int maxDigits = 15; // 10^15 < 2^53
    const bool negative = text.front() == '-';
    size_t i = negative ? 1 : 0;
    std::uint64_t mantissa = 0; // wraps for long texts, which are not used
    int digits = 0;
    int fraction = 0;
    const auto isDigit = [](char c) {
        return c >= '0' && c <= '9';
    };
    for (; i < text.size() && isDigit(text[i]); ++i, ++digits)
        mantissa = mantissa * 10 + std::uint64_t(text[i] - '0');
    if (digits == 0)
        return std::nullopt;
    if (i < text.size()) {
        if (text[i] != '.')
            return std::nullopt;
        for (++i; i < text.size() && isDigit(text[i]); ++i, ++digits, ++fraction)
            mantissa = mantissa * 10 + std::uint64_t(text[i] - '0');
        if (fraction == 0 || i != text.size())
            return std::nullopt;
    }
    if (digits > maxDigits)
        return std::nullopt;
    const double value = double(mantissa) / powersOfTen[fraction];
    return negative ? -value : value;
}
} // namespace

std::optional<double> parseNumber(std::string_view text)
{
    text = trimmed(text);
    if (text.empty())
        return std::nullopt;
    if (const std::optional<double> plain = plainDecimal(text))
        return plain; // only digits, '-' and '.': nothing to refuse
    // from_chars accepts "inf", "nan" and "infinity"; the format allows none of them.
    for (char c : text) {
        const bool ok
            = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == 'e' || c == 'E' || c == '+';
        if (!ok)
            return std::nullopt;
    }
    if (text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value,
                                           std::chars_format::general);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<long long> parseInteger(std::string_view text)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    long long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace bp
