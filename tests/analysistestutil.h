#pragma once

// Helpers shared by the analysis suites: the oracle file of the spec and the bank case of
// analysis.md §5.2.

#include "analysis/snapshot.h"
#include "io/nativereader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace bp::test {

/// Space-separated ids as a list (the build forbids implicit const char* → QString).
inline QStringList ids(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(u' ', Qt::SkipEmptyParts);
}

/// ../shared/spec/analysis-cases.json, read once.
inline QJsonObject cases()
{
    static const QJsonObject root = [] {
        QFile f(QStringLiteral(BLUEPRINT_SHARED_DIR "/spec/analysis-cases.json"));
        if (!f.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return root;
}

/// The expected figures of the bank case.
inline QJsonObject bankExpected()
{
    return cases()
        .value(QStringLiteral("b_bank_loan_blueprint"))
        .toObject()
        .value(QStringLiteral("expected"))
        .toObject();
}

/// The snapshot of resources/examples/bank-loan.blueprint.
inline analysis::Snapshot bankSnapshot()
{
    const ReadResult r = readNativeFile(
        QStringLiteral(BLUEPRINT_SOURCE_DIR "/resources/examples/bank-loan.blueprint"));
    if (!r.ok())
        qFatal("bank-loan.blueprint does not load");
    return analysis::Snapshot::of(*r.blueprint);
}

/// Visit ratios from the JSON (analysis.md §5.2), 1 for the start and end steps.
inline std::vector<double> bankVisits(const analysis::Snapshot &s)
{
    const QJsonObject v = bankExpected().value(QStringLiteral("visit_ratios")).toObject();
    std::vector<double> out(static_cast<size_t>(s.size()), 1.0);
    for (int i = 0; i < s.size(); ++i) {
        if (v.contains(s.node(i).id))
            out[static_cast<size_t>(i)] = v.value(s.node(i).id).toDouble();
    }
    return out;
}

} // namespace bp::test
