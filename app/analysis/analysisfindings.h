#pragma once

#include "docks/findingsmodel.h"

#include <QHash>

#include <vector>

namespace bp::analysis {
struct AnalysisResult;
}

namespace bp {

/// The findings of an analysis run as rows of the findings list (source "analysis"): severity,
/// code, the plain-language title, message and suggestion of describeFinding().
std::vector<FindingRow> findingRowsOf(const analysis::AnalysisResult &result);

/// Titles of the steps and pools an analysis result's findings mention, by id.
QHash<ElementId, QString> findingNamesOf(const analysis::AnalysisResult &result);

} // namespace bp
