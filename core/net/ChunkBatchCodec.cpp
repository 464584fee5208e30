#include "ChunkBatchCodec.h"

#include "CborMessage.h"
#include "ChunkCompression.h"
#include "ChunkListCodec.h"
#include "WireLimits.h"

#include <QCborArray>

namespace ferry {

namespace {

const QString kChunks = QStringLiteral("chunks");
const QString kHashes = QStringLiteral("hashes");
const QString kHash = QStringLiteral("hash");
const QString kData = QStringLiteral("data");
const QString kCompressed = QStringLiteral("z");

} // namespace

QByteArray ChunkBatchCodec::encode(const std::vector<ChunkBytes>& chunks)
{
    QCborArray array;
    for (const ChunkBytes& chunk : chunks) {
        const std::optional<QByteArray> compressed = ChunkCompression::compressIfWorthIt(chunk.bytes);
        array.append(QCborMap{{kHash, cbor::hashBytes(chunk.hash)},
                              {kData, compressed.value_or(chunk.bytes)},
                              {kCompressed, compressed.has_value()}});
    }
    QCborMap root = cbor::root();
    root.insert(kChunks, array);
    return root.toCborValue().toCbor();
}

Result<std::vector<ChunkBytes>> ChunkBatchCodec::decode(const QByteArray& bytes, qsizetype maxBytes)
{
    auto root = cbor::parseRoot(bytes, maxBytes, tr("The chunk batch"));
    if (!root) {
        return root.error();
    }
    const QCborArray array = root->value(kChunks).toArray();
    if (!root->value(kChunks).isArray() || array.size() > maxChunks) {
        return fail(tr("A chunk batch holds at most %1 chunks.").arg(maxChunks));
    }
    std::vector<ChunkBytes> chunks;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QCborMap map = array.at(i).toMap();
        ChunkBytes chunk;
        if (!cbor::readHash(map.value(kHash), chunk.hash) || !map.value(kData).isByteArray()
            || !map.value(kCompressed).isBool()) {
            return fail(tr("Chunk %1 of the batch lacks its hash, data or compression flag.").arg(i + 1));
        }
        chunk.bytes = map.value(kData).toByteArray();
        if (map.value(kCompressed).toBool()) {
            auto expanded = ChunkCompression::decompress(chunk.bytes, wire::maxChunkBytes);
            if (!expanded) {
                return fail(tr("Chunk %1 of the batch: %2").arg(i + 1).arg(expanded.errorMessage()));
            }
            chunk.bytes = std::move(expanded).value();
        }
        if (chunk.bytes.size() > wire::maxChunkBytes) {
            return fail(tr("Chunk %1 of the batch is larger than a chunk can be.").arg(i + 1));
        }
        if (ContentHasher::sha256(chunk.bytes) != chunk.hash) {
            return fail(tr("Chunk %1 of the batch does not match its hash %2 (damaged in transit?).")
                            .arg(i + 1)
                            .arg(ChunkListCodec::toHex(chunk.hash)));
        }
        chunks.push_back(std::move(chunk));
    }
    return chunks;
}

QByteArray ChunkBatchCodec::encodeRequest(const std::vector<Sha256>& hashes)
{
    QCborArray array;
    for (const Sha256& hash : hashes) {
        array.append(cbor::hashBytes(hash));
    }
    QCborMap root = cbor::root();
    root.insert(kHashes, array);
    return root.toCborValue().toCbor();
}

Result<std::vector<Sha256>> ChunkBatchCodec::decodeRequest(const QByteArray& bytes)
{
    auto root = cbor::parseRoot(bytes, wire::maxRequestBodyBytes, tr("The chunk request"));
    if (!root) {
        return root.error();
    }
    const QCborArray array = root->value(kHashes).toArray();
    if (!root->value(kHashes).isArray() || array.size() > maxChunks) {
        return fail(tr("A chunk request names at most %1 chunks.").arg(maxChunks));
    }
    std::vector<Sha256> hashes(std::size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!cbor::readHash(array.at(i), hashes[std::size_t(i)])) {
            return fail(tr("Chunk %1 of the request is not named by a 32-byte hash.").arg(i + 1));
        }
    }
    return hashes;
}

} // namespace ferry
