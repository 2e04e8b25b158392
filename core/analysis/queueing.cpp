#include "analysis/queueing.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bp::analysis::queueing {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

/// Relative slack for integer rounding of loads that are whole numbers up to rounding error.
constexpr double roundingSlack = 1e-9;

} // namespace

double erlangB(int c, double a)
{
    if (c <= 0)
        return 1.0;
    if (!(a > 0.0))
        return 0.0;
    double b = 1.0;
    for (int k = 1; k <= c; ++k) {
        b = a * b / (k + a * b);
        if (b == 0.0)
            break; // underflow: it stays 0 for every larger k
    }
    return b;
}

double erlangC(int c, double a)
{
    if (c <= 0 || a >= c)
        return 1.0;
    if (!(a > 0.0))
        return 0.0;
    const double b = erlangB(c, a);
    return c * b / (c - a * (1.0 - b));
}

MmcMetrics mmc(double lambda, double t, int c)
{
    MmcMetrics m;
    m.a = lambda * t;
    m.rho = c > 0 ? m.a / c : inf;
    if (c <= 0 || m.a >= c) {
        m.stable = false;
        m.pWait = 1.0;
        m.wq = m.lq = m.w = m.l = inf;
        m.p0 = 0.0;
        return m;
    }
    if (!(m.a > 0.0)) {
        m.w = t;
        m.p0 = 1.0;
        return m;
    }
    const double b = erlangB(c, m.a);
    m.pWait = c * b / (c - m.a * (1.0 - b));
    m.wq = m.pWait / (c / t - lambda);
    m.lq = lambda * m.wq;
    m.w = m.wq + t;
    m.l = lambda * m.w;
    // 1/Σ_{k≤c} a^k/k! = B·c!/a^c, and P0 = that / (1 + B·ρ/(1−ρ)); in logarithms so that
    // neither c! nor a^c is ever formed.
    const double logInvSum = std::log(b) + std::lgamma(c + 1.0) - c * std::log(m.a);
    m.p0 = std::exp(logInvSum) / (1.0 + b * m.rho / (1.0 - m.rho));
    return m;
}

double mmcWait(double lambda, double t, int c)
{
    const double a = lambda * t;
    if (c <= 0 || a >= c)
        return inf;
    if (!(a > 0.0))
        return 0.0;
    return erlangC(c, a) / (c / t - lambda);
}

double mmcWaitTail(double lambda, double t, int c, double tau)
{
    const double a = lambda * t;
    if (c <= 0 || a >= c)
        return 1.0;
    return erlangC(c, a) * std::exp(-(c / t - lambda) * tau);
}

double serviceLevel(double lambda, double t, int c, double tau)
{
    return 1.0 - mmcWaitTail(lambda, t, c, tau);
}

double kingman(double lambda, double t, double ca2, double cs2)
{
    const double rho = lambda * t;
    if (rho >= 1.0)
        return inf;
    return 0.5 * (ca2 + cs2) * rho / (1.0 - rho) * t;
}

double allenCunneen(double lambda, double t, int c, double ca2, double cs2)
{
    const double wq = mmcWait(lambda, t, c);
    if (std::isinf(wq))
        return inf;
    return wq * 0.5 * (ca2 + cs2);
}

double sakasegawa(double lambda, double t, int c, double ca2, double cs2)
{
    if (c <= 0)
        return inf;
    const double rho = lambda * t / c;
    if (rho >= 1.0)
        return inf;
    if (!(rho > 0.0))
        return 0.0;
    const double power = std::sqrt(2.0 * (c + 1.0)) - 1.0;
    return 0.5 * (ca2 + cs2) * std::pow(rho, power) / (c * (1.0 - rho)) * t;
}

double ggcWaitTail(double pWait, double wq, double tau)
{
    if (!(wq > 0.0))
        return 0.0;
    if (std::isinf(wq))
        return pWait;
    return pWait * std::exp(-pWait * tau / wq);
}

double qnaDepartureScv(double rho, int c, double ca2, double cs2)
{
    const double r2 = rho * rho;
    return 1.0 + (1.0 - r2) * (ca2 - 1.0) + r2 * (cs2 - 1.0) / std::sqrt(double(std::max(c, 1)));
}

Overload overload(double lambda, double t, int c, double horizon, double targetRho)
{
    Overload o;
    const double a = lambda * t;
    o.backlogGrowth = t > 0.0 ? lambda - c / t : -inf;
    o.fluidBacklog = std::max(0.0, horizon * o.backlogGrowth);
    o.minServers = static_cast<int>(std::floor(a + roundingSlack * std::max(1.0, a))) + 1;
    const double target = a / targetRho;
    o.serversForTarget
        = std::max(1, static_cast<int>(std::ceil(target - roundingSlack * std::max(1.0, target))));
    return o;
}

} // namespace bp::analysis::queueing
