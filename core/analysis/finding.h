#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <vector>

/// @file finding.h
/// One thing the analysis noticed (analysis.md §3.2). Modules produce findings with a code and
/// the figures behind them; the words a user reads are made in one place from these.

namespace bp::analysis {

/// Level of a finding, as cli.md's JSON spells it: info, warning, error.
enum class Severity { Info, Warning, Error };

/// A flag of analysis.md §3.2 (or a validation finding of §1).
struct Finding
{
    QString code; ///< e.g. "HIGH_UTILISATION", "FAIL_POINT_WITHOUT_RECOVERY", "TRAPPED_FLOW"
    Severity severity = Severity::Info;
    QStringList elements; ///< ids of the steps, flows or pools concerned (first = main one)
    /// Figures the message quotes, by name in snake_case, e.g. {"rho", 0.85}, {"wait_min", 16.55},
    /// {"tolerance_min", 15}, {"rpn", 168}, {"p", 0.05}. Times in minutes, rates per hour.
    QVariantMap values;

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
