// libFuzzer target: ChunkListCodec::decode and parseHex over arbitrary bytes; accepted lists
// round-trip exactly.

#include "FuzzSupport.h"
#include "net/ChunkListCodec.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    auto list = ferry::ChunkListCodec::decode(bytes);
    if (list.ok()) {
        auto again = ferry::ChunkListCodec::decode(ferry::ChunkListCodec::encode(list.value()));
        FERRY_FUZZ_CHECK(again.ok() && again.value() == list.value());
    }
    auto hash = ferry::ChunkListCodec::parseHex(QString::fromLatin1(bytes));
    if (hash.ok()) {
        FERRY_FUZZ_CHECK(ferry::ChunkListCodec::toHex(hash.value()) == QString::fromLatin1(bytes));
    }
    return 0;
}
