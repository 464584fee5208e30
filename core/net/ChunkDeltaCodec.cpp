#include "ChunkDeltaCodec.h"

#include "CborMessage.h"
#include "ChunkCompression.h"
#include "ChunkDelta.h"
#include "RelativePath.h"
#include "WireLimits.h"

#include <QCborArray>

namespace ferry {

namespace {

const QString kChunks = QStringLiteral("chunks");
const QString kSigs = QStringLiteral("sigs");
const QString kDeltas = QStringLiteral("deltas");
const QString kPath = QStringLiteral("path");
const QString kAt = QStringLiteral("at");
const QString kLength = QStringLiteral("len");
const QString kBasis = QStringLiteral("basis");
const QString kSig = QStringLiteral("sig");
const QString kHash = QStringLiteral("hash");
const QString kDelta = QStringLiteral("delta");
const QString kCompressed = QStringLiteral("z");

QCborArray hashArray(const std::vector<Sha256>& hashes)
{
    QCborArray array;
    for (const Sha256& hash : hashes) {
        array.append(cbor::hashBytes(hash));
    }
    return array;
}

bool readBasis(const QCborValue& value, std::vector<Sha256>& basis)
{
    const QCborArray array = value.toArray();
    if (!value.isArray() || array.size() > ChunkDelta::maxBasisChunks) {
        return false;
    }
    basis.resize(std::size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!cbor::readHash(array.at(i), basis[std::size_t(i)])) {
            return false;
        }
    }
    return true;
}

bool isLength(const QCborValue& value)
{
    return cbor::isCount(value) && value.toInteger() > 0 && value.toInteger() <= wire::maxChunkBytes;
}

Result<QCborArray> entries(const Result<QCborMap>& root, const QString& key, const QString& tooMany)
{
    if (!root) {
        return root.error();
    }
    const QCborValue value = root->value(key);
    if (!value.isArray() || value.toArray().size() > ChunkDeltaCodec::maxEntries) {
        return fail(tooMany);
    }
    return value.toArray();
}

} // namespace

QByteArray ChunkDeltaCodec::encodeQuestions(const std::vector<BasisQuestion>& questions)
{
    QCborArray array;
    for (const BasisQuestion& question : questions) {
        array.append(
            QCborMap { { kPath, question.path }, { kAt, qint64(question.offset) }, { kLength, question.length } });
    }
    QCborMap root = cbor::root();
    root.insert(kChunks, array);
    return root.toCborValue().toCbor();
}

Result<std::vector<BasisQuestion>> ChunkDeltaCodec::decodeQuestions(const QByteArray& bytes)
{
    auto array = entries(cbor::parseRoot(bytes, wire::maxRequestBodyBytes, tr("The signature question")), kChunks,
        tr("A signature question names at most %1 chunks.").arg(maxEntries));
    if (!array) {
        return array.error();
    }
    std::vector<BasisQuestion> questions;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QCborMap map = array->at(i).toMap();
        if (!cbor::isText(map.value(kPath), wire::maxPathBytes) || !cbor::isCount(map.value(kAt))
            || !isLength(map.value(kLength))) {
            return fail(tr("Chunk %1 of the signature question lacks its path, offset or length.").arg(i + 1));
        }
        auto path = RelativePath::parse(map.value(kPath).toString());
        if (!path) {
            return path.error();
        }
        questions.push_back({ .path = path->text(),
            .offset = quint64(map.value(kAt).toInteger()),
            .length = quint32(map.value(kLength).toInteger()) });
    }
    return questions;
}

QByteArray ChunkDeltaCodec::encodeSignatures(const std::vector<BasisSignature>& signatures)
{
    QCborArray array;
    for (const BasisSignature& signature : signatures) {
        array.append(QCborMap { { kBasis, hashArray(signature.basis) }, { kSig, signature.signature } });
    }
    QCborMap root = cbor::root();
    root.insert(kSigs, array);
    return root.toCborValue().toCbor();
}

Result<std::vector<BasisSignature>> ChunkDeltaCodec::decodeSignatures(const QByteArray& bytes, qsizetype maxBytes)
{
    auto array = entries(cbor::parseRoot(bytes, maxBytes, tr("The chunk signatures")), kSigs,
        tr("A signature answer holds at most %1 signatures.").arg(maxEntries));
    if (!array) {
        return array.error();
    }
    std::vector<BasisSignature> signatures;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QCborMap map = array->at(i).toMap();
        BasisSignature signature;
        if (!readBasis(map.value(kBasis), signature.basis) || !map.value(kSig).isByteArray()) {
            return fail(tr("Signature %1 lacks its basis or its bytes.").arg(i + 1));
        }
        signature.signature = map.value(kSig).toByteArray();
        if (signature.basis.empty() != signature.signature.isEmpty()) {
            return fail(tr("Signature %1 has a basis without a signature, or the reverse.").arg(i + 1));
        }
        if (!signature.basis.empty()) {
            if (auto checked = ChunkDelta::checkSignature(signature.signature); !checked) {
                return checked.error();
            }
        }
        signatures.push_back(std::move(signature));
    }
    return signatures;
}

