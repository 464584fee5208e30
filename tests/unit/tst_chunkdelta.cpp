// ChunkDelta: librsync deltas rebuild an edited chunk exactly from its basis; a signature or delta
// from a peer that breaks a bound is refused, never followed; the basis is the chunks at the
// edited place.

#include "net/ChunkDelta.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using ferry::Chunk;
using ferry::ChunkDelta;
using ferry::ContentHasher;

namespace {

template<typename T> QString why(const ferry::Result<T>& result)
{
    return result.ok() ? QString() : result.errorMessage();
}

QByteArray noise(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
    return bytes;
}

QByteArray header(quint32 magic, quint32 block, quint32 strong)
{
    QByteArray bytes(12, Qt::Uninitialized);
    qToBigEndian(magic, bytes.data());
    qToBigEndian(block, bytes.data() + 4);
    qToBigEndian(strong, bytes.data() + 8);
    return bytes;
}

Chunk chunk(quint64 offset, quint32 length, char fill)
{
    Chunk c { .offset = offset, .length = length };
    c.hash.fill(static_cast<unsigned char>(fill));
    return c;
}

} // namespace

class TestChunkDelta : public QObject
{
    Q_OBJECT

private slots:
    void rebuildsAnEditedChunk_data();
    void rebuildsAnEditedChunk();
    void givesUpOnAChunkWithLittleInCommon();
    void refusesWhatDoesNotMatch();
    void refusesBadSignatures_data();
    void refusesBadSignatures();
    void patchStaysWithinItsBounds_data();
    void patchStaysWithinItsBounds();
    void blockLengthGrowsWithTheBasis();
    void basisIsTheChunksAtTheEditedPlace();
    void paysOnlyWhenSmaller();
};

void TestChunkDelta::rebuildsAnEditedChunk_data()
{
    QTest::addColumn<QByteArray>("basis");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("maxDelta"); // what the delta may cost at most
    const QByteArray basis = noise(64 * 1024, 1);
    QByteArray overwritten = basis;
    overwritten.replace(30000, 64, QByteArray(64, 'x'));
    QByteArray inserted = basis;
    inserted.insert(30000, QByteArray(100, 'y'));
    QByteArray removed = basis;
    removed.remove(30000, 500);
    QTest::newRow("64 bytes overwritten") << basis << overwritten << 2 * ChunkDelta::blockLength(basis.size()) + 64;
    QTest::newRow("100 bytes inserted") << basis << inserted << 2 * ChunkDelta::blockLength(basis.size()) + 164;
    QTest::newRow("500 bytes removed") << basis << removed << 2 * ChunkDelta::blockLength(basis.size()) + 64;
    QTest::newRow("unchanged") << basis << basis << 64;
    QTest::newRow("tiny basis") << QByteArray("abc") << QByteArray("abcd") << 64;
}

void TestChunkDelta::rebuildsAnEditedChunk()
{
    QFETCH(QByteArray, basis);
    QFETCH(QByteArray, target);
    QFETCH(int, maxDelta);
    const QByteArray signature = ChunkDelta::signature(basis);
    QVERIFY(ChunkDelta::checkSignature(signature).ok());
    auto delta = ChunkDelta::delta(signature, target);
    QVERIFY2(delta.ok(), qPrintable(why(delta)));
    QVERIFY2(delta->size() <= maxDelta, qPrintable(QString::number(delta->size())));
    auto rebuilt = ChunkDelta::rebuild(basis, delta.value(), quint32(target.size()), ContentHasher::sha256(target));
    QVERIFY2(rebuilt.ok(), qPrintable(why(rebuilt)));
    QCOMPARE(rebuilt.value(), target);
}

void TestChunkDelta::givesUpOnAChunkWithLittleInCommon()
{
    // Nothing in common: no delta (the chunk goes whole), and it stops at three quarters.
    const auto unrelated = ChunkDelta::delta(ChunkDelta::signature(noise(64 * 1024, 1)), noise(20000, 2));
    QVERIFY(!unrelated.ok());
    QCOMPARE(unrelated.errorMessage(), QStringLiteral("The delta would be larger than the chunk."));
    QCOMPARE(ChunkDelta::maxDeltaSize(20000), 15064);
}

