// ApplyBatchCodec: a small file's content inside an apply item (agents with "apply-inline")
// round-trips, compressed when that pays; content that is not the item's size, on an item that
// cannot carry it, above the per-file bound, a batch above its total, or a zstd bomb is refused.

#include "net/ApplyBatchCodec.h"
#include "net/ChunkCompression.h"
#include "net/WireLimits.h"

#include <QCborArray>
#include <QCborMap>
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

QTEST_APPLESS_MAIN(TestApplyBatchCodec)
#include "tst_applybatchcodec.moc"