QByteArray ChunkDeltaCodec::encodeDeltaQuestions(const std::vector<DeltaQuestion>& questions)
{
    QCborArray array;
    for (const DeltaQuestion& question : questions) {
        array.append(QCborMap { { kHash, cbor::hashBytes(question.hash) }, { kSig, question.signature } });
    }
    QCborMap root = cbor::root();
    root.insert(kChunks, array);
    return root.toCborValue().toCbor();
}

Result<std::vector<DeltaQuestion>> ChunkDeltaCodec::decodeDeltaQuestions(const QByteArray& bytes)
{
    auto array = entries(cbor::parseRoot(bytes, wire::maxRequestBodyBytes, tr("The delta question")), kChunks,
        tr("A delta question names at most %1 chunks.").arg(maxEntries));
    if (!array) {
        return array.error();
    }
    std::vector<DeltaQuestion> questions;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QCborMap map = array->at(i).toMap();
        DeltaQuestion question;
        if (!cbor::readHash(map.value(kHash), question.hash) || !map.value(kSig).isByteArray()) {
            return fail(tr("Chunk %1 of the delta question lacks its hash or signature.").arg(i + 1));
        }
        question.signature = map.value(kSig).toByteArray();
        if (auto checked = ChunkDelta::checkSignature(question.signature); !checked) {
            return checked.error();
        }
        questions.push_back(std::move(question));
    }
    return questions;
}

QByteArray ChunkDeltaCodec::encodeDeltas(const std::vector<ChunkDeltaBytes>& deltas)
{
    QCborArray array;
    for (const ChunkDeltaBytes& delta : deltas) {
        const std::optional<QByteArray> compressed
            = delta.delta.isEmpty() ? std::nullopt : ChunkCompression::compressIfWorthIt(delta.delta);
        array.append(QCborMap { { kHash, cbor::hashBytes(delta.hash) }, { kLength, delta.length },
            { kBasis, hashArray(delta.basis) }, { kDelta, compressed.value_or(delta.delta) },
            { kCompressed, compressed.has_value() } });
    }
    QCborMap root = cbor::root();
    root.insert(kDeltas, array);
    return root.toCborValue().toCbor();
}

Result<std::vector<ChunkDeltaBytes>> ChunkDeltaCodec::decodeDeltas(const QByteArray& bytes, qsizetype maxBytes)
{
    auto array = entries(cbor::parseRoot(bytes, maxBytes, tr("The chunk deltas")), kDeltas,
        tr("A delta message holds at most %1 deltas.").arg(maxEntries));
    if (!array) {
        return array.error();
    }
    std::vector<ChunkDeltaBytes> deltas;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QCborMap map = array->at(i).toMap();
        ChunkDeltaBytes delta;
        if (!cbor::readHash(map.value(kHash), delta.hash) || !isLength(map.value(kLength))
            || !readBasis(map.value(kBasis), delta.basis) || !map.value(kDelta).isByteArray()
            || !map.value(kCompressed).isBool()) {
            return fail(tr("Delta %1 lacks its hash, length, basis, bytes or compression flag.").arg(i + 1));
        }
        delta.length = quint32(map.value(kLength).toInteger());
        delta.delta = map.value(kDelta).toByteArray();
        if (map.value(kCompressed).toBool()) {
            auto expanded = ChunkCompression::decompress(delta.delta, maxDeltaBytes);
            if (!expanded) {
                return fail(tr("Delta %1: %2").arg(i + 1).arg(expanded.errorMessage()));
            }
            delta.delta = std::move(expanded).value();
        }
        if (delta.delta.size() > maxDeltaBytes) {
            return fail(tr("Delta %1 is larger than a delta can be.").arg(i + 1));
        }
        deltas.push_back(std::move(delta));
    }
    return deltas;
}

qsizetype ChunkDeltaCodec::wireSize(const ChunkDeltaBytes& delta)
{
    return 64 + qsizetype(delta.basis.size()) * 34 + delta.delta.size();
}

} // namespace ferry