void TestChunkDelta::refusesWhatDoesNotMatch()
{
    const QByteArray basis = noise(32 * 1024, 3);
    QByteArray target = basis;
    target[100] = char(target[100] ^ 1);
    auto delta = ChunkDelta::delta(ChunkDelta::signature(basis), target);
    QVERIFY(delta.ok());
    // Another basis, another hash, another length: never kept.
    QByteArray otherBasis = basis;
    otherBasis[20000] = char(otherBasis[20000] ^ 1);
    auto wrongBasis
        = ChunkDelta::rebuild(otherBasis, delta.value(), quint32(target.size()), ContentHasher::sha256(target));
    QVERIFY(!wrongBasis.ok());
    QVERIFY2(wrongBasis.errorMessage().contains(QStringLiteral("does not match its hash")),
        qPrintable(wrongBasis.errorMessage()));
    QVERIFY(!ChunkDelta::rebuild(basis, delta.value(), quint32(target.size()), ContentHasher::sha256(basis)).ok());
    QVERIFY(!ChunkDelta::rebuild(basis, delta.value(), quint32(target.size() - 1), ContentHasher::sha256(target)).ok());
    const auto noBasis
        = ChunkDelta::rebuild(QByteArray(), delta.value(), quint32(target.size()), ContentHasher::sha256(target));
    QVERIFY(noBasis.errorMessage().contains(QStringLiteral("no basis")));
}

void TestChunkDelta::refusesBadSignatures_data()
{
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QString>("reason");
    const quint32 rk = 0x72730147;
    QTest::newRow("empty") << QByteArray() << QStringLiteral("has 0 bytes");
    QTest::newRow("header only") << header(rk, 1024, 4) << QStringLiteral("has 12 bytes");
    QTest::newRow("md4") << header(0x72730136, 1024, 4) + QByteArray(8, 'a') << QStringLiteral("not of the kind");
    QTest::newRow("tiny blocks") << header(rk, 16, 4) + QByteArray(8, 'a') << QStringLiteral("blocks of 16 bytes");
    QTest::newRow("huge blocks") << header(rk, 1u << 30, 4) + QByteArray(8, 'a')
                                 << QStringLiteral("blocks of 1073741824");
    QTest::newRow("long sums") << header(rk, 1024, 64) + QByteArray(68, 'a') << QStringLiteral("sums of 64");
    QTest::newRow("part of a block") << header(rk, 1024, 4) + QByteArray(9, 'a') << QStringLiteral("whole blocks");
    QTest::newRow("too many blocks") << header(rk, 256, 4) + QByteArray(8 * 2049, 'a')
                                     << QStringLiteral("whole blocks");
    QTest::newRow("too large") << header(rk, 256, 4) + QByteArray(200 * 1024, 'a')
                               << QStringLiteral("it must have between");
}

void TestChunkDelta::refusesBadSignatures()
{
    QFETCH(QByteArray, signature);
    QFETCH(QString, reason);
    const auto checked = ChunkDelta::checkSignature(signature);
    QVERIFY(!checked.ok());
    QVERIFY2(checked.errorMessage().contains(reason), qPrintable(checked.errorMessage()));
    QVERIFY(!ChunkDelta::delta(signature, noise(4096, 4)).ok());
}

