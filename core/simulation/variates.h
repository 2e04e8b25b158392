#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

/// @file variates.h
/// Random variates for the simulation that give the same numbers on every machine.
///
/// The standard `std::*_distribution` classes are not specified bit for bit, and the results of
/// `std::log` and `std::exp` may differ in the last bit between C libraries. A simulation is a
/// chaotic system: one differing bit may change the order of two events and then every later
/// figure. So the variates here use only std::mt19937_64 (whose output the standard fixes),
/// IEEE-754 arithmetic (+ − × ÷ and `std::sqrt`, which are correctly rounded), `std::frexp` and
/// `std::ldexp` (exact), and a logarithm and an exponential written out below with those
/// operations only. The figures are then identical wherever doubles are IEEE-754 and the compiler
/// does not fuse multiply-adds (the default on x86-64; on targets that contract a·b + c into one
/// instruction the figures agree statistically, not bit for bit).

namespace bp::simulation {

/// Natural logarithm of @p x > 0 from basic IEEE operations only (within a few ulp of std::log).
/// Returns −∞ for 0 and NaN for negative or NaN input.
inline double portableLog(double x)
{
    if (!(x > 0.0))
        return x == 0.0 ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::quiet_NaN();
    if (x == std::numeric_limits<double>::infinity())
        return x;
    int e = 0;
    double m = std::frexp(x, &e); // x = m · 2^e, m in [0.5, 1)
    if (m < 0.70710678118654752440) {
        m *= 2.0;
        --e;
    }
    // m in [√½, √2): log m = 2·atanh(f) = 2(f + f³/3 + f⁵/5 + …), |f| ≤ 0.1716, f² ≤ 0.0295.
    const double f = (m - 1.0) / (m + 1.0);
    const double f2 = f * f;
    double s = 1.0 / 25.0;
    for (int k = 11; k >= 0; --k)
        s = 1.0 / (2.0 * k + 1.0) + f2 * s;
    constexpr double ln2Hi = 6.93147180369123816490e-01;
    constexpr double ln2Lo = 1.90821492927058770002e-10;
    const double de = static_cast<double>(e);
    return de * ln2Hi + (2.0 * f * s + de * ln2Lo);
}

/// e^@p x from basic IEEE operations only (within a few ulp of std::exp).
inline double portableExp(double x)
{
    if (x != x)
        return x;
    if (x > 709.78)
        return std::numeric_limits<double>::infinity();
    if (x < -745.2)
        return 0.0;
    constexpr double invLn2 = 1.44269504088896338700e+00;
    constexpr double ln2Hi = 6.93147180369123816490e-01;
    constexpr double ln2Lo = 1.90821492927058770002e-10;
    const double k = std::floor(x * invLn2 + 0.5);
    const double r = (x - k * ln2Hi) - k * ln2Lo; // |r| ≤ ½ln2
    // Taylor series to r¹⁴/14!: the remainder is below 1e-17 relative for |r| ≤ 0.35.
    double p = 1.0;
    for (int n = 14; n >= 1; --n)
        p = 1.0 + p * r / n;
    return std::ldexp(p, static_cast<int>(k));
}

/// A seeded stream of random numbers: std::mt19937_64 and the variates the simulation needs.
class RandomStream
{
public:
    explicit RandomStream(std::uint64_t seed)
        : m_engine(seed)
    { }

    /// Raw 64-bit output of the engine.
    std::uint64_t next() { return m_engine(); }

    /// Uniform on [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }

    /// Uniform on the open interval (0, 1): never 0, so its logarithm is finite.
    double uniformPositive() { return (static_cast<double>(m_engine() >> 11) + 0.5) * 0x1.0p-53; }

    /// Exponential with mean @p mean (inverse transform).
    double exponential(double mean) { return -mean * portableLog(uniformPositive()); }

    /// Standard normal (Marsaglia's polar method; the second variate is kept for the next call).
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u, v, s;
        do {
            u = 2.0 * uniform() - 1.0;
            v = 2.0 * uniform() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double factor = std::sqrt(-2.0 * portableLog(s) / s);
        m_spare = v * factor;
        m_hasSpare = true;
        return u * factor;
    }

    /// Gamma with shape @p shape > 0 and scale @p scale (mean shape·scale), by Marsaglia and
    /// Tsang's method ("A simple method for generating gamma variables", ACM TOMS 26(3), 2000);
    /// shapes below 1 use Gamma(shape + 1)·U^(1/shape).
    double gamma(double shape, double scale)
    {
        if (shape < 1.0) {
            const double boost = portableExp(portableLog(uniformPositive()) / shape);
            return gamma(shape + 1.0, scale) * boost;
        }
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            double x, v;
            do {
                x = normal();
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            const double u = uniformPositive();
            const double x2 = x * x;
            if (u < 1.0 - 0.0331 * x2 * x2)
                return d * v * scale;
            if (portableLog(u) < 0.5 * x2 + d * (1.0 - v + portableLog(v)))
                return d * v * scale;
        }
    }

private:
    std::mt19937_64 m_engine;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

/// How a random duration is drawn: a mean and a squared coefficient of variation (SCV) decide
/// the family, as analysis.md §3.1 and the brief of the simulation say.
class DurationSampler
{
public:
    /// Family used when the SCV is neither 0 nor 1.
    enum class Family { Gamma, Lognormal };

    DurationSampler() = default;

    /// Deterministic when @p scv is 0 (or @p mean is 0), exponential when it is 1, otherwise
    /// @p family with the given mean and SCV.
    DurationSampler(double mean, double scv, Family family = Family::Gamma)
        : m_mean(mean)
    {
        if (mean <= 0.0 || scv <= 0.0) {
            m_kind = Kind::Fixed;
        } else if (std::abs(scv - 1.0) < 1e-12) {
            m_kind = Kind::Exponential;
        } else if (family == Family::Gamma) {
            m_kind = Kind::Gamma;
            m_a = 1.0 / scv; // shape
            m_b = mean * scv; // scale
        } else {
            m_kind = Kind::Lognormal;
            const double s2 = portableLog(1.0 + scv);
            m_a = portableLog(mean) - 0.5 * s2; // μ of the underlying normal
            m_b = std::sqrt(s2); // σ
        }
    }

    double mean() const { return m_mean; }

    /// One duration, ≥ 0.
    double draw(RandomStream &rng) const
    {
        switch (m_kind) {
        case Kind::Fixed:
            return m_mean;
        case Kind::Exponential:
            return rng.exponential(m_mean);
        case Kind::Gamma:
            return rng.gamma(m_a, m_b);
        case Kind::Lognormal:
            return portableExp(m_a + m_b * rng.normal());
        }
        return m_mean;
    }

private:
    enum class Kind { Fixed, Exponential, Gamma, Lognormal };
    Kind m_kind = Kind::Fixed;
    double m_mean = 0.0;
    double m_a = 0.0;
    double m_b = 0.0;
};

} // namespace bp::simulation
