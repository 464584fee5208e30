// libFuzzer target: ChunkBatchCodec's decoders over arbitrary bytes (zstd expansion included).
// Every chunk it accepts matches its hash and fits a chunk's size.

#include "FuzzSupport.h"
#include "net/ChunkBatchCodec.h"
#include "net/WireLimits.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    (void)ferry::ChunkBatchCodec::decodeRequest(bytes);
    if (auto chunks = ferry::ChunkBatchCodec::decode(bytes, ferry::wire::maxApplyBodyBytes); chunks.ok()) {
        for (const ferry::ChunkBytes& chunk : chunks.value()) {
            FERRY_FUZZ_CHECK(chunk.bytes.size() <= ferry::wire::maxChunkBytes);
            FERRY_FUZZ_CHECK(ferry::ContentHasher::sha256(chunk.bytes) == chunk.hash);
        }
    }
    return 0;
}
