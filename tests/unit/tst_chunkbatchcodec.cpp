// ChunkBatchCodec: chunks round-trip, compressed when that pays, as the canonical CBOR a tree
// would write; what the stream reading refuses: a chunk damaged in transit, a field missing or of
// the wrong type, more chunks than a batch holds, another protocol version.

#include "net/ChunkBatchCodec.h"
#include "net/ChunkListCodec.h"
#include "net/WireLimits.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>

using namespace ferry;

namespace {

ChunkBytes chunkOf(const QByteArray& bytes)
{
    return {ContentHasher::sha256(bytes), bytes};
}

QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes) {
        seed = seed * 1664525u + 1013904223u;
        c = char(seed >> 24);
    }
    return bytes;
}

// The encoded batch with one field of its first chunk replaced.
QByteArray withField(const std::vector<ChunkBytes>& chunks, const QString& field, const QCborValue& value)
{
    QCborMap root = QCborValue::fromCbor(ChunkBatchCodec::encode(chunks)).toMap();
    QCborArray array = root.value(QStringLiteral("chunks")).toArray();
    QCborMap first = array.at(0).toMap();
    first.insert(field, value);
    array[0] = first;
    root.insert(QStringLiteral("chunks"), array);
    return root.toCborValue().toCbor();
}

} // namespace

class TestChunkBatchCodec : public QObject
{
    Q_OBJECT

private slots:
    void chunksRoundTripAsCanonicalCbor();
    void refuses_data();
    void refuses();
};

void TestChunkBatchCodec::chunksRoundTripAsCanonicalCbor()
{
    const std::vector<ChunkBytes> chunks{chunkOf(QByteArray(60000, 'a')), chunkOf(noise(70000, 3)), chunkOf(QByteArray())};
    const QByteArray bytes = ChunkBatchCodec::encode(chunks);
    QCOMPARE(QCborValue::fromCbor(bytes).toCbor(), bytes);  // what a QCborValue tree writes
    QVERIFY(bytes.size() < 60000 + 70000);                   // the repeated chunk went compressed
    auto decoded = ChunkBatchCodec::decode(bytes, wire::maxApplyBodyBytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.errorMessage()));
    QCOMPARE(decoded->size(), chunks.size());
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        QVERIFY(decoded->at(i).hash == chunks[i].hash);
        QCOMPARE(decoded->at(i).bytes, chunks[i].bytes);
    }
}

void TestChunkBatchCodec::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    const std::vector<ChunkBytes> one{chunkOf(noise(1000, 5))};
    const QString tooMany = QStringLiteral("A chunk batch holds at most %1 chunks.").arg(ChunkBatchCodec::maxChunks);
    QByteArray damaged = noise(1000, 5);
    damaged[500] = char(damaged[500] ^ 1);
    QTest::newRow("damaged in transit") << withField(one, QStringLiteral("data"), damaged)
                                        << QStringLiteral("Chunk 1 of the batch does not match its hash %1 (damaged in "
                                                          "transit?).")
                                               .arg(ChunkListCodec::toHex(one[0].hash));
    QTest::newRow("no hash") << withField(one, QStringLiteral("hash"), QByteArray(31, 'h'))
                             << QStringLiteral("Chunk 1 of the batch lacks its hash, data or compression flag.");
    QTest::newRow("flag of the wrong type") << withField(one, QStringLiteral("z"), 1)
                                            << QStringLiteral("Chunk 1 of the batch lacks its hash, data or compression flag.");
    QTest::newRow("too large") << withField(one, QStringLiteral("data"), QByteArray(wire::maxChunkBytes + 1, 'x'))
                               << QStringLiteral("Chunk 1 of the batch is larger than a chunk can be.");
    std::vector<ChunkBytes> many(std::size_t(ChunkBatchCodec::maxChunks) + 1, chunkOf(QByteArray("c")));
    QTest::newRow("too many") << ChunkBatchCodec::encode(many) << tooMany;
    QTest::newRow("no chunks") << QCborValue(QCborMap{{QStringLiteral("v"), wire::protocolVersion}}).toCbor() << tooMany;
    QTest::newRow("another version")
        << QCborValue(QCborMap{{QStringLiteral("v"), 7}, {QStringLiteral("chunks"), QCborArray{}}}).toCbor()
        << QStringLiteral("The chunk batch has protocol version 7; this build reads version %1.").arg(wire::protocolVersion);
    QTest::newRow("larger than allowed") << QByteArray(wire::maxApplyBodyBytes + 1, '\0')
                                         << QStringLiteral("The chunk batch is larger than %1 bytes.").arg(wire::maxApplyBodyBytes);
}

void TestChunkBatchCodec::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    auto decoded = ChunkBatchCodec::decode(bytes, wire::maxApplyBodyBytes);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.errorMessage(), error);
}

QTEST_APPLESS_MAIN(TestChunkBatchCodec)
#include "tst_chunkbatchcodec.moc"
