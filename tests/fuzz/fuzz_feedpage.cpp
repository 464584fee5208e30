// libFuzzer target: FeedPageCodec::decode over arbitrary bytes. Every path it accepts is a valid
// RelativePath, and what it accepts survives a round trip through encode.

#include "FuzzSupport.h"
#include "net/FeedPageCodec.h"
#include "net/RelativePath.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto page = ferry::FeedPageCodec::decode(fuzzBytes(data, size));
    if (page.ok()) {
        for (const ferry::FeedEntry& entry : page->entries) {
            if (entry.kind == ferry::FeedEntry::Kind::File) {
                FERRY_FUZZ_CHECK(ferry::RelativePath::parse(entry.path).ok());
            }
        }
        auto again = ferry::FeedPageCodec::decode(ferry::FeedPageCodec::encode(page.value()));
        FERRY_FUZZ_CHECK(again.ok());
        FERRY_FUZZ_CHECK(again->entries.size() == page->entries.size());
        FERRY_FUZZ_CHECK(again->lastSequence == page->lastSequence);
    }
    return 0;
}
