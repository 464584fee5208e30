// libFuzzer target: ApplyBatchCodec::decode and decodeOutcomes over arbitrary bytes. Every path
// it accepts is a valid RelativePath, every live file's chunks add up to its size, and what it
// accepts survives a round trip through encode (inline content included, byte for byte).

#include "FuzzSupport.h"
#include "net/ApplyBatchCodec.h"
#include "net/RelativePath.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    auto items = ferry::ApplyBatchCodec::decode(bytes);
    if (items.ok()) {
        for (const ferry::ApplyItem& item : items.value()) {
            if (item.kind == ferry::FeedEntry::Kind::File) {
                FERRY_FUZZ_CHECK(ferry::RelativePath::parse(item.path).ok());
                if (!item.deleted && !item.versionOnly) {
                    qint64 total = 0;
                    for (const ferry::Chunk& chunk : item.chunks) {
                        total += chunk.length;
                    }
                    FERRY_FUZZ_CHECK(total == item.size);
                }
                // Inline content only on a live file, expanded to exactly its size.
                if (item.content) {
                    FERRY_FUZZ_CHECK(!item.deleted && !item.versionOnly);
                    FERRY_FUZZ_CHECK(item.content->size() == item.size);
                }
            }
        }
        auto again = ferry::ApplyBatchCodec::decode(ferry::ApplyBatchCodec::encode(items.value()));
        FERRY_FUZZ_CHECK(again.ok());
        FERRY_FUZZ_CHECK(again->size() == items->size());
        for (std::size_t i = 0; i < items->size(); ++i) {
            FERRY_FUZZ_CHECK(again->at(i).content == items->at(i).content);
        }
    }
    (void)ferry::ApplyBatchCodec::decodeOutcomes(bytes, 3);
    return 0;
}
