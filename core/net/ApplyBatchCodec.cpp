#include "ApplyBatchCodec.h"

#include "CborMessage.h"
#include "ChunkCompression.h"
#include "RelativePath.h"
#include "WireLimits.h"

#include <QCborArray>
#include <QCborStreamWriter>

namespace ferry {

namespace {

const QString kItems = QStringLiteral("items");
const QString kResults = QStringLiteral("results");
const QString kKind = QStringLiteral("kind");
const QString kPath = QStringLiteral("path");
const QString kTable = QStringLiteral("table");
const QString kKey = QStringLiteral("key");
const QString kDeleted = QStringLiteral("del");
const QString kVersionOnly = QStringLiteral("vonly");
const QString kVersion = QStringLiteral("ver");
const QString kTimestamp = QStringLiteral("hlc");
const QString kBase = QStringLiteral("base");
const QString kHash = QStringLiteral("hash");
const QString kSize = QStringLiteral("size");
const QString kChunks = QStringLiteral("chunks");
const QString kValues = QStringLiteral("values");
const QString kData = QStringLiteral("data");
const QString kCompressed = QStringLiteral("z");
const QString kOk = QStringLiteral("ok");
const QString kError = QStringLiteral("error");

QByteArray chunkListBytes(const std::vector<Chunk>& chunks)
{
    ContentDigest digest;
    digest.chunks = chunks;
    return digest.chunkListBytes();
}

} // namespace

QByteArray ApplyBatchCodec::encode(const std::vector<ApplyItem>& items)
{
    // Written straight into the bytes rather than built as a QCborMap tree first: a batch carries
    // up to 16 MiB of file content, which the tree copied in and then out again. The bytes are
    // those the tree gave: definite lengths, keys in the same order.
    QByteArray bytes;
    QCborStreamWriter writer(&bytes);
    writer.startMap(2);
    writer.append(QLatin1StringView("v"));
    writer.append(qint64(wire::protocolVersion));
    writer.append(kItems);
    writer.startArray(quint64(items.size()));
    for (const ApplyItem& item : items) {
        const bool file = item.kind == FeedEntry::Kind::File;
        const bool withContent = file && !item.deleted && !item.versionOnly;
        const std::optional<QByteArray> compressed =
            withContent && item.content ? ChunkCompression::compressIfWorthIt(*item.content) : std::nullopt;
        quint64 fields = 5 + (item.base ? 1 : 0);
        if (file) {
            fields += 1 + (item.deleted ? 0 : 2) + (withContent ? 1 : 0) + (withContent && item.content ? 2 : 0);
        } else {
            fields += 2 + (!item.deleted && !item.versionOnly ? 1 : 0);
        }
        writer.startMap(fields);
        writer.append(kKind);
        writer.append(file ? QLatin1StringView("file") : QLatin1StringView("row"));
        writer.append(kDeleted);
        writer.append(item.deleted);
        writer.append(kVersionOnly);
        writer.append(item.versionOnly);
        writer.append(kVersion);
        writer.append(QLatin1StringView(item.version.toText()));
        writer.append(kTimestamp);
        writer.append(qint64(item.timestamp.packed()));
        if (item.base) {
            writer.append(kBase);
            writer.append(QLatin1StringView(item.base->toText()));
        }
        if (file) {
            writer.append(kPath);
            writer.append(item.path);
            if (!item.deleted) {
                writer.append(kHash);
                writer.append(cbor::hashBytes(item.hash));
                writer.append(kSize);
                writer.append(item.size);
                if (withContent) {
                    writer.append(kChunks);
                    writer.append(chunkListBytes(item.chunks));
                    if (item.content) {
                        writer.append(kData);
                        writer.append(compressed.value_or(*item.content));
                        writer.append(kCompressed);
                        writer.append(compressed.has_value());
                    }
                }
            }
        } else {
            writer.append(kTable);
            writer.append(item.table);
            writer.append(kKey);
            writer.append(item.key);
            if (!item.deleted && !item.versionOnly) {
                writer.append(kValues);
                QCborValue(item.values).toCbor(writer);
            }
        }
        writer.endMap();
    }
    writer.endArray();
    writer.endMap();
    return bytes;
}

qsizetype ApplyBatchCodec::estimateSize(const ApplyItem& item)
{
    qsizetype size = 160 + item.path.size() * 2 + item.table.size() + item.key.size() * 2 + qsizetype(item.chunks.size()) * 36;
    if (!item.values.isEmpty()) {
        size += item.values.toCborValue().toCbor().size();
    }
    if (item.content) {
        size += item.content->size() + 16;  // at most this: compressed only when smaller
    }
    return size;
}

Result<std::vector<ApplyItem>> ApplyBatchCodec::decode(const QByteArray& bytes)
{
    auto root = cbor::parseRoot(bytes, wire::maxApplyBodyBytes, tr("The apply batch"));
    if (!root) {
        return root.error();
    }
    if (!root->value(kItems).isArray()) {
        return fail(tr("The apply batch has no items."));
    }
    const QCborArray array = root->value(kItems).toArray();
    if (array.size() > wire::maxApplyItems) {
        return fail(tr("The apply batch has %1 items; at most %2 are accepted.").arg(array.size()).arg(wire::maxApplyItems));
    }
    std::vector<ApplyItem> items;
    items.reserve(std::size_t(array.size()));
    qint64 inlineBytes = 0;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto item = decodeItem(array.at(i));
        if (!item) {
            return fail(tr("Item %1 of the apply batch is invalid: %2").arg(i + 1).arg(item.errorMessage()));
        }
        // Counted before the next item expands: one request never holds more than the bound.
        inlineBytes += item->content ? item->size : 0;
        if (inlineBytes > wire::maxInlineBatchBytes) {
            return fail(tr("The apply batch carries more than %1 bytes of file content; send larger files as chunks.")
                            .arg(wire::maxInlineBatchBytes));
        }
        items.push_back(std::move(item).value());
    }
    return items;
}

