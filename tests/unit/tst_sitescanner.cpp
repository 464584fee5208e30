// SiteScanner over real trees: what a rescan records, and what it refuses to record.

#include "TempHome.h"
#include "site/SiteScanner.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <sys/time.h>
#include <unistd.h>

using namespace ferry;

namespace {

struct Site {
    explicit Site(const test::TempHome& home)
        : root(home.makeFolder(QStringLiteral("www")))
        , indexPath(home.root() + QStringLiteral("/home/sites/x/index.db"))
    {
    }
    ScanRequest request(QStringList excludes = {}) const
    {
        return {.siteUuid = uuid,
                .siteName = QStringLiteral("www"),
                .filesRoot = root,
                .indexPath = indexPath,
                .excludes = std::move(excludes),
                .hashThreads = 2};
    }
    Result<ScanReport> scan(QStringList excludes = {}) const
    {
        std::atomic_bool cancelled{false};
        return SiteScanner::scan(request(std::move(excludes)), cancelled);
    }
    QString write(const QString& path, const QByteArray& bytes) const
    {
        const QString full = root + QLatin1Char('/') + path;
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile file(full);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(bytes);
        return full;
    }
    std::vector<FeedEntry> feedAfter(qint64 sequence) const
    {
        auto index = SiteIndex::open(indexPath, uuid);
        return index.value()->changesSince(sequence, 100000).value().entries;
    }
    IndexTotals totals() const { return SiteIndex::open(indexPath, uuid).value()->totals().value(); }

