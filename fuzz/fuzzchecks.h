#pragma once

// The properties every fuzz target checks, shared with tst_fuzzregressions so that each saved
// input is replayed through exactly the same checks in the ordinary build.

#include "io/bpmnreader.h"
#include "io/bpmnwriter.h"
#include "io/nativereader.h"
#include "io/nativewriter.h"

#include <QByteArray>

namespace bp::fuzz {

/// A reader result is whole: refused with at least one error, or loaded without any.
inline bool wholeResult(const ReadResult &r)
{
    bool anyError = false;
    for (const Diagnostic &d : r.diagnostics)
        anyError = anyError || d.isError();
    return r.ok() != anyError;
}

/// The native reader on arbitrary bytes.
inline bool checkNativeReader(const QByteArray &bytes)
{
    return wholeResult(readNative(bytes));
}

/// Load → save → load: what the reader accepts, the writer writes and the reader reads back,
/// and a second save gives the same bytes.
inline bool checkNativeRoundTrip(const QByteArray &bytes)
{
    const ReadResult first = readNative(bytes);
    if (!wholeResult(first))
        return false;
    if (!first.ok())
        return true;
    const QByteArray saved = writeNative(*first.blueprint);
    const ReadResult second = readNative(saved);
    return second.ok() && writeNative(*second.blueprint) == saved;
}

/// The BPMN importer on arbitrary bytes; what it imports must save and load as a blueprint and
/// export as BPMN that imports again.
inline bool checkBpmn(const QByteArray &bytes)
{
    const ReadResult r = readBpmn(bytes);
    if (!wholeResult(r))
        return false;
    if (!r.ok())
        return true;
    const ReadResult native = readNative(writeNative(*r.blueprint));
    if (!native.ok())
        return false;
    return readBpmn(writeBpmn(*r.blueprint)).ok();
}

} // namespace bp::fuzz
