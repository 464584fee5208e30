// SyncLogRepository: entries appended and read by id ranges.

#include "TempHome.h"
#include "store/SyncLogRepository.h"

#include <QTest>

using namespace ferry;

namespace {

LogEntry entry(int n, LogResult result = LogResult::Ok)
{
    LogEntry e;
    e.time = QDateTime::fromMSecsSinceEpoch(1767225600000 + n, Qt::UTC);
    e.runId = 7;
    e.relationship = QStringLiteral("www-prod");
    e.site = QStringLiteral("www");
    e.resource = QStringLiteral("assets");
    e.mode = LogMode::Push;
    e.action = QStringLiteral("update");
    e.result = result;
    e.remoteError = result == LogResult::Error;
    e.message = QStringLiteral("item %1").arg(n);
    return e;
}

} // namespace

class TestSyncLogRepository : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField();
    void readsNewestFirstAndAfterAnId();
};

void TestSyncLogRepository::roundTripsEveryField()
{
    test::TempHome home;
    auto store = home.openStore();
    SyncLogRepository log(store->database());
    const LogEntry written = log.append(entry(1, LogResult::Error)).value();
    const LogEntry read = log.latest(1).value().front();
    QCOMPARE(read.id, written.id);
    QCOMPARE(read.time, written.time);
    QCOMPARE(read.runId, qint64(7));
    QCOMPARE(read.relationship, QStringLiteral("www-prod"));
    QCOMPARE(read.site, QStringLiteral("www"));
    QCOMPARE(read.resource, QStringLiteral("assets"));
    QCOMPARE(read.mode, LogMode::Push);
    QCOMPARE(read.action, QStringLiteral("update"));
    QCOMPARE(read.result, LogResult::Error);
    QVERIFY(read.remoteError);
    QCOMPARE(read.message, QStringLiteral("item 1"));
}

void TestSyncLogRepository::readsNewestFirstAndAfterAnId()
{
    test::TempHome home;
    auto store = home.openStore();
    SyncLogRepository log(store->database());
    std::vector<qint64> ids;
    for (int i = 0; i < 10; ++i) {
        ids.push_back(log.append(entry(i)).value().id);
    }
    QCOMPARE(log.count().value(), qint64(10));
    const auto newest = log.latest(3).value();
    QCOMPARE(newest.size(), std::size_t(3));
    QCOMPARE(newest.front().message, QStringLiteral("item 9"));
    const auto after = log.after(ids[6], 100).value();
    QCOMPARE(after.size(), std::size_t(3));
    QCOMPARE(after.front().message, QStringLiteral("item 7"));
    QCOMPARE(after.back().message, QStringLiteral("item 9"));
    QCOMPARE(log.after(ids[0], 2).value().size(), std::size_t(2));
}

QTEST_GUILESS_MAIN(TestSyncLogRepository)
#include "tst_synclogrepository.moc"
