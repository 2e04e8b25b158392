#pragma once

#include "model/blueprint.h"
#include "model/diagnostic.h"
#include "reviewdata.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <vector>

/// @file csv.h
/// CSV (RFC 4180) for spreadsheets: export of the steps and of the findings with the computed
/// figures, and import of a step list to start a blueprint (docs/csv.md). Written as UTF-8 with
/// a byte-order mark (so that Excel reads the accents), CRLF line ends, and numbers with a '.'
/// whatever the locale.

namespace bp::exporting {

/// One field for a CSV line: quoted when it holds a comma, a quote, a line break, or leading or
/// trailing spaces; quotes doubled.
QString csvField(const QString &text);

/// A whole CSV file (BOM, CRLF) from @p rows (the first is the header).
QByteArray csvFile(const std::vector<QStringList> &rows);

/// The steps of @p blueprint, one per row in creation order, with every attribute, the `next`
/// column of the import format and the computed figures of @p review (empty where the figure
/// does not exist).
QByteArray stepsCsv(const Blueprint &blueprint, const ReviewData &review);

/// The findings of @p review, ranked: severity, code, elements, message and values.
QByteArray findingsCsv(const ReviewData &review);

/// A parsed CSV cell with its position in the file.
struct CsvCell
{
    QString text;
    int line = 0; ///< 1-based line of the cell's first character
    int column = 0; ///< 1-based column (characters) of the cell's first character
};
using CsvRow = std::vector<CsvCell>;

/// Result of parsing a CSV file.
struct CsvTable
{
    std::vector<CsvRow> rows; ///< including the header row; blank lines skipped
    Diagnostics diagnostics; ///< malformed quoting, with line and column
    bool ok() const { return !hasErrors(diagnostics); }
};

/// Parses RFC 4180 CSV from UTF-8 @p bytes (an optional BOM is skipped). The separator is a
/// comma, or a semicolon or a tab when the first line has no comma (spreadsheets in locales
/// with a decimal comma).
CsvTable parseCsv(const QByteArray &bytes);

/// Result of importing a step list.
struct CsvImport
{
    std::optional<Blueprint> blueprint; ///< unset when there were errors
    Diagnostics diagnostics;
    bool ok() const { return blueprint.has_value(); }
};

/// Builds a blueprint from a step list (columns of docs/csv.md: id, title, lane, lane_kind, kind,
/// time, servers, scv, next, and optionally pool, tolerance, p_fail, severity, occurrence,
/// detection, description), laid out automatically (autoarrange.h). Errors carry the line and
/// column of the offending cell.
CsvImport importStepsCsv(const QByteArray &bytes);

/// Reads a file and calls importStepsCsv(); refuses files over limits::maxFileBytes.
CsvImport importStepsCsvFile(const QString &path);

} // namespace bp::exporting
