// libFuzzer target: the native reader on arbitrary bytes. It must return a model or
// diagnostics, never crash, hang or run out of memory.

#include "io/nativereader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    const bp::ReadResult r = bp::readNative(bytes);
    // Never half a result: a refused file says why, a loaded one has no errors.
    bool anyError = false;
    for (const auto &d : r.diagnostics)
        anyError = anyError || d.isError();
    if (r.ok() == anyError)
        __builtin_trap();
    return 0;
}
