#pragma once
// Shared by the libFuzzer targets: a QCoreApplication-free harness (the decoders need none) and a
// way to stop with a crash libFuzzer records when a property of a decoder does not hold.

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FERRY_FUZZ_CHECK(condition)                                                                                   \
    do {                                                                                                              \
        if (!(condition)) {                                                                                           \
            std::fprintf(stderr, "property failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                    \
            std::abort();                                                                                             \
        }                                                                                                             \
    } while (false)

inline QByteArray fuzzBytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}
