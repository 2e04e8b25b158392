#pragma once

// Internal to core/io: the native reader's state and helpers, shared by nativereader.cpp (entry
// points), readerelements.cpp (one function per element), readeranalysis.cpp (the <analysis>
// element), readervalues.cpp (attribute values, ids, unknown content) and readerbuild.cpp (steps
// and flows into the graph, references and duplicate ids). Not a public header.

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

    /// Reads the document; @p expectedSteps and @p expectedFlows (from the pre-scan) size the
    /// tables up front.
    void read(std::int64_t expectedSteps, std::int64_t expectedFlows);

private:
    // Elements
    void readRoot(pugi::xml_node root);
    void readDemand(pugi::xml_node node);
    void readAnalysis(pugi::xml_node node);
    void readLane(pugi::xml_node node);
    void readPool(pugi::xml_node node);
    void readStep(pugi::xml_node node);
    void readFlow(pugi::xml_node node);

    // Building (readerbuild.cpp). Steps and flows go into the graph as they are read, so that
    // nothing is copied twice; what cannot be settled then (a reference to an element further
    // down, an id used twice) is noted, and finish() reports it in the order of a build after
    // reading: lanes and pools of the steps, step ids, then the flows, then the warnings.
    void addReadStep(Step &&step, bool hasY, const Lane *lane, bool poolFound);
    void addReadFlow(Flow &&flow, BlueprintGraph::StepRef from, BlueprintGraph::StepRef to);
    void finish();
    bool resolveStepReferences();
    bool checkStepIds();
    bool resolveFlows();
    void reportRefusedFlow(const Flow &flow);
    void addValidationWarnings();

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
    /// A `from` or `to`: the id string of the step it names when that step was read already
    /// (shared, no new string; the step in @p found), else a new string (resolved after
    /// reading).
    ElementId stepReference(pugi::xml_node node, pugi::xml_attribute a,
                            BlueprintGraph::StepRef &found);
    /// Reports a missing id; remembers lane and pool ids (@p stepOrFlow: false) with their
    /// position. Step and flow ids are checked when they enter the graph.
    void requireId(pugi::xml_node node, const ElementId &id, bool stepOrFlow);
    template<typename E, typename Parse>
    std::optional<E> keyword(pugi::xml_node node, pugi::xml_attribute a, Parse parse,
                             const char *choices);

    ReaderContext m_ctx;
    QByteArray m_ourPrefix; // "" when our namespace is the default namespace
    QHash<QByteArray, QByteArray> m_rootPrefixes;
    Blueprint m_bp;
    std::vector<Lane> m_lanes;
    std::vector<Pool> m_pools;
    QHash<ElementId, qsizetype> m_laneIndex; // lane id -> first lane read with it
    QHash<ElementId, qsizetype> m_poolIndex;
    // Where each step and flow read starts, by creation order - 1 (= reading order).
    std::vector<std::int64_t> m_stepOffsets;
    std::vector<std::int64_t> m_flowOffsets;
    // Ids of lanes and pools (few) with where they were defined. Step and flow ids are checked
    // for duplicates by the graph's own index, which costs nothing extra; a separate map of
    // every id was a quarter of the load time.
    QHash<ElementId, std::int64_t> m_ids;
    std::int64_t firstDefinition(const ElementId &id) const;
    /// A step's `lane` or `pool`: the id string of the lane or pool it names when that was read
    /// already (shared), with the lane or pool in @p lane / @p pool; else a new string.
    ElementId laneReference(pugi::xml_node node, pugi::xml_attribute a, const Lane *&lane);
    ElementId poolReference(pugi::xml_node node, pugi::xml_attribute a, bool &found);

    // What reading could not settle (see finish()); empty for a well-formed file in the usual
    // order (lanes, pools, steps, flows).
    struct StepNote
    {
        size_t index; // creation order - 1
        ElementId id;
        ElementId lane;
        ElementId pool;
        bool laneFound;
        bool poolFound;
        bool inGraph; // false: its id was taken by an earlier step
        bool hasY;
    };
    std::vector<StepNote> m_stepNotes;
    std::vector<Flow> m_pendingFlows; // not in the graph: an end or its id to be settled
    std::vector<ElementId> m_refusedFlows; // in the graph, but its id is a step's, lane's or pool's
    bool m_sawDemand = false;
    bool m_sawAnalysis = false;
    bool m_sawDescription = false;
    bool m_tooManySteps = false;
};

template<typename E, typename Parse>
std::optional<E> Reader::keyword(pugi::xml_node node, pugi::xml_attribute a, Parse parse,
                                 const char *choices)
{
    // Keywords are short ASCII words: compare them as UTF-16 from the stack, no QString.
    const char *v = a.value();
    char16_t units[24];
    qsizetype n = 0;
    for (; n < qsizetype(std::size(units)) && uchar(v[n]) - 1u < 0x7Fu; ++n)
        units[n] = char16_t(v[n]);
    if (v[n] == 0) {
        if (const std::optional<E> e = parse(QStringView(units, n)))
            return e;
    }
    const QString value = QString::fromUtf8(v);
    if (const std::optional<E> e = parse(value))
        return e;
    m_ctx.error(m_ctx.attrOffset(node, a.name()),
                ReaderTr::tr("%1=%2 is not one of: %3")
                    .arg(QString::fromUtf8(a.name()), q(value), QString::fromUtf8(choices)));
    return std::nullopt;
}

} // namespace bp::detail
