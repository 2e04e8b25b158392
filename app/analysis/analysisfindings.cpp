#include "analysisfindings.h"

#include "analysis/analysis.h"
#include "analysis/findingtext.h"

namespace bp {

namespace {
FindingRow::Severity rowSeverity(analysis::Severity s)
{
    switch (s) {
    case analysis::Severity::Error:
        return FindingRow::Severity::Error;
    case analysis::Severity::Warning:
        return FindingRow::Severity::Warning;
    case analysis::Severity::Info:
        break;
    }
    return FindingRow::Severity::Info;
}
} // namespace

std::vector<FindingRow> findingRowsOf(const analysis::AnalysisResult &result)
{
    std::vector<FindingRow> rows;
    rows.reserve(result.findings.size());
    for (const analysis::Finding &f : result.findings) {
        const analysis::FindingText text = analysis::describeFinding(f, result.snapshot);
        FindingRow row;
        row.severity = rowSeverity(f.severity);
        row.code = f.code;
        row.title = text.title;
        row.message = text.message;
        row.suggestion = text.suggestion;
        row.elementIds = QVector<ElementId>(f.elements.begin(), f.elements.end());
        rows.push_back(std::move(row));
    }
    return rows;
}

QHash<ElementId, QString> findingNamesOf(const analysis::AnalysisResult &result)
{
    QHash<ElementId, QString> names;
    const analysis::Snapshot &s = result.snapshot;
    for (const analysis::Finding &f : result.findings) {
        for (const QString &id : f.elements) {
            if (names.contains(id))
                continue;
            const int v = s.vertexOf(id);
            if (v >= 0) {
                names.insert(id, s.title(v));
                continue;
            }
            if (const int p = s.poolOf(id); p >= 0 && s.pools()[size_t(p)].declared)
                names.insert(id, s.poolTitle(p));
        }
    }
    return names;
}

} // namespace bp