Result<ApplyItem> ApplyBatchCodec::decodeItem(const QCborValue& value)
{
    if (!value.isMap()) {
        return fail(tr("not a map."));
    }
    const QCborMap map = value.toMap();
    ApplyItem item;
    if (!map.value(kDeleted).isBool() || !map.value(kVersionOnly).isBool()
        || !cbor::isText(map.value(kVersion), wire::maxTextBytes) || !map.value(kTimestamp).isInteger()) {
        return fail(tr("its version, timestamp or flags are missing."));
    }
    item.deleted = map.value(kDeleted).toBool();
    item.versionOnly = map.value(kVersionOnly).toBool();
    const auto version = VersionVector::fromText(map.value(kVersion).toString().toUtf8());
    if (!version) {
        return fail(tr("its version vector is malformed."));
    }
    item.version = *version;
    item.timestamp = HybridTimestamp::fromPacked(quint64(map.value(kTimestamp).toInteger()));
    if (map.contains(kBase)) {
        const auto base = cbor::isText(map.value(kBase), wire::maxTextBytes)
                              ? VersionVector::fromText(map.value(kBase).toString().toUtf8())
                              : std::nullopt;
        if (!base) {
            return fail(tr("its base version is malformed."));
        }
        item.base = *base;
    }
    const QString kind = map.value(kKind).toString();
    if (kind == QStringLiteral("file")) {
        if (!cbor::isText(map.value(kPath), wire::maxPathBytes)) {
            return fail(tr("it has no path."));
        }
        auto path = RelativePath::parse(map.value(kPath).toString());
        if (!path) {
            return path.error();
        }
        item.path = path->text();
        if (!item.deleted) {
            if (!cbor::readHash(map.value(kHash), item.hash)) {
                return fail(tr("its hash is not 32 bytes."));
            }
            if (!cbor::isCount(map.value(kSize))) {
                return fail(tr("its size is missing or negative."));
            }
            item.size = map.value(kSize).toInteger();
            if (!item.versionOnly && !cbor::readChunkList(map.value(kChunks), item.size, item.chunks)) {
                return fail(tr("its chunk list is malformed or does not add up to its size."));
            }
        }
        if (map.contains(kData)) {
            auto content = decodeContent(map, item);
            if (!content) {
                return content.error();
            }
            item.content = std::move(content).value();
        }
    } else if (kind == QStringLiteral("row")) {
        item.kind = FeedEntry::Kind::Row;
        if (!cbor::isText(map.value(kTable), 255) || map.value(kTable).toString().isEmpty()
            || !cbor::isText(map.value(kKey), wire::maxTextBytes) || map.value(kKey).toString().isEmpty()) {
            return fail(tr("it has no table or key."));
        }
        item.table = map.value(kTable).toString();
        item.key = map.value(kKey).toString();
        if (!item.deleted && !item.versionOnly) {
            if (!map.value(kValues).isMap()) {
                return fail(tr("its values are missing."));
            }
            item.values = map.value(kValues).toMap();
            if (item.values.isEmpty() || item.values.size() > 1000) {
                return fail(tr("it has %1 columns.").arg(item.values.size()));
            }
        }
    } else {
        return fail(tr("its kind is neither a file nor a row."));
    }
    return item;
}

