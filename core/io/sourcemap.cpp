#include "sourcemap.h"

#include <algorithm>
#include <cstring>

namespace bp {

namespace {
constexpr std::int64_t checkpointInterval = 4096;

bool isContinuation(unsigned char b)
{
    return (b & 0xC0) == 0x80;
}
} // namespace

SourceMap::SourceMap(const QByteArray &bytes)
    : m_bytes(bytes)
{
    int line = 1;
    int column = 1;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const std::int64_t n = bytes.size();
    m_checkpoints.reserve(size_t(n / checkpointInterval + 1));
    for (std::int64_t i = 0; i < n; ++i) {
        if (i % checkpointInterval == 0)
            m_checkpoints.push_back({ i, line, column });
        if (data[i] == '\n') {
            ++line;
            column = 1;
        } else if (!isContinuation(data[i])) {
            ++column;
        }
    }
    if (m_checkpoints.empty())
        m_checkpoints.push_back({ 0, 1, 1 });
}

SourceMap::Position SourceMap::position(std::int64_t offset) const
{
    offset = std::clamp<std::int64_t>(offset, 0, m_bytes.size());
    auto it = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), offset,
                               [](std::int64_t o, const Checkpoint &c) { return o < c.offset; });
    --it; // the first checkpoint is at 0, so there is always one at or before offset
    int line = it->line;
    int column = it->column;
    const auto *data = reinterpret_cast<const unsigned char *>(m_bytes.constData());
    for (std::int64_t i = it->offset; i < offset; ++i) {
        if (data[i] == '\n') {
            ++line;
            column = 1;
        } else if (!isContinuation(data[i])) {
            ++column;
        }
    }
    return { line, column };
}

namespace {

// Returns the offset of the first invalid UTF-8 sequence or forbidden control character, or -1.
std::optional<ScanProblem> checkUtf8(const unsigned char *s, std::int64_t n)
{
    std::int64_t i = 0;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        i = 3;
    while (i < n) {
        // Fast path: eight bytes at a time while they are printable ASCII (no byte >= 0x80 and
        // none < 0x20), which is nearly all of a blueprint file.
        while (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            constexpr std::uint64_t high = 0x8080808080808080ULL;
            constexpr std::uint64_t ones = 0x0101010101010101ULL;
            const bool nonAscii = (w & high) != 0;
            const bool control = ((w - ones * 0x20) & ~w & high) != 0; // some byte < 0x20
            if (nonAscii || control)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char b = s[i];
        if (b < 0x80) {
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r')
                return ScanProblem { ScanProblem::Kind::ControlCharacter, i };
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            cp = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            cp = b & 0x07;
        } else {
            return ScanProblem { ScanProblem::Kind::InvalidUtf8, i };
        }
        if (i + len > n)
            return ScanProblem { ScanProblem::Kind::InvalidUtf8, i };
        for (int k = 1; k < len; ++k) {
            if (!isContinuation(s[i + k]))
                return ScanProblem { ScanProblem::Kind::InvalidUtf8, i };
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        if (overlong || surrogate || cp > 0x10FFFF)
            return ScanProblem { ScanProblem::Kind::InvalidUtf8, i };
        i += len;
    }
    return std::nullopt;
}

std::int64_t find(const char *s, std::int64_t n, std::int64_t from, const char *needle)
{
    const size_t len = std::strlen(needle);
    if (from >= n)
        return -1;
    const char *hit = static_cast<const char *>(memmem(s + from, size_t(n - from), needle, len));
    return hit ? hit - s : -1;
}

// End of a tag starting at `from` (just after '<'): offset of its '>', skipping quoted values.
std::int64_t tagEnd(const char *s, std::int64_t n, std::int64_t from)
{
    char quote = 0;
    for (std::int64_t i = from; i < n; ++i) {
        const char c = s[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i;
        }
    }
    return -1;
}

// End of `<!DOCTYPE ...>` with an optional internal subset in brackets.
std::int64_t doctypeEnd(const char *s, std::int64_t n, std::int64_t from)
{
    int brackets = 0;
    char quote = 0;
    for (std::int64_t i = from; i < n; ++i) {
        const char c = s[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[') {
            ++brackets;
        } else if (c == ']') {
            --brackets;
        } else if (c == '>' && brackets <= 0) {
            return i;
        }
    }
    return -1;
}

} // namespace

std::optional<ScanProblem> prescanXml(const QByteArray &bytes, int maxDepth)
{
    const char *s = bytes.constData();
    const std::int64_t n = bytes.size();
    if (auto problem = checkUtf8(reinterpret_cast<const unsigned char *>(s), n))
        return problem;

    int depth = 0;
    std::int64_t i = 0;
    while (i < n) {
        const char *lt = static_cast<const char *>(std::memchr(s + i, '<', size_t(n - i)));
        if (!lt)
            break;
        const std::int64_t start = lt - s;
        std::int64_t end = -1;
        const auto startsWith = [&](const char *prefix) {
            const auto len = std::int64_t(std::strlen(prefix));
            return start + len <= n && std::memcmp(s + start, prefix, size_t(len)) == 0;
        };
        if (startsWith("<!--")) {
            end = find(s, n, start + 4, "-->");
            if (end >= 0)
                end += 2;
        } else if (startsWith("<![CDATA[")) {
            end = find(s, n, start + 9, "]]>");
            if (end >= 0)
                end += 2;
        } else if (startsWith("<?")) {
            end = find(s, n, start + 2, "?>");
            if (end >= 0)
                end += 1;
        } else if (startsWith("<!")) {
            end = doctypeEnd(s, n, start + 2);
        } else if (startsWith("</")) {
            end = tagEnd(s, n, start + 2);
            --depth;
        } else {
            end = tagEnd(s, n, start + 1);
            if (end >= 0 && s[end - 1] != '/') {
                if (++depth > maxDepth)
                    return ScanProblem { ScanProblem::Kind::TooDeep, start };
            }
        }
        if (end < 0)
            break; // unterminated markup: the XML parser reports it with its position
        i = end + 1;
    }
    return std::nullopt;
}

} // namespace bp
