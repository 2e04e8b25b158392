#pragma once

// Internal to core/io: the BPMN importer's state, shared by bpmnreader.cpp (entry points,
// encoding), bpmnwalk.cpp (reading the XML tree), bpmnbuild.cpp (ids, lanes, steps, flows) and
// bpmnlayout.cpp (positions from BPMNDI, or an automatic layout). Not a public header.

#include "bpmnreader.h"
#include "readercontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRectF>
#include <QSet>

#include <pugixml.hpp>

#include <optional>
#include <vector>

namespace bp::bpmn {

/// Translation context of every BPMN import message.
struct ImportTr
{
    Q_DECLARE_TR_FUNCTIONS(bp::BpmnReader)
};

/// Namespaces the importer tells apart.
enum class Ns { Model, Di, Dc, Ours, Other };

/// Prefix-to-namespace bindings in scope while walking the tree (xmlns declarations may sit on
/// any element). Lookups are O(1) whatever the number of declarations.
class NsScope
{
public:
    void enter(const pugi::xml_node &node);
    void leave();
    /// The namespace of a qualified name ("bpmn:task", "task"); @p local receives the local part.
    Ns resolve(const char *qname, const char **local, bool isAttribute = false) const;

private:
    QHash<QByteArray, std::vector<Ns>> m_bindings; // prefix ("" = default) -> stack
    std::vector<std::vector<QByteArray>> m_pushed; // per entered element: prefixes it bound
};

/// A flow node of a process that becomes a step.
struct RawNode
{
    QString bpmnId;
    QString type; ///< BPMN local name
    int process = -1;
    std::int64_t offset = 0;
    Step step; ///< kind, title, description and kept blueprint attributes; id and lane later
    QString ourLane; ///< bs:lane (our own export), when given
    bool parallel = false; ///< a parallelGateway: fork or join is decided from its flows
    bool hasOurKind = false; ///< bs:kind or gatewayDirection fixed the kind
};

/// A sequence flow (or one of our evidence associations) between two nodes.
struct RawFlow
{
    QString bpmnId;
    QString type;
    QString source;
    QString target;
    int process = -1;
    std::int64_t offset = 0;
    Flow flow; ///< kind, p, label; id and ends later
    qint64 ourIndex = -1; ///< bs:index of our associations: the place among the flows
};

/// A lane with its full path; only leaf lanes become blueprint lanes.
struct RawLane
{
    QString bpmnId;
    QString path; ///< "Bank / Back office"
    int process = -1;
    int depth = 0;
    bool leaf = true;
    std::int64_t offset = 0;
    std::optional<LaneKind> ourKind; ///< bs:kind (our own export)
    QStringList nodeRefs;
};

/// A process, with the pool that shows it, if any.
struct RawProcess
{
    QString bpmnId;
    QString name;
    std::int64_t offset = 0;
    QString participantId; ///< the first participant with processRef to this process
    QString participantName;
    // Filled while building:
    int fallbackLane = -1; ///< index into Importer::m_lanes of the lane for nodes without one
    ElementId fallbackLaneId;
};

/// A boundary event: not imported; flows leaving it leave the activity it is attached to.
struct RawBoundary
{
    QString bpmnId;
    QString attachedTo;
};

/// A participant of a collaboration.
struct RawParticipant
{
    QString bpmnId;
    QString name;
    QString processRef;
    std::int64_t offset = 0;
};

/// One blueprint lane being built, with where it comes from.
struct BuildLane
{
    Lane lane;
    int process = -1;
    int raw = -1; ///< index into m_rawLanes, or -1 for a pool's fallback lane
    std::int64_t offset = 0;
    std::optional<QRectF> di; ///< its BPMNDI bounds (lane, or pool for a fallback lane)
};

class Importer
{
public:
    Importer(const QByteArray &bytes, ReadResult &result, BpmnImportReport *report)
        : m_ctx(bytes, result)
        , m_report(report)
    { }

    void read();

private:
    // bpmnwalk.cpp: the tree
    template<typename Fn> void forEachChild(const pugi::xml_node &node, Fn &&fn);
    void readDefinitions(const pugi::xml_node &root);
    void readCollaboration(const pugi::xml_node &node);
    void readProcess(const pugi::xml_node &node);
    void readFlowElement(const pugi::xml_node &node, const char *local, int process);
    void readLaneSet(const pugi::xml_node &node, int process, const QString &parentPath, int depth);
    void readInsideSubProcess(const pugi::xml_node &sub, const QString &subName);
    void readDiagram(const pugi::xml_node &node);
    void readOurStepAttributes(const pugi::xml_node &node, RawNode &raw);
    void readOurFlowAttributes(const pugi::xml_node &node, RawFlow &raw);
    void readOurDemand(const pugi::xml_node &node);
    // bpmnanalysis.cpp
    void readOurAnalysis(const pugi::xml_node &node);
    QString ourAttribute(const pugi::xml_node &node, const char *local,
                         pugi::xml_attribute *found = nullptr) const;
    QString documentation(const pugi::xml_node &node);
    QString nameOf(const pugi::xml_node &node, const char *attribute = "name");
    void notImported(const pugi::xml_node &node, const char *type, const QString &message);
    void notImportedAt(std::int64_t offset, const QString &type, const QString &id,
                       const QString &message);
    void countImported(const QString &type) { ++m_imported[type]; }
    void registerId(const pugi::xml_node &node, const QString &id);

    // bpmnbuild.cpp: the model
    void build();
    void buildLanes();
    void buildSteps();
    void buildFlows();
    void decideParallelGateways();
    ElementId allocateId(const QString &bpmnId, const char *fallbackPrefix, std::int64_t offset);

    // bpmnlayout.cpp: positions
    void placeSteps();
    void autoLayout(const std::vector<int> &laneIndices);

    ReaderContext m_ctx;
    BpmnImportReport *m_report = nullptr;
    NsScope m_ns;
    Blueprint m_bp;
    QString m_definitionsName;

    std::vector<RawProcess> m_processes;
    std::vector<RawParticipant> m_participants;
    std::vector<RawLane> m_rawLanes;
    std::vector<RawNode> m_nodes;
    std::vector<RawFlow> m_flows;
    std::vector<RawBoundary> m_boundaries;
    QHash<QString, QRectF> m_shapes; ///< BPMN id -> first BPMNShape bounds
    QHash<QString, std::int64_t> m_bpmnIds; ///< every BPMN id -> where it is defined
    QHash<QString, int> m_imported; ///< BPMN type -> count

    // Built
    std::vector<BuildLane> m_lanes;
    QHash<QString, int> m_nodeIndex; ///< BPMN id -> index into m_nodes
    QSet<ElementId> m_taken;
    QHash<QString, ElementId> m_idMap; ///< BPMN id -> our id
    std::vector<Step> m_steps; ///< parallel to m_nodes (id empty when not imported)
    std::vector<int> m_stepLane; ///< parallel to m_nodes: index into m_lanes
    std::vector<Flow> m_builtFlows;
    std::int64_t m_stepCount = 0;
};

/// A user-supplied name in quotes, safe to print.
QString quoted(const QString &text);

} // namespace bp::bpmn
