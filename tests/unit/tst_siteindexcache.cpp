// SiteIndexCache: one open index per site between requests, opened anew when its file is replaced
// or after it sat unused.

#include "TempHome.h"
#include "site/SiteIndexCache.h"

#include <QFile>
#include <QTest>
#include <QThread>

using namespace ferry;

namespace {

// Where a site's index lives in a home of its own, for one test.
struct IndexFile {
    test::TempHome home;
    QString path = home.root() + QStringLiteral("/index.db");
    QUuid site = QUuid::createUuid();
};

} // namespace

class TestSiteIndexCache : public QObject
{
    Q_OBJECT

private slots:
    void sharesOneOpenIndex();
    void reopensAReplacedIndex();
    void closesAnIdleIndex();
    void refusesAnotherSitesIndex();
};

void TestSiteIndexCache::sharesOneOpenIndex()
{
    const IndexFile index;
    const QString& path = index.path;
    const QUuid& site = index.site;
    SiteIndexCache cache;
    auto first = cache.open(path, site);
    QVERIFY2(first, qPrintable(first ? QString() : first.errorMessage()));
    auto second = cache.open(path, site);
    QVERIFY2(second, qPrintable(second ? QString() : second.errorMessage()));
    QCOMPARE(second.value().get(), first.value().get());
    QCOMPARE(cache.size(), std::size_t(1));
}

void TestSiteIndexCache::reopensAReplacedIndex()
{
    const IndexFile index;
    const QString& path = index.path;
    const QUuid& site = index.site;
    SiteIndexCache cache;
    auto first = cache.open(path, site);
    QVERIFY2(first, qPrintable(first ? QString() : first.errorMessage()));
    const QString generation = first.value()->generation();
    // Deleted (and with it its log) while open, as an administrator restoring a backup would:
    // the index kept open is the old file's, and must not be handed out again.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
    auto second = cache.open(path, site);
    QVERIFY2(second, qPrintable(second ? QString() : second.errorMessage()));
    QVERIFY(second.value().get() != first.value().get());
    QVERIFY(second.value()->generation() != generation);  // a new file: its sequence counts afresh
    QVERIFY(QFile::exists(path));
}

void TestSiteIndexCache::closesAnIdleIndex()
{
    const IndexFile index;
    const QString& path = index.path;
    const QUuid& site = index.site;
    SiteIndexCache cache(20);
    auto first = cache.open(path, site);
    QVERIFY2(first, qPrintable(first ? QString() : first.errorMessage()));
    std::weak_ptr<SiteIndex> idle = first.value();
    first = fail(QStringLiteral("released"));  // the cache's reference is the last one
    QVERIFY(!idle.expired());
    QThread::msleep(50);
    auto second = cache.open(path, site);
    QVERIFY2(second, qPrintable(second ? QString() : second.errorMessage()));
    QVERIFY(idle.expired());  // the idle one was closed, not kept
    QCOMPARE(cache.size(), std::size_t(1));
    // Closed without another open too, as the agent's timer does.
    second = fail(QStringLiteral("released"));
    QThread::msleep(50);
    cache.closeIdle();
    QCOMPARE(cache.size(), std::size_t(0));
}

void TestSiteIndexCache::refusesAnotherSitesIndex()
{
    const IndexFile index;
    const QString& path = index.path;
    SiteIndexCache cache;
    auto first = cache.open(path, QUuid::createUuid());
    QVERIFY2(first, qPrintable(first ? QString() : first.errorMessage()));
    auto other = cache.open(path, QUuid::createUuid());
    QVERIFY(!other);
    QVERIFY2(other.errorMessage().contains(QStringLiteral("belongs to another site")), qPrintable(other.errorMessage()));
}

QTEST_GUILESS_MAIN(TestSiteIndexCache)
#include "tst_siteindexcache.moc"
