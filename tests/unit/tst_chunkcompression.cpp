// ChunkCompression: chunks round-trip through zstd; damaged frames, trailing bytes and frames
// that would expand beyond the limit (declared or not) are refused without expanding them.

#include "net/ChunkCompression.h"

#include <QTest>

#include <zstd.h>

using ferry::ChunkCompression;

class TestChunkCompression : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips();
    void refusesBombs();
    void refusesFramesThatHideTheirSize();
    void refusesDamagedFrames();
};

void TestChunkCompression::roundTrips()
{
    const QByteArray text = QByteArray("<p>hello</p>\n").repeated(1000);
    const QByteArray frame = ChunkCompression::compress(text);
    QVERIFY(frame.size() < text.size() / 10);
    QCOMPARE(ChunkCompression::decompress(frame, text.size()).value(), text);
    QCOMPARE(ChunkCompression::decompress(ChunkCompression::compress({}), 10).value(), QByteArray());
}

void TestChunkCompression::refusesBombs()
{
    auto bomb = ChunkCompression::decompress(ChunkCompression::compress(QByteArray(10 * 1024 * 1024, '\0')), 262144);
    QVERIFY(!bomb.ok());
    QCOMPARE(bomb.errorMessage(), QStringLiteral("The compressed chunk would expand to more than 262144 bytes."));
    QVERIFY(!ChunkCompression::decompress(ChunkCompression::compress(QByteArray(101, 'a')), 100).ok());
    QVERIFY(ChunkCompression::decompress(ChunkCompression::compress(QByteArray(100, 'a')), 100).ok());
}

void TestChunkCompression::refusesFramesThatHideTheirSize()
{
    // A streamed frame does not declare its size: the limit must hold while expanding.
    ZSTD_CCtx* context = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(context, ZSTD_c_contentSizeFlag, 0);
    const QByteArray input(1024 * 1024, 'z');
    QByteArray frame(qsizetype(ZSTD_compressBound(std::size_t(input.size()))), Qt::Uninitialized);
    ZSTD_inBuffer in{input.constData(), std::size_t(input.size()), 0};
    ZSTD_outBuffer out{frame.data(), std::size_t(frame.size()), 0};
    QCOMPARE(ZSTD_compressStream2(context, &out, &in, ZSTD_e_end), std::size_t(0));
    ZSTD_freeCCtx(context);
    frame.truncate(qsizetype(out.pos));
    QCOMPARE(ZSTD_getFrameContentSize(frame.constData(), std::size_t(frame.size())), ZSTD_CONTENTSIZE_UNKNOWN);
    auto expanded = ChunkCompression::decompress(frame, 4096);
    QVERIFY(!expanded.ok());
    QCOMPARE(expanded.errorMessage(), QStringLiteral("The compressed chunk would expand to more than 4096 bytes."));
}

void TestChunkCompression::refusesDamagedFrames()
{
    const QByteArray frame = ChunkCompression::compress(QByteArray("some chunk content").repeated(100));
    QCOMPARE(ChunkCompression::decompress(QByteArray("not zstd at all"), 1000).errorMessage(),
             QStringLiteral("The compressed chunk is not a zstd frame."));
    QCOMPARE(ChunkCompression::decompress(frame.chopped(4), 10000).errorMessage(),
             QStringLiteral("The compressed chunk is truncated or damaged."));
    QCOMPARE(ChunkCompression::decompress(frame + QByteArray("x"), 10000).errorMessage(),
             QStringLiteral("The compressed chunk is truncated or damaged."));
}

QTEST_GUILESS_MAIN(TestChunkCompression)
#include "tst_chunkcompression.moc"
