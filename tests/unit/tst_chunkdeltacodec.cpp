// ChunkDeltaCodec: the delta exchange's four messages round-trip; every bound is checked on the
// way in (counts, lengths, hashes, paths, signature headers, compressed sizes).

#include "net/ChunkCompression.h"
#include "net/WireLimits.h"
#include "net/ChunkDelta.h"
#include "net/ChunkDeltaCodec.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>

using namespace ferry;

namespace {

template<typename T> QString why(const ferry::Result<T>& result)
{
    return result.ok() ? QString() : result.errorMessage();
}

Sha256 hashOf(char fill)
{
    Sha256 hash;
    hash.fill(static_cast<unsigned char>(fill));
    return hash;
}

QByteArray message(const QString& key, const QCborArray& entries)
{
    return QCborValue(QCborMap { { QStringLiteral("v"), wire::protocolVersion }, { key, entries } }).toCbor();
}

QByteArray validSignature()
{
    return ChunkDelta::signature(QByteArray(4096, 'b'));
}

} // namespace

class TestChunkDeltaCodec : public QObject
{
    Q_OBJECT

private slots:
    void questionsRoundTrip();
    void signaturesRoundTrip();
    void deltaQuestionsRoundTrip();
    void deltasRoundTrip();
    void refusesMalformedMessages_data();
    void refusesMalformedMessages();
};

void TestChunkDeltaCodec::questionsRoundTrip()
{
    const std::vector<BasisQuestion> questions { { .path = QStringLiteral("a/b.html"), .offset = 0, .length = 100 },
        { .path = QStringLiteral("c d/é.bin"), .offset = 1u << 30, .length = 256 * 1024 } };
    auto decoded = ChunkDeltaCodec::decodeQuestions(ChunkDeltaCodec::encodeQuestions(questions));
    QVERIFY2(decoded.ok(), qPrintable(why(decoded)));
    QCOMPARE(decoded->size(), std::size_t(2));
    QCOMPARE(decoded->at(1).path, QStringLiteral("c d/é.bin"));
    QCOMPARE(decoded->at(1).offset, quint64(1u << 30));
    QCOMPARE(decoded->at(1).length, quint32(256 * 1024));
}

void TestChunkDeltaCodec::signaturesRoundTrip()
{
    const std::vector<BasisSignature> signatures {
        { .basis = { hashOf('a'), hashOf('b') }, .signature = validSignature() }, { .basis = {}, .signature = {} }
    };
    auto decoded = ChunkDeltaCodec::decodeSignatures(ChunkDeltaCodec::encodeSignatures(signatures), 1 << 20);
    QVERIFY2(decoded.ok(), qPrintable(why(decoded)));
    QCOMPARE(decoded->size(), std::size_t(2));
    QVERIFY(decoded->at(0).basis == signatures[0].basis);
    QCOMPARE(decoded->at(0).signature, signatures[0].signature);
    QVERIFY(decoded->at(1).basis.empty());
}

void TestChunkDeltaCodec::deltaQuestionsRoundTrip()
{
    const std::vector<DeltaQuestion> questions { { .hash = hashOf('q'), .signature = validSignature() } };
    auto decoded = ChunkDeltaCodec::decodeDeltaQuestions(ChunkDeltaCodec::encodeDeltaQuestions(questions));
    QVERIFY2(decoded.ok(), qPrintable(why(decoded)));
    QCOMPARE(decoded->size(), std::size_t(1));
    QVERIFY(decoded->at(0).hash == hashOf('q'));
    QCOMPARE(decoded->at(0).signature, questions[0].signature);
}

void TestChunkDeltaCodec::deltasRoundTrip()
{
    // A compressible delta travels compressed and comes back as it was; an empty one means "whole".
    const QByteArray text = QByteArray("literal text ").repeated(500);
    const std::vector<ChunkDeltaBytes> deltas {
        { .hash = hashOf('1'), .length = 65536, .basis = { hashOf('b') }, .delta = text },
        { .hash = hashOf('2'), .length = 10, .basis = {}, .delta = {} }
    };
    const QByteArray encoded = ChunkDeltaCodec::encodeDeltas(deltas);
    QVERIFY(encoded.size() < text.size() / 2);
    auto decoded = ChunkDeltaCodec::decodeDeltas(encoded, 1 << 20);
    QVERIFY2(decoded.ok(), qPrintable(why(decoded)));
    QCOMPARE(decoded->size(), std::size_t(2));
    QCOMPARE(decoded->at(0).delta, text);
    QCOMPARE(decoded->at(0).length, quint32(65536));
    QVERIFY(decoded->at(0).basis == deltas[0].basis);
    QVERIFY(decoded->at(1).delta.isEmpty());
    QVERIFY(ChunkDeltaCodec::wireSize(deltas[0]) >= text.size());
}

