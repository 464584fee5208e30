// ContentHasher: SHA-256 as the standard defines it, chunk boundaries that follow content, and a
// file's content hash made of its chunks' hashes.

#include "RandomBytes.h"
#include "TempHome.h"
#include "site/ContentHasher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <fcntl.h>
#include <set>
#include <unistd.h>

using namespace ferry;
using test::randomBytes;

namespace {

ContentDigest digestThroughFile(const test::TempHome& home, const QByteArray& bytes)
{
    const QString path = home.writeFile(QStringLiteral("content.bin"), bytes);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    auto digest = ContentHasher::digestFile(fd);
    ::close(fd);
    if (!digest) {
        qFatal("%s", qPrintable(digest.errorMessage()));
    }
    return digest.value();
}

// The content hash of a file of several chunks, computed apart from Ferry's code: SHA-256 (Qt's
// own) over the chunks' hashes, one after the other.
Sha256 hashOfListedChunks(const std::vector<Chunk>& chunks)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Chunk& chunk : chunks) {
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(chunk.hash.data()), qsizetype(chunk.hash.size())));
    }
    const QByteArray result = hash.result();
    Sha256 out{};
    std::copy(result.begin(), result.end(), reinterpret_cast<char*>(out.data()));
    return out;
}

} // namespace

class TestContentHasher : public QObject
{
    Q_OBJECT

private slots:
    void sha256MatchesTheStandardVectors();
    void chunksCoverTheContentWithinBounds();
    void streamingAgreesWithInMemory_data();
    void streamingAgreesWithInMemory();
    void theContentHashIsMadeOfTheChunksHashes();
    void aChunkShapeSaysWhetherTheChunkerCutsThere();
    void anEditInTheMiddleChangesFewChunks();
    void chunkListRoundTrips();
};