void TestChunkDelta::patchStaysWithinItsBounds_data()
{
    QTest::addColumn<QByteArray>("delta");
    QTest::addColumn<QString>("reason");
    const QByteArray magic = QByteArray::fromHex("72730236");
    // librsync's commands: 0x01..0x40 a literal of that many bytes, 0x41..0x44 LITERAL with a
    // 1..8-byte length, 0x45..0x54 COPY with a 1..8-byte position and length (0x45: 1 and 1,
    // 0x49: 2 and 1, 0x51: 8 and 1), 0x00 END.
    QTest::newRow("garbage") << QByteArray("not a delta at all") << QStringLiteral("damaged");
    QTest::newRow("no end") << magic + QByteArray::fromHex("0161") << QStringLiteral("damaged");
    QTest::newRow("copy past the basis") << magic + QByteArray::fromHex("49f0001000") << QStringLiteral("damaged");
    QTest::newRow("copy before the basis")
        << magic + QByteArray::fromHex("51ffffffffffffffff1000") << QStringLiteral("damaged");
    QTest::newRow("literal beyond the limit") << magic + QByteArray::fromHex("42ffff") + QByteArray(0xffff, 'z')
            + QByteArray(1, '\0') << QStringLiteral("more than 1000 bytes");
    QTest::newRow("copies beyond the limit") << magic + QByteArray::fromHex("4500ff").repeated(10) + QByteArray(1, '\0')
                                             << QStringLiteral("more than 1000 bytes");
}

void TestChunkDelta::patchStaysWithinItsBounds()
{
    QFETCH(QByteArray, delta);
    QFETCH(QString, reason);
    const auto patched = ChunkDelta::patch(noise(4096, 5), delta, 1000);
    QVERIFY(!patched.ok());
    QVERIFY2(patched.errorMessage().contains(reason), qPrintable(patched.errorMessage()));
}

void TestChunkDelta::blockLengthGrowsWithTheBasis()
{
    QCOMPARE(ChunkDelta::blockLength(100), ChunkDelta::minBlockLength);
    QVERIFY(ChunkDelta::blockLength(64 * 1024) > ChunkDelta::blockLength(16 * 1024));
    QVERIFY(ChunkDelta::blockLength(64 * 1024) >= 512 && ChunkDelta::blockLength(64 * 1024) <= 1024);
    QCOMPARE(ChunkDelta::blockLength(ChunkDelta::blockLength(ChunkDelta::maxBasisBytes)) % 64, 0);
    // A 64 KiB basis signs in about a kilobyte.
    QVERIFY(ChunkDelta::signature(noise(64 * 1024, 6)).size() < 1200);
}

void TestChunkDelta::basisIsTheChunksAtTheEditedPlace()
{
    const std::vector<Chunk> file { chunk(0, 20000, 'a'), chunk(20000, 30000, 'b'), chunk(50000, 40000, 'c') };
    // Same place, same size: the one chunk there.
    auto basis = ChunkDelta::basisFor(file, 20000, 30000);
    QCOMPARE(basis.size(), std::size_t(1));
    QCOMPARE(basis[0].hash[0], 'b');
    // A boundary moved: both chunks the new one overlaps.
    basis = ChunkDelta::basisFor(file, 10000, 30000);
    QCOMPARE(basis.size(), std::size_t(2));
    QCOMPARE(basis[1].hash[0], 'b');
    // The file grew: its last chunk.
    basis = ChunkDelta::basisFor(file, 90000, 5000);
    QCOMPARE(basis.size(), std::size_t(1));
    QCOMPARE(basis[0].hash[0], 'c');
    QVERIFY(ChunkDelta::basisFor({}, 0, 100).empty());
    // Never more than maxBasisChunks.
    std::vector<Chunk> small;
    for (int i = 0; i < 10; ++i) {
        small.push_back(chunk(quint64(i) * 1000, 1000, char('0' + i)));
    }
    QCOMPARE(ChunkDelta::basisFor(small, 0, 10000).size(), std::size_t(ChunkDelta::maxBasisChunks));
}

void TestChunkDelta::paysOnlyWhenSmaller()
{
    const QByteArray chunk = noise(64 * 1024, 7);
    QVERIFY(ChunkDelta::pays(QByteArray(500, 'd'), chunk));
    QVERIFY(!ChunkDelta::pays(noise(64 * 1024, 8), chunk));
    // Text compresses: a delta must beat the compressed chunk, not the raw one.
    const QByteArray text = QByteArray("<p>the same words, over and over</p>\n").repeated(2000);
    QVERIFY(!ChunkDelta::pays(noise(text.size() / 4, 9), text));
}

QTEST_GUILESS_MAIN(TestChunkDelta)
#include "tst_chunkdelta.moc"
