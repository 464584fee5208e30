// ApplyBatchCodec: a small file's content inside an apply item (agents with "apply-inline")
// round-trips, compressed when that pays; content that is not the item's size, on an item that
// cannot carry it, above the per-file bound, a batch above its total, or a zstd bomb is refused.
// The batch is read as a stream: fields in any order, unknown fields skipped, and every message
// the tree reading refused (not CBOR, trailing bytes, another version, too many items, values of
// the wrong type, tagged or not) refused with the same words.

#include "net/ApplyBatchCodec.h"
#include "net/ChunkCompression.h"
#include "net/RelativePath.h"
#include "net/WireLimits.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QTest>

using namespace ferry;

namespace {

QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes) {
        seed = seed * 1664525u + 1013904223u;
        c = char(seed >> 24);
    }
    return bytes;
}

ApplyItem fileWith(const QString& path, const QByteArray& content)
{
    const ContentDigest digest = ContentHasher::digest(content);
    ApplyItem item;
    item.path = path;
    item.version.bump(QUuid::fromString(QStringLiteral("6f1c1c0e-5a8f-4b8e-9a71-3c2f5a1d9e01")));
    item.hash = digest.hash;
    item.size = content.size();
    item.chunks = digest.chunks;
    item.content = content;
    return item;
}

// The encoded batch with fields of its first item replaced.
QByteArray withFields(const ApplyItem& item, const QCborMap& fields)
{
    QCborMap root = QCborValue::fromCbor(ApplyBatchCodec::encode({item})).toMap();
    QCborArray items = root.value(QStringLiteral("items")).toArray();
    QCborMap first = items.at(0).toMap();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        first.insert(it.key(), it.value());
    }
    items[0] = first;
    root.insert(QStringLiteral("items"), items);
    return root.toCborValue().toCbor();
}

QByteArray withField(const ApplyItem& item, const QString& field, const QCborValue& value)
{
    return withFields(item, QCborMap{{field, value}});
}

} // namespace

class TestApplyBatchCodec : public QObject
{
    Q_OBJECT

private slots:
    void everyKindOfItemRoundTripsAsCanonicalCbor();
    void inlineContentRoundTrips();
    void textIsCompressedNoiseIsNot();
    void itemsWithoutContentStayWithout();
    void refusesContentOfTheWrongSize();
    void refusesContentWhereNoneBelongs();
    void refusesContentAboveTheBounds();
    void readsFieldsInAnyOrderAndSkipsUnknownOnes();
    void refusesMalformedMessages_data();
    void refusesMalformedMessages();
    void countsAnArrayOfUnstatedLength();
};

void TestApplyBatchCodec::everyKindOfItemRoundTripsAsCanonicalCbor()
{
    const QUuid here = QUuid::fromString(QStringLiteral("0a6c2f3e-1b2d-4c5e-8f90-a1b2c3d4e5f6"));
    ApplyItem withBase = fileWith(QStringLiteral("docs/ä b.txt"), "text with a base");
    withBase.base = withBase.version;
    withBase.version.bump(here);
    withBase.timestamp = HybridTimestamp{1767225600123, 7};
    ApplyItem chunked = fileWith(QStringLiteral("big.bin"), noise(300 * 1024, 11));
    chunked.content.reset();
    ApplyItem deletedFile = fileWith(QStringLiteral("gone.txt"), "x");
    deletedFile.deleted = true;
    deletedFile.content.reset();
    ApplyItem versionOnlyFile = fileWith(QStringLiteral("same.txt"), "y");
    versionOnlyFile.versionOnly = true;
    versionOnlyFile.content.reset();
    ApplyItem row;
    row.kind = FeedEntry::Kind::Row;
    row.table = QStringLiteral("posts");
    row.key = QStringLiteral("[42]");
    row.version.bump(here);
    row.values = QCborMap{{QStringLiteral("id"), 42}, {QStringLiteral("title"), QStringLiteral("Grüße")},
                          {QStringLiteral("body"), QCborValue(nullptr)}};
    ApplyItem deletedRow = row;
    deletedRow.deleted = true;
    deletedRow.values = {};
    ApplyItem versionOnlyRow = row;
    versionOnlyRow.versionOnly = true;
    versionOnlyRow.values = {};
    const std::vector<ApplyItem> items{withBase, chunked, deletedFile, versionOnlyFile, row, deletedRow, versionOnlyRow};

    const QByteArray bytes = ApplyBatchCodec::encode(items);
    // Definite lengths throughout, as a QCborValue writes them: the same bytes read and written again.
    QCOMPARE(QCborValue::fromCbor(bytes).toCbor(), bytes);
    auto decoded = ApplyBatchCodec::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.errorMessage()));
    QCOMPARE(decoded->size(), items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const ApplyItem& sent = items[i];
        const ApplyItem& got = decoded->at(i);
        QCOMPARE(got.kind, sent.kind);
        QCOMPARE(got.describe(), sent.describe());
        QCOMPARE(got.deleted, sent.deleted);
        QCOMPARE(got.versionOnly, sent.versionOnly);
        QVERIFY(got.version == sent.version);
        QCOMPARE(got.timestamp, sent.timestamp);
        QCOMPARE(got.base.has_value(), sent.base.has_value());
        QCOMPARE(got.values, sent.values);
        if (sent.kind == FeedEntry::Kind::File && !sent.deleted) {
            QVERIFY(got.hash == sent.hash);
            QCOMPARE(got.size, sent.size);
        }
        QCOMPARE(got.content, sent.content);
    }
    QVERIFY(*decoded->at(0).base == *withBase.base);
    QVERIFY(decoded->at(1).chunks == chunked.chunks);
}

