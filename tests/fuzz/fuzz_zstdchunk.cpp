// libFuzzer target: ChunkCompression::decompress over arbitrary bytes. It never yields more than
// the limit, and what it yields compresses and expands back to itself.

#include "FuzzSupport.h"
#include "net/ChunkCompression.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    constexpr qsizetype limit = 256 * 1024;
    auto chunk = ferry::ChunkCompression::decompress(fuzzBytes(data, size), limit);
    if (chunk.ok()) {
        FERRY_FUZZ_CHECK(chunk->size() <= limit);
        auto again = ferry::ChunkCompression::decompress(ferry::ChunkCompression::compress(chunk.value()), limit);
        FERRY_FUZZ_CHECK(again.ok() && again.value() == chunk.value());
    }
    return 0;
}
