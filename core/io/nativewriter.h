#pragma once

#include "model/blueprint.h"

#include <QByteArray>

/// @file nativewriter.h
/// Writing the native `.blueprint` format.

namespace bp {

/// The bytes of a blueprint file: deterministic (the same model always gives the same bytes),
/// C-locale numbers, two-space indent, one element per line, steps and flows in creation order
/// (docs/format-extensions.md, "Writing rules"). Control characters are never written.
QByteArray writeNative(const Blueprint &blueprint);

} // namespace bp
