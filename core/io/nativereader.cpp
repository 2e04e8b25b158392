#include "nativereader.h"

#include "nativereader_p.h"
#include "sourcemap.h"

#include <algorithm>
#include <array>

namespace bp {

namespace detail {

QString xmlErrorMessage(pugi::xml_parse_status status)
{
    switch (status) {
    case pugi::status_unrecognized_tag:
        return ReaderTr::tr("the file is not well-formed XML: a tag is not recognised");
    case pugi::status_bad_pi:
        return ReaderTr::tr("the file is not well-formed XML: a processing instruction or the XML "
                            "declaration is broken");
    case pugi::status_bad_comment:
        return ReaderTr::tr("the file is not well-formed XML: a comment is not closed");
    case pugi::status_bad_cdata:
        return ReaderTr::tr("the file is not well-formed XML: a CDATA section is not closed");
    case pugi::status_bad_doctype:
        return ReaderTr::tr("the file is not well-formed XML: the DOCTYPE is broken");
    case pugi::status_bad_pcdata:
        return ReaderTr::tr("the file is not well-formed XML: text is broken");
    case pugi::status_bad_start_element:
        return ReaderTr::tr("the file is not well-formed XML: a start tag is broken or not closed");
    case pugi::status_bad_attribute:
        return ReaderTr::tr(
            "the file is not well-formed XML: an attribute is broken (missing quotes or '=')");
    case pugi::status_bad_end_element:
        return ReaderTr::tr("the file is not well-formed XML: an end tag is broken");
    case pugi::status_end_element_mismatch:
        return ReaderTr::tr(
            "the file is not well-formed XML: an end tag does not match its start tag, "
            "or the file ends too early");
    case pugi::status_append_invalid_root:
        return ReaderTr::tr("the file is not well-formed XML: content outside the root element");
    case pugi::status_no_document_element:
        return ReaderTr::tr("the file contains no XML element");
    case pugi::status_out_of_memory:
        return ReaderTr::tr("not enough memory to read the file");
    default:
        return ReaderTr::tr("the file is not well-formed XML");
    }
}

QString q(const QString &text)
{
    return u'"' + escapeForMessage(text) + u'"';
}

QString q(const char *text)
{
    return q(QString::fromUtf8(text));
}

// Known attributes of one element: a name and a bit, so duplicates of known names are caught

void Reader::read(std::int64_t expectedSteps, std::int64_t expectedFlows)
{
    // Room for what the file announces, capped: the limit of steps, and twice as many flows
    // (more flows than that are possible, and the tables then grow as they fill).
    const auto steps = size_t(std::clamp<std::int64_t>(expectedSteps, 0, limits::maxSteps));
    const auto flows = size_t(std::clamp<std::int64_t>(expectedFlows, 0, 2 * limits::maxSteps));
    m_bp.graph.reserve(steps, flows);
    m_stepOffsets.reserve(steps);
    m_flowOffsets.reserve(flows);

    pugi::xml_document doc;
    // Entities are never expanded by pugixml (no XXE, no billion laughs); keep DTDs off.
    const unsigned flags = pugi::parse_default & ~pugi::parse_doctype;
    const pugi::xml_parse_result parsed = doc.load_buffer(
        m_ctx.bytes().constData(), size_t(m_ctx.bytes().size()), flags, pugi::encoding_utf8);
    if (!parsed) {
        // pugixml reports a missing root element at the end of the file; the start says more.
        const std::int64_t where
            = parsed.status == pugi::status_no_document_element ? 0 : std::int64_t(parsed.offset);
        m_ctx.error(where, xmlErrorMessage(parsed.status));
        return;
    }
    pugi::xml_node root;
    for (pugi::xml_node child : doc.children()) {
        if (child.type() == pugi::node_element) {
            if (root) {
                m_ctx.error(m_ctx.offsetOf(child),
                            ReaderTr::tr("the file has more than one root element"));
                return;
            }
            root = child;
        } else if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            m_ctx.error(m_ctx.offsetOf(child), ReaderTr::tr("text outside the root element"));
            return;
        }
    }
    if (!root) {
        m_ctx.error(0, ReaderTr::tr("the file contains no XML element"));
        return;
    }
    readRoot(root);
    if (!m_ctx.hasErrors())
        finish();
}

} // namespace detail

using detail::ReaderTr;

ReadResult readNative(const QByteArray &bytes, const ReadOptions &options)
{
    ReadResult result;
    ReaderContext ctx(bytes, result);
    if (bytes.size() > options.maxFileBytes) {
        ctx.errorNoPosition(ReaderTr::tr("the file is %1 MB, larger than the limit of %2 MB")
                                .arg(double(bytes.size()) / 1e6, 0, 'f', 1)
                                .arg(double(options.maxFileBytes) / 1e6, 0, 'f', 0));
        return result;
    }
    // Only white space? (Without trimmed(), which copies the whole file to find out.)
    const bool blank = std::all_of(bytes.cbegin(), bytes.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    });
    if (blank) {
        ctx.error(0, ReaderTr::tr("the file is empty"));
        return result;
    }
    // Counting steps and flows on the way costs nearly nothing and lets the reader reserve its
    // tables once (hints: the count may include elements that are not read).
    std::array<TagCount, 2> counts { { { "step" }, { "flow" } } };
    if (const std::optional<ScanProblem> problem
        = prescanXml(bytes, limits::maxDepthNative, counts)) {
        switch (problem->kind) {
        case ScanProblem::Kind::InvalidUtf8:
            ctx.error(
                problem->offset,
                ReaderTr::tr("the file is not valid UTF-8 text (byte 0x%1)")
                    .arg(uint(uchar(bytes[qsizetype(problem->offset)])), 2, 16, QLatin1Char('0')));
            break;
        case ScanProblem::Kind::TooDeep:
            ctx.error(
                problem->offset,
                ReaderTr::tr("elements are nested more than %1 deep").arg(limits::maxDepthNative));
            break;
        case ScanProblem::Kind::ControlCharacter:
            ctx.error(
                problem->offset,
                ReaderTr::tr("control character U+%1 is not allowed in an XML file")
                    .arg(uint(uchar(bytes[qsizetype(problem->offset)])), 4, 16, QLatin1Char('0')));
            break;
        }
        return result;
    }
    detail::Reader reader(bytes, result);
    reader.read(counts[0].count, counts[1].count);
    if (hasErrors(result.diagnostics))
        result.blueprint.reset();
    return result;
}

ReadResult readNativeFile(const QString &path, const ReadOptions &options)
{
    ReadResult result;
    const std::optional<QByteArray> bytes = readFileForReader(path, options.maxFileBytes, result);
    if (!bytes)
        return result;
    return readNative(*bytes, options);
}

} // namespace bp
