// FeedPageCodec: a change page survives a round trip through CBOR; malformed and hostile pages
// (traversal paths, wrong versions, broken CBOR, too many entries) are refused with a reason.

#include "net/FeedPageCodec.h"
#include "net/WireLimits.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>

using ferry::FeedEntry;
using ferry::FeedPage;
using ferry::FeedPageCodec;

namespace {

FeedPage sample()
{
    const QUuid site = QUuid::fromString(QStringLiteral("6f1c1c0e-5a8f-4b8e-9a71-3c2f5a1d9e01"));
    FeedPage page;
    FeedEntry file;
    file.sequence = 3;
    file.kind = FeedEntry::Kind::File;
    file.path = QStringLiteral("assets/site.css");
    file.version.set(site, 2);
    file.timestamp = {1700000000000, 4};
    file.hash.fill(0xab);
    file.size = 1234;
    FeedEntry row;
    row.sequence = 7;
    row.kind = FeedEntry::Kind::Row;
    row.table = QStringLiteral("posts");
    row.key = QStringLiteral("[42]");
    row.deleted = true;
    row.version.set(site, 1);
    page.entries = {file, row};
    page.lastSequence = 7;
    page.more = true;
    return page;
}

// The sample page with one field of its first entry replaced.
QByteArray withEntryField(const QString& field, const QCborValue& value)
{
    QCborMap page = QCborValue::fromCbor(FeedPageCodec::encode(sample())).toMap();
    QCborArray entries = page.value(QStringLiteral("entries")).toArray();
    QCborMap first = entries.at(0).toMap();
    first.insert(field, value);
    entries[0] = first;
    page.insert(QStringLiteral("entries"), entries);
    return QCborValue(page).toCbor();
}

} // namespace

class TestFeedPageCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips();
    void refusesMalformedPages_data();
    void refusesMalformedPages();
};

void TestFeedPageCodec::roundTrips()
{
    auto decoded = FeedPageCodec::decode(FeedPageCodec::encode(sample()));
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.errorMessage()));
    const FeedPage expected = sample();
    QCOMPARE(decoded->lastSequence, 7);
    QCOMPARE(decoded->more, true);
    QCOMPARE(decoded->entries.size(), std::size_t(2));
    QCOMPARE(decoded->entries[0].path, expected.entries[0].path);
    QVERIFY(decoded->entries[0].hash == expected.entries[0].hash);
    QVERIFY(decoded->entries[0].version == expected.entries[0].version);
    QVERIFY(decoded->entries[0].timestamp == expected.entries[0].timestamp);
    QCOMPARE(decoded->entries[0].size, 1234);
    QCOMPARE(decoded->entries[1].kind, FeedEntry::Kind::Row);
    QCOMPARE(decoded->entries[1].key, QStringLiteral("[42]"));
    QCOMPARE(decoded->entries[1].deleted, true);
}

void TestFeedPageCodec::refusesMalformedPages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid CBOR");
    QTest::newRow("truncated") << FeedPageCodec::encode(sample()).chopped(5) << QStringLiteral("not valid CBOR");
    QTest::newRow("trailing bytes") << FeedPageCodec::encode(sample()) + QByteArray("\x01")
                                    << QStringLiteral("there are bytes after its end");
    QTest::newRow("not a map") << QCborValue(42).toCbor() << QStringLiteral("not a CBOR map");
    QCborMap future = QCborValue::fromCbor(FeedPageCodec::encode(sample())).toMap();
    future.insert(QStringLiteral("v"), ferry::wire::protocolVersion + 1);
    QTest::newRow("future version") << QCborValue(future).toCbor()
                                    << QStringLiteral("has protocol version %1; this build reads version %2")
                                           .arg(ferry::wire::protocolVersion + 1)
                                           .arg(ferry::wire::protocolVersion);
    QTest::newRow("traversal") << withEntryField(QStringLiteral("path"), QStringLiteral("../../etc/passwd"))
                               << QStringLiteral("contains '..'");
    QTest::newRow("absolute") << withEntryField(QStringLiteral("path"), QStringLiteral("/etc/passwd"))
                              << QStringLiteral("is absolute");
    QTest::newRow("short hash") << withEntryField(QStringLiteral("hash"), QByteArray(31, 'x'))
                                << QStringLiteral("its hash is not 32 bytes");
    QTest::newRow("negative size") << withEntryField(QStringLiteral("size"), -1)
                                   << QStringLiteral("its size is missing or negative");
    QTest::newRow("sequence beyond page") << withEntryField(QStringLiteral("seq"), 99)
                                          << QStringLiteral("sequence number is missing or out of order");
    QTest::newRow("bad version vector") << withEntryField(QStringLiteral("ver"), QStringLiteral("nonsense"))
                                        << QStringLiteral("version vector is malformed");
    QTest::newRow("unknown kind") << withEntryField(QStringLiteral("kind"), QStringLiteral("link"))
                                  << QStringLiteral("neither a file nor a row");
    QCborMap huge = QCborValue::fromCbor(FeedPageCodec::encode(sample())).toMap();
    QCborArray many;
    for (int i = 0; i < 10001; ++i) {
        many.append(QCborMap());
    }
    huge.insert(QStringLiteral("entries"), many);
    QTest::newRow("too many entries") << QCborValue(huge).toCbor() << QStringLiteral("at most 10000 are accepted");
    QTest::newRow("oversized") << QByteArray(17 * 1024 * 1024, '\0') << QStringLiteral("larger than");
}

void TestFeedPageCodec::refusesMalformedPages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    auto decoded = FeedPageCodec::decode(bytes);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.errorMessage().contains(reason), qPrintable(decoded.errorMessage()));
}

QTEST_GUILESS_MAIN(TestFeedPageCodec)
#include "tst_feedpagecodec.moc"
