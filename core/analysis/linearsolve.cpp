#include "analysis/linearsolve.h"

#include "analysis/digraph.h"

#include <algorithm>
#include <cmath>
#include <span>
#include <utility>

namespace bp::analysis {

namespace {

/// The coefficients grouped by row in one array (compressed sparse rows), each row in the
/// order of the input: two allocations instead of one per unknown.
class Rows
{
public:
    Rows(std::size_t n, const std::vector<Coefficient> &a)
        : m_start(n + 1, 0)
        , m_items(a.size())
    {
        for (const Coefficient &c : a)
            ++m_start[static_cast<size_t>(c.row) + 1];
        for (size_t i = 0; i < n; ++i)
            m_start[i + 1] += m_start[i];
        std::vector<size_t> fill(m_start.begin(), m_start.end() - 1);
        for (const Coefficient &c : a)
            m_items[fill[static_cast<size_t>(c.row)]++] = c;
    }

    std::span<const Coefficient> operator[](size_t row) const
    {
        return { m_items.data() + m_start[row], m_start[row + 1] - m_start[row] };
    }
    const std::vector<Coefficient> &all() const { return m_items; }

private:
    std::vector<size_t> m_start;
    std::vector<Coefficient> m_items;
};

/// Solves (I − A_cc)·y = rhs for one cluster by LU with partial pivoting. False when singular.
bool solveDense(std::span<const int> members, const std::vector<int> &local, const Rows &rows,
                std::span<double> rhs)
{
    const size_t k = members.size();
    std::vector<double> m(k * k, 0.0);
    for (size_t i = 0; i < k; ++i) {
        m[i * k + i] = 1.0;
        for (const Coefficient &c : rows[static_cast<size_t>(members[i])]) {
            const int j = local[static_cast<size_t>(c.col)];
            if (j >= 0)
                m[i * k + static_cast<size_t>(j)] -= c.weight;
        }
    }
    double scale = 0.0;
    for (double v : m)
        scale = std::max(scale, std::abs(v));
    const double tiny = 1e-12 * std::max(1.0, scale);
    for (size_t col = 0; col < k; ++col) {
        size_t pivot = col;
        for (size_t r = col + 1; r < k; ++r) {
            if (std::abs(m[r * k + col]) > std::abs(m[pivot * k + col]))
                pivot = r;
        }
        if (std::abs(m[pivot * k + col]) <= tiny)
            return false;
        if (pivot != col) {
            for (size_t c = 0; c < k; ++c)
                std::swap(m[col * k + c], m[pivot * k + c]);
            std::swap(rhs[col], rhs[pivot]);
        }
        const double d = m[col * k + col];
        for (size_t r = col + 1; r < k; ++r) {
            const double f = m[r * k + col] / d;
            if (f == 0.0)
                continue;
            for (size_t c = col; c < k; ++c)
                m[r * k + c] -= f * m[col * k + c];
            rhs[r] -= f * rhs[col];
        }
    }
    for (size_t i = k; i-- > 0;) {
        double s = rhs[i];
        for (size_t c = i + 1; c < k; ++c)
            s -= m[i * k + c] * rhs[c];
        rhs[i] = s / m[i * k + i];
    }
    return true;
}

/// Gauss–Seidel on one large cluster; @p x holds the outside values already. False when the
/// iteration does not settle (a trapped loop grows without bound).
bool solveIterative(std::span<const int> members, const std::vector<int> &local, const Rows &rows,
                    std::span<const double> outside, std::vector<double> &x)
{
    constexpr int maxSweeps = 100000;
    for (int sweep = 0; sweep < maxSweeps; ++sweep) {
        double change = 0.0;
        double size = 0.0;
        for (size_t i = 0; i < members.size(); ++i) {
            const auto row = static_cast<size_t>(members[i]);
            double s = outside[i];
            double self = 0.0;
            for (const Coefficient &c : rows[row]) {
                if (local[static_cast<size_t>(c.col)] < 0)
                    continue;
                if (static_cast<size_t>(c.col) == row)
                    self += c.weight;
                else
                    s += c.weight * x[static_cast<size_t>(c.col)];
            }
            if (1.0 - self <= 1e-12)
                return false;
            const double next = s / (1.0 - self);
            change = std::max(change, std::abs(next - x[row]));
            size = std::max(size, std::abs(next));
            x[row] = next;
        }
        if (!std::isfinite(size) || size > 1e15)
            return false;
        if (change <= 1e-14 * std::max(1.0, size))
            return true;
    }
    return false;
}

} // namespace

LinearSolution solveFixedPoint(std::size_t n, const std::vector<Coefficient> &a,
                               const std::vector<double> &b, std::size_t denseLimit)
{
    LinearSolution result;
    result.x.assign(n, 0.0);
    result.trapped.assign(n, false);
    if (n == 0)
        return result;

    const Rows rows(n, a);
    std::vector<std::pair<int, int>> edges;
    edges.reserve(a.size());
    for (const Coefficient &c : rows.all())
        edges.emplace_back(c.row, c.col);

    // Tarjan's algorithm numbers a component only after every component it reaches: with edges
    // pointing from an unknown to what it depends on, increasing component numbers are an order
    // in which dependencies are always solved first.
    const Condensation components = condense(static_cast<int>(n), edges, false);
    edges = {};
    const auto count = static_cast<std::size_t>(components.count);

    std::vector<int> local(n, -1);
    std::vector<double> rhsStore;
    for (size_t k = 0; k < count; ++k) {
        const std::span<const int> cluster = components.members(static_cast<int>(k));
        result.largestCluster = std::max(result.largestCluster, cluster.size());
        for (size_t i = 0; i < cluster.size(); ++i)
            local[static_cast<size_t>(cluster[i])] = static_cast<int>(i);

        // Right-hand side: b plus every dependency outside the cluster (already solved).
        bool inheritsTrap = false;
        rhsStore.assign(cluster.size(), 0.0);
        const std::span<double> rhs(rhsStore);
        for (size_t i = 0; i < cluster.size(); ++i) {
            const auto row = static_cast<size_t>(cluster[i]);
            double s = b[row];
            for (const Coefficient &c : rows[row]) {
                const auto col = static_cast<size_t>(c.col);
                if (local[col] < 0) {
                    s += c.weight * result.x[col];
                    inheritsTrap = inheritsTrap || (result.trapped[col] && c.weight != 0.0);
                }
            }
            rhs[i] = s;
        }

        bool solved;
        const auto first = rows[static_cast<size_t>(cluster[0])];
        if (cluster.size() == 1
            && std::none_of(first.begin(), first.end(),
                            [&](const Coefficient &c) { return c.col == cluster[0]; })) {
            result.x[static_cast<size_t>(cluster[0])] = rhs[0];
            solved = true;
        } else if (cluster.size() <= denseLimit) {
            solved = solveDense(cluster, local, rows, rhs);
            if (solved) {
                for (size_t i = 0; i < cluster.size(); ++i)
                    result.x[static_cast<size_t>(cluster[i])] = rhs[i];
            }
        } else {
            solved = solveIterative(cluster, local, rows, rhs, result.x);
        }
        bool finite = solved;
        for (int v : cluster)
            finite = finite && std::isfinite(result.x[static_cast<size_t>(v)]);
        if (!finite || inheritsTrap) {
            result.ok = false;
            for (int v : cluster)
                result.trapped[static_cast<size_t>(v)] = true;
        }
        for (int v : cluster)
            local[static_cast<size_t>(v)] = -1;
    }
    return result;
}

} // namespace bp::analysis
