// libFuzzer target: HelloMessage::decode over arbitrary bytes. What it accepts must survive a
// round trip through encode unchanged.

#include "FuzzSupport.h"
#include "net/HelloMessage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto hello = ferry::HelloMessage::decode(fuzzBytes(data, size));
    if (hello.ok()) {
        auto again = ferry::HelloMessage::decode(ferry::HelloMessage::encode(hello.value()));
        FERRY_FUZZ_CHECK(again.ok());
        FERRY_FUZZ_CHECK(again.value() == hello.value());
        (void)ferry::HelloMessage::negotiate(hello.value(), 1, 1);
    }
    return 0;
}
