// libFuzzer target: see fuzzchecks.h (checkNativeRoundTrip) for the property checked.

#include "fuzzchecks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    if (!bp::fuzz::checkNativeRoundTrip(bytes))
        __builtin_trap();
    return 0;
}
