// SiteIndex: versions, tombstones, row changes taken once, and a change feed that pages stably.

#include "TempHome.h"
#include "site/SiteIndex.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <map>

using namespace ferry;

namespace {

FileChange added(const std::string& path, const QByteArray& content)
{
    FileChange change;
    change.kind = FileChange::Kind::Added;
    change.path = path;
    change.size = content.size();
    change.digest = ContentHasher::digest(content);
    return change;
}

} // namespace

class TestSiteIndex : public QObject
{
    Q_OBJECT

private slots:
    void belongsToOneSite();
    void rowChangesAreTakenOnceAndCoalesced();
    void feedPagesSkipAndDoubleNothingUnderConcurrentWrites();
    void aLargeLogIsFoldedOnClose();
    void aFormerIndexNamesFilesOfSeveralChunksAnew();
};

void TestSiteIndex::belongsToOneSite()
{
    test::TempHome home;
    const QString path = home.root() + QStringLiteral("/index.db");
    QVERIFY(SiteIndex::open(path, QUuid::createUuid()).ok());
    auto other = SiteIndex::open(path, QUuid::createUuid());
    QVERIFY(!other.ok());
    QVERIFY(other.errorMessage().contains(QLatin1String("belongs to another site")));
}

void TestSiteIndex::rowChangesAreTakenOnceAndCoalesced()
{
    test::TempHome home;
    const QUuid site = QUuid::createUuid();
    auto index = SiteIndex::open(home.root() + QStringLiteral("/index.db"), site).value();
    const std::vector<CapturedRowChange> changes{
        {1, QStringLiteral("pages"), QStringLiteral("[1]"), false},
        {2, QStringLiteral("pages"), QStringLiteral("[1]"), false},
        {3, QStringLiteral("pages"), QStringLiteral("[2]"), false},
        {4, QStringLiteral("pages"), QStringLiteral("[2]"), true},
    };
    QCOMPARE(index->takeRowChanges(changes, 1000).value(), 2);
    // Taking the same capture ids again (a crash before they were removed) changes nothing.
    QCOMPARE(index->takeRowChanges(changes, 2000).value(), 0);
    const auto feed = index->changesSince(0, 100).value().entries;
    QCOMPARE(feed.size(), std::size_t(2));
    QCOMPARE(feed[0].kind, FeedEntry::Kind::Row);
    QCOMPARE(feed[0].key, QStringLiteral("[1]"));
    QCOMPARE(feed[0].version.counter(site), quint64(1));
    QVERIFY(!feed[0].deleted);
    QVERIFY(feed[1].deleted);
    QCOMPARE(index->totals().value().rows, qint64(1));
    QVERIFY(index->forgetTakenChanges({1, 2, 3, 4}).ok());
    QCOMPARE(index->takeRowChanges({{5, QStringLiteral("pages"), QStringLiteral("[1]"), false}}, 3000).value(), 1);
    QCOMPARE(index->changesSince(feed.back().sequence, 10).value().entries.front().version.counter(site), quint64(2));
}

void TestSiteIndex::feedPagesSkipAndDoubleNothingUnderConcurrentWrites()
{
    test::TempHome home;
    const QUuid site = QUuid::createUuid();
    const QString path = home.root() + QStringLiteral("/index.db");
    {
        auto index = SiteIndex::open(path, site).value();
        std::vector<FileChange> initial;
        for (int i = 0; i < 200; ++i) {
            initial.push_back(added("f" + std::to_string(i), QByteArray::number(i)));
        }
        QVERIFY(index->applyFileChanges(initial, 1).ok());
    }
    // A writer keeps changing files while a reader pages through the feed.
    std::atomic_bool writing{true};
    std::unique_ptr<QThread> writer(QThread::create([&]() {
        auto index = SiteIndex::open(path, site).value();
        for (int round = 0; round < 40; ++round) {
            std::vector<FileChange> batch;
            for (int i = round; i < 200; i += 20) {
                FileChange change = added("f" + std::to_string(i), QByteArray::number(round * 1000 + i));
                change.kind = FileChange::Kind::Changed;
                batch.push_back(change);
            }
            batch.push_back(added("new" + std::to_string(round), "n"));
            index->applyFileChanges(batch, 10 + round).ok();
        }
        writing = false;
    }));
    writer->start();

    auto index = SiteIndex::open(path, site).value();
    std::map<qint64, QString> seenSequences;
    qint64 after = 0;
    for (;;) {
        // Read the flag before the page: a page read after the writer stopped is complete.
        const bool writerDone = !writing;
        const FeedPage page = index->changesSince(after, 7).value();
        for (const FeedEntry& entry : page.entries) {
            QVERIFY2(seenSequences.emplace(entry.sequence, entry.path).second, "a sequence number came twice");
            QVERIFY(entry.sequence > after);
        }
        after = page.lastSequence;
        if (!page.more && writerDone) {
            break;
        }
    }
    QVERIFY(writer->wait(60000));
    // After the writer, the reader has met every item at its latest sequence.
    const auto all = index->changesSince(0, 100000).value().entries;
    QCOMPARE(all.size(), std::size_t(240));
    for (const FeedEntry& entry : all) {
        QVERIFY2(seenSequences.count(entry.sequence), qPrintable(entry.path));
    }
}

