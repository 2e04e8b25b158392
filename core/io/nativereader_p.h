#pragma once

// Internal to core/io: the native reader's state and helpers, shared by nativereader.cpp (entry
// points), readerelements.cpp (one function per element) and readervalues.cpp (attribute values,
// ids, unknown content). Not a public header.

#include "model/blueprint.h"
#include "nativereader.h"
#include "readercontext.h"

#include <QCoreApplication>
#include <QHash>

#include <pugixml.hpp>

#include <vector>

namespace bp::detail {

/// Translation context of every reader message (kept as "bp::NativeReader" across the files).
struct ReaderTr
{
    Q_DECLARE_TR_FUNCTIONS(bp::NativeReader)
};

inline const char *const kNamespace = "urn:blueprint-studio:blueprint:1";

/// A user-supplied name or value in quotes, made safe to print.
QString q(const QString &text);
QString q(const char *text);

/// The message for a pugixml parse failure.
QString xmlErrorMessage(pugi::xml_parse_status status);

/// Reads one native document into a Blueprint, reporting through a ReaderContext.
class Reader
{
public:
    Reader(const QByteArray &bytes, ReadResult &result)
        : m_ctx(bytes, result)
    { }

    void read();

private:
    // Elements
    void readRoot(pugi::xml_node root);
    void readDemand(pugi::xml_node node);
    void readLane(pugi::xml_node node);
    void readPool(pugi::xml_node node);
    void readStep(pugi::xml_node node);
    void readFlow(pugi::xml_node node);
    void resolveAndBuild();

    // Helpers
    bool isOurs(pugi::xml_node node) const;
    QString localName(pugi::xml_node node) const;
    void unknownChild(pugi::xml_node node, pugi::xml_node parent, Extras *keepIn);
    void unknownAttribute(pugi::xml_node node, pugi::xml_attribute a, Extras &extras);
    QString text(pugi::xml_node node, pugi::xml_attribute a);
    QString elementText(pugi::xml_node node);
    std::optional<double> number(pugi::xml_node node, pugi::xml_attribute a, double min,
                                 double max);
    std::optional<int> score(pugi::xml_node node, pugi::xml_attribute a);
    std::optional<Servers> servers(pugi::xml_node node, pugi::xml_attribute a);
    std::optional<bool> boolean(pugi::xml_node node, pugi::xml_attribute a);
    ElementId id(pugi::xml_node node, pugi::xml_attribute a);
    ElementId reference(pugi::xml_node node, pugi::xml_attribute a);
    void requireId(pugi::xml_node node, const ElementId &id);
    template<typename E, typename Parse>
    std::optional<E> keyword(pugi::xml_node node, pugi::xml_attribute a, Parse parse,
                             const char *choices);

    ReaderContext m_ctx;
    QByteArray m_ourPrefix; // "" when our namespace is the default namespace
    QHash<QByteArray, QByteArray> m_rootPrefixes;
    Blueprint m_bp;
    std::vector<Lane> m_lanes;
    std::vector<Pool> m_pools;
    std::vector<Step> m_steps;
    std::vector<Flow> m_flows;
    std::vector<std::int64_t> m_stepOffsets; // parallel to m_steps
    std::vector<std::int64_t> m_flowOffsets; // parallel to m_flows
    // Ids of lanes and pools (few) with where they were defined. Step and flow ids are checked
    // for duplicates by the graph's own index when the model is built, which costs nothing
    // extra; a separate map of every id was a quarter of the load time.
    QHash<ElementId, std::int64_t> m_ids;
    std::int64_t firstDefinition(const ElementId &id) const;
    ElementId laneOrPoolRef(pugi::xml_node node, pugi::xml_attribute a, bool lane);
    bool m_sawDemand = false;
    bool m_sawDescription = false;
    bool m_tooManySteps = false;
};

template<typename E, typename Parse>
std::optional<E> Reader::keyword(pugi::xml_node node, pugi::xml_attribute a, Parse parse,
                                 const char *choices)
{
    const QString value = QString::fromUtf8(a.value());
    if (const std::optional<E> e = parse(value))
        return e;
    m_ctx.error(m_ctx.attrOffset(node, a.name()),
                ReaderTr::tr("%1=%2 is not one of: %3")
                    .arg(QString::fromUtf8(a.name()), q(value), QString::fromUtf8(choices)));
    return std::nullopt;
}

} // namespace bp::detail
