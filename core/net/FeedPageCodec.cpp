#include "FeedPageCodec.h"

#include "RelativePath.h"
#include "WireLimits.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>

#include <algorithm>

namespace ferry {

namespace {

const QString kVersion = QStringLiteral("v");
const QString kLast = QStringLiteral("last");
const QString kMore = QStringLiteral("more");
const QString kEntries = QStringLiteral("entries");
const QString kSequence = QStringLiteral("seq");
const QString kKind = QStringLiteral("kind");
const QString kPath = QStringLiteral("path");
const QString kTable = QStringLiteral("table");
const QString kKey = QStringLiteral("key");
const QString kDeleted = QStringLiteral("del");
const QString kVersionVector = QStringLiteral("ver");
const QString kTimestamp = QStringLiteral("hlc");
const QString kHash = QStringLiteral("hash");
const QString kSize = QStringLiteral("size");

bool isText(const QCborValue& value, int maxBytes)
{
    return value.isString() && value.toString().toUtf8().size() <= maxBytes;
}

bool isCount(const QCborValue& value)
{
    return value.isInteger() && value.toInteger() >= 0;
}

} // namespace

QByteArray FeedPageCodec::encode(const FeedPage& page)
{
    QCborArray entries;
    for (const FeedEntry& entry : page.entries) {
        QCborMap map{{kSequence, entry.sequence},
                     {kKind, entry.kind == FeedEntry::Kind::File ? QStringLiteral("file") : QStringLiteral("row")},
                     {kDeleted, entry.deleted},
                     {kVersionVector, QString::fromLatin1(entry.version.toText())},
                     {kTimestamp, qint64(entry.timestamp.packed())}};
        if (entry.kind == FeedEntry::Kind::File) {
            map.insert(kPath, entry.path);
            map.insert(kHash, QByteArray(reinterpret_cast<const char*>(entry.hash.data()), qsizetype(entry.hash.size())));
            map.insert(kSize, entry.size);
        } else {
            map.insert(kTable, entry.table);
            map.insert(kKey, entry.key);
        }
        entries.append(map);
    }
    const QCborMap page_{{kVersion, wire::protocolVersion},
                         {kLast, page.lastSequence},
                         {kMore, page.more},
                         {kEntries, entries}};
    return page_.toCborValue().toCbor();
}

Result<FeedPage> FeedPageCodec::decode(const QByteArray& bytes)
{
    if (bytes.size() > wire::maxFeedPageBytes) {
        return fail(tr("The change page is larger than %1 bytes.").arg(wire::maxFeedPageBytes));
    }
    // One CBOR item and nothing after it: trailing bytes would be a second, unchecked message.
    QCborStreamReader reader(bytes);
    const QCborValue root = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError) {
        return fail(tr("The change page is not valid CBOR: %1.").arg(reader.lastError().toString()));
    }
    if (reader.currentOffset() != bytes.size()) {
        return fail(tr("The change page is not valid CBOR: there are bytes after its end."));
    }
    if (!root.isMap()) {
        return fail(tr("The change page is not a CBOR map."));
    }
    const QCborMap map = root.toMap();
    const QCborValue version = map.value(kVersion);
    if (!version.isInteger() || version.toInteger() != wire::protocolVersion) {
        return fail(tr("The change page has protocol version %1; this build reads version %2.")
                        .arg(version.isInteger() ? QString::number(version.toInteger()) : QStringLiteral("?"))
                        .arg(wire::protocolVersion));
    }
    FeedPage page;
    if (!isCount(map.value(kLast)) || !map.value(kMore).isBool() || !map.value(kEntries).isArray()) {
        return fail(tr("The change page lacks its sequence, continuation flag or entries."));
    }
    page.lastSequence = map.value(kLast).toInteger();
    page.more = map.value(kMore).toBool();
    const QCborArray entries = map.value(kEntries).toArray();
    if (entries.size() > wire::maxFeedEntries) {
        return fail(tr("The change page has %1 entries; at most %2 are accepted.")
                        .arg(entries.size())
                        .arg(wire::maxFeedEntries));
    }
    qint64 previous = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto bad = [i](const QString& why) {
            return fail(tr("Entry %1 of the change page is invalid: %2").arg(i + 1).arg(why));
        };
        if (!entries.at(i).isMap()) {
            return bad(tr("not a map."));
        }
        const QCborMap item = entries.at(i).toMap();
        FeedEntry entry;
        if (!isCount(item.value(kSequence)) || item.value(kSequence).toInteger() <= previous
            || item.value(kSequence).toInteger() > page.lastSequence) {
            return bad(tr("its sequence number is missing or out of order."));
        }
        entry.sequence = previous = item.value(kSequence).toInteger();
        if (!item.value(kDeleted).isBool() || !isText(item.value(kVersionVector), wire::maxTextBytes)
            || !item.value(kTimestamp).isInteger()) {
            return bad(tr("its version, timestamp or deletion flag is missing."));
        }
        entry.deleted = item.value(kDeleted).toBool();
        const auto vector = VersionVector::fromText(item.value(kVersionVector).toString().toUtf8());
        if (!vector) {
            return bad(tr("its version vector is malformed."));
        }
        entry.version = *vector;
        entry.timestamp = HybridTimestamp::fromPacked(quint64(item.value(kTimestamp).toInteger()));
        const QString kind = item.value(kKind).toString();
        if (kind == QStringLiteral("file")) {
            entry.kind = FeedEntry::Kind::File;
            if (!isText(item.value(kPath), wire::maxPathBytes)) {
                return bad(tr("it has no path."));
            }
            auto path = RelativePath::parse(item.value(kPath).toString());
            if (!path) {
                return bad(path.errorMessage());
            }
            entry.path = path->text();
            const QByteArray hash = item.value(kHash).toByteArray();
            if (!item.value(kHash).isByteArray() || hash.size() != qsizetype(entry.hash.size())) {
                return bad(tr("its hash is not 32 bytes."));
            }
            std::copy(hash.cbegin(), hash.cend(), entry.hash.begin());
            if (!isCount(item.value(kSize))) {
                return bad(tr("its size is missing or negative."));
            }
            entry.size = item.value(kSize).toInteger();
        } else if (kind == QStringLiteral("row")) {
            entry.kind = FeedEntry::Kind::Row;
            if (!isText(item.value(kTable), 255) || item.value(kTable).toString().isEmpty()
                || !isText(item.value(kKey), wire::maxTextBytes)) {
                return bad(tr("it has no table or key."));
            }
            entry.table = item.value(kTable).toString();
            entry.key = item.value(kKey).toString();
        } else {
            return bad(tr("its kind is neither a file nor a row."));
        }
        page.entries.push_back(std::move(entry));
    }
    return page;
}

} // namespace ferry