    QUuid uuid = QUuid::createUuid();
    QString root;
    QString indexPath;
};

void setModificationTime(const QString& path, qint64 seconds)
{
    struct timeval times[2] = {{seconds, 0}, {seconds, 0}};
    ::utimes(QFile::encodeName(path).constData(), times);
}

const FeedEntry* find(const std::vector<FeedEntry>& entries, const QString& path)
{
    for (const FeedEntry& entry : entries) {
        if (entry.path == path) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace

class TestSiteScanner : public QObject
{
    Q_OBJECT

private slots:
    void firstScanIndexesEveryFileWithItsChunks();
    void rescanWithoutChangesHashesNothing();
    void editsAddsDeletesAndRenamesAreRecordedOnce();
    void aTouchWithTheSameContentIsNotAChange();
    void temporaryFilesOfAnApplyAreNeverIndexed();
    void linksOutsideTheRootAreReportedNotFollowed();
    void aMissingOrEmptyRootIsRefusedAndTheIndexKept();
    void patternsChooseTheFiles();
    void aCancelledScanLeavesTheIndexAsItWas();
};

void TestSiteScanner::firstScanIndexesEveryFileWithItsChunks()
{
    test::TempHome home;
    Site site(home);
    site.write(QStringLiteral("index.html"), "<h1>hello</h1>");
    site.write(QStringLiteral("css/site.css"), "body{}");
    QByteArray big(2 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(5);
    for (auto& byte : big) {
        byte = char(random.bounded(256));
    }
    site.write(QStringLiteral("media/video.bin"), big);

    const auto report = site.scan();
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.errorMessage()));
    QCOMPARE(report->files, qint64(3));
    QCOMPARE(report->bytes, qint64(14 + 6 + big.size()));
    QCOMPARE(report->added, qint64(3));
    QCOMPARE(report->hashedFiles, qint64(3));

    const auto feed = site.feedAfter(0);
    QCOMPARE(feed.size(), std::size_t(3));
    const FeedEntry* video = find(feed, QStringLiteral("media/video.bin"));
    QVERIFY(video);
    QCOMPARE(video->hash, ContentHasher::digest(big).hash);
    QCOMPARE(video->version.counter(site.uuid), quint64(1));
    auto index = SiteIndex::open(site.indexPath, site.uuid);
    QCOMPARE(index.value()->chunksOf(QStringLiteral("media/video.bin")).value(), ContentHasher::digest(big).chunks);
}

void TestSiteScanner::rescanWithoutChangesHashesNothing()
{
    test::TempHome home;
    Site site(home);
    for (int i = 0; i < 50; ++i) {
        site.write(QStringLiteral("pages/%1.html").arg(i), QByteArray::number(i));
    }
    QVERIFY(site.scan().ok());
    const qint64 sequence = site.totals().lastSequence;
    const auto again = site.scan();
    QVERIFY(again.ok());
    QCOMPARE(again->hashedFiles, qint64(0));
    QCOMPARE(again->files, qint64(50));
    QCOMPARE(again->added + again->changed + again->deleted, qint64(0));
    QCOMPARE(site.totals().lastSequence, sequence);
}

void TestSiteScanner::editsAddsDeletesAndRenamesAreRecordedOnce()
{
    test::TempHome home;
    Site site(home);
    const QString edited = site.write(QStringLiteral("index.html"), "version one");
    site.write(QStringLiteral("old.html"), "to be deleted");
    site.write(QStringLiteral("docs/a.txt"), "to be renamed");
    site.write(QStringLiteral("same.txt"), "untouched");
    QVERIFY(site.scan().ok());
    const qint64 before = site.totals().lastSequence;

    site.write(QStringLiteral("index.html"), "version two, longer");
    setModificationTime(edited, 2000000000);
    QFile::remove(site.root + QStringLiteral("/old.html"));
    QVERIFY(QFile::rename(site.root + QStringLiteral("/docs/a.txt"), site.root + QStringLiteral("/docs/b.txt")));
    site.write(QStringLiteral("new.html"), "fresh");

    const auto report = site.scan();
    QVERIFY(report.ok());
    QCOMPARE(report->changed, qint64(1));
    QCOMPARE(report->added, qint64(2));    // new.html, docs/b.txt
    QCOMPARE(report->deleted, qint64(2));  // old.html, docs/a.txt
    QCOMPARE(report->files, qint64(4));

    const auto feed = site.feedAfter(before);
    QCOMPARE(feed.size(), std::size_t(5));  // each change once, nothing for same.txt
    QCOMPARE(find(feed, QStringLiteral("index.html"))->version.counter(site.uuid), quint64(2));
    QVERIFY(find(feed, QStringLiteral("old.html"))->deleted);
    QVERIFY(find(feed, QStringLiteral("docs/a.txt"))->deleted);
    QVERIFY(!find(feed, QStringLiteral("docs/b.txt"))->deleted);
    QCOMPARE(find(feed, QStringLiteral("docs/b.txt"))->hash, ContentHasher::sha256("to be renamed"));
    QVERIFY(!find(feed, QStringLiteral("same.txt")));

    // A deleted file that comes back is added again, on top of its tombstone's version.
    site.write(QStringLiteral("old.html"), "back again");
    QVERIFY(site.scan().ok());
    const auto back = site.feedAfter(site.totals().lastSequence - 1);
    QCOMPARE(back.size(), std::size_t(1));
    QCOMPARE(back.front().version.counter(site.uuid), quint64(3));
    QVERIFY(!back.front().deleted);

    // Rescanned unchanged, tombstones in the index (docs/a.txt): what the index holds is reported.
    const auto unchanged = site.scan();
    QVERIFY(unchanged.ok());
    QCOMPARE(unchanged->added + unchanged->changed + unchanged->deleted, qint64(0));
    QCOMPARE(unchanged->hashedFiles, qint64(0));  // nothing touched either: no change at all
    QCOMPARE(unchanged->files, qint64(5));
    QCOMPARE(unchanged->bytes, qint64(QByteArray("version two, longer").size() + QByteArray("untouched").size()
                                       + QByteArray("fresh").size() + QByteArray("to be renamed").size()
                                       + QByteArray("back again").size()));
    QCOMPARE(unchanged->files, site.totals().files);
    QCOMPARE(unchanged->bytes, site.totals().bytes);
}

void TestSiteScanner::aTouchWithTheSameContentIsNotAChange()
{
    test::TempHome home;
    Site site(home);
    const QString path = site.write(QStringLiteral("index.html"), "same");
    QVERIFY(site.scan().ok());
    const qint64 sequence = site.totals().lastSequence;
    setModificationTime(path, 1900000000);
    const auto report = site.scan();
    QVERIFY(report.ok());
    QCOMPARE(report->hashedFiles, qint64(1));
    QCOMPARE(report->changed, qint64(0));
    QCOMPARE(site.totals().lastSequence, sequence);
    QCOMPARE(site.scan()->hashedFiles, qint64(0));  // the new time was recorded
}

void TestSiteScanner::temporaryFilesOfAnApplyAreNeverIndexed()
{
    test::TempHome home;
    Site site(home);
    site.write(QStringLiteral("index.html"), "x");
    site.write(QStringLiteral("assets/.ferry-tmp-4f2a9c"), "half of a file being received");
    const auto report = site.scan();
    QVERIFY(report.ok());
    QCOMPARE(report->files, qint64(1));
    QVERIFY(!find(site.feedAfter(0), QStringLiteral("assets/.ferry-tmp-4f2a9c")));
}

void TestSiteScanner::linksOutsideTheRootAreReportedNotFollowed()
{
    test::TempHome home;
    Site site(home);
    site.write(QStringLiteral("index.html"), "home");
    QVERIFY(QFile::link(QStringLiteral("index.html"), site.root + QStringLiteral("/latest.html")));
    QVERIFY(QFile::link(QStringLiteral("/etc"), site.root + QStringLiteral("/etc-link")));
    QDir().mkpath(site.root + QStringLiteral("/docs"));
    QVERIFY(QFile::link(QStringLiteral("../../home"), site.root + QStringLiteral("/docs/escape")));
    const auto report = site.scan();
    QVERIFY(report.ok());
    QCOMPARE(report->files, qint64(2));  // index.html and the link inside the root
    QStringList outside = report->linksOutsideRoot;
    outside.sort();
    QCOMPARE(outside, (QStringList{QStringLiteral("docs/escape"), QStringLiteral("etc-link")}));
    const auto feed = site.feedAfter(0);
    QVERIFY(find(feed, QStringLiteral("latest.html")));
    QCOMPARE(find(feed, QStringLiteral("latest.html"))->hash, ContentHasher::sha256("index.html"));
    for (const FeedEntry& entry : feed) {
        QVERIFY2(!entry.path.startsWith(QLatin1String("etc-link")), qPrintable(entry.path));
    }
}

void TestSiteScanner::aMissingOrEmptyRootIsRefusedAndTheIndexKept()
{
    test::TempHome home;
    Site site(home);
    site.write(QStringLiteral("a.html"), "a");
    site.write(QStringLiteral("b.html"), "b");
    QVERIFY(site.scan().ok());
    const IndexTotals before = site.totals();

    QVERIFY(QDir(site.root).removeRecursively());
    QDir().mkpath(site.root);
    const auto empty = site.scan();
    QVERIFY(!empty.ok());
    QVERIFY2(empty.errorMessage().contains(QLatin1String("is empty. Ferry does not scan an empty folder")),
             qPrintable(empty.errorMessage()));
    QVERIFY(QDir().rmdir(site.root));
    const auto missing = site.scan();
    QVERIFY(!missing.ok());
    QVERIFY2(missing.errorMessage().contains(QLatin1String("is missing")), qPrintable(missing.errorMessage()));

    const IndexTotals after = site.totals();
    QCOMPARE(after.files, before.files);
    QCOMPARE(after.lastSequence, before.lastSequence);
}

void TestSiteScanner::patternsChooseTheFiles()
{
    test::TempHome home;
    Site site(home);
    site.write(QStringLiteral("index.html"), "x");
    site.write(QStringLiteral("cache/page.tmp"), "y");
    site.write(QStringLiteral("upload.tmp"), "z");
    const auto excluded = site.scan({QStringLiteral("*.tmp")});
    QVERIFY(excluded.ok());
    QCOMPARE(excluded->files, qint64(1));
    // Files outside the selection are not "deleted" when the selection changes back and forth.
    const auto all = site.scan();
    QCOMPARE(all->added, qint64(2));
    const auto again = site.scan({QStringLiteral("*.tmp")});
    QCOMPARE(again->deleted, qint64(0));
}

void TestSiteScanner::aCancelledScanLeavesTheIndexAsItWas()
{
    test::TempHome home;
    Site site(home);
    site.write(QStringLiteral("kept.html"), "kept");
    QVERIFY(site.scan().ok());
    const IndexTotals before = site.totals();
    for (int i = 0; i < 3000; ++i) {
        site.write(QStringLiteral("bulk/%1/%2.html").arg(i % 30).arg(i), QByteArray(2000, char('a' + i % 26)));
    }
    std::atomic_bool cancelled{false};
    int reports = 0;
    const auto report = SiteScanner::scan(site.request(), cancelled, [&](const Progress& progress) {
        ++reports;
        if (progress.phase == QLatin1String("hash")) {
            cancelled = true;
        }
    });
    QVERIFY(!report.ok());
    QCOMPARE(report.errorMessage(), QStringLiteral("The scan of www was cancelled; its index is as it was."));
    QVERIFY(reports > 0);
    const IndexTotals after = site.totals();
    QCOMPARE(after.files, before.files);
    QCOMPARE(after.lastSequence, before.lastSequence);
    // And the next scan picks everything up.
    QCOMPARE(site.scan()->added, qint64(3000));
}

QTEST_GUILESS_MAIN(TestSiteScanner)
#include "tst_sitescanner.moc"
