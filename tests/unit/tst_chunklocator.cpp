// ChunkLocator::readFile: a file's content read through one descriptor and checked chunk by
// chunk; a file changed or gone since the scan is reported, never served as its old content; a
// path that would leave the root is not followed (the chunks are read where the index has them);
// a chunk whose first file changed is read from another file that holds it. A sender's locator
// (Checks::ChangedFilesOnly) takes a file whose size, modification time and inode are still the
// scan's as holding what the scan listed, unhashed, and checks any other.

#include "RandomBytes.h"
#include "TempHome.h"
#include "net/ChunkLocator.h"
#include "site/SiteIndex.h"
#include "site/SiteScanner.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace ferry;
using test::randomBytes;

class TestChunkLocator : public QObject
{
    Q_OBJECT

private:
    void write(const QString& path, const QByteArray& bytes) { m_home.writeFile(m_rootName + QLatin1Char('/') + path, bytes); }

    // Scans the root and returns the locator and path's chunk list as the index has them.
    std::pair<std::unique_ptr<ChunkLocator>, std::vector<Chunk>>
    scanned(const QString& path, ChunkLocator::Checks checks = ChunkLocator::Checks::EveryChunk)
    {
        const QUuid uuid = QUuid::createUuid();
        const QString indexPath = m_home.root() + QStringLiteral("/index-") + uuid.toString(QUuid::Id128) + QStringLiteral(".db");
        std::atomic_bool cancelled{false};
        auto report = SiteScanner::scan(
            {.siteUuid = uuid, .siteName = QStringLiteral("www"), .filesRoot = m_root, .indexPath = indexPath}, cancelled);
        if (!report) {
            qWarning().noquote() << report.errorMessage();
            return {};
        }
        auto index = SiteIndex::open(indexPath, uuid);
        auto locator = ChunkLocator::build(*index.value(), m_root, m_home.root() + QStringLiteral("/store"), checks);
        auto digest = index.value()->digestOf(path);
        return {std::make_unique<ChunkLocator>(std::move(locator).value()),
                digest.value() ? digest.value()->chunks : std::vector<Chunk>{}};
    }

    test::TempHome m_home;
    QString m_rootName;  // below the home: a fresh files root for each case
    QString m_root;
    QByteArray m_page = randomBytes(700 * 1024, 7);  // several chunks

private slots:
    void init()
    {
        m_rootName = QStringLiteral("www-") + QString::number(QRandomGenerator::global()->generate());
        m_root = m_home.makeFolder(m_rootName);
    }

    void readsAFileAsItsChunksDescribe()
    {
        write(QStringLiteral("page.bin"), m_page);
        write(QStringLiteral("empty.txt"), {});
        auto [locator, chunks] = scanned(QStringLiteral("page.bin"));
        QVERIFY(chunks.size() > 2);
        QCOMPARE(locator->readFile(QStringLiteral("page.bin"), chunks).value(), m_page);
        QCOMPARE(locator->readFile(QStringLiteral("empty.txt"), {}).value(), QByteArray());
    }

    void aFileChangedOrGoneSinceTheScanIsReported_data()
    {
        QTest::addColumn<bool>("gone");  // removed, or the same size with one byte off
        QTest::addColumn<QString>("message");
        QTest::newRow("changed") << false
                                 << QStringLiteral("The file page.bin changed since the site was last scanned; scan it again.");
        QTest::newRow("gone") << true
                              << QStringLiteral("The file page.bin holding this chunk cannot be read; scan the site again.");
    }

    void aFileChangedOrGoneSinceTheScanIsReported()
    {
        QFETCH(bool, gone);
        QFETCH(QString, message);
        write(QStringLiteral("page.bin"), m_page);
        auto [locator, chunks] = scanned(QStringLiteral("page.bin"));
        if (gone) {
            QVERIFY(QFile::remove(m_root + QStringLiteral("/page.bin")));
        } else {
            QByteArray edited = m_page;
            edited[400 * 1024] = char(edited[400 * 1024] ^ 0x5a);
            write(QStringLiteral("page.bin"), edited);
        }
        auto read = locator->readFile(QStringLiteral("page.bin"), chunks);
        QVERIFY(!read.ok());
        QCOMPARE(read.errorMessage(), message);
    }

