#include "sourcemap.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// The first offset from @p i on that is not ASCII text (printable, tab, LF or CR), or @p n:
// nearly all of a blueprint file, so it goes sixteen bytes at a time where the processor can.
std::int64_t skipPlainText(const unsigned char *s, std::int64_t n, std::int64_t i)
{
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i tab = _mm_set1_epi8('\t');
    const __m128i cr = _mm_set1_epi8('\r');
    // The bytes of a block that are neither printable ASCII nor a tab or line break. Signed
    // comparison: bytes >= 0x80 are negative, so one comparison marks controls and non-ASCII.
    // No branch on line breaks, which come at irregular places in every line.
    const auto unusual = [&](std::int64_t at) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + at));
        const __m128i breaks = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, tab)), _mm_cmpeq_epi8(v, cr));
        return _mm_andnot_si128(breaks, _mm_cmplt_epi8(v, space));
    };
    while (i + 64 <= n) {
        const __m128i any = _mm_or_si128(_mm_or_si128(unusual(i), unusual(i + 16)),
                                         _mm_or_si128(unusual(i + 32), unusual(i + 48)));
        if (_mm_movemask_epi8(any) != 0)
            break; // found below
        i += 64;
    }
    for (; i + 16 <= n; i += 16) {
        if (const unsigned found = unsigned(_mm_movemask_epi8(unusual(i))))
            return i + __builtin_ctz(found);
    }
#endif
    for (; i < n; ++i) {
        const unsigned char b = s[i];
        if (b >= 0x80 || (b < 0x20 && b != '\t' && b != '\n' && b != '\r'))
            return i;
    }
    return n;
}

// The offset of the next '<' from @p i on, or -1. The next tag is usually a few bytes away:
// an inline search beats a call to memchr.
std::int64_t nextTag(const char *s, std::int64_t n, std::int64_t i)
{
#if defined(__SSE2__)
    const __m128i lt = _mm_set1_epi8('<');
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        if (const unsigned found = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lt))))
            return i + __builtin_ctz(found);
    }
#endif
    for (; i < n; ++i) {
        if (s[i] == '<')
            return i;
    }
    return -1;
}

// Returns the offset of the first invalid UTF-8 sequence or forbidden control character, or -1.
std::optional<ScanProblem> checkUtf8(const unsigned char *s, std::int64_t n)
{
    std::int64_t i = 0;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        i = 3;
    while (i < n) {
        i = skipPlainText(s, n, i);
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

#if defined(__SSE2__)
// The positions of @p c in the 64 bytes at @p p, one bit each.
inline std::uint64_t positions64(const char *p, __m128i c)
{
    std::uint64_t bits = 0;
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * k));
        bits |= std::uint64_t(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, c)))) << (16 * k);
    }
    return bits;
}
#endif

// End of a tag starting at `from` (just after '<'): offset of its '>', skipping quoted values.
std::int64_t tagEnd(const char *s, std::int64_t n, std::int64_t from)
{
    std::int64_t i = from;
    char quote = 0;
#if defined(__SSE2__)
    // 64 bytes at a time up to the first apostrophe: before it, a '>' ends the tag when an even
    // number of '"' come before it. A prefix XOR of the '"' positions marks, for each byte,
    // whether it lies inside a quoted value.
    const __m128i gtChar = _mm_set1_epi8('>');
    const __m128i dqChar = _mm_set1_epi8('"');
    const __m128i sqChar = _mm_set1_epi8('\'');
    std::uint64_t inside = 0; // all ones while inside a value at the start of a block
    for (; i + 64 <= n; i += 64) {
        std::uint64_t quoted = positions64(s + i, dqChar);
        quoted ^= quoted << 1;
        quoted ^= quoted << 2;
        quoted ^= quoted << 4;
        quoted ^= quoted << 8;
        quoted ^= quoted << 16;
        quoted ^= quoted << 32;
        quoted ^= inside;
        const std::uint64_t ends = positions64(s + i, gtChar) & ~quoted;
        const std::uint64_t apostrophes = positions64(s + i, sqChar);
        const std::uint64_t beforeApostrophe
            = apostrophes ? (apostrophes & -apostrophes) - 1 : ~0ULL;
        if (ends & beforeApostrophe)
            return i + __builtin_ctzll(ends);
        if (apostrophes)
            break; // the byte loop below takes over from this block, in the same state
        inside = (quoted >> 63) ? ~0ULL : 0;
    }
    if (inside)
        quote = '"';
#endif
    for (; i < n; ++i) {
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

std::optional<ScanProblem> prescanXml(const QByteArray &bytes, int maxDepth,
                                      std::span<TagCount> counts)
{
    const char *s = bytes.constData();
    const std::int64_t n = bytes.size();
    if (auto problem = checkUtf8(reinterpret_cast<const unsigned char *>(s), n))
        return problem;

    // Whether the start tag at `start` has this name: the name, then white space, '/' or '>'.
    const auto named = [&](std::int64_t start, std::string_view name) {
        const std::int64_t after = start + 1 + std::int64_t(name.size());
        if (after >= n)
            return false;
        for (size_t k = 0; k < name.size(); ++k) {
            if (s[start + 1 + std::int64_t(k)] != name[k])
                return false;
        }
        const char c = s[after];
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>';
    };
    int depth = 0;
    std::int64_t i = 0;
    while (i < n) {
        const std::int64_t start = nextTag(s, n, i);
        if (start < 0)
            break;
        std::int64_t end = -1;
        const auto startsWith = [&](std::string_view prefix) {
            return start + std::int64_t(prefix.size()) <= n
                && std::memcmp(s + start, prefix.data(), prefix.size()) == 0;
        };
        const char next = start + 1 < n ? s[start + 1] : 0;
        if (next == '!') {
            if (startsWith("<!--")) {
                end = find(s, n, start + 4, "-->");
                if (end >= 0)
                    end += 2;
            } else if (startsWith("<![CDATA[")) {
                end = find(s, n, start + 9, "]]>");
                if (end >= 0)
                    end += 2;
            } else {
                end = doctypeEnd(s, n, start + 2);
            }
        } else if (next == '?') {
            end = find(s, n, start + 2, "?>");
            if (end >= 0)
                end += 1;
        } else if (next == '/') {
            end = tagEnd(s, n, start + 2);
            --depth;
        } else {
            end = tagEnd(s, n, start + 1);
            if (end >= 0 && s[end - 1] != '/') {
                if (++depth > maxDepth)
                    return ScanProblem { ScanProblem::Kind::TooDeep, start };
            }
            for (TagCount &c : counts) {
                if (next == c.name.front() && named(start, c.name))
                    ++c.count;
            }
        }
        if (end < 0)
            break; // unterminated markup: the XML parser reports it with its position
        i = end + 1;
    }
    return std::nullopt;
}

} // namespace bp