namespace {

// Changes enough files, a thousand at a time, to leave at least minBytes in the index's log.
bool growLog(SiteIndex& index, const QString& logPath, qint64 minBytes)
{
    for (int round = 0; QFileInfo(logPath).size() < minBytes; ++round) {
        std::vector<FileChange> batch;
        for (int i = 0; i < 1000; ++i) {
            batch.push_back(added("folder/file" + std::to_string(round * 1000 + i) + ".html", QByteArray::number(i)));
        }
        if (!index.applyFileChanges(batch, 1 + round).ok()) {
            return false;
        }
    }
    return true;
}

} // namespace

void TestSiteIndex::aLargeLogIsFoldedOnClose()
{
    test::TempHome home;
    const QUuid site = QUuid::createUuid();
    const QString path = home.root() + QStringLiteral("/index.db");
    const QString log = path + QStringLiteral("-wal");
    {
        auto index = SiteIndex::open(path, site).value();
        QVERIFY(index->applyFileChanges({added("small.txt", "s")}, 1).ok());
    }
    // A small log stays: folding it on every close is what the agent, opening and closing the
    // index all day, must not pay.
    QVERIFY(QFileInfo(log).size() > 0);
    qint64 files = 0;
    {
        auto index = SiteIndex::open(path, site).value();
        QVERIFY(growLog(*index, log, 2 * 1024 * 1024));
        files = index->totals().value().files;
        // Someone reading the index meanwhile: closing neither folds the log under them nor waits
        // for them to finish (the busy timeout would be ten seconds).
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        reader.setDatabaseName(path);
        QVERIFY(reader.open());
        QSqlQuery reading(reader);
        QVERIFY(reading.exec(QStringLiteral("BEGIN")));
        QVERIFY(reading.exec(QStringLiteral("SELECT count(*) FROM files WHERE deleted = 0")) && reading.next());
        QCOMPARE(reading.value(0).toLongLong(), files);
        QElapsedTimer closing;
        closing.start();
        index.reset();
        QVERIFY(closing.elapsed() < 5000);
        QVERIFY(QFileInfo(log).size() > 2 * 1024 * 1024);
        reading.finish();
        QVERIFY(reading.exec(QStringLiteral("COMMIT")));
        // The next index to close, with the reader done, folds it: the log is empty.
        SiteIndex::open(path, site).value().reset();
        QCOMPARE(QFileInfo(log).size(), qint64(0));
        reading = QSqlQuery();
        reader.close();
        reader = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    }
    // And everything is in the database.
    auto reopened = SiteIndex::open(path, site).value();
    QCOMPARE(reopened->totals().value().files, files);
    QVERIFY(files > 1000);
}

void TestSiteIndex::aFormerIndexNamesFilesOfSeveralChunksAnew()
{
    test::TempHome home;
    const QUuid site = QUuid::createUuid();
    const QString path = home.root() + QStringLiteral("/index.db");
    const QByteArray small("one chunk");
    QByteArray large(600 * 1024, Qt::Uninitialized);
    QRandomGenerator random(6);
    random.fillRange(reinterpret_cast<quint32*>(large.data()), large.size() / 4);
    qint64 sequence = 0;
    {
        auto index = SiteIndex::open(path, site).value();
        QVERIFY(index->applyFileChanges({added("small.txt", small), added("large.bin", large)}, 1).ok());
        sequence = index->lastSequence().value();
    }
    // The index as format 1 left it: the large file named by the SHA-256 of its bytes.
    {
        QSqlDatabase former = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("former"));
        former.setDatabaseName(path);
        QVERIFY(former.open());
        QSqlQuery query(former);
        const Sha256 bytesHash = ContentHasher::sha256(large);
        query.prepare(QStringLiteral("UPDATE files SET hash = ? WHERE path = 'large.bin'"));
        query.addBindValue(QByteArray(reinterpret_cast<const char*>(bytesHash.data()), 32));
        QVERIFY(query.exec());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
        query = QSqlQuery();
        former.close();
        former = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("former"));
    }
    // Opened by this version: named by its chunks' hashes, read from the stored list; the one-chunk
    // file keeps its name, and nothing counts as changed.
    auto index = SiteIndex::open(path, site).value();
    const ContentDigest digest = ContentHasher::digest(large);
    QVERIFY(digest.chunks.size() > 1);
    QCOMPARE(index->digestOf(QStringLiteral("large.bin")).value()->hash, digest.hash);
    QVERIFY(digest.hash != ContentHasher::sha256(large));
    QCOMPARE(index->digestOf(QStringLiteral("small.txt")).value()->hash, ContentHasher::sha256(small));
    QCOMPARE(index->lastSequence().value(), sequence);
}

QTEST_GUILESS_MAIN(TestSiteIndex)
#include "tst_siteindex.moc"
