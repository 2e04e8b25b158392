#pragma once

#include "nativereader.h"
#include "sourcemap.h"

#include <memory>
#include <optional>

namespace pugi {
class xml_node;
}

/// @file readercontext.h
/// Shared state of the XML readers: diagnostics with positions, the caps on their number, and
/// the checks every text goes through. Internal to core/io.

namespace bp {

class ReaderContext
{
public:
    ReaderContext(const QByteArray &bytes, ReadResult &result);
    ~ReaderContext();

    const QByteArray &bytes() const { return m_bytes; }
    ReadResult &result() { return m_result; }

    void error(std::int64_t offset, const QString &message);
    void warning(std::int64_t offset, const QString &message);
    void info(std::int64_t offset, const QString &message);
    void errorNoPosition(const QString &message);
    /// Adds a diagnostic made elsewhere (e.g. validateModel), at @p offset (-1: no position).
    void add(Diagnostic d, std::int64_t offset);

    bool hasErrors() const { return m_errors > 0; }
    /// Stops reading: too many errors, or a limit that makes the rest pointless.
    void stop() { m_stopped = true; }
    bool stopped() const { return m_stopped; }

    SourceMap::Position position(std::int64_t offset);
    /// Offset of the '<' of an element (or the start of a text node).
    std::int64_t offsetOf(const pugi::xml_node &node) const;
    /// Offset of attribute @p name inside the start tag of @p node (the tag's offset if absent).
    std::int64_t attrOffset(const pugi::xml_node &node, const char *name) const;
    /// Same, for the start tag that begins at @p elementOffset.
    std::int64_t attrOffsetAt(std::int64_t elementOffset, const char *name) const;

    /// Applies the text rules to @p value: control characters (other than tab and line breaks)
    /// are removed with a warning; text over the length limit is an error.
    QString checkText(QString value, std::int64_t offset, const QString &what);
    /// Reports attributes given twice on one element (pugixml accepts them).
    void checkDuplicateAttributes(const pugi::xml_node &node);

private:
    const QByteArray &m_bytes;
    ReadResult &m_result;
    std::unique_ptr<SourceMap> m_map; // built on the first diagnostic that needs it
    int m_errors = 0;
    bool m_stopped = false;
};

/// The bytes of the file at @p path for a reader: refuses a missing file, a folder, a file larger
/// than @p maxBytes (also one that grew past it while being read) and read errors, each with a
/// diagnostic in @p result. Empty when the file cannot be used.
std::optional<QByteArray> readFileForReader(const QString &path, std::int64_t maxBytes,
                                            ReadResult &result);

} // namespace bp
