#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <utility>
#include <vector>

/// @file finding.h
/// One thing the analysis noticed (analysis.md §3.2). Modules produce findings with a code and
/// the figures behind them; the words a user reads are made in one place from these.

namespace bp::analysis {

/// Level of a finding, as cli.md's JSON spells it: info, warning, error.
enum class Severity { Info, Warning, Error };

/// The figures a finding quotes, by name: a short list kept sorted by name (the order a
/// QVariantMap of them would have). A run makes about one finding per step of a large
/// blueprint, nearly all with one or two figures: those are kept inline, without an
/// allocation; a longer list goes to the heap as a whole.
class FindingValues
{
public:
    using Entry = std::pair<QString, QVariant>;

    FindingValues() = default;
    /// The figures in @p entries; a name given twice keeps its last value.
    FindingValues(std::initializer_list<Entry> entries);
    FindingValues(const FindingValues &) = default;
    FindingValues &operator=(const FindingValues &) = default;
    /// Leaves @p other empty.
    FindingValues(FindingValues &&other) noexcept;
    /// Leaves @p other empty.
    FindingValues &operator=(FindingValues &&other) noexcept;
    ~FindingValues() = default;

    /// The figure called @p name, or an invalid QVariant.
    QVariant value(const QString &name) const;
    /// Same as value().
    QVariant operator[](const QString &name) const { return value(name); }
    bool contains(const QString &name) const;
    /// Sets the figure called @p name, replacing one of the same name.
    void insert(const QString &name, const QVariant &value);
    bool isEmpty() const { return m_size == 0; }
    int size() const { return m_size; }
    /// The figures sorted by name.
    const Entry *begin() const { return data(); }
    const Entry *end() const { return data() + m_size; }
    /// The same figures as a map (for JSON and QVariant consumers).
    QVariantMap toVariantMap() const;

    /// The same figures (names and values), however they are stored.
    friend bool operator==(const FindingValues &a, const FindingValues &b)
    {
        return std::equal(a.begin(), a.end(), b.begin(), b.end());
    }

private:
    static constexpr int inlineCapacity = 2;

    const Entry *data() const { return m_heap.empty() ? m_inline.data() : m_heap.data(); }
    /// The first entry whose name is not less than @p name.
    const Entry *lowerBound(const QString &name) const;

    /// The figures while there are at most inlineCapacity; the slots after size() stay empty.
    std::array<Entry, inlineCapacity> m_inline;
    std::vector<Entry> m_heap; ///< every figure instead, once there are more
    int m_size = 0;
};

/// A flag of analysis.md §3.2 (or a validation finding of §1).
struct Finding
{
    QString code; ///< e.g. "HIGH_UTILISATION", "FAIL_POINT_WITHOUT_RECOVERY", "TRAPPED_FLOW"
    Severity severity = Severity::Info;
    QStringList elements; ///< ids of the steps, flows or pools concerned (first = main one)
    /// Figures the message quotes, by name in snake_case, e.g. {"rho", 0.85}, {"wait_min", 16.55},
    /// {"tolerance_min", 15}, {"rpn", 168}, {"p", 0.05}. Times in minutes, rates per hour.
    FindingValues values;

    friend bool operator==(const Finding &, const Finding &) = default;
};

using Findings = std::vector<Finding>;

/// "info", "warning" or "error".
inline QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

} // namespace bp::analysis