void TestApplyBatchCodec::inlineContentRoundTrips()
{
    const QByteArray text = QByteArray("<p>Ferry moves small files inside the apply batch.</p>\n").repeated(4000);
    const QByteArray random = noise(150 * 1024, 7);
    const QByteArray empty;
    auto decoded = ApplyBatchCodec::decode(ApplyBatchCodec::encode(
        {fileWith(QStringLiteral("a.html"), text), fileWith(QStringLiteral("b.bin"), random),
         fileWith(QStringLiteral("empty.txt"), empty)}));
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.errorMessage()));
    QCOMPARE(decoded->size(), std::size_t(3));
    QCOMPARE(decoded->at(0).content.value(), text);
    QCOMPARE(decoded->at(1).content.value(), random);
    QVERIFY(decoded->at(2).content.has_value());
    QCOMPARE(decoded->at(2).content->size(), 0);
    QVERIFY(decoded->at(1).chunks == ContentHasher::digest(random).chunks);
}

void TestApplyBatchCodec::textIsCompressedNoiseIsNot()
{
    const QByteArray text = QByteArray("body { margin: 0 auto; font-family: sans-serif; }\n").repeated(2000);
    const QByteArray text64k = text.left(64 * 1024);
    const QByteArray random = noise(64 * 1024, 3);
    const QByteArray textBatch = ApplyBatchCodec::encode({fileWith(QStringLiteral("s.css"), text64k)});
    const QByteArray randomBatch = ApplyBatchCodec::encode({fileWith(QStringLiteral("r.bin"), random)});
    QVERIFY2(textBatch.size() < 8 * 1024, qPrintable(QString::number(textBatch.size())));
    QVERIFY(randomBatch.size() > random.size());
    QVERIFY(randomBatch.contains(random));  // as it is
    // The trial on a sample decides for the whole: noise after a text head is still compressed
    // (and still round-trips), text after a noise head is sent as it is.
    const QByteArray mixed = text.left(8 * 1024) + noise(56 * 1024, 5);
    QVERIFY(ChunkCompression::compressIfWorthIt(random) == std::nullopt);
    QVERIFY(ChunkCompression::compressIfWorthIt(text64k).has_value());
    QCOMPARE(ApplyBatchCodec::decode(ApplyBatchCodec::encode({fileWith(QStringLiteral("m.bin"), mixed)}))->at(0).content.value(),
             mixed);
}

void TestApplyBatchCodec::itemsWithoutContentStayWithout()
{
    ApplyItem item = fileWith(QStringLiteral("a.txt"), "hello");
    item.content.reset();
    const QByteArray encoded = ApplyBatchCodec::encode({item});
    QVERIFY(!QCborValue::fromCbor(encoded).toMap().value(QStringLiteral("items")).toArray().at(0).toMap().contains(
        QStringLiteral("data")));
    auto decoded = ApplyBatchCodec::decode(encoded);
    QVERIFY(decoded.ok());
    QVERIFY(!decoded->at(0).content.has_value());
}

