#pragma once

#include "model/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>

/// @file actionpriority.h
/// A user-supplied Action Priority table (AIAG & VDA FMEA, analysis.md §2.7): a lookup of
/// severity × occurrence × detection (each 1..10) to H, M or L. The handbook's own table is
/// copyrighted and is not shipped; users load theirs from a CSV file.
///
/// **CSV format** (UTF-8, a byte-order mark is skipped, LF or CRLF line ends):
///
/// ```
/// # Comment lines start with '#'; blank lines are ignored.
/// severity,occurrence,detection,ap
/// *,*,*,L
/// 9-10,*,*,H
/// 7-8,4-10,*,M
/// 5,5,5,M
/// ```
///
/// - The first line that is neither blank nor a comment is the header, exactly
///   `severity,occurrence,detection,ap` (letter case and spaces around fields do not matter).
/// - Every further line has four comma-separated fields. A score field is an integer 1..10, a
///   range `a-b` with 1 ≤ a ≤ b ≤ 10, or `*` for 1..10. The `ap` field is `H`, `M` or `L`
///   (either case). Spaces around fields are ignored; quoting is not supported (no field needs
///   it).
/// - Rows apply in file order and a later row overrides the cells an earlier one set, so a table
///   can be a default row followed by exceptions, or all 1000 rows written out.
/// - Every one of the 1000 combinations must be covered.
///
/// Errors carry the 1-based line and column of the offending field (column of the line's end
/// for a missing field), like the blueprint reader's, so `formatDiagnostic` prints
/// `table.csv:12:7: error: …`. Every malformed row is reported, not only the first. A table
/// with any error is not loaded.

namespace bp::analysis {

/// Action Priority levels, highest first.
enum class ActionPriority : char { High = 'H', Medium = 'M', Low = 'L' };

/// A complete 10×10×10 Action Priority lookup.
class ActionPriorityTable
{
public:
    /// The priority for scores @p s, @p o, @p d; unset when a score is outside 1..10.
    std::optional<ActionPriority> at(int s, int o, int d) const;

private:
    friend struct ActionPriorityLoader;
    std::array<char, 1000> m_cells {}; ///< 'H', 'M', 'L' (0 only while loading)
};

/// Result of parsing an Action Priority CSV.
struct ActionPriorityLoad
{
    std::optional<ActionPriorityTable> table; ///< set when there was no error
    Diagnostics diagnostics; ///< errors with line and column
};

/// Parses the CSV text @p csv (see the file comment for the format).
ActionPriorityLoad parseActionPriority(const QByteArray &csv);

/// Reads and parses the file at @p path; a file that cannot be read is one error at line 0.
ActionPriorityLoad loadActionPriority(const QString &path);

/// "H", "M" or "L".
QString actionPriorityName(ActionPriority ap);

} // namespace bp::analysis
