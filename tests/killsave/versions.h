#pragma once

// The numbered versions the kill -9 harness saves and checks: version n is a real blueprint file
// (a generated blueprint titled "version n"), so "the file parses and is exactly one version" is
// checked by the real reader and by byte comparison.

#include "generate/generator.h"
#include "io/nativewriter.h"

#include <QByteArray>

namespace bp::killsave {

/// Bytes of version @p n; @p base is writeNative of the generated blueprint titled "version 0".
inline QByteArray versionBytes(const QByteArray &base, int n)
{
    QByteArray bytes = base;
    bytes.replace("title=\"version 0\"", "title=\"version " + QByteArray::number(n) + '"');
    return bytes;
}

/// The base blueprint: about 1 MB, so that a write takes long enough to be interrupted.
inline QByteArray baseBytes()
{
    Blueprint b = generateBlueprint(3000, 7);
    b.meta.title = QStringLiteral("version 0");
    return writeNative(b);
}

} // namespace bp::killsave
