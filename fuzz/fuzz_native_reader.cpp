// libFuzzer target: see fuzzchecks.h (checkNativeReader) for the property checked.

#include "fuzzchecks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    if (!bp::fuzz::checkNativeReader(bytes))
        __builtin_trap();
    return 0;
}
