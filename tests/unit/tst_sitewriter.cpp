// SiteWriter writing files assembled from chunks: from the chunk store alone when it holds every
// chunk (the index's chunk lists not read), from the site's own files where it does not, and from
// a file again when a chunk the store seemed to hold turns out damaged.

#include "NewFileItem.h"
#include "RandomBytes.h"
#include "TempHome.h"
#include "model/Site.h"
#include "net/ChunkLocator.h"
#include "net/HeldChunks.h"
#include "site/SiteIndex.h"
#include "site/SiteScanner.h"
#include "sync/SiteWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

using namespace ferry;
using test::newFileItem;
using test::randomBytes;

class TestSiteWriter : public QObject
{
    Q_OBJECT

private:
    QString store() const { return ChunkLocator::storeFolder(m_home.root(), m_site.uuid); }

    void storeChunks(const QByteArray& content)
    {
        for (const Chunk& chunk : ContentHasher::digest(content).chunks) {
            const QByteArray bytes = content.mid(qsizetype(chunk.offset), qsizetype(chunk.length));
            QVERIFY(ChunkLocator::store(store(), chunk.hash, bytes).ok());
        }
    }

    // Applies items in one writer; the outcomes' errors, empty where applied.
    QStringList apply(const std::vector<ApplyItem>& items)
    {
        auto writer = SiteWriter::open(m_home.root(), m_site);
        if (!writer) {
            return {writer.errorMessage()};
        }
        QStringList errors;
        for (const ApplyOutcome& outcome : writer.value()->apply(items)) {
            errors.append(outcome.applied ? QString() : outcome.error);
        }
        return errors;
    }

