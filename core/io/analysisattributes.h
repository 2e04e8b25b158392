#pragma once

// Internal to core/io: the attributes of the `<analysis>` element (docs/format-extensions.md),
// one table shared by the native reader and writer and by the BPMN reader and writer, which keep
// the same attributes on `bs:analysis`. Not a public header.

#include "model/types.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace bp::detail {

/// What reading one attribute of `<analysis>` gave.
enum class AnalysisAttribute {
    Unknown, ///< not an attribute of `<analysis>`: the caller keeps or reports it
    Read, ///< stored in the settings
    Bad, ///< not a valid value: the settings keep their value, the problem says why
};

/// Reads attribute @p name = @p value into @p settings. When the value is Bad, @p problem is a
/// complete message naming the attribute and its range, e.g. `busy="2" is out of range: it
/// must be more than 0 and at most 1`.
AnalysisAttribute readAnalysisAttribute(const char *name, const char *value,
                                        AnalysisSettings &settings, QString &problem);

/// A problem found once every attribute is read: the attribute to point at and the message.
struct AnalysisProblem
{
    const char *attribute;
    QString message;
};

/// Checks that the utilisation bands rise (busy ≤ high ≤ critical). @p given says whether the
/// file gave an attribute; the problem points at the upper attribute of the pair when it was
/// given, else at the lower one.
std::optional<AnalysisProblem>
checkAnalysisBands(const AnalysisSettings &settings,
                   const std::function<bool(const char *attribute)> &given);

/// The attributes of @p settings that differ from the defaults, in the order of the format's
/// table, with their values as written (C locale). Extras are not included.
std::vector<std::pair<const char *, QByteArray>>
analysisAttributes(const AnalysisSettings &settings);

} // namespace bp::detail
