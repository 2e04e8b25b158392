// The native reader's attribute values, ids and unknown content.

#include "nativereader_p.h"

#include "model/ids.h"
#include "model/kinds.h"
#include "model/validation.h"
#include "numbers.h"

#include <cmath>
#include <cstring>
#include <string_view>

namespace bp::detail {

namespace {
// An attribute value without surrounding white space, without copying it (the pre-scan has
// refused the other control characters that QByteArray::trimmed() would also strip).
std::string_view trimmedValue(const char *value)
{
    std::string_view v(value);
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    };
    while (!v.empty() && isSpace(v.front()))
        v.remove_prefix(1);
    while (!v.empty() && isSpace(v.back()))
        v.remove_suffix(1);
    return v;
}
} // namespace

bool Reader::isOurs(pugi::xml_node node) const
{
    const char *name = node.name();
    const char *colon = std::strchr(name, ':');
    if (m_ourPrefix.isEmpty()) {
        if (colon)
            return false;
        // An element that redeclares the default namespace is somebody else's. (The first
        // xmlns attribute, as node.attribute() finds it; this runs for every step and flow.)
        for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
            const char *n = a.name();
            if (n[0] == 'x' && std::strcmp(n, "xmlns") == 0)
                return std::strcmp(a.value(), kNamespace) == 0;
        }
        return true;
    }
    return colon && size_t(colon - name) == size_t(m_ourPrefix.size())
        && std::strncmp(name, m_ourPrefix.constData(), size_t(m_ourPrefix.size())) == 0;
}

QString Reader::localName(pugi::xml_node node) const
{
    const char *name = node.name();
    return QString::fromUtf8(m_ourPrefix.isEmpty() ? name : name + m_ourPrefix.size() + 1);
}

void Reader::unknownChild(pugi::xml_node node, pugi::xml_node parent, Extras *keepIn)
{
    const QString name = escapeForMessage(QString::fromUtf8(node.name()));
    const QString parentName = escapeForMessage(QString::fromUtf8(parent.name()));
    if (isOurs(node) || !keepIn) {
        m_ctx.warning(m_ctx.offsetOf(node),
                      ReaderTr::tr("unknown element <%1> in <%2> is skipped and will not be saved")
                          .arg(name, parentName));
        return;
    }
    // A foreign element: keep it, with the namespace declaration of its prefix, so that it can
    // be written back unchanged.
    pugi::xml_document copy;
    pugi::xml_node kept = copy.append_copy(node);
    const char *colon = std::strchr(node.name(), ':');
    const QByteArray prefix = colon ? QByteArray(node.name(), int(colon - node.name())) : "";
    const QByteArray declName = prefix.isEmpty() ? QByteArray("xmlns") : "xmlns:" + prefix;
    if (!kept.attribute(declName.constData()) && m_rootPrefixes.contains(prefix))
        kept.prepend_attribute(declName.constData())
            .set_value(m_rootPrefixes.value(prefix).constData());
    struct Sink : pugi::xml_writer
    {
        QByteArray data;
        void write(const void *d, size_t size) override
        {
            data.append(static_cast<const char *>(d), qsizetype(size));
        }
    } sink;
    kept.print(sink, "", pugi::format_raw | pugi::format_skip_control_chars);
    keepIn->elements.append(sink.data);
    m_ctx.info(m_ctx.offsetOf(node),
               ReaderTr::tr("element <%1> from another namespace is kept as it is").arg(name));
}

void Reader::unknownAttribute(pugi::xml_node node, pugi::xml_attribute a, Extras &extras)
{
    const QString name = QString::fromUtf8(a.name());
    extras.attributes.append({ name, QString::fromUtf8(a.value()) });
    if (name.startsWith(QStringLiteral("xmlns")))
        return;
    if (name.contains(u':'))
        m_ctx.info(m_ctx.attrOffset(node, a.name()),
                   ReaderTr::tr("attribute %1 from another namespace is kept as it is")
                       .arg(escapeForMessage(name)));
    else
        m_ctx.warning(
            m_ctx.attrOffset(node, a.name()),
            ReaderTr::tr("unknown attribute %1 on <%2> is kept but not used")
                .arg(escapeForMessage(name), escapeForMessage(QString::fromUtf8(node.name()))));
}

QString Reader::text(pugi::xml_node node, pugi::xml_attribute a)
{
    // Printable ASCII within the length limit (nearly every title and label) passes the text
    // rules unchanged, and converts to UTF-16 faster as Latin-1.
    const char *v = a.value();
    qsizetype n = 0;
    while (uchar(v[n]) >= 0x20 && uchar(v[n]) < 0x80)
        ++n;
    if (v[n] == 0 && n <= limits::maxTextLength)
        return QString::fromLatin1(v, n);
    QString value = QString::fromUtf8(v);
    return m_ctx.checkText(value, m_ctx.attrOffset(node, a.name()), QString::fromUtf8(a.name()));
}

