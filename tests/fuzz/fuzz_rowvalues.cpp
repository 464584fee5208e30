// libFuzzer target: RowValuesCodec's question and answer decoders over arbitrary bytes; an
// accepted answer survives a round trip.

#include "FuzzSupport.h"
#include "net/RowValuesCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    (void)ferry::RowValuesCodec::decodeRequest(bytes);
    if (auto rows = ferry::RowValuesCodec::decode(bytes); rows.ok()) {
        for (const ferry::RowValues& row : rows.value()) {
            FERRY_FUZZ_CHECK(!row.table.isEmpty() && !row.key.isEmpty());
        }
        auto again = ferry::RowValuesCodec::decode(ferry::RowValuesCodec::encode(rows.value()));
        FERRY_FUZZ_CHECK(again.ok() && again->size() == rows->size());
    }
    return 0;
}
