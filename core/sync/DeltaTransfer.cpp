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

// Deltas are tried while they pay for enough of the chunks: a run that rewrote files whole (new
// images, rebuilt bundles) stops spending CPU and signatures on them after the first few dozen.
struct Payoff {
    int tried = 0;
    int paid = 0;
    void count(bool pays)
    {
        ++tried;
        paid += pays ? 1 : 0;
    }
    bool worthTrying() const { return tried < 64 || paid * 4 >= tried; }
};

} // namespace

bool DeltaTransfer::available(const RemoteSite& remote)
{
    return remote.hasCapability(capability);
}

std::vector<ChunkRef> DeltaTransfer::push(RemoteSite& remote, const ChunkLocator& local,
    const std::vector<ChunkRef>& lacking, const ChunkPlaces& places, const RemoteSite::Moved& moved,
    const std::atomic_bool& cancelled)
{
    if (!available(remote)) {
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
        questions.push_back({ .path = place->second.path, .offset = place->second.offset, .length = chunk.length });
    }
    Payoff payoff;
    std::vector<ChunkDeltaBytes> deltas;
    for (const auto& [from, to] : messages(questions, [](const BasisQuestion& q) { return q.path.size() * 3 + 32; })) {
        if (cancelled || !payoff.worthTrying()) {
            whole.insert(whole.end(), candidates.begin() + qsizetype(from), candidates.begin() + qsizetype(to));
            continue;
        }
        const std::vector<BasisQuestion> part(questions.begin() + qsizetype(from), questions.begin() + qsizetype(to));
        auto signatures = remote.signatures(part);
        if (!signatures) {
            qCDebug(lcClient).noquote() << "no signatures, chunks go whole:" << signatures.errorMessage();
        }
        for (std::size_t i = from; i < to; ++i) {
            const ChunkRef& chunk = candidates[i];
            const BasisSignature* signature = signatures ? &signatures->at(i - from) : nullptr;
            if (signature == nullptr || signature->basis.empty()) {
                whole.push_back(chunk);
                continue;
            }
            auto bytes = local.read(chunk.hash);
            auto delta
                = bytes ? ChunkDelta::delta(signature->signature, bytes.value()) : Result<QByteArray>(bytes.error());
            const bool pays = delta && ChunkDelta::pays(delta.value(), bytes.value());
            payoff.count(pays);
            if (!pays) {
                whole.push_back(chunk);
                continue;
            }
            deltas.push_back({ .hash = chunk.hash,
                .length = chunk.length,
                .basis = signature->basis,
                .delta = std::move(delta).value() });
        }
    }
    for (const auto& [from, to] : messages(deltas, &ChunkDeltaCodec::wireSize)) {
        const std::vector<ChunkDeltaBytes> part(deltas.begin() + qsizetype(from), deltas.begin() + qsizetype(to));
        auto failed = cancelled ? Result<std::vector<Sha256>>(fail(QString())) : remote.sendDeltas(part);
        const std::set<Sha256> notRebuilt
            = failed ? std::set<Sha256>(failed->begin(), failed->end()) : std::set<Sha256>();
        qint64 bytes = 0;
        for (const ChunkDeltaBytes& delta : part) {
            if (!failed || notRebuilt.contains(delta.hash)) {
                whole.push_back({ delta.hash, delta.length });
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
    const QString& storeFolder, const std::vector<ChunkRef>& needed, const ChunkPlaces& places,
    const RemoteSite::Moved& moved, const std::atomic_bool& cancelled)
{
    if (!available(remote)) {
        return needed;
    }
    struct Candidate {
        ChunkRef chunk;
        std::vector<Chunk> basis;
        qsizetype signatureBytes = 0;
    };
    std::vector<ChunkRef> whole;
    std::vector<Candidate> candidates;
    std::map<QString, std::vector<Chunk>> current; // this side's chunks of a file, read once
    for (const ChunkRef& chunk : needed) {
        const auto place = places.find(chunk.hash);
        if (place == places.end() || chunk.length < minChunkBytes) {
            whole.push_back(chunk);
            continue;
        }
        auto known = current.find(place->second.path);
        if (known == current.end()) {
            auto digest = localIndex.digestOf(place->second.path);
            known = current
                        .emplace(place->second.path,
                            digest && digest.value() ? digest.value()->chunks : std::vector<Chunk>())
                        .first;
        }
        Candidate candidate { .chunk = chunk,
            .basis = ChunkDelta::basisFor(known->second, place->second.offset, chunk.length) };
        qsizetype basisBytes = 0;
        for (const Chunk& part : candidate.basis) {
            basisBytes += qsizetype(part.length);
        }
        if (basisBytes == 0) {
            whole.push_back(chunk);
            continue;
        }
        const int block = ChunkDelta::blockLength(basisBytes);
        candidate.signatureBytes = 12 + (basisBytes + block - 1) / block * (4 + ChunkDelta::strongLength);
        candidates.push_back(std::move(candidate));
    }
    // Signed a message at a time, so that a run whose chunks turn out to have little in common
    // with what is here stops reading and signing early.
    Payoff payoff;
    for (const auto& [from, to] : messages(candidates, [](const Candidate& c) { return c.signatureBytes + 48; })) {
        if (cancelled || !payoff.worthTrying()) {
            for (std::size_t i = from; i < to; ++i) {
                whole.push_back(candidates[i].chunk);
            }
            continue;
        }
        std::vector<const Candidate*> asked;
        std::vector<QByteArray> bases;
        std::vector<DeltaQuestion> questions;
        for (std::size_t i = from; i < to; ++i) {
            auto read = local.readAll(candidates[i].basis);
            QByteArray basis = read ? read.value() : QByteArray();
            if (basis.isEmpty()) {
                whole.push_back(candidates[i].chunk);
                continue;
            }
            asked.push_back(&candidates[i]);
            questions.push_back({ .hash = candidates[i].chunk.hash, .signature = ChunkDelta::signature(basis) });
            bases.push_back(std::move(basis));
        }
        auto deltas = questions.empty() ? Result<std::vector<ChunkDeltaBytes>>(std::vector<ChunkDeltaBytes>())
                                        : remote.fetchDeltas(questions);
        qint64 bytes = 0;
        for (std::size_t i = 0; i < asked.size(); ++i) {
            const ChunkRef& chunk = asked[i]->chunk;
            auto rebuilt = deltas ? ChunkDelta::rebuild(bases[i], deltas->at(i).delta, chunk.length, chunk.hash)
                                  : Result<QByteArray>(deltas.error());
            const bool stored = rebuilt && ChunkLocator::store(storeFolder, chunk.hash, rebuilt.value());
            payoff.count(stored);
            if (!stored) {
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