QString Reader::elementText(pugi::xml_node node)
{
    QByteArray raw;
    for (pugi::xml_node c : node.children()) {
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata)
            raw += c.value();
        else if (c.type() == pugi::node_element)
            unknownChild(c, node, nullptr);
    }
    return m_ctx.checkText(QString::fromUtf8(raw), m_ctx.offsetOf(node),
                           QString::fromUtf8(node.name()));
}

std::optional<double> Reader::number(pugi::xml_node node, pugi::xml_attribute a, double min,
                                     double max)
{
    const char *v = a.value();
    const std::optional<double> value = parseNumber(v);
    if (!value) {
        m_ctx.error(m_ctx.attrOffset(node, a.name()),
                    ReaderTr::tr("%1=%2 is not a number").arg(QString::fromUtf8(a.name()), q(v)));
        return std::nullopt;
    }
    if (*value < min || *value > max) {
        m_ctx.error(m_ctx.attrOffset(node, a.name()),
                    ReaderTr::tr("%1=%2 is out of range: it must be from %3 to %4")
                        .arg(QString::fromUtf8(a.name()), q(v),
                             QString::fromLatin1(formatNumber(min)),
                             QString::fromLatin1(formatNumber(max))));
        return std::nullopt;
    }
    return value;
}

std::optional<int> Reader::score(pugi::xml_node node, pugi::xml_attribute a)
{
    const std::optional<long long> value = parseInteger(a.value());
    if (!value || *value < 1 || *value > 10) {
        m_ctx.error(m_ctx.attrOffset(node, a.name()),
                    ReaderTr::tr("%1=%2 must be a whole number from 1 to 10")
                        .arg(QString::fromUtf8(a.name()), q(a.value())));
        return std::nullopt;
    }
    return int(*value);
}

std::optional<Servers> Reader::servers(pugi::xml_node node, pugi::xml_attribute a)
{
    const std::string_view v = trimmedValue(a.value());
    if (v == "inf")
        return Servers::unlimited();
    const std::optional<long long> value = parseInteger(v);
    if (!value || *value < 1 || *value > limits::maxServers) {
        m_ctx.error(m_ctx.attrOffset(node, a.name()),
                    ReaderTr::tr("servers=%1 must be a whole number from 1 to %2, or inf")
                        .arg(q(a.value()))
                        .arg(limits::maxServers));
        return std::nullopt;
    }
    return Servers::of(int(*value));
}

std::optional<bool> Reader::boolean(pugi::xml_node node, pugi::xml_attribute a)
{
    const std::string_view v = trimmedValue(a.value());
    if (v == "true" || v == "1")
        return true;
    if (v == "false" || v == "0")
        return false;
    m_ctx.error(
        m_ctx.attrOffset(node, a.name()),
        ReaderTr::tr("%1=%2 must be true or false").arg(QString::fromUtf8(a.name()), q(a.value())));
    return std::nullopt;
}

ElementId Reader::id(pugi::xml_node node, pugi::xml_attribute a)
{
    if (const std::string_view v(a.value()); isValidId(v))
        return QString::fromLatin1(v.data(), qsizetype(v.size())); // valid ids are ASCII
    const QString value = QString::fromUtf8(a.value());
    {
        m_ctx.error(
            m_ctx.attrOffset(node, "id"),
            ReaderTr::tr("id %1 is not valid: an id has 1 to 64 letters, digits, '_', '.' or "
                         "'-', and starts with a letter or '_'")
                .arg(q(value)));
        return {};
    }
    return value;
}

ElementId Reader::reference(pugi::xml_node node, pugi::xml_attribute a)
{
    if (const std::string_view v(a.value()); isValidId(v))
        return QString::fromLatin1(v.data(), qsizetype(v.size()));
    const QString value = QString::fromUtf8(a.value());
    {
        m_ctx.error(
            m_ctx.attrOffset(node, a.name()),
            ReaderTr::tr("%1=%2 is not a valid id").arg(QString::fromUtf8(a.name()), q(value)));
        return {};
    }
    return value;
}

void Reader::requireId(pugi::xml_node node, const ElementId &id, bool stepOrFlow)
{
    if (id.isEmpty()) {
        if (!node.attribute("id"))
            m_ctx.error(m_ctx.offsetOf(node),
                        ReaderTr::tr("<%1> has no id")
                            .arg(escapeForMessage(QString::fromUtf8(node.name()))));
        return;
    }
    if (stepOrFlow)
        return; // checked against every other id when it enters the graph
    const auto it = m_ids.constFind(id);
    if (it != m_ids.constEnd()) {
        m_ctx.error(m_ctx.attrOffset(node, "id"),
                    ReaderTr::tr("duplicate id %1 (first used on line %2)")
                        .arg(q(id))
                        .arg(m_ctx.position(*it).line));
        return;
    }
    m_ids.insert(id, m_ctx.offsetOf(node));
}

} // namespace bp::detail
