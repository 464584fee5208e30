// libFuzzer target: CheckpointMessage::decode over arbitrary bytes. Accepted sets name only valid
// resources with non-negative change numbers, and survive a round trip through encode.

#include "FuzzSupport.h"
#include "net/CheckpointMessage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto set = ferry::CheckpointMessage::decode(fuzzBytes(data, size));
    if (set.ok()) {
        for (const auto& [resource, sequence] : set->checkpoints) {
            FERRY_FUZZ_CHECK(ferry::CheckpointMessage::isResource(resource) && sequence >= 0);
        }
        auto again = ferry::CheckpointMessage::decode(ferry::CheckpointMessage::encode(set.value()));
        FERRY_FUZZ_CHECK(again.ok() && again->peer == set->peer && again->checkpoints == set->checkpoints);
    }
    return 0;
}