void TestApplyBatchCodec::refusesContentOfTheWrongSize()
{
    const ApplyItem item = fileWith(QStringLiteral("a.txt"), "hello, world");
    auto shorter = ApplyBatchCodec::decode(withField(item, QStringLiteral("data"), QByteArray("hello")));
    QVERIFY(!shorter.ok());
    QCOMPARE(shorter.errorMessage(), QStringLiteral("Item 1 of the apply batch is invalid: its content has 5 bytes, not the 12 "
                                                    "of its size."));
    // Compressed content may not expand beyond the item's size, whatever the frame says.
    auto bomb = ApplyBatchCodec::decode(withFields(
        item, {{QStringLiteral("data"), ChunkCompression::compress(QByteArray(1024 * 1024, 'a'))}, {QStringLiteral("z"), true}}));
    QVERIFY(!bomb.ok());
    QCOMPARE(bomb.errorMessage(), QStringLiteral("Item 1 of the apply batch is invalid: The compressed chunk would expand to "
                                                 "more than 12 bytes."));
    auto notBytes = ApplyBatchCodec::decode(withField(item, QStringLiteral("data"), QStringLiteral("hello, world")));
    QVERIFY(!notBytes.ok());
    QCOMPARE(notBytes.errorMessage(),
             QStringLiteral("Item 1 of the apply batch is invalid: its content or compression flag is malformed."));
}

void TestApplyBatchCodec::refusesContentWhereNoneBelongs()
{
    ApplyItem deletion = fileWith(QStringLiteral("gone.txt"), "x");
    deletion.deleted = true;
    deletion.content.reset();
    auto refused = ApplyBatchCodec::decode(
        withFields(deletion, {{QStringLiteral("data"), QByteArray("x")}, {QStringLiteral("z"), false}}));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorMessage(), QStringLiteral("Item 1 of the apply batch is invalid: it carries content but is a "
                                                    "deletion or a version update."));
}

void TestApplyBatchCodec::refusesContentAboveTheBounds()
{
    const QByteArray big = noise(wire::maxInlineFileBytes + 1, 9);
    auto tooBig = ApplyBatchCodec::decode(ApplyBatchCodec::encode({fileWith(QStringLiteral("big.bin"), big)}));
    QVERIFY(!tooBig.ok());
    QCOMPARE(tooBig.errorMessage(), QStringLiteral("Item 1 of the apply batch is invalid: it carries %1 bytes of content; "
                                                   "files over %2 bytes travel as chunks.")
                                        .arg(big.size())
                                        .arg(wire::maxInlineFileBytes));
    // Zeros compress to almost nothing: a body within its limit whose files expand beyond the batch's.
    std::vector<ApplyItem> items;
    const QByteArray zeros(qsizetype(wire::maxInlineFileBytes), '\0');
    for (int i = 0; i < 9; ++i) {
        items.push_back(fileWith(QStringLiteral("zeros-%1.bin").arg(i), zeros));
    }
    const QByteArray encoded = ApplyBatchCodec::encode(items);
    QVERIFY(encoded.size() < wire::maxApplyBodyBytes);
    auto expanded = ApplyBatchCodec::decode(encoded);
    QVERIFY(!expanded.ok());
    QCOMPARE(expanded.errorMessage(), QStringLiteral("The apply batch carries more than %1 bytes of file content; send "
                                                     "larger files as chunks.")
                                          .arg(wire::maxInlineBatchBytes));
    items.pop_back();
    QVERIFY(ApplyBatchCodec::decode(ApplyBatchCodec::encode(items)).ok());
}

