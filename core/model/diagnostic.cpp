#include "diagnostic.h"

namespace bp {

QString severityKeyword(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QStringLiteral("error");
    case Diagnostic::Severity::Warning:
        return QStringLiteral("warning");
    case Diagnostic::Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString formatDiagnostic(const QString &fileName, const Diagnostic &d)
{
    QString out = fileName;
    if (d.line > 0) {
        out += u':' + QString::number(d.line);
        if (d.column > 0)
            out += u':' + QString::number(d.column);
    }
    out += QStringLiteral(": ") + severityKeyword(d.severity) + QStringLiteral(": ") + d.message;
    return out;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.isError(); });
}

namespace {
bool needsEscape(char32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) // C0, DEL, C1
        || c == 0x061c || c == 0x200e || c == 0x200f // ALM, LRM, RLM
        || (c >= 0x202a && c <= 0x202e) // embeddings, overrides
        || (c >= 0x2066 && c <= 0x2069); // isolates
}
} // namespace

QString escapeForMessage(QStringView text, int maxLength)
{
    QString out;
    int count = 0;
    for (char32_t c : text.toUcs4()) {
        if (count == maxLength) {
            out += QChar(0x2026);
            break;
        }
        if (needsEscape(c))
            out += QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QString::fromUcs4(&c, 1);
        ++count;
    }
    return out;
}

} // namespace bp
