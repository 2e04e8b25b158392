#pragma once

#include <bit>
#include <cstdint>
#include <optional>

/// @file optionaldouble.h
/// An optional figure in the size of a double, for the large per-step tables of the analysis.

namespace bp::analysis {

/// `std::optional<double>` in 8 bytes instead of 16, with the same interface for what the
/// analysis uses of it (test, `*`, value(), value_or(), reset(), assignment from a value, from
/// std::nullopt or from a std::optional<double>, conversion back to std::optional<double>,
/// comparison). "No value" is one particular NaN, whose payload no arithmetic produces: a NaN
/// stored as a value stays a value (and compares unequal to everything, as a double does).
///
/// The per-step figures hold 16 optional figures each; at 100,000 steps that made a table of
/// 30 MB, read and written in several passes.
class OptionalDouble
{
public:
    constexpr OptionalDouble() noexcept = default;
    constexpr OptionalDouble(std::nullopt_t) noexcept { }
    constexpr OptionalDouble(double value) noexcept
        : m_bits(std::bit_cast<std::uint64_t>(value))
    { }
    constexpr OptionalDouble(const std::optional<double> &value) noexcept
        : m_bits(value ? std::bit_cast<std::uint64_t>(*value) : none)
    { }

    constexpr OptionalDouble &operator=(std::nullopt_t) noexcept
    {
        m_bits = none;
        return *this;
    }
    constexpr OptionalDouble &operator=(double value) noexcept
    {
        m_bits = std::bit_cast<std::uint64_t>(value);
        return *this;
    }
    constexpr OptionalDouble &operator=(const std::optional<double> &value) noexcept
    {
        m_bits = value ? std::bit_cast<std::uint64_t>(*value) : none;
        return *this;
    }

    constexpr bool has_value() const noexcept { return m_bits != none; }
    constexpr explicit operator bool() const noexcept { return has_value(); }
    /// The value; only when there is one (as std::optional's).
    constexpr double operator*() const noexcept { return std::bit_cast<double>(m_bits); }
    /// The value; throws std::bad_optional_access when there is none.
    constexpr double value() const
    {
        if (!has_value())
            throw std::bad_optional_access();
        return **this;
    }
    constexpr double value_or(double otherwise) const noexcept
    {
        return has_value() ? **this : otherwise;
    }
    constexpr void reset() noexcept { m_bits = none; }

    constexpr operator std::optional<double>() const noexcept
    {
        return has_value() ? std::optional<double>(**this) : std::nullopt;
    }

    /// As std::optional: equal when both are empty, or both hold equal values.
    friend constexpr bool operator==(OptionalDouble a, OptionalDouble b) noexcept
    {
        return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
    }
    friend constexpr bool operator==(OptionalDouble a, std::nullopt_t) noexcept
    {
        return !a.has_value();
    }
    friend constexpr bool operator==(OptionalDouble a, double b) noexcept
    {
        return a.has_value() && *a == b;
    }
    friend constexpr bool operator==(OptionalDouble a, const std::optional<double> &b) noexcept
    {
        return a == OptionalDouble(b);
    }

private:
    /// A quiet NaN with a payload of its own: arithmetic on NaNs gives the default NaN (or
    /// passes an input's payload on), never this.
    static constexpr std::uint64_t none = 0x7ff8'b1a5'0000'0e11ULL;
    std::uint64_t m_bits = none;
};

} // namespace bp::analysis
