#include "DeltaTransfer.h"

#include "common/TestKillPoint.h"
#include "net/ChunkDelta.h"
#include "net/ChunkLocator.h"
#include "net/NetLogging.h"
#include "site/SiteIndex.h"

#include <set>

namespace ferry {

namespace {

const QString capability = QStringLiteral("chunk-deltas");
// A message stays well under the agent's 1 MiB limit for every body but a chunk batch.
constexpr qsizetype messageBytes = 768 * 1024;

// Consecutive ranges of items, each within a message's count and size.
template<typename T, typename Size>
std::vector<std::pair<std::size_t, std::size_t>> messages(const std::vector<T>& items, Size size)
{
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    std::size_t from = 0;
    qsizetype bytes = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const qsizetype itemBytes = size(items[i]);
        if (i > from && (bytes + itemBytes > messageBytes || i - from >= std::size_t(ChunkDeltaCodec::maxEntries))) {
            ranges.emplace_back(from, i);
            from = i;
            bytes = 0;
        }
        bytes += itemBytes;
    }
    if (from < items.size()) {
        ranges.emplace_back(from, items.size());
    }
    return ranges;
}

QByteArray readAll(const ChunkLocator& locator, const std::vector<Chunk>& chunks)
{
    QByteArray bytes;
    for (const Chunk& chunk : chunks) {
        if (!locator.has(chunk.hash)) {
            return {};
        }
        auto read = locator.read(chunk.hash);
        if (!read) {
            return {};
        }
        bytes += read.value();
    }
    return bytes;
}

} // namespace

std::vector<ChunkRef> DeltaTransfer::push(RemoteSite& remote, const ChunkLocator& local,
                                          const std::vector<ChunkRef>& lacking, const ChunkPlaces& places,
                                          const RemoteSite::Moved& moved, const std::atomic_bool& cancelled)
{
    if (!remote.hasCapability(capability)) {
        return lacking;
    }
    std::vector<ChunkRef> whole;
    std::vector<ChunkRef> candidates;
    std::vector<BasisQuestion> questions;
    for (const ChunkRef& chunk : lacking) {
        const auto place = places.find(chunk.hash);
        if (place == places.end() || chunk.length < minChunkBytes) {
            whole.push_back(chunk);
            continue;
        }
        candidates.push_back(chunk);
        questions.push_back({.path = place->second.path, .offset = place->second.offset, .length = chunk.length});
    }
    std::vector<ChunkDeltaBytes> deltas;
    std::map<Sha256, quint32> lengths;
    for (const auto& [from, to] : messages(questions, [](const BasisQuestion& q) { return q.path.size() * 3 + 32; })) {
        const std::vector<BasisQuestion> part(questions.begin() + qsizetype(from), questions.begin() + qsizetype(to));
        auto signatures = cancelled ? Result<std::vector<BasisSignature>>(fail(QString())) : remote.signatures(part);
        for (std::size_t i = from; i < to; ++i) {
            const ChunkRef& chunk = candidates[i];
            const BasisSignature* signature = signatures ? &signatures->at(i - from) : nullptr;
            if (signature == nullptr || signature->basis.empty()) {
                whole.push_back(chunk);
                continue;
            }
            auto bytes = local.read(chunk.hash);
            auto delta = bytes ? ChunkDelta::delta(signature->signature, bytes.value()) : Result<QByteArray>(bytes.error());
            if (!delta || !ChunkDelta::pays(delta.value(), bytes.value())) {
                whole.push_back(chunk);
                continue;
            }
            deltas.push_back({.hash = chunk.hash, .length = chunk.length, .basis = signature->basis, .delta = std::move(delta).value()});
            lengths.emplace(chunk.hash, chunk.length);
        }
        if (!signatures && !cancelled) {
            qCDebug(lcClient).noquote() << "no signatures, chunks go whole:" << signatures.errorMessage();
        }
    }
    for (const auto& [from, to] : messages(deltas, &ChunkDeltaCodec::wireSize)) {
        const std::vector<ChunkDeltaBytes> part(deltas.begin() + qsizetype(from), deltas.begin() + qsizetype(to));
        auto failed = cancelled ? Result<std::vector<Sha256>>(fail(QString())) : remote.sendDeltas(part);
        const std::set<Sha256> notRebuilt = failed ? std::set<Sha256>(failed->begin(), failed->end()) : std::set<Sha256>();
        qint64 bytes = 0;
        for (const ChunkDeltaBytes& delta : part) {
            if (!failed || notRebuilt.contains(delta.hash)) {
                whole.push_back({delta.hash, delta.length});
            } else {
                bytes += delta.length;
            }
        }
        if (moved && bytes > 0) {
            moved(bytes);
        }
        testKillPoint("chunk-sent");
    }
    return whole;
}

std::vector<ChunkRef> DeltaTransfer::pull(RemoteSite& remote, const SiteIndex& localIndex, const ChunkLocator& local,
                                          const QString& storeFolder, const std::vector<ChunkRef>& needed,
                                          const ChunkPlaces& places, const RemoteSite::Moved& moved,
                                          const std::atomic_bool& cancelled)
{
    if (!remote.hasCapability(capability)) {
        return needed;
    }
    std::vector<ChunkRef> whole;
    std::vector<ChunkRef> candidates;
    std::vector<QByteArray> bases;
    std::vector<DeltaQuestion> questions;
    std::map<QString, std::vector<Chunk>> current;  // this side's chunks of a file, read once
    for (const ChunkRef& chunk : needed) {
        const auto place = places.find(chunk.hash);
        if (place == places.end() || chunk.length < minChunkBytes) {
            whole.push_back(chunk);
            continue;
        }
        auto known = current.find(place->second.path);
        if (known == current.end()) {
            auto digest = localIndex.digestOf(place->second.path);
            known = current.emplace(place->second.path, digest && digest.value() ? digest.value()->chunks : std::vector<Chunk>())
                        .first;
        }
        QByteArray basis = readAll(local, ChunkDelta::basisFor(known->second, place->second.offset, chunk.length));
        if (basis.isEmpty()) {
            whole.push_back(chunk);
            continue;
        }
        candidates.push_back(chunk);
        questions.push_back({.hash = chunk.hash, .signature = ChunkDelta::signature(basis)});
        bases.push_back(std::move(basis));
    }
    for (const auto& [from, to] : messages(questions, [](const DeltaQuestion& q) { return q.signature.size() + 48; })) {
        const std::vector<DeltaQuestion> part(questions.begin() + qsizetype(from), questions.begin() + qsizetype(to));
        auto deltas = cancelled ? Result<std::vector<ChunkDeltaBytes>>(fail(QString())) : remote.fetchDeltas(part);
        qint64 bytes = 0;
        for (std::size_t i = from; i < to; ++i) {
            const ChunkRef& chunk = candidates[i];
            auto rebuilt = deltas ? ChunkDelta::rebuild(bases[i], deltas->at(i - from).delta, chunk.length, chunk.hash)
                                  : Result<QByteArray>(deltas.error());
            if (!rebuilt || !ChunkLocator::store(storeFolder, chunk.hash, rebuilt.value())) {
                whole.push_back(chunk);
                continue;
            }
            bytes += chunk.length;
        }
        if (moved && bytes > 0) {
            moved(bytes);
        }
        testKillPoint("chunk-fetched");
    }
    return whole;
}

} // namespace ferry
