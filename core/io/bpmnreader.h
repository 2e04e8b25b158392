#pragma once

#include "nativereader.h"

#include <QHash>
#include <QString>
#include <QStringView>
#include <QVector>

/// @file bpmnreader.h
/// Importing BPMN 2.0 process models (`.bpmn`) as blueprints. The mapping, both ways, and what
/// is not imported are described in docs/bpmn.md.

namespace bp {

/// What an import mapped and what it left out, by BPMN element type (the local name in the BPMN
/// model namespace, e.g. `userTask`, `sequenceFlow`, `messageFlow`). Lets a caller check that
/// every element of the file is accounted for: each one is either imported or named in a warning.
struct BpmnImportReport
{
    /// An element that is not imported; the reader also issued a warning at its position.
    struct Item
    {
        QString type; ///< BPMN local name
        QString id; ///< BPMN id as written in the file (may be empty)
        int line = 0;
        int column = 0;
    };

    QHash<QString, int> imported; ///< BPMN type -> number mapped onto the model
    QVector<Item> notImported; ///< in file order
    QHash<ElementId, QString> sourceType; ///< our lane/step/flow id -> BPMN type it came from
    QHash<QString, ElementId> idMap; ///< BPMN id -> our id, for everything imported

    /// Number of elements of @p type that were not imported.
    int notImportedCount(const QString &type) const;
};

/// Reads a BPMN 2.0 document from bytes. Never throws; never returns half a model.
///
/// Safe for hostile input like readNative(): size, encoding, UTF-8 and nesting depth
/// (limits::maxDepthBpmn) are checked before any tree is built; entities are never expanded;
/// texts, coordinates and the number of steps are limited. Errors (not BPMN, not well-formed,
/// duplicate ids, limits) carry line and column. Everything of the file that is not imported
/// (message flows, data objects, boundary events, the inside of sub-processes, ...) is listed as
/// a warning at its position, and in @p report when given.
///
/// Files declared as ISO-8859-1 or US-ASCII are converted to UTF-8 first; UTF-16 with a byte
/// order mark is accepted too.
ReadResult readBpmn(const QByteArray &bytes, const ReadOptions &options = {},
                    BpmnImportReport *report = nullptr);

/// Reads a `.bpmn` file: refuses files over the size limit before reading them, reports a file
/// that cannot be opened, then calls readBpmn().
ReadResult readBpmnFile(const QString &path, const ReadOptions &options = {},
                        BpmnImportReport *report = nullptr);

/// The blueprint lane kind that a BPMN lane or pool name suggests, in English or Chinese
/// ("Customer", "客户" -> customer; "Front desk", "前台" -> frontstage; "Back office", "后台" ->
/// backstage; "IT", "System", "支持" -> support; "Physical evidence", "有形展示" ->
/// physical-evidence); LaneKind::Other when nothing matches. For a nested lane, pass its path
/// ("Bank / Back office"): the last part that matches decides.
LaneKind guessLaneKind(QStringView name);

} // namespace bp