void TestApplyBatchCodec::readsFieldsInAnyOrderAndSkipsUnknownOnes()
{
    ApplyItem row;
    row.kind = FeedEntry::Kind::Row;
    row.table = QStringLiteral("posts");
    row.key = QStringLiteral("[7]");
    row.version.bump(QUuid::fromString(QStringLiteral("6f1c1c0e-5a8f-4b8e-9a71-3c2f5a1d9e01")));
    row.values = QCborMap{{QStringLiteral("id"), 7}, {QStringLiteral("title"), QStringLiteral("Hello")}};
    const ApplyItem file = fileWith(QStringLiteral("a/b.txt"), QByteArray("some text, some text, some text"));
    const QCborMap sent = QCborValue::fromCbor(ApplyBatchCodec::encode({file, row})).toMap();
    // The same message with every map's keys reversed, "v" last, and fields of a later version.
    QCborArray reversedItems;
    for (const QCborValue& value : sent.value(QStringLiteral("items")).toArray()) {
        const QCborMap item = value.toMap();
        QCborMap reversed{{QStringLiteral("later"), QCborMap{{QStringLiteral("x"), QCborArray{1, 2}}}}};
        for (auto it = item.constEnd(); it != item.constBegin();) {
            --it;
            reversed.insert(it.key(), it.value());
        }
        reversedItems.append(reversed);
    }
    const QCborMap reversedRoot{{QStringLiteral("items"), reversedItems}, {QStringLiteral("also-later"), 1},
                                {QStringLiteral("v"), wire::protocolVersion}};
    auto decoded = ApplyBatchCodec::decode(reversedRoot.toCborValue().toCbor());
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.errorMessage()));
    QCOMPARE(decoded->size(), std::size_t(2));
    QCOMPARE(decoded->at(0).path, file.path);
    QCOMPARE(decoded->at(0).content, file.content);
    QVERIFY(decoded->at(0).chunks == file.chunks);
    QCOMPARE(decoded->at(1).values, row.values);
    QCOMPARE(decoded->at(1).key, row.key);
}

void TestApplyBatchCodec::refusesMalformedMessages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    const ApplyItem file = fileWith(QStringLiteral("a.txt"), QByteArray("abc"));
    const QByteArray good = ApplyBatchCodec::encode({file});
    const auto root = [](const QCborMap& map) { return map.toCborValue().toCbor(); };
    QTest::newRow("not CBOR") << QByteArray("\xff\xff") << QStringLiteral("The apply batch is not valid CBOR: %1.")
                                                           .arg(QCborError{QCborError::UnexpectedBreak}.toString());
    QTest::newRow("cut short") << good.left(good.size() - 2)
                               << QStringLiteral("The apply batch is not valid CBOR: %1.")
                                      .arg(QCborError{QCborError::EndOfFile}.toString());
    QTest::newRow("bytes after its end") << good + QByteArray(1, '\0')
                                         << QStringLiteral("The apply batch is not valid CBOR: there are bytes after its end.");
    QTest::newRow("not a map") << QCborValue(QCborArray{1}).toCbor() << QStringLiteral("The apply batch is not a CBOR map.");
    QTest::newRow("another version")
        << root({{QStringLiteral("v"), wire::protocolVersion + 1}, {QStringLiteral("items"), QCborArray{}}})
        << QStringLiteral("The apply batch has protocol version %1; this build reads version %2.")
               .arg(wire::protocolVersion + 1)
               .arg(wire::protocolVersion);
    QTest::newRow("no version") << root({{QStringLiteral("items"), QCborArray{}}})
                                << QStringLiteral("The apply batch has protocol version ?; this build reads version %1.")
                                       .arg(wire::protocolVersion);
    QTest::newRow("no items") << root({{QStringLiteral("v"), wire::protocolVersion}}) << QStringLiteral("The apply batch has no items.");
    QTest::newRow("items not an array") << root({{QStringLiteral("v"), wire::protocolVersion}, {QStringLiteral("items"), 5}})
                                        << QStringLiteral("The apply batch has no items.");
    QCborArray many;
    for (int i = 0; i <= wire::maxApplyItems; ++i) {
        many.append(0);
    }
    QTest::newRow("too many items") << root({{QStringLiteral("v"), wire::protocolVersion}, {QStringLiteral("items"), many}})
                                    << QStringLiteral("The apply batch has %1 items; at most %2 are accepted.")
                                           .arg(wire::maxApplyItems + 1)
                                           .arg(wire::maxApplyItems);
    QTest::newRow("item not a map") << root({{QStringLiteral("v"), wire::protocolVersion}, {QStringLiteral("items"), QCborArray{QCborMap{}, 3}}})
                                    << QStringLiteral("Item 1 of the apply batch is invalid: its version, timestamp or "
                                                      "flags are missing.");
    QTest::newRow("second item not a map")
        << root({{QStringLiteral("v"), wire::protocolVersion},
                 {QStringLiteral("items"), QCborArray{QCborValue::fromCbor(good).toMap().value(QStringLiteral("items")).toArray().at(0), 3}}})
        << QStringLiteral("Item 2 of the apply batch is invalid: not a map.");
    QTest::newRow("flag of the wrong type") << withField(file, QStringLiteral("del"), 0)
                                            << QStringLiteral("Item 1 of the apply batch is invalid: its version, timestamp "
                                                              "or flags are missing.");
    QTest::newRow("tagged flag") << withField(file, QStringLiteral("del"), QCborValue(QCborTag(55799), true))
                                 << QStringLiteral("Item 1 of the apply batch is invalid: its version, timestamp or flags "
                                                   "are missing.");
    QTest::newRow("timestamp beyond 64 bits")
        << withField(file, QStringLiteral("hlc"), QCborValue(18446744073709551615.0))
        << QStringLiteral("Item 1 of the apply batch is invalid: its version, timestamp or flags are missing.");
    QTest::newRow("path too long") << withField(file, QStringLiteral("path"), QString(wire::maxPathBytes + 1, u'a'))
                                   << QStringLiteral("Item 1 of the apply batch is invalid: it has no path.");
    QTest::newRow("path out of the root") << withField(file, QStringLiteral("path"), QStringLiteral("../etc/passwd"))
                                          << QStringLiteral("Item 1 of the apply batch is invalid: %1")
                                                 .arg(RelativePath::parse(QStringLiteral("../etc/passwd")).errorMessage());
    QTest::newRow("hash of 31 bytes") << withField(file, QStringLiteral("hash"), QByteArray(31, 'h'))
                                      << QStringLiteral("Item 1 of the apply batch is invalid: its hash is not 32 bytes.");
    QTest::newRow("negative size") << withField(file, QStringLiteral("size"), -3)
                                   << QStringLiteral("Item 1 of the apply batch is invalid: its size is missing or negative.");
    QTest::newRow("chunks not adding up") << withField(file, QStringLiteral("size"), 4)
                                          << QStringLiteral("Item 1 of the apply batch is invalid: its chunk list is "
                                                            "malformed or does not add up to its size.");
    QTest::newRow("neither file nor row") << withField(file, QStringLiteral("kind"), QStringLiteral("link"))
                                          << QStringLiteral("Item 1 of the apply batch is invalid: its kind is neither a "
                                                            "file nor a row.");
}

