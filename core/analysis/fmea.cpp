#include "analysis/fmea.h"

#include <algorithm>
#include <tuple>

namespace bp::analysis {

std::vector<FmeaEntry> rankFmea(std::vector<FmeaRow> rows, const Settings &settings,
                                const ActionPriorityTable *table)
{
    std::vector<FmeaEntry> entries;
    entries.reserve(rows.size());
    for (FmeaRow &row : rows) {
        FmeaEntry e;
        e.rpn = row.severity * row.occurrence * row.detection;
        e.rpnFlag = e.rpn >= settings.rpnThreshold;
        e.severityFlag = row.severity >= settings.severityThreshold;
        if (table)
            e.ap = table->at(row.severity, row.occurrence, row.detection);
        e.row = std::move(row);
        entries.push_back(std::move(e));
    }
    std::sort(entries.begin(), entries.end(), [](const FmeaEntry &a, const FmeaEntry &b) {
        // Higher is worse for every score; the id breaks the remaining ties.
        return std::make_tuple(b.rpn, b.row.severity, b.row.occurrence, b.row.detection, a.row.id)
            < std::make_tuple(a.rpn, a.row.severity, a.row.occurrence, a.row.detection, b.row.id);
    });
    return entries;
}

std::vector<FmeaRow> fmeaRowsOf(const Snapshot &snapshot)
{
    std::vector<FmeaRow> rows;
    const auto valid = [](const std::optional<int> &score) {
        return score && *score >= 1 && *score <= 10;
    };
    for (int v = 0; v < snapshot.size(); ++v) {
        const Node &n = snapshot.node(v);
        if (valid(n.severity) && valid(n.occurrence) && valid(n.detection))
            rows.push_back({ n.id, n.id, *n.severity, *n.occurrence, *n.detection });
    }
    return rows;
}

Findings fmeaFindings(const std::vector<FmeaEntry> &entries, const Settings &settings)
{
    Findings out;
    for (const FmeaEntry &e : entries) {
        const QStringList elements { e.row.step };
        if (e.rpnFlag)
            out.push_back({ QStringLiteral("FMEA_RPN"),
                            Severity::Warning,
                            elements,
                            { { QStringLiteral("rpn"), e.rpn },
                              { QStringLiteral("threshold"), settings.rpnThreshold },
                              { QStringLiteral("failure_mode"), e.row.id } } });
        if (e.severityFlag)
            out.push_back({ QStringLiteral("FMEA_SEVERITY"),
                            Severity::Error,
                            elements,
                            { { QStringLiteral("severity"), e.row.severity },
                              { QStringLiteral("rpn"), e.rpn },
                              { QStringLiteral("failure_mode"), e.row.id } } });
        if (e.ap == ActionPriority::High)
            out.push_back({ QStringLiteral("FMEA_AP_HIGH"),
                            Severity::Error,
                            elements,
                            { { QStringLiteral("ap"), QStringLiteral("H") },
                              { QStringLiteral("failure_mode"), e.row.id } } });
    }
    return out;
}

} // namespace bp::analysis