    QByteArray readSite(const QString& path) const
    {
        QFile file(m_site.filesRoot + QLatin1Char('/') + path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
    }

    test::TempHome m_home;
    Site m_site;
    QByteArray m_page = randomBytes(900 * 1024, 3);  // several chunks

private slots:
    void init()
    {
        m_site.uuid = QUuid::createUuid();
        m_site.name = QStringLiteral("www");
        m_site.filesRoot = m_home.makeFolder(QStringLiteral("www-") + m_site.uuid.toString(QUuid::Id128));
        // The site holds page.bin, as its index records it.
        m_home.writeFile(QStringLiteral("www-") + m_site.uuid.toString(QUuid::Id128) + QStringLiteral("/page.bin"), m_page);
        std::atomic_bool cancelled{false};
        auto scanned = SiteScanner::scan({.siteUuid = m_site.uuid,
                                          .siteName = m_site.name,
                                          .filesRoot = m_site.filesRoot,
                                          .indexPath = SiteIndex::pathFor(m_home.root(), m_site.uuid)},
                                         cancelled);
        QVERIFY2(scanned.ok(), scanned.ok() ? "" : qPrintable(scanned.errorMessage()));
    }

    void cleanup()
    {
        HeldChunks::setBudget(0);
        HeldChunks::clear();
    }

    void aFileIsBuiltFromTheStoreAlone()
    {
        const QByteArray large = randomBytes(700 * 1024, 9);
        storeChunks(large);
        QCOMPARE(apply({newFileItem(QStringLiteral("large.bin"), large)}), QStringList({QString()}));
        QCOMPARE(readSite(QStringLiteral("large.bin")), large);
        // Once the file is in place and recorded, the store lets its copies go.
        for (const Chunk& chunk : ContentHasher::digest(large).chunks) {
            QVERIFY(!ChunkLocator::isStored(store(), chunk.hash));
        }
    }

    void severalFilesAreBuiltFromTheStoreAtOnce()
    {
        // Written side by side on the staging threads, each from its own chunks, one damaged.
        std::vector<ApplyItem> items;
        std::vector<QByteArray> contents;
        for (quint32 i = 0; i < 4; ++i) {
            contents.push_back(randomBytes(300 * 1024 + i * 1000, 20 + i));
            storeChunks(contents.back());
            items.push_back(newFileItem(QStringLiteral("f%1.bin").arg(i), contents.back()));
        }
        storeChunks(m_page);
        QFile stored(ChunkLocator::storedPath(store(), ContentHasher::digest(m_page).chunks.front().hash));
        QVERIFY(stored.open(QIODevice::ReadWrite) && stored.write("\xff", 1) == 1);
        stored.close();
        items.push_back(newFileItem(QStringLiteral("copy.bin"), m_page));
        QCOMPARE(apply(items), QStringList(5, QString()));
        for (quint32 i = 0; i < 4; ++i) {
            QCOMPARE(readSite(QStringLiteral("f%1.bin").arg(i)), contents[i]);
        }
        QCOMPARE(readSite(QStringLiteral("copy.bin")), m_page);
    }

    void aFileIsBuiltFromTheStoreAndTheSitesFiles()
    {
        // page.bin with a new tail: its first chunks are only in page.bin, the rest in the store.
        const QByteArray grown = m_page + randomBytes(300 * 1024, 10);
        const std::vector<Chunk> pageChunks = ContentHasher::digest(m_page).chunks;
        storeChunks(grown.mid(qsizetype(pageChunks.back().offset)));
        QCOMPARE(apply({newFileItem(QStringLiteral("grown.bin"), grown)}), QStringList({QString()}));
        QCOMPARE(readSite(QStringLiteral("grown.bin")), grown);
    }

    void aDamagedStoredChunkIsReadFromAFileInstead()
    {
        // Every chunk of a copy of page.bin is in the store, one of them damaged (as a crash can
        // leave the store, which is written without fsync): page.bin holds it, and the copy is
        // built with it from there.
        storeChunks(m_page);
        const Chunk damaged = ContentHasher::digest(m_page).chunks.at(1);
        QFile stored(ChunkLocator::storedPath(store(), damaged.hash));
        QVERIFY(stored.open(QIODevice::ReadWrite));
        QVERIFY(stored.seek(100) && stored.write("\xff\xfe", 2) == 2);
        stored.close();
        QCOMPARE(apply({newFileItem(QStringLiteral("copy.bin"), m_page)}), QStringList({QString()}));
        QCOMPARE(readSite(QStringLiteral("copy.bin")), m_page);
    }

    void aFileIsBuiltFromChunksHeldInMemory()
    {
        // As the agent keeps what is pushed to it: the chunks never touch the disk, and the file
        // built from them lets them go.
        HeldChunks::setBudget(4 << 20);
        const QByteArray large = randomBytes(700 * 1024, 13);
        storeChunks(large);
        QVERIFY(!QFileInfo::exists(store()));
        QVERIFY(HeldChunks::heldBytes() >= large.size());
        QCOMPARE(apply({newFileItem(QStringLiteral("large.bin"), large)}), QStringList({QString()}));
        QCOMPARE(readSite(QStringLiteral("large.bin")), large);
        QCOMPARE(HeldChunks::heldBytes(), 0);
    }

    void aChunkNowhereFailsItsFileAlone()
    {
        const QByteArray large = randomBytes(700 * 1024, 11);
        const ApplyItem item = newFileItem(QStringLiteral("large.bin"), large);
        storeChunks(large);
        QVERIFY(QFile::remove(ChunkLocator::storedPath(store(), item.chunks.back().hash)));
        const QByteArray other = randomBytes(500 * 1024, 12);
        storeChunks(other);
        const QStringList errors = apply({item, newFileItem(QStringLiteral("other.bin"), other)});
        QCOMPARE(errors, QStringList({QStringLiteral("Site www lacks a chunk of large.bin; it must be sent before the file."),
                                      QString()}));
        QVERIFY(!QFile::exists(m_site.filesRoot + QStringLiteral("/large.bin")));
        QCOMPARE(readSite(QStringLiteral("other.bin")), other);
    }
};

QTEST_GUILESS_MAIN(TestSiteWriter)
#include "tst_sitewriter.moc"
