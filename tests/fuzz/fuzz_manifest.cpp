// libFuzzer target: FileManifestCodec's question and answer decoders over arbitrary bytes. Every
// path they accept is a valid RelativePath; an accepted answer survives a round trip.

#include "FuzzSupport.h"
#include "net/FileManifestCodec.h"
#include "net/RelativePath.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    if (auto paths = ferry::FileManifestCodec::decodeRequest(bytes); paths.ok()) {
        for (const QString& path : paths.value()) {
            FERRY_FUZZ_CHECK(ferry::RelativePath::parse(path).ok());
        }
    }
    if (auto files = ferry::FileManifestCodec::decode(bytes); files.ok()) {
        for (const ferry::FileManifest& file : files.value()) {
            FERRY_FUZZ_CHECK(ferry::RelativePath::parse(file.path).ok());
        }
        auto again = ferry::FileManifestCodec::decode(ferry::FileManifestCodec::encode(files.value()));
        FERRY_FUZZ_CHECK(again.ok() && again->size() == files->size());
    }
    return 0;
}