void TestChunkDeltaCodec::refusesMalformedMessages_data()
{
    QTest::addColumn<int>("kind"); // 0 questions, 1 signatures, 2 delta questions, 3 deltas
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QString path = QStringLiteral("path");
    const QString at = QStringLiteral("at");
    const QString len = QStringLiteral("len");
    const QString chunks = QStringLiteral("chunks");
    const QString sigs = QStringLiteral("sigs");
    const QString deltas = QStringLiteral("deltas");
    const QString basis = QStringLiteral("basis");
    const QString sig = QStringLiteral("sig");
    const QString hash = QStringLiteral("hash");
    const QString delta = QStringLiteral("delta");
    const QString z = QStringLiteral("z");
    const QByteArray h(32, 'h');

    QTest::newRow("garbage") << 0 << QByteArray("\xff\x00", 2) << QStringLiteral("not valid CBOR");
    QTest::newRow("no version") << 1 << QCborValue(QCborMap { { sigs, QCborArray {} } }).toCbor()
                                << QStringLiteral("protocol version");
    QTest::newRow("traversal")
        << 0 << message(chunks, { QCborMap { { path, QStringLiteral("../etc/passwd") }, { at, 0 }, { len, 10 } } })
        << QStringLiteral("..");
    QTest::newRow("absolute path")
        << 0 << message(chunks, { QCborMap { { path, QStringLiteral("/etc/passwd") }, { at, 0 }, { len, 10 } } })
        << QStringLiteral("/etc/passwd");
    QTest::newRow("negative offset") << 0
                                     << message(chunks,
                                            { QCborMap { { path, QStringLiteral("a") }, { at, -1 }, { len, 10 } } })
                                     << QStringLiteral("lacks its path, offset or length");
    QTest::newRow("oversized chunk") << 0
                                     << message(chunks,
                                            { QCborMap { { path, QStringLiteral("a") }, { at, 0 }, { len, 300000 } } })
                                     << QStringLiteral("lacks its path, offset or length");
    QCborArray many;
    for (int i = 0; i < ChunkDeltaCodec::maxEntries + 1; ++i) {
        many.append(QCborMap { { path, QStringLiteral("a") }, { at, 0 }, { len, 1 } });
    }
    QTest::newRow("too many questions") << 0 << message(chunks, many) << QStringLiteral("at most 256 chunks");
    QTest::newRow("basis without signature")
        << 1 << message(sigs, { QCborMap { { basis, QCborArray { h } }, { sig, QByteArray() } } })
        << QStringLiteral("a basis without a signature");
    QTest::newRow("short basis hash")
        << 1 << message(sigs, { QCborMap { { basis, QCborArray { QByteArray(31, 'h') } }, { sig, validSignature() } } })
        << QStringLiteral("lacks its basis");
    QTest::newRow("too many basis chunks")
        << 1 << message(sigs, { QCborMap { { basis, QCborArray { h, h, h, h, h } }, { sig, validSignature() } } })
        << QStringLiteral("lacks its basis");
    QTest::newRow("bad signature") << 1
                                   << message(sigs,
                                          { QCborMap { { basis, QCborArray { h } }, { sig, QByteArray(40, 's') } } })
                                   << QStringLiteral("not of the kind");
    QTest::newRow("question without signature")
        << 2 << message(chunks, { QCborMap { { hash, h } } }) << QStringLiteral("lacks its hash or signature");
    QTest::newRow("question with bad signature")
        << 2 << message(chunks, { QCborMap { { hash, h }, { sig, QByteArray(5, 's') } } })
        << QStringLiteral("has 5 bytes");
    QTest::newRow("delta without flag") << 3
                                        << message(deltas,
                                               { QCborMap { { hash, h }, { len, 10 }, { basis, QCborArray { h } },
                                                   { delta, QByteArray("d") } } })
                                        << QStringLiteral("compression flag");
    QTest::newRow("delta of no length") << 3
                                        << message(deltas,
                                               { QCborMap { { hash, h }, { len, 0 }, { basis, QCborArray { h } },
                                                   { delta, QByteArray("d") }, { z, false } } })
                                        << QStringLiteral("lacks its hash, length");
    QTest::newRow("not zstd") << 3
                              << message(deltas,
                                     { QCborMap { { hash, h }, { len, 10 }, { basis, QCborArray { h } },
                                         { delta, QByteArray("not zstd") }, { z, true } } })
                              << QStringLiteral("Delta 1:");
    QTest::newRow("zstd bomb") << 3
                               << message(deltas,
                                      { QCborMap { { hash, h }, { len, 10 }, { basis, QCborArray { h } },
                                          { delta, ChunkCompression::compress(QByteArray(2 * 1024 * 1024, 'x')) },
                                          { z, true } } })
                               << QStringLiteral("more than");
    QTest::newRow("oversized delta") << 3
                                     << message(deltas,
                                            { QCborMap { { hash, h }, { len, 10 }, { basis, QCborArray { h } },
                                                { delta, QByteArray(ChunkDeltaCodec::maxDeltaBytes + 1, 'd') },
                                                { z, false } } })
                                     << QStringLiteral("larger than a delta can be");
}

void TestChunkDeltaCodec::refusesMalformedMessages()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QString error;
    switch (kind) {
    case 0:
        error = why(ChunkDeltaCodec::decodeQuestions(bytes));
        break;
    case 1:
        error = why(ChunkDeltaCodec::decodeSignatures(bytes, 1 << 20));
        break;
    case 2:
        error = why(ChunkDeltaCodec::decodeDeltaQuestions(bytes));
        break;
    default:
        error = why(ChunkDeltaCodec::decodeDeltas(bytes, 1 << 20));
        break;
    }
    QVERIFY2(error.contains(reason), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestChunkDeltaCodec)
#include "tst_chunkdeltacodec.moc"