void TestContentHasher::sha256MatchesTheStandardVectors()
{
    QCOMPARE(ContentHasher::hex(ContentHasher::sha256(QByteArray())),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(ContentHasher::hex(ContentHasher::sha256(QByteArray("abc"))),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(ContentHasher::hex(ContentHasher::digest(QByteArray("abc")).hash),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestContentHasher::chunksCoverTheContentWithinBounds()
{
    const QByteArray data = randomBytes(3 * 1024 * 1024, 1);
    const ContentDigest digest = ContentHasher::digest(data);
    QCOMPARE(digest.hash, hashOfListedChunks(digest.chunks));
    quint64 offset = 0;
    for (std::size_t i = 0; i < digest.chunks.size(); ++i) {
        const Chunk& chunk = digest.chunks[i];
        QCOMPARE(chunk.offset, offset);
        QVERIFY(chunk.length <= ContentHasher::maxChunk);
        if (i + 1 < digest.chunks.size()) {
            QVERIFY(chunk.length > ContentHasher::minChunk);
        }
        QCOMPARE(chunk.hash, ContentHasher::sha256(data.mid(qsizetype(chunk.offset), chunk.length)));
        offset += chunk.length;
    }
    QCOMPARE(offset, quint64(data.size()));
    const double average = double(data.size()) / double(digest.chunks.size());
    QVERIFY2(average > 40 * 1024 && average < 110 * 1024, qPrintable(QString::number(average)));
}

void TestContentHasher::streamingAgreesWithInMemory_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("empty") << qsizetype(0);
    QTest::newRow("tiny") << qsizetype(5);
    QTest::newRow("one chunk") << qsizetype(40000);
    QTest::newRow("just under a block") << qsizetype(1024 * 1024 - 1);
    QTest::newRow("just over a block") << qsizetype(1024 * 1024 + 1);
    QTest::newRow("several blocks") << qsizetype(5 * 1024 * 1024 + 12345);
}

void TestContentHasher::streamingAgreesWithInMemory()
{
    QFETCH(qsizetype, size);
    test::TempHome home;
    const QByteArray data = randomBytes(size, quint32(size) + 3);
    const ContentDigest inMemory = ContentHasher::digest(data);
    const ContentDigest streamed = digestThroughFile(home, data);
    QCOMPARE(streamed.hash, inMemory.hash);
    QCOMPARE(streamed.size, quint64(size));
    QCOMPARE(streamed.chunks, inMemory.chunks);
}

void TestContentHasher::theContentHashIsMadeOfTheChunksHashes()
{
    // No chunk: an empty file's SHA-256. One chunk (most web files): the SHA-256 of its bytes,
    // what sha256sum prints.
    QCOMPARE(ContentHasher::hex(ContentHasher::digest(QByteArray()).hash),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    const QByteArray small = randomBytes(12000, 7);
    const ContentDigest one = ContentHasher::digest(small);
    QCOMPARE(one.chunks.size(), std::size_t(1));
    QCOMPARE(one.hash, ContentHasher::sha256(small));

    // Several: the SHA-256 of their hashes in order, so each byte is hashed once, by its chunk.
    const QByteArray large = randomBytes(1024 * 1024, 8);
    const ContentDigest several = ContentHasher::digest(large);
    QVERIFY(several.chunks.size() > 4);
    QCOMPARE(several.hash, hashOfListedChunks(several.chunks));
    QVERIFY(several.hash != ContentHasher::sha256(large));
    QCOMPARE(ContentHasher::hashOfChunks(several.chunks), several.hash);

    // The order counts: the same chunks in another order are other content.
    std::vector<Chunk> swapped = several.chunks;
    std::swap(swapped[0], swapped[1]);
    QVERIFY(ContentHasher::hashOfChunks(swapped) != several.hash);
}

void TestContentHasher::aChunkShapeSaysWhetherTheChunkerCutsThere()
{
    const QByteArray data = randomBytes(2 * 1024 * 1024, 9);
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    const ContentDigest digest = ContentHasher::digest(data);
    QVERIFY(digest.chunks.size() > 8);
    for (std::size_t i = 0; i + 1 < digest.chunks.size(); ++i) {
        const Chunk& chunk = digest.chunks[i];
        QCOMPARE(ContentHasher::shapeOf(bytes + chunk.offset, chunk.length), ChunkShape::Cut);
    }
    const Chunk& last = digest.chunks.back();
    QVERIFY(ContentHasher::shapeOf(bytes + last.offset, last.length) != ChunkShape::Invalid);

    const Chunk& first = digest.chunks[0];
    const Chunk& second = digest.chunks[1];
    // Two chunks taken as one: a cut falls inside.
    QCOMPARE(ContentHasher::shapeOf(bytes, first.length + second.length), ChunkShape::Invalid);
    // A chunk cut short: no cut at its end, so it could only end a file.
    QCOMPARE(ContentHasher::shapeOf(bytes, first.length - 1), ChunkShape::EndsFile);
    QCOMPARE(ContentHasher::shapeOf(bytes, ContentHasher::minChunk), ChunkShape::EndsFile);
    // Nothing, and more than the longest chunk, are never chunks.
    QCOMPARE(ContentHasher::shapeOf(bytes, 0), ChunkShape::Invalid);
    QCOMPARE(ContentHasher::shapeOf(bytes, ContentHasher::maxChunk + 1), ChunkShape::Invalid);
    // Bytes with no cut in them (all zero): cut at the maximum length.
    const QByteArray zeros(ContentHasher::maxChunk, '\0');
    const auto* zero = reinterpret_cast<const unsigned char*>(zeros.constData());
    QCOMPARE(ContentHasher::shapeOf(zero, ContentHasher::maxChunk), ChunkShape::Cut);
    QCOMPARE(ContentHasher::shapeOf(zero, ContentHasher::maxChunk - 1), ChunkShape::EndsFile);
}

void TestContentHasher::anEditInTheMiddleChangesFewChunks()
{
    const QByteArray original = randomBytes(4 * 1024 * 1024, 9);
    QByteArray edited = original;
    edited.insert(2 * 1024 * 1024, QByteArray("an inserted paragraph of text"));
    std::set<Sha256> before;
    for (const Chunk& chunk : ContentHasher::digest(original).chunks) {
        before.insert(chunk.hash);
    }
    const auto after = ContentHasher::digest(edited).chunks;
    const auto fresh = std::count_if(after.begin(), after.end(), [&](const Chunk& c) { return !before.count(c.hash); });
    QVERIFY2(fresh <= 2, qPrintable(QStringLiteral("%1 of %2 chunks changed").arg(fresh).arg(after.size())));
}

void TestContentHasher::chunkListRoundTrips()
{
    const ContentDigest digest = ContentHasher::digest(randomBytes(700000, 4));
    const auto chunks = ContentDigest::chunksFromBytes(digest.chunkListBytes());
    QCOMPARE(chunks, digest.chunks);
}

QTEST_GUILESS_MAIN(TestContentHasher)
#include "tst_contenthasher.moc"