void TestApplyBatchCodec::refusesMalformedMessages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    auto decoded = ApplyBatchCodec::decode(bytes);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.errorMessage(), error);
}

void TestApplyBatchCodec::countsAnArrayOfUnstatedLength()
{
    // CBOR lets an array leave its length unstated until its end: the bound holds all the same.
    const auto batch = [](int count) {
        QByteArray bytes;
        QCborStreamWriter writer(&bytes);
        writer.startMap(2);
        writer.append(QLatin1StringView("v"));
        writer.append(wire::protocolVersion);
        writer.append(QLatin1StringView("items"));
        writer.startArray();
        const ApplyItem file = fileWith(QStringLiteral("f.txt"), QByteArray("x"));
        const QCborValue item = QCborValue::fromCbor(ApplyBatchCodec::encode({file})).toMap().value(QStringLiteral("items")).toArray().at(0);
        for (int i = 0; i < count; ++i) {
            item.toCbor(writer);
        }
        writer.endArray();
        writer.endMap();
        return bytes;
    };
    auto fits = ApplyBatchCodec::decode(batch(3));
    QVERIFY2(fits.ok(), qPrintable(fits.ok() ? QString() : fits.errorMessage()));
    QCOMPARE(fits->size(), std::size_t(3));
    auto tooMany = ApplyBatchCodec::decode(batch(wire::maxApplyItems + 5));
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.errorMessage(), QStringLiteral("The apply batch has %1 items; at most %2 are accepted.")
                                         .arg(wire::maxApplyItems + 5)
                                         .arg(wire::maxApplyItems));
}

QTEST_APPLESS_MAIN(TestApplyBatchCodec)
#include "tst_applybatchcodec.moc"
