#include "ApplyBatchCodec.h"

#include "CborMessage.h"
#include "CborStream.h"
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
    cbor::beginArrayMessage(writer, kItems, quint64(items.size()));
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
    cbor::endArrayMessage(writer);
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
    // Read as a stream: a batch carries megabytes of content, which a QCborValue tree would copy
    // in and out again (see CborStream).
    std::vector<ApplyItem> items;
    qint64 inlineBytes = 0;
    const cbor::ArrayField array{kItems, wire::maxApplyItems,
                                 [](qsizetype count) {
                                     return tr("The apply batch has %1 items; at most %2 are accepted.")
                                         .arg(count)
                                         .arg(wire::maxApplyItems);
                                 },
                                 tr("The apply batch has no items.")};
    auto read = cbor::readArrayMessage(bytes, wire::maxApplyBodyBytes, tr("The apply batch"), array,
                                       [&](QCborStreamReader& reader, qsizetype i) -> Result<void> {
        auto item = decodeItem(reader);
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
        return {};
    });
    if (!read) {
        return read.error();
    }
    return items;
}

namespace {

// An apply item's fields as they came, each checked for its type only; what they mean is
// checked by decodeItem, in a fixed order, whatever order the fields came in.
struct ItemFields {
    cbor::Field<QString> kind;
    cbor::Field<bool> deleted;
    cbor::Field<bool> versionOnly;
    cbor::Field<QString> version;
    cbor::Field<qint64> timestamp;
    cbor::Field<QString> base;
    cbor::Field<QString> path;
    cbor::Field<QByteArray> hash;
    cbor::Field<qint64> size;
    cbor::Field<QByteArray> chunks;
    cbor::Field<QByteArray> data;
    cbor::Field<bool> compressed;
    cbor::Field<QString> table;
    cbor::Field<QString> key;
    cbor::Field<QCborValue> values;
};

template <typename T, typename Read>
void take(cbor::Field<T>& field, Read read)
{
    field.present = true;
    field.valid = read(field.value);
}

bool readFields(QCborStreamReader& reader, ItemFields& f)
{
    return cbor::readMap(reader, [&](const QString& key, QCborStreamReader& r) {
        const auto text = [&](qsizetype maxBytes) { return [&r, maxBytes](QString& v) { return cbor::readText(r, v, maxBytes); }; };
        const auto bytes = [&r](QByteArray& v) { return cbor::readBytes(r, v); };
        const auto flag = [&r](bool& v) { return cbor::readBool(r, v); };
        const auto integer = [&r](qint64& v) { return cbor::readInteger(r, v); };
        if (key == kKind) {
            take(f.kind, text(wire::maxTextBytes));
        } else if (key == kDeleted) {
            take(f.deleted, flag);
        } else if (key == kVersionOnly) {
            take(f.versionOnly, flag);
        } else if (key == kVersion) {
            take(f.version, text(wire::maxTextBytes));
        } else if (key == kTimestamp) {
            take(f.timestamp, integer);
        } else if (key == kBase) {
            take(f.base, text(wire::maxTextBytes));
        } else if (key == kPath) {
            take(f.path, text(wire::maxPathBytes));
        } else if (key == kHash) {
            take(f.hash, bytes);
        } else if (key == kSize) {
            take(f.size, integer);
        } else if (key == kChunks) {
            take(f.chunks, bytes);
        } else if (key == kData) {
            take(f.data, bytes);
        } else if (key == kCompressed) {
            take(f.compressed, flag);
        } else if (key == kTable) {
            take(f.table, text(255));
        } else if (key == kKey) {
            take(f.key, text(wire::maxTextBytes));
        } else if (key == kValues) {
            take(f.values, [&r](QCborValue& v) {
                v = QCborValue::fromCbor(r);
                return v.isMap();
            });
        } else {
            cbor::skip(r);  // a field of a later protocol minor: not ours to read
        }
    });
}

} // namespace

