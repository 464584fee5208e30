#include "CborMessage.h"

#include "WireLimits.h"

#include <QCborStreamReader>
#include <QCoreApplication>

#include <algorithm>

namespace ferry::cbor {

Result<QCborMap> parseRoot(const QByteArray& bytes, qsizetype maxBytes, const QString& what)
{
    if (bytes.size() > maxBytes) {
        return fail(QCoreApplication::translate("CborMessage", "%1 is larger than %2 bytes.").arg(what).arg(maxBytes));
    }
    // One CBOR item and nothing after it: trailing bytes would be a second, unchecked message.
    QCborStreamReader reader(bytes);
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError) {
        return fail(QCoreApplication::translate("CborMessage", "%1 is not valid CBOR: %2.").arg(what, reader.lastError().toString()));
    }
    if (reader.currentOffset() != bytes.size()) {
        return fail(QCoreApplication::translate("CborMessage", "%1 is not valid CBOR: there are bytes after its end.").arg(what));
    }
    if (!value.isMap()) {
        return fail(QCoreApplication::translate("CborMessage", "%1 is not a CBOR map.").arg(what));
    }
    const QCborMap map = value.toMap();
    const QCborValue version = map.value(QStringLiteral("v"));
    if (!version.isInteger() || version.toInteger() != wire::protocolVersion) {
        return fail(QCoreApplication::translate("CborMessage", "%1 has protocol version %2; this build reads version %3.")
                        .arg(what, version.isInteger() ? QString::number(version.toInteger()) : QStringLiteral("?"))
                        .arg(wire::protocolVersion));
    }
    return map;
}

QCborMap root()
{
    return QCborMap{{QStringLiteral("v"), wire::protocolVersion}};
}

bool isText(const QCborValue& value, int maxBytes)
{
    return value.isString() && value.toString().toUtf8().size() <= maxBytes;
}

bool isCount(const QCborValue& value)
{
    return value.isInteger() && value.toInteger() >= 0;
}

QByteArray hashBytes(const Sha256& hash)
{
    return QByteArray(reinterpret_cast<const char*>(hash.data()), qsizetype(hash.size()));
}

bool readHash(const QCborValue& value, Sha256& hash)
{
    return value.isByteArray() && readHash(value.toByteArray(), hash);
}

bool readHash(const QByteArray& bytes, Sha256& hash)
{
    if (bytes.size() != qsizetype(hash.size())) {
        return false;
    }
    std::copy(bytes.cbegin(), bytes.cend(), hash.begin());
    return true;
}

bool readChunkList(const QCborValue& value, qint64 size, std::vector<Chunk>& chunks)
{
    return value.isByteArray() && readChunkList(value.toByteArray(), size, chunks);
}

bool readChunkList(const QByteArray& bytes, qint64 size, std::vector<Chunk>& chunks)
{
    if (bytes.size() % 36 != 0 || bytes.size() / 36 > wire::maxChunksPerFile) {
        return false;
    }
    chunks = ContentDigest::chunksFromBytes(bytes);
    qint64 total = 0;
    for (const Chunk& chunk : chunks) {
        if (chunk.length == 0 || chunk.length > quint32(wire::maxChunkBytes)) {
            return false;
        }
        total += chunk.length;
    }
    return total == size;
}

} // namespace ferry::cbor
