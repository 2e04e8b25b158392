#pragma once

// Internal to core/io: the namespaces the BPMN reader and writer share.

namespace bp::bpmn {

inline constexpr char kModelNs[] = "http://www.omg.org/spec/BPMN/20100524/MODEL";
inline constexpr char kDiNs[] = "http://www.omg.org/spec/BPMN/20100524/DI";
inline constexpr char kDcNs[] = "http://www.omg.org/spec/DD/20100524/DC";
inline constexpr char kDdiNs[] = "http://www.omg.org/spec/DD/20100524/DI";
/// Blueprint attributes kept on BPMN elements (time, scv, kind, p, ...) use the native format's
/// namespace and attribute names, with the prefix `bs`.
inline constexpr char kOurNs[] = "urn:blueprint-studio:blueprint:1";

/// Width of the label band of a pool and of a lane in BPMN drawings.
inline constexpr double kLabelBand = 30.0;

} // namespace bp::bpmn
