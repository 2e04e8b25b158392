#include "readercontext.h"

#include "model/limits.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <pugixml.hpp>

#include <cstring>

namespace bp {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bp::NativeReader)
};

bool isNameChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':'
        || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}
} // namespace

ReaderContext::ReaderContext(const QByteArray &bytes, ReadResult &result)
    : m_bytes(bytes)
    , m_result(result)
{ }

ReaderContext::~ReaderContext() = default;

SourceMap::Position ReaderContext::position(std::int64_t offset)
{
    if (!m_map)
        m_map = std::make_unique<SourceMap>(m_bytes);
    return m_map->position(offset);
}

void ReaderContext::add(Diagnostic d, std::int64_t offset)
{
    if (d.isError()) {
        ++m_errors;
        if (m_errors >= limits::maxDiagnostics)
            m_stopped = true; // enough to fix; reading on would only repeat itself
    }
    if (m_result.diagnostics.size() >= limits::maxDiagnostics) {
        // A refused file must say why: an error takes the place of the latest warning (which is
        // counted as suppressed) and is dropped only when the list holds nothing but errors.
        ++m_result.suppressed;
        if (!d.isError())
            return;
        auto &list = m_result.diagnostics;
        qsizetype i = list.size();
        while (i > 0 && list[i - 1].isError())
            --i;
        if (i == 0)
            return;
        list.removeAt(i - 1);
    }
    if (offset >= 0) {
        const SourceMap::Position p = position(offset);
        d.line = p.line;
        d.column = p.column;
    }
    m_result.diagnostics.append(std::move(d));
}

void ReaderContext::error(std::int64_t offset, const QString &message)
{
    add({ Diagnostic::Severity::Error, message, 0, 0, {} }, offset);
}

void ReaderContext::warning(std::int64_t offset, const QString &message)
{
    add({ Diagnostic::Severity::Warning, message, 0, 0, {} }, offset);
}

void ReaderContext::info(std::int64_t offset, const QString &message)
{
    add({ Diagnostic::Severity::Info, message, 0, 0, {} }, offset);
}

void ReaderContext::errorNoPosition(const QString &message)
{
    add({ Diagnostic::Severity::Error, message, 0, 0, {} }, -1);
}

std::int64_t ReaderContext::offsetOf(const pugi::xml_node &node) const
{
    const std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0)
        return 0;
    return node.type() == pugi::node_element ? std::int64_t(offset) - 1 : std::int64_t(offset);
}

std::int64_t ReaderContext::attrOffset(const pugi::xml_node &node, const char *name) const
{
    return attrOffsetAt(offsetOf(node), name);
}

std::int64_t ReaderContext::attrOffsetAt(std::int64_t elementOffset, const char *name) const
{
    const char *s = m_bytes.constData();
    const std::int64_t n = m_bytes.size();
    const auto len = std::int64_t(std::strlen(name));
    char quote = 0;
    for (std::int64_t i = elementOffset + 1; i < n; ++i) {
        const char c = s[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '"' || c == '\'') {
            quote = c;
            continue;
        }
        if (c == '>')
            break;
        if (i + len <= n && !isNameChar(s[i - 1]) && std::memcmp(s + i, name, size_t(len)) == 0
            && (i + len == n || !isNameChar(s[i + len])))
            return i;
    }
    return elementOffset;
}

QString ReaderContext::checkText(QString value, std::int64_t offset, const QString &what)
{
    bool stripped = false;
    for (qsizetype i = 0; i < value.size();) {
        const char16_t c = value.at(i).unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') {
            value.remove(i, 1);
            stripped = true;
        } else {
            ++i;
        }
    }
    if (stripped)
        warning(offset, Tr::tr("control characters in %1 were removed").arg(what));
    if (value.size() > limits::maxTextLength) {
        error(offset,
              Tr::tr("%1 is %2 characters long; the limit is %3")
                  .arg(what)
                  .arg(value.size())
                  .arg(limits::maxTextLength));
        value.truncate(limits::maxTextLength);
    }
    return value;
}

void ReaderContext::checkDuplicateAttributes(const pugi::xml_node &node)
{
    // Few attributes: pairwise is cheapest. Many (a hostile file): a set keeps it linear.
    int count = 0;
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute())
        ++count;
    const auto report = [&](const char *name) {
        error(attrOffset(node, name),
              Tr::tr("attribute %1 is given twice on <%2>")
                  .arg(QString::fromUtf8(name), QString::fromUtf8(node.name())));
    };
    if (count <= 24) {
        // A 64-bit signature of (first character, length): distinct signatures cannot be equal
        // names, so the pairwise comparison runs only when two signatures collide.
        std::uint64_t seen = 0;
        bool collision = false;
        for (pugi::xml_attribute a = node.first_attribute(); a && !collision;
             a = a.next_attribute()) {
            const char *name = a.name();
            const std::uint64_t bit = std::uint64_t(1)
                << ((unsigned(name[0]) * 7 + std::strlen(name)) & 63);
            collision = (seen & bit) != 0;
            seen |= bit;
        }
        if (!collision)
            return;
        for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute())
            for (pugi::xml_attribute b = a.next_attribute(); b; b = b.next_attribute())
                if (std::strcmp(a.name(), b.name()) == 0) {
                    report(a.name());
                    return;
                }
        return;
    }
    QSet<QByteArray> seen;
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
        const QByteArray name(a.name());
        if (seen.contains(name)) {
            report(a.name());
            return;
        }
        seen.insert(name);
    }
}

std::optional<QByteArray> readFileForReader(const QString &path, std::int64_t maxBytes,
                                            ReadResult &result)
{
    const QByteArray none;
    ReaderContext ctx(none, result);
    const QFileInfo info(path);
    if (!info.exists()) {
        ctx.errorNoPosition(Tr::tr("the file does not exist"));
        return std::nullopt;
    }
    if (info.isDir()) {
        ctx.errorNoPosition(Tr::tr("this is a folder, not a file"));
        return std::nullopt;
    }
    if (info.size() > maxBytes) {
        ctx.errorNoPosition(Tr::tr("the file is %1 MB, larger than the limit of %2 MB")
                                .arg(double(info.size()) / 1e6, 0, 'f', 1)
                                .arg(double(maxBytes) / 1e6, 0, 'f', 0));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.errorNoPosition(Tr::tr("cannot open the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    // Read at most one byte past the limit: the file may have grown since the size check (the
    // reader then refuses it by its size).
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        ctx.errorNoPosition(Tr::tr("cannot read the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    return bytes;
}

} // namespace bp
