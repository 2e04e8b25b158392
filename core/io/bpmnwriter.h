#pragma once

#include "atomicsave.h"
#include "model/blueprint.h"

#include <QByteArray>
#include <QString>

/// @file bpmnwriter.h
/// Exporting a blueprint as a BPMN 2.0 process model (`.bpmn`) that BPMN tools (bpmn.io, Camunda
/// Modeler, Signavio, ...) open with the same picture. The mapping is in docs/bpmn.md.

namespace bp {

/// The bytes of a BPMN 2.0 file for @p blueprint: one pool with one process, a lane per blueprint
/// lane, a task, event or gateway per step (evidence steps become data object references),
/// sequence flows (evidence links become associations), and BPMNDI shapes and edges from the
/// same geometry the canvas draws. Blueprint attributes BPMN has no place for (times, servers,
/// probabilities, flow kinds, lane kinds, pools, ...) are kept as attributes in the blueprint
/// namespace, so that readBpmn() restores them. Deterministic; control characters are never
/// written.
QByteArray writeBpmn(const Blueprint &blueprint);

/// Writes writeBpmn(@p blueprint) to @p path through saveAtomically().
SaveResult saveBpmn(const QString &path, const Blueprint &blueprint);

} // namespace bp