Result<ApplyItem> ApplyBatchCodec::decodeItem(QCborStreamReader& reader)
{
    if (!reader.isMap()) {
        cbor::skip(reader);
        return fail(tr("not a map."));
    }
    ItemFields f;
    if (!readFields(reader, f)) {
        return fail(tr("not a map."));  // malformed inside: the message as a whole says so
    }
    ApplyItem item;
    if (!f.deleted.ok() || !f.versionOnly.ok() || !f.version.ok() || !f.timestamp.ok()) {
        return fail(tr("its version, timestamp or flags are missing."));
    }
    item.deleted = f.deleted.value;
    item.versionOnly = f.versionOnly.value;
    const auto version = VersionVector::fromText(f.version.value.toUtf8());
    if (!version) {
        return fail(tr("its version vector is malformed."));
    }
    item.version = *version;
    item.timestamp = HybridTimestamp::fromPacked(quint64(f.timestamp.value));
    if (f.base.present) {
        const auto base = f.base.valid ? VersionVector::fromText(f.base.value.toUtf8()) : std::nullopt;
        if (!base) {
            return fail(tr("its base version is malformed."));
        }
        item.base = *base;
    }
    if (f.kind.ok() && f.kind.value == QLatin1StringView("file")) {
        if (!f.path.ok()) {
            return fail(tr("it has no path."));
        }
        auto path = RelativePath::parse(f.path.value);
        if (!path) {
            return path.error();
        }
        item.path = path->text();
        if (!item.deleted) {
            if (!f.hash.ok() || !cbor::readHash(f.hash.value, item.hash)) {
                return fail(tr("its hash is not 32 bytes."));
            }
            if (!f.size.ok() || f.size.value < 0) {
                return fail(tr("its size is missing or negative."));
            }
            item.size = f.size.value;
            if (!item.versionOnly && (!f.chunks.ok() || !cbor::readChunkList(f.chunks.value, item.size, item.chunks))) {
                return fail(tr("its chunk list is malformed or does not add up to its size."));
            }
        }
        if (f.data.present) {
            if (auto allowed = mayCarryContent(item); !allowed) {
                return allowed.error();
            }
            if (!f.data.valid || !f.compressed.ok()) {
                return fail(tr("its content or compression flag is malformed."));
            }
            auto content = expandContent(std::move(f.data.value), f.compressed.value, item.size);
            if (!content) {
                return content.error();
            }
            item.content = std::move(content).value();
        }
    } else if (f.kind.ok() && f.kind.value == QLatin1StringView("row")) {
        item.kind = FeedEntry::Kind::Row;
        if (!f.table.ok() || f.table.value.isEmpty() || !f.key.ok() || f.key.value.isEmpty()) {
            return fail(tr("it has no table or key."));
        }
        item.table = std::move(f.table.value);
        item.key = std::move(f.key.value);
        if (!item.deleted && !item.versionOnly) {
            if (!f.values.ok()) {
                return fail(tr("its values are missing."));
            }
            item.values = f.values.value.toMap();
            if (item.values.isEmpty() || item.values.size() > 1000) {
                return fail(tr("it has %1 columns.").arg(item.values.size()));
            }
        }
    } else {
        return fail(tr("its kind is neither a file nor a row."));
    }
    return item;
}

Result<void> ApplyBatchCodec::mayCarryContent(const ApplyItem& item)
{
    if (item.deleted || item.versionOnly) {
        return fail(tr("it carries content but is a deletion or a version update."));
    }
    if (item.size > wire::maxInlineFileBytes) {
        return fail(tr("it carries %1 bytes of content; files over %2 bytes travel as chunks.")
                        .arg(item.size)
                        .arg(wire::maxInlineFileBytes));
    }
    return {};
}

Result<QByteArray> ApplyBatchCodec::expandContent(QByteArray data, bool compressed, qint64 size)
{
    if (compressed) {
        auto expanded = ChunkCompression::decompress(data, qsizetype(size));
        if (!expanded) {
            return expanded.error();
        }
        data = std::move(expanded).value();
    }
    if (data.size() != size) {
        return fail(tr("its content has %1 bytes, not the %2 of its size.").arg(data.size()).arg(size));
    }
    return data;
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
