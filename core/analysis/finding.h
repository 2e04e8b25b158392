#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

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
/// QVariantMap of them would have), in one allocation. A run makes about one finding per step
/// of a large blueprint, and a map per finding was a node allocation per figure.
class FindingValues
{
public:
    using Entry = std::pair<QString, QVariant>;

    FindingValues() = default;
    /// The figures in @p entries; a name given twice keeps its last value.
    FindingValues(std::initializer_list<Entry> entries);

    /// The figure called @p name, or an invalid QVariant.
    QVariant value(const QString &name) const;
    /// Same as value().
    QVariant operator[](const QString &name) const { return value(name); }
    bool contains(const QString &name) const;
    /// Sets the figure called @p name, replacing one of the same name.
    void insert(const QString &name, const QVariant &value);
    bool isEmpty() const { return m_entries.empty(); }
    int size() const { return static_cast<int>(m_entries.size()); }
    /// The figures sorted by name.
    std::vector<Entry>::const_iterator begin() const { return m_entries.begin(); }
    std::vector<Entry>::const_iterator end() const { return m_entries.end(); }
    /// The same figures as a map (for JSON and QVariant consumers).
    QVariantMap toVariantMap() const;

    friend bool operator==(const FindingValues &, const FindingValues &) = default;

private:
    std::vector<Entry> m_entries; ///< sorted by name, names unique
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
