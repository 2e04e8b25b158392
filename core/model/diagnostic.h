#pragma once

#include "model/types.h"

#include <QString>
#include <QVector>

/// @file diagnostic.h
/// Messages about a file or a model, with their position.

namespace bp {

/// One message from a reader or a validator.
struct Diagnostic
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString message; ///< translated, complete sentence without the position
    int line = 0; ///< 1-based; 0 when the message is about the whole file
    int column = 0; ///< 1-based, in characters
    ElementId element;

    bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QVector<Diagnostic>;

/// `file:line:column: error: message` (as compilers print, so editors can jump to it).
QString formatDiagnostic(const QString &fileName, const Diagnostic &d);

/// Lower-case severity keyword (`error`, `warning`, `info`); not translated (CLI contract).
QString severityKeyword(Diagnostic::Severity severity);

/// Whether any diagnostic is an error.
bool hasErrors(const Diagnostics &diagnostics);

/// Makes user-supplied text safe to print in a message: control and bidirectional-formatting
/// characters become `\u{XXXX}`, and long text is cut to @p maxLength characters with an ellipsis.
QString escapeForMessage(QStringView text, int maxLength = 64);

} // namespace bp
