#include "ChunkBatchCodec.h"

#include "CborMessage.h"
#include "CborStream.h"
#include "ChunkCompression.h"
#include "ChunkListCodec.h"
#include "WireLimits.h"

#include <QCborArray>
#include <QCborStreamWriter>

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
    // Written straight into the bytes, not built as a QCborMap tree first (which copied every
    // chunk in and out again): the bytes the tree gave, keys in the same order.
    QByteArray bytes;
    QCborStreamWriter writer(&bytes);
    cbor::beginArrayMessage(writer, kChunks, quint64(chunks.size()));
    for (const ChunkBytes& chunk : chunks) {
        const std::optional<QByteArray> compressed = ChunkCompression::compressIfWorthIt(chunk.bytes);
        writer.startMap(3);
        writer.append(kHash);
        writer.append(cbor::hashBytes(chunk.hash));
        writer.append(kData);
        writer.append(compressed.value_or(chunk.bytes));
        writer.append(kCompressed);
        writer.append(compressed.has_value());
        writer.endMap();
    }
    cbor::endArrayMessage(writer);
    return bytes;
}

Result<std::vector<ChunkBytes>> ChunkBatchCodec::decode(const QByteArray& bytes, qsizetype maxBytes)
{
    // Read as a stream: a batch carries up to 2 MiB of chunks (see CborStream).
    const QString tooMany = tr("A chunk batch holds at most %1 chunks.").arg(maxChunks);
    std::vector<ChunkBytes> chunks;
    const cbor::ArrayField array{kChunks, maxChunks, [&](qsizetype) { return tooMany; }, tooMany};
    auto read = cbor::readArrayMessage(bytes, maxBytes, tr("The chunk batch"), array,
                                       [&](QCborStreamReader& reader, qsizetype i) -> Result<void> {
        auto chunk = decodeChunk(reader, i + 1);
        if (!chunk) {
            return chunk.error();
        }
        chunks.push_back(std::move(chunk).value());
        return {};
    });
    if (!read) {
        return read.error();
    }
    return chunks;
}

Result<ChunkBytes> ChunkBatchCodec::decodeChunk(QCborStreamReader& reader, qsizetype number)
{
    cbor::Field<QByteArray> hash;
    cbor::Field<QByteArray> data;
    cbor::Field<bool> compressed;
    const bool map = reader.isMap() && cbor::readMap(reader, [&](const QString& key, QCborStreamReader& r) {
        if (key == kHash) {
            hash.present = true;
            hash.valid = cbor::readBytes(r, hash.value);
        } else if (key == kData) {
            data.present = true;
            data.valid = cbor::readBytes(r, data.value);
        } else if (key == kCompressed) {
            compressed.present = true;
            compressed.valid = cbor::readBool(r, compressed.value);
        } else {
            cbor::skip(r);
        }
    });
    if (!map) {
        cbor::skip(reader);
    }
    ChunkBytes chunk;
    if (!hash.ok() || !cbor::readHash(hash.value, chunk.hash) || !data.ok() || !compressed.ok()) {
        return fail(tr("Chunk %1 of the batch lacks its hash, data or compression flag.").arg(number));
    }
    chunk.bytes = std::move(data.value);
    if (compressed.value) {
        auto expanded = ChunkCompression::decompress(chunk.bytes, wire::maxChunkBytes);
        if (!expanded) {
            return fail(tr("Chunk %1 of the batch: %2").arg(number).arg(expanded.errorMessage()));
        }
        chunk.bytes = std::move(expanded).value();
    }
    if (chunk.bytes.size() > wire::maxChunkBytes) {
        return fail(tr("Chunk %1 of the batch is larger than a chunk can be.").arg(number));
    }
    if (ContentHasher::sha256(chunk.bytes) != chunk.hash) {
        return fail(tr("Chunk %1 of the batch does not match its hash %2 (damaged in transit?).")
                        .arg(number)
                        .arg(ChunkListCodec::toHex(chunk.hash)));
    }
    return chunk;
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
