#pragma once

#include "model/blueprint.h"
#include "model/diagnostic.h"
#include "model/limits.h"

#include <QByteArray>

#include <optional>

/// @file nativereader.h
/// Reading the native `.blueprint` format (spec/format.md, version 1).

namespace bp {

/// Options of a read.
struct ReadOptions
{
    std::int64_t maxFileBytes = limits::maxFileBytes; ///< the CLI may raise it
};

/// The outcome of a read: a model, or none when any error was found; always the diagnostics.
struct ReadResult
{
    std::optional<Blueprint> blueprint;
    Diagnostics diagnostics; ///< at most limits::maxDiagnostics, errors and warnings in order
    int suppressed = 0; ///< diagnostics not kept because there were too many
    bool ok() const { return blueprint.has_value(); }
};

/// Reads a blueprint from bytes. Never throws; never returns half a model.
///
/// Checks, in this order: size, UTF-8 and nesting depth (before any tree is built, see
/// reliability.md on pugixml), well-formedness, the root element, namespace and version, every
/// element and attribute, ids and references, limits; then adds the warnings of
/// validateModel(). Every diagnostic carries line and column.
ReadResult readNative(const QByteArray &bytes, const ReadOptions &options = {});

/// Reads a file: refuses files over the size limit before reading them, reports a file that
/// cannot be opened, then calls readNative().
ReadResult readNativeFile(const QString &path, const ReadOptions &options = {});

} // namespace bp
