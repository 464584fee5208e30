#include "DeltaEndpoints.h"

#include "ChunkDelta.h"
#include "ChunkDeltaCodec.h"
#include "ChunkListCodec.h"
#include "ChunkLocator.h"
#include "NetLogging.h"
#include "WireLimits.h"
#include "common/TestKillPoint.h"
#include "site/SiteIndex.h"

#include <map>

namespace ferry {

namespace {

const QByteArray cborType = QByteArrayLiteral("application/cbor");

// The basis chunks' bytes, one after the other; empty when one of them cannot be read (gone, or
// its file changed since the last scan): then there is no basis and the chunk goes whole.
QByteArray basisBytes(const ChunkLocator& locator, const std::vector<Sha256>& basis)
{
    auto bytes = locator.readAll(basis);
    return bytes ? bytes.value() : QByteArray();
}

} // namespace

AgentReply DeltaEndpoints::signatures(
    const SiteIndex& index, const ChunkLocator& locator, const AgentRequest& request)
{
    auto questions = ChunkDeltaCodec::decodeQuestions(request.body);
    if (!questions) {
        return AgentEndpoints::error(400, questions.errorMessage());
    }
    std::map<QString, std::vector<Chunk>> current; // a file's chunks, read once for all its questions
    std::vector<BasisSignature> answer;
    for (const BasisQuestion& question : questions.value()) {
        auto known = current.find(question.path);
        if (known == current.end()) {
            auto digest = index.digestOf(question.path);
            if (!digest) {
                return AgentEndpoints::error(500, digest.errorMessage());
            }
            known
                = current.emplace(question.path, digest.value() ? digest.value()->chunks : std::vector<Chunk>()).first;
        }
        BasisSignature signature;
        for (const Chunk& chunk : ChunkDelta::basisFor(known->second, question.offset, question.length)) {
            signature.basis.push_back(chunk.hash);
        }
        const QByteArray basis = basisBytes(locator, signature.basis);
        if (basis.isEmpty()) {
            signature.basis.clear();
        } else {
            signature.signature = ChunkDelta::signature(basis);
        }
        answer.push_back(std::move(signature));
    }
    return { 200, cborType, ChunkDeltaCodec::encodeSignatures(answer) };
}

AgentReply DeltaEndpoints::storeDeltas(
    const QString& homePath, const Site& site, const ChunkLocator& locator, const AgentRequest& request)
{
    auto deltas = ChunkDeltaCodec::decodeDeltas(request.body, wire::maxRequestBodyBytes);
    if (!deltas) {
        return AgentEndpoints::error(400, deltas.errorMessage());
    }
    const QString store = ChunkLocator::storeFolder(homePath, site.uuid);
    std::vector<Sha256> failed;
    for (const ChunkDeltaBytes& delta : deltas.value()) {
        // Kept only when it is exactly the chunk the peer named; otherwise the peer sends it whole.
        auto rebuilt = ChunkDelta::rebuild(basisBytes(locator, delta.basis), delta.delta, delta.length, delta.hash);
        if (!rebuilt || !ChunkLocator::store(store, delta.hash, rebuilt.value())) {
            failed.push_back(delta.hash);
            continue;
        }
        testKillPoint("chunk-stored");
    }
    qCInfo(lcAgent).noquote() << "rebuilt" << deltas->size() - failed.size() << "of" << deltas->size()
                              << "chunks from deltas for" << site.name << "from" << request.peerName;
    return { 200, cborType, ChunkListCodec::encode(failed) };
}

AgentReply DeltaEndpoints::fetchDeltas(const Site& site, const ChunkLocator& locator, const AgentRequest& request)
{
    auto questions = ChunkDeltaCodec::decodeDeltaQuestions(request.body);
    if (!questions) {
        return AgentEndpoints::error(400, questions.errorMessage());
    }
    std::vector<ChunkDeltaBytes> answer;
    for (const DeltaQuestion& question : questions.value()) {
        ChunkDeltaBytes delta { .hash = question.hash };
        // A chunk this site lacks, or cannot read, gets no delta: the whole-chunk fetch that
        // follows says why.
        if (locator.has(question.hash)) {
            if (auto chunk = locator.read(question.hash)) {
                delta.length = quint32(chunk->size());
                if (auto made = ChunkDelta::delta(question.signature, chunk.value());
                    made && ChunkDelta::pays(made.value(), chunk.value())) {
                    delta.delta = std::move(made).value();
                }
            }
        }
        if (delta.length == 0) {
            delta.length = 1; // "len" is a chunk's length on the wire; no delta follows anyway
        }
        answer.push_back(std::move(delta));
    }
    qCDebug(lcAgent).noquote() << "answered" << answer.size() << "delta questions for" << site.name;
    return { 200, cborType, ChunkDeltaCodec::encodeDeltas(answer) };
}

} // namespace ferry