    void aChunkIsReadFromAnotherFileWhenTheFirstChanged()
    {
        // Two files hold the same chunks; the one the index lists first changed since the scan.
        // The chunks are still there, in the other: read from it, not refused.
        write(QStringLiteral("a.bin"), m_page);
        write(QStringLiteral("b.bin"), m_page);
        auto [locator, chunks] = scanned(QStringLiteral("a.bin"));
        QCOMPARE(locator->fileHolding(chunks.front().hash), QStringLiteral("a.bin"));
        QByteArray edited = m_page;
        for (const Chunk& chunk : chunks) {
            edited[qsizetype(chunk.offset)] = char(edited[qsizetype(chunk.offset)] ^ 0x5a);  // every chunk of a.bin
        }
        write(QStringLiteral("a.bin"), edited);
        for (const Chunk& chunk : chunks) {
            auto read = locator->read(chunk.hash);
            QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.errorMessage()));
            QCOMPARE(read.value(), m_page.mid(qsizetype(chunk.offset), qsizetype(chunk.length)));
        }
        // Should no file hold it any more, the first one's reason is given.
        write(QStringLiteral("b.bin"), edited);
        auto none = locator->read(chunks.front().hash);
        QVERIFY(!none.ok());
        QCOMPARE(none.errorMessage(), QStringLiteral("The file a.bin changed since the site was last scanned; scan it again."));
        // A file written since, holding the chunks again, is the surest place.
        write(QStringLiteral("c.bin"), m_page);
        locator->noteInFile(QStringLiteral("c.bin"), chunks);
        QCOMPARE(locator->fileHolding(chunks.front().hash), QStringLiteral("c.bin"));
        QCOMPARE(locator->readFile(QStringLiteral("a.bin"), chunks).value(), m_page);
    }

    // page.bin rewritten in place with one byte off, keeping its size and inode; its modification
    // time set back to the scan's when keepTime, else a second later.
    void rewriteOneByte(const QByteArray& edited, bool keepTime)
    {
        const QByteArray path = QFile::encodeName(m_root + QStringLiteral("/page.bin"));
        struct stat before {};
        QVERIFY(::stat(path.constData(), &before) == 0);
        write(QStringLiteral("page.bin"), edited);
        struct timespec times[2] = {before.st_atim, before.st_mtim};
        times[1].tv_sec += keepTime ? 0 : 1;
        QVERIFY(::utimensat(AT_FDCWD, path.constData(), times, 0) == 0);
        struct stat after {};
        QVERIFY(::stat(path.constData(), &after) == 0);
        QCOMPARE(after.st_ino, before.st_ino);
        QCOMPARE(after.st_size, before.st_size);
    }

    void aSenderHashesOnlyFilesChangedSinceTheScan()
    {
        write(QStringLiteral("page.bin"), m_page);
        auto [checking, chunks] = scanned(QStringLiteral("page.bin"));
        auto [sending, sameChunks] = scanned(QStringLiteral("page.bin"), ChunkLocator::Checks::ChangedFilesOnly);
        QCOMPARE(sending->readFile(QStringLiteral("page.bin"), chunks).value(), m_page);
        QByteArray edited = m_page;
        edited[400 * 1024] = char(edited[400 * 1024] ^ 0x5a);
        const auto inEdited = std::find_if(chunks.begin(), chunks.end(), [](const Chunk& chunk) {
            return chunk.offset <= 400 * 1024 && chunk.offset + chunk.length > 400 * 1024;
        });
        QVERIFY(inEdited != chunks.end());

        // Changed behind the scan's back (same size, inode and time, as by a write within the same
        // clock tick): the sender takes it as listed, unhashed, and leaves it to the receiver,
        // which checks every chunk. Whatever writes from a locator checks every chunk itself.
        rewriteOneByte(edited, true);
        QCOMPARE(sending->readFile(QStringLiteral("page.bin"), chunks).value(), edited);
        QCOMPARE(sending->read(inEdited->hash).value(), edited.mid(qsizetype(inEdited->offset), qsizetype(inEdited->length)));
        QVERIFY(!checking->readFile(QStringLiteral("page.bin"), chunks).ok());
        QVERIFY(!checking->read(inEdited->hash).ok());

        // A list other than the one the scan made for this file is checked chunk by chunk.
        std::vector<Chunk> notTheScans = chunks;
        notTheScans.back().hash[0] ^= 1;
        QVERIFY(!sending->readFile(QStringLiteral("page.bin"), notTheScans).ok());

        // Changed the ordinary way (its time moved): hashed, and reported as any locator does.
        rewriteOneByte(edited, false);
        auto read = sending->readFile(QStringLiteral("page.bin"), chunks);
        QVERIFY(!read.ok());
        QCOMPARE(read.errorMessage(), QStringLiteral("The file page.bin changed since the site was last scanned; scan it again."));
        QVERIFY(!sending->read(inEdited->hash).ok());

        // A file written since (noteInFile) has no recorded stamp: always checked.
        write(QStringLiteral("page.bin"), m_page);
        auto [again, listed] = scanned(QStringLiteral("page.bin"), ChunkLocator::Checks::ChangedFilesOnly);
        again->noteInFile(QStringLiteral("page.bin"), listed);
        rewriteOneByte(edited, true);
        QVERIFY(!again->readFile(QStringLiteral("page.bin"), listed).ok());
    }

    void aPathOutOfTheRootIsNotFollowed()
    {
        write(QStringLiteral("page.bin"), m_page);
        auto [locator, chunks] = scanned(QStringLiteral("page.bin"));
        // Not read from outside the root; the chunks are still found where the index has them.
        QCOMPARE(locator->readFile(QStringLiteral("../page.bin"), chunks).value(), m_page);
        QVERIFY(!locator->readFile(QStringLiteral("page.bin"), {{0, 10, Sha256{}}}).ok());
    }
};

QTEST_GUILESS_MAIN(TestChunkLocator)
#include "tst_chunklocator.moc"
