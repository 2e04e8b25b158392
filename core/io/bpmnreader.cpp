// BPMN import: entry points, encodings and the safety checks that run before any tree is built.

#include "bpmnreader.h"

#include "bpmnnames.h"
#include "bpmnreader_p.h"
#include "model/diagnostic.h"
#include "nativereader_p.h"
#include "sourcemap.h"

#include <QStringDecoder>

#include <cstring>

namespace bp {

using bpmn::ImportTr;

int BpmnImportReport::notImportedCount(const QString &type) const
{
    int n = 0;
    for (const Item &item : notImported)
        n += item.type == type;
    return n;
}

namespace bpmn {

QString quoted(const QString &text)
{
    return u'"' + escapeForMessage(text) + u'"';
}

void Importer::read()
{
    pugi::xml_document doc;
    // Entities are never expanded by pugixml (no XXE, no billion laughs); keep DTDs off.
    const unsigned flags = pugi::parse_default & ~pugi::parse_doctype;
    const pugi::xml_parse_result parsed = doc.load_buffer(
        m_ctx.bytes().constData(), size_t(m_ctx.bytes().size()), flags, pugi::encoding_utf8);
    if (!parsed) {
        const std::int64_t where
            = parsed.status == pugi::status_no_document_element ? 0 : std::int64_t(parsed.offset);
        m_ctx.error(where, detail::xmlErrorMessage(parsed.status));
        return;
    }
    pugi::xml_node root;
    for (pugi::xml_node child : doc.children()) {
        if (child.type() == pugi::node_element) {
            if (root) {
                m_ctx.error(m_ctx.offsetOf(child),
                            ImportTr::tr("the file has more than one root element"));
                return;
            }
            root = child;
        } else if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            m_ctx.error(m_ctx.offsetOf(child), ImportTr::tr("text outside the root element"));
            return;
        }
    }
    if (!root) {
        m_ctx.error(0, ImportTr::tr("the file contains no XML element"));
        return;
    }
    m_ns.enter(root);
    const char *local = nullptr;
    if (m_ns.resolve(root.name(), &local) != Ns::Model || std::strcmp(local, "definitions") != 0) {
        m_ctx.error(m_ctx.offsetOf(root),
                    ImportTr::tr("this is not a BPMN 2.0 file: the root element is <%1>, not "
                                 "<definitions> in the namespace %2")
                        .arg(escapeForMessage(QString::fromUtf8(root.name())),
                             QString::fromLatin1(kModelNs)));
        return;
    }
    readDefinitions(root);
    m_ns.leave();
    if (!m_ctx.hasErrors())
        build();
    if (m_report) {
        for (auto it = m_imported.cbegin(); it != m_imported.cend(); ++it)
            m_report->imported[it.key()] += it.value();
    }
}

namespace {

// The encoding named in the XML declaration, lower-case; empty when there is none.
QByteArray declaredEncoding(const QByteArray &bytes)
{
    if (!bytes.startsWith("<?xml"))
        return {};
    const qsizetype end = bytes.indexOf("?>");
    if (end < 0 || end > 1024)
        return {};
    const QByteArray decl = bytes.left(end);
    const qsizetype at = decl.indexOf("encoding");
    if (at < 0)
        return {};
    qsizetype i = at + 8;
    while (i < decl.size() && (decl[i] == ' ' || decl[i] == '=' || decl[i] == '\t'))
        ++i;
    if (i >= decl.size() || (decl[i] != '"' && decl[i] != '\''))
        return {};
    const char quote = decl[i];
    const qsizetype close = decl.indexOf(quote, i + 1);
    if (close < 0)
        return {};
    return decl.mid(i + 1, close - i - 1).toLower();
}

// Brings the bytes to UTF-8, or says why not. Offsets of problems are in @p bytes.
std::optional<QByteArray> toUtf8(const QByteArray &bytes, ReaderContext &ctx)
{
    const auto startsWith = [&](const char *bom) {
        return bytes.startsWith(bom);
    };
    if (startsWith("\xFF\xFE") || startsWith("\xFE\xFF")) {
        QStringDecoder decode(startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                     : QStringConverter::Utf16BE);
        const QString text = decode(bytes);
        if (decode.hasError()) {
            ctx.error(0, ImportTr::tr("the file is not valid UTF-16 text"));
            return std::nullopt;
        }
        QByteArray utf8 = text.toUtf8();
        if (utf8.startsWith("\xEF\xBB\xBF"))
            utf8.remove(0, 3);
        return utf8;
    }
    const QByteArray encoding = declaredEncoding(bytes);
    if (encoding.isEmpty() || encoding == "utf-8" || encoding == "utf8")
        return bytes;
    if (encoding == "iso-8859-1" || encoding == "latin1" || encoding == "latin-1"
        || encoding == "us-ascii" || encoding == "ascii")
        return QString::fromLatin1(bytes).toUtf8();
    ctx.error(bytes.indexOf("encoding"),
              ImportTr::tr("the file is in the encoding %1, which is not supported; save it as "
                           "UTF-8")
                  .arg(quoted(QString::fromLatin1(encoding))));
    return std::nullopt;
}

} // namespace

} // namespace bpmn

ReadResult readBpmn(const QByteArray &bytes, const ReadOptions &options, BpmnImportReport *report)
{
    ReadResult result;
    {
        ReaderContext ctx(bytes, result);
        if (bytes.size() > options.maxFileBytes) {
            ctx.errorNoPosition(ImportTr::tr("the file is %1 MB, larger than the limit of %2 MB")
                                    .arg(double(bytes.size()) / 1e6, 0, 'f', 1)
                                    .arg(double(options.maxFileBytes) / 1e6, 0, 'f', 0));
            return result;
        }
        if (bytes.trimmed().isEmpty()) {
            ctx.error(0, ImportTr::tr("the file is empty"));
            return result;
        }
    }
    std::optional<QByteArray> utf8;
    {
        ReaderContext ctx(bytes, result);
        utf8 = bpmn::toUtf8(bytes, ctx);
    }
    if (!utf8)
        return result;
    ReaderContext ctx(*utf8, result);
    if (const std::optional<ScanProblem> problem = prescanXml(*utf8, limits::maxDepthBpmn)) {
        const auto byte = uint(uchar(utf8->at(qsizetype(problem->offset))));
        switch (problem->kind) {
        case ScanProblem::Kind::InvalidUtf8:
            ctx.error(problem->offset,
                      ImportTr::tr("the file is not valid UTF-8 text (byte 0x%1)")
                          .arg(byte, 2, 16, QLatin1Char('0')));
            break;
        case ScanProblem::Kind::TooDeep:
            ctx.error(
                problem->offset,
                ImportTr::tr("elements are nested more than %1 deep").arg(limits::maxDepthBpmn));
            break;
        case ScanProblem::Kind::ControlCharacter:
            ctx.error(problem->offset,
                      ImportTr::tr("control character U+%1 is not allowed in an XML file")
                          .arg(byte, 4, 16, QLatin1Char('0')));
            break;
        }
        return result;
    }
    bpmn::Importer importer(*utf8, result, report);
    importer.read();
    if (hasErrors(result.diagnostics))
        result.blueprint.reset();
    return result;
}

ReadResult readBpmnFile(const QString &path, const ReadOptions &options, BpmnImportReport *report)
{
    ReadResult result;
    const std::optional<QByteArray> bytes = readFileForReader(path, options.maxFileBytes, result);
    if (!bytes)
        return result;
    return readBpmn(*bytes, options, report);
}

} // namespace bp
