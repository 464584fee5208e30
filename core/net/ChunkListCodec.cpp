#include "ChunkListCodec.h"

#include "WireLimits.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>

#include <algorithm>

namespace ferry {

namespace {

const QString kVersion = QStringLiteral("v");
const QString kChunks = QStringLiteral("chunks");

} // namespace

QByteArray ChunkListCodec::encode(const std::vector<Sha256>& hashes)
{
    QCborArray list;
    for (const Sha256& hash : hashes) {
        list.append(QByteArray(reinterpret_cast<const char*>(hash.data()), qsizetype(hash.size())));
    }
    return QCborValue(QCborMap{{kVersion, wire::protocolVersion}, {kChunks, list}}).toCbor();
}

Result<std::vector<Sha256>> ChunkListCodec::decode(const QByteArray& bytes)
{
    if (bytes.size() > wire::maxChunkListBytes) {
        return fail(tr("The chunk list is larger than %1 bytes.").arg(wire::maxChunkListBytes));
    }
    // One CBOR item and nothing after it: trailing bytes would be a second, unchecked message.
    QCborStreamReader reader(bytes);
    const QCborValue root = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError) {
        return fail(tr("The chunk list is not valid CBOR: %1.").arg(reader.lastError().toString()));
    }
    if (reader.currentOffset() != bytes.size()) {
        return fail(tr("The chunk list is not valid CBOR: there are bytes after its end."));
    }
    if (!root.isMap()) {
        return fail(tr("The chunk list is not a CBOR map."));
    }
    const QCborValue version = root.toMap().value(kVersion);
    if (!version.isInteger() || version.toInteger() != wire::protocolVersion) {
        return fail(tr("The chunk list has an unknown protocol version; this build reads version %1.")
                        .arg(wire::protocolVersion));
    }
    const QCborValue chunks = root.toMap().value(kChunks);
    if (!chunks.isArray()) {
        return fail(tr("The chunk list has no 'chunks' array."));
    }
    const QCborArray list = chunks.toArray();
    if (list.size() > wire::maxChunksPerList) {
        return fail(tr("The chunk list names %1 chunks; at most %2 are accepted.")
                        .arg(list.size())
                        .arg(wire::maxChunksPerList));
    }
    std::vector<Sha256> hashes;
    hashes.reserve(std::size_t(list.size()));
    for (const QCborValue& value : list) {
        const QByteArray bytes_ = value.toByteArray();
        if (!value.isByteArray() || bytes_.size() != 32) {
            return fail(tr("A chunk hash in the list is not 32 bytes."));
        }
        Sha256 hash{};
        std::copy(bytes_.cbegin(), bytes_.cend(), hash.begin());
        hashes.push_back(hash);
    }
    return hashes;
}

Result<Sha256> ChunkListCodec::parseHex(const QString& text)
{
    static const QString digits = QStringLiteral("0123456789abcdef");
    if (text.size() != 64 || !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return digits.contains(c); })) {
        return fail(tr("'%1' is not a SHA-256 hash (64 lowercase hexadecimal digits).").arg(text.left(80)));
    }
    const QByteArray bytes = QByteArray::fromHex(text.toLatin1());
    Sha256 hash{};
    std::copy(bytes.cbegin(), bytes.cend(), hash.begin());
    return hash;
}

QString ChunkListCodec::toHex(const Sha256& hash)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(hash.data()), qsizetype(hash.size())).toHex());
}

} // namespace ferry
