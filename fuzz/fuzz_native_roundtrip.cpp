// libFuzzer target: load → save → load. Whatever the reader accepts, the writer must write, the
// reader must read back, and a second save must give the same bytes.

#include "io/nativereader.h"
#include "io/nativewriter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    const bp::ReadResult first = bp::readNative(bytes);
    if (!first.ok())
        return 0;
    const QByteArray saved = bp::writeNative(*first.blueprint);
    const bp::ReadResult second = bp::readNative(saved);
    if (!second.ok())
        __builtin_trap(); // we wrote something we cannot read
    if (bp::writeNative(*second.blueprint) != saved)
        __builtin_trap(); // not a fixed point
    return 0;
}
