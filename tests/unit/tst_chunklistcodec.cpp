// ChunkListCodec: chunk lists round-trip; malformed lists and chunk names are refused.

#include "net/ChunkListCodec.h"
#include "net/WireLimits.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>

using ferry::ChunkListCodec;
using ferry::Sha256;

class TestChunkListCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips();
    void refusesMalformedLists_data();
    void refusesMalformedLists();
    void parsesHexNamesStrictly();
};

void TestChunkListCodec::roundTrips()
{
    std::vector<Sha256> hashes(3);
    hashes[0].fill(1);
    hashes[1].fill(2);
    hashes[2].fill(0xff);
    auto decoded = ChunkListCodec::decode(ChunkListCodec::encode(hashes));
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value() == hashes);
    QVERIFY(ChunkListCodec::decode(ChunkListCodec::encode({})).value().empty());
}

void TestChunkListCodec::refusesMalformedLists_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("garbage") << QByteArray("\xff\xff\xff") << QStringLiteral("not valid CBOR");
    QTest::newRow("two messages") << ChunkListCodec::encode({}) + ChunkListCodec::encode({})
                                  << QStringLiteral("The chunk list is not valid CBOR: there are bytes after its end.");
    QTest::newRow("not a map") << QCborValue(QCborArray{1}).toCbor() << QStringLiteral("not a CBOR map");
    QTest::newRow("no version") << QCborValue(QCborMap{{QStringLiteral("chunks"), QCborArray{}}}).toCbor()
                                << QStringLiteral("unknown protocol version");
    QTest::newRow("short hash")
        << QCborValue(QCborMap{{QStringLiteral("v"), ferry::wire::protocolVersion}, {QStringLiteral("chunks"), QCborArray{QByteArray(31, 'a')}}})
               .toCbor()
        << QStringLiteral("not 32 bytes");
    QTest::newRow("text hash")
        << QCborValue(QCborMap{{QStringLiteral("v"), ferry::wire::protocolVersion}, {QStringLiteral("chunks"), QCborArray{QString(32, u'a')}}})
               .toCbor()
        << QStringLiteral("not 32 bytes");
    QCborArray many;
    for (int i = 0; i < 4097; ++i) {
        many.append(QByteArray(32, 'a'));
    }
    QTest::newRow("too many") << QCborValue(QCborMap{{QStringLiteral("v"), ferry::wire::protocolVersion}, {QStringLiteral("chunks"), many}}).toCbor()
                              << QStringLiteral("at most 4096 are accepted");
    QTest::newRow("oversized") << QByteArray(300 * 1024, 'a') << QStringLiteral("larger than");
}

void TestChunkListCodec::refusesMalformedLists()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    auto decoded = ChunkListCodec::decode(bytes);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.errorMessage().contains(reason), qPrintable(decoded.errorMessage()));
}

void TestChunkListCodec::parsesHexNamesStrictly()
{
    const QString good = QStringLiteral("ab").repeated(32);
    QCOMPARE(ChunkListCodec::toHex(ChunkListCodec::parseHex(good).value()), good);
    for (const QString& bad : {QStringLiteral("AB").repeated(32), QStringLiteral("ab").repeated(31),
                               QStringLiteral("../../etc/passwd"), QStringLiteral("zz").repeated(32)}) {
        auto parsed = ChunkListCodec::parseHex(bad);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.errorMessage().contains(QStringLiteral("is not a SHA-256 hash")));
    }
}

QTEST_GUILESS_MAIN(TestChunkListCodec)
#include "tst_chunklistcodec.moc"