Result<QByteArray> ApplyBatchCodec::decodeContent(const QCborMap& map, const ApplyItem& item)
{
    if (item.deleted || item.versionOnly) {
        return fail(tr("it carries content but is a deletion or a version update."));
    }
    if (item.size > wire::maxInlineFileBytes) {
        return fail(tr("it carries %1 bytes of content; files over %2 bytes travel as chunks.")
                        .arg(item.size)
                        .arg(wire::maxInlineFileBytes));
    }
    if (!map.value(kData).isByteArray() || !map.value(kCompressed).isBool()) {
        return fail(tr("its content or compression flag is malformed."));
    }
    QByteArray content = map.value(kData).toByteArray();
    if (map.value(kCompressed).toBool()) {
        auto expanded = ChunkCompression::decompress(content, qsizetype(item.size));
        if (!expanded) {
            return expanded.error();
        }
        content = std::move(expanded).value();
    }
    if (content.size() != item.size) {
        return fail(tr("its content has %1 bytes, not the %2 of its size.").arg(content.size()).arg(item.size));
    }
    return content;
}

QByteArray ApplyBatchCodec::encodeOutcomes(const std::vector<ApplyOutcome>& outcomes)
{
    QCborArray array;
    for (const ApplyOutcome& outcome : outcomes) {
        QCborMap map{{kOk, outcome.applied}};
        if (!outcome.applied) {
            map.insert(kError, outcome.error.left(wire::maxTextBytes / 4));
        }
        array.append(map);
    }
    QCborMap root = cbor::root();
    root.insert(kResults, array);
    return root.toCborValue().toCbor();
}

Result<std::vector<ApplyOutcome>> ApplyBatchCodec::decodeOutcomes(const QByteArray& bytes, std::size_t expected)
{
    auto root = cbor::parseRoot(bytes, wire::maxApplyBodyBytes, tr("The apply answer"));
    if (!root) {
        return root.error();
    }
    const QCborArray array = root->value(kResults).toArray();
    if (!root->value(kResults).isArray() || std::size_t(array.size()) != expected) {
        return fail(tr("The apply answer does not have one result per item."));
    }
    std::vector<ApplyOutcome> outcomes;
    for (const QCborValue& value : array) {
        const QCborMap map = value.toMap();
        if (!map.value(kOk).isBool()) {
            return fail(tr("The apply answer has a result without its flag."));
        }
        outcomes.push_back({map.value(kOk).toBool(), map.value(kError).toString().left(wire::maxTextBytes)});
    }
    return outcomes;
}

} // namespace ferry
