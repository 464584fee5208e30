// libFuzzer target: ChunkDeltaCodec's four decoders over arbitrary bytes (zstd expansion and
// signature header checks included). Whatever they accept stays within the bounds the agent and
// the client rely on before librsync sees it.

#include "FuzzSupport.h"
#include "net/ChunkDelta.h"
#include "net/ChunkDeltaCodec.h"
#include "net/WireLimits.h"

using namespace ferry;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    if (auto questions = ChunkDeltaCodec::decodeQuestions(bytes); questions.ok()) {
        FERRY_FUZZ_CHECK(questions->size() <= std::size_t(ChunkDeltaCodec::maxEntries));
        for (const BasisQuestion& question : questions.value()) {
            FERRY_FUZZ_CHECK(!question.path.startsWith(QLatin1Char('/')) && question.length > 0
                && question.length <= quint32(wire::maxChunkBytes));
        }
    }
    if (auto signatures = ChunkDeltaCodec::decodeSignatures(bytes, wire::maxManifestBytes); signatures.ok()) {
        for (const BasisSignature& signature : signatures.value()) {
            FERRY_FUZZ_CHECK(signature.basis.size() <= std::size_t(ChunkDelta::maxBasisChunks));
            FERRY_FUZZ_CHECK(signature.basis.empty() || ChunkDelta::checkSignature(signature.signature).ok());
        }
    }
    if (auto questions = ChunkDeltaCodec::decodeDeltaQuestions(bytes); questions.ok()) {
        for (const DeltaQuestion& question : questions.value()) {
            FERRY_FUZZ_CHECK(question.signature.size() <= ChunkDelta::maxSignatureBytes);
        }
    }
    if (auto deltas = ChunkDeltaCodec::decodeDeltas(bytes, wire::maxRequestBodyBytes); deltas.ok()) {
        for (const ChunkDeltaBytes& delta : deltas.value()) {
            FERRY_FUZZ_CHECK(delta.delta.size() <= ChunkDeltaCodec::maxDeltaBytes);
            FERRY_FUZZ_CHECK(delta.length > 0 && delta.length <= quint32(wire::maxChunkBytes));
        }
    }
    return 0;
}
