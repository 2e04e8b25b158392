#pragma once

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

/// @file sourcemap.h
/// Byte offsets to line and column, and the safety scan that runs before any XML parser.

namespace bp {

/// Line and column (1-based, column in characters) of byte offsets in one UTF-8 buffer.
/// Built in one pass; each lookup costs O(log n) plus at most one checkpoint interval.
class SourceMap
{
public:
    explicit SourceMap(const QByteArray &bytes);
    struct Position
    {
        int line = 1;
        int column = 1;
    };
    Position position(std::int64_t offset) const;

private:
    struct Checkpoint
    {
        std::int64_t offset;
        int line;
        int column;
    };
    const QByteArray &m_bytes;
    std::vector<Checkpoint> m_checkpoints;
};

/// What the pre-scan found wrong, if anything.
struct ScanProblem
{
    enum class Kind { InvalidUtf8, TooDeep, ControlCharacter };
    Kind kind;
    std::int64_t offset;
};

/// A start-tag name for prescanXml() to count, and its count.
struct TagCount
{
    std::string_view name; ///< as written, prefix included; not empty
    std::int64_t count = 0; ///< start tags with this name (counted up to the first problem)
};

/// Checks, without building anything, that @p bytes are valid UTF-8 (a BOM is allowed) and
/// that XML elements nest at most @p maxDepth deep. Comments, CDATA, processing instructions,
/// a DOCTYPE and quoted attribute values are skipped correctly. Raw C0 control characters other
/// than tab, LF and CR (never allowed in XML 1.0) are reported too.
///
/// On the way it counts the start tags named in @p counts (at any depth, also in foreign
/// content): readers reserve memory with these counts, which are hints, not checks.
std::optional<ScanProblem> prescanXml(const QByteArray &bytes, int maxDepth,
                                      std::span<TagCount> counts = {});

} // namespace bp
