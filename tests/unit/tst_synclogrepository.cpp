// SyncLogRepository: entries appended and read by id ranges.

#include "TempHome.h"
#include "store/SyncLogRepository.h"

#include <QSqlQuery>
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
    void pagesByKeyNewestFirst();
    void filtersByEachField_data();
    void filtersByEachField();
    void searchesWordsInTheMessage_data();
    void searchesWordsInTheMessage();
    void tailsAfterAnIdWithAFilter();
    void searchIndexFollowsDeletions();
};

namespace {

// A varied log: entry n belongs to relationship r(n%3), site s(n%2), resource res(n%4), mode
// by n%4, result error when n%5 == 0, at minute n after the base time, in run 100 + n/10.
void fillVaried(SyncLogRepository& log, int count)
{
    const QStringList words{QStringLiteral("uploaded index.html"), QStringLiteral("Permission denied on /srv/a.txt"),
                            QStringLiteral("downloaded logo.png"), QStringLiteral("row 42 of pages updated")};
    for (int n = 0; n < count; ++n) {
        LogEntry e;
        e.time = QDateTime::fromMSecsSinceEpoch(1767225600000 + qint64(n) * 60000, Qt::UTC);
        e.runId = 100 + n / 10;
        e.relationship = QStringLiteral("r%1").arg(n % 3);
        e.site = QStringLiteral("s%1").arg(n % 2);
        e.resource = QStringLiteral("res%1").arg(n % 4);
        e.mode = LogMode(n % 4);
        e.action = QStringLiteral("update");
        e.result = n % 5 == 0 ? LogResult::Error : LogResult::Ok;
        e.remoteError = n % 10 == 0;
        e.message = words[n % 4] + QStringLiteral(" #%1").arg(n);
        QVERIFY(log.append(e).ok());
    }
}

} // namespace

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

void TestSyncLogRepository::pagesByKeyNewestFirst()
{
    test::TempHome home;
    auto store = home.openStore();
    SyncLogRepository log(store->database());
    fillVaried(log, 25);
    const auto first = log.page({}, 0, 10).value();
    QCOMPARE(first.size(), std::size_t(10));
    QVERIFY(first.front().message.endsWith(QLatin1String("#24")));
    QVERIFY(first.back().message.endsWith(QLatin1String("#15")));
    const auto second = log.page({}, first.back().id, 10).value();
    QVERIFY(second.front().message.endsWith(QLatin1String("#14")));
    const auto third = log.page({}, second.back().id, 10).value();
    QCOMPARE(third.size(), std::size_t(5));
    QVERIFY(third.back().message.endsWith(QLatin1String("#0")));
    QVERIFY(log.page({}, third.back().id, 10).value().empty());
}

void TestSyncLogRepository::filtersByEachField_data()
{
    QTest::addColumn<SyncLogFilter>("filter");
    QTest::addColumn<QList<int>>("expected");  // entry numbers, newest first
    const QDateTime base = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC);
    QTest::newRow("relationship") << SyncLogFilter{.relationship = QStringLiteral("r1")}
                                  << QList<int>{19, 16, 13, 10, 7, 4, 1};
    QTest::newRow("site") << SyncLogFilter{.site = QStringLiteral("s1")} << QList<int>{19, 17, 15, 13, 11, 9, 7, 5, 3, 1};
    QTest::newRow("resource") << SyncLogFilter{.resource = QStringLiteral("res2")} << QList<int>{18, 14, 10, 6, 2};
    QTest::newRow("mode") << SyncLogFilter{.mode = LogMode::Out} << QList<int>{19, 15, 11, 7, 3};
    QTest::newRow("result") << SyncLogFilter{.result = LogResult::Error} << QList<int>{15, 10, 5, 0};
    QTest::newRow("time range") << SyncLogFilter{.from = base.addSecs(5 * 60), .to = base.addSecs(8 * 60)}
                                << QList<int>{8, 7, 6, 5};
    QTest::newRow("from only") << SyncLogFilter{.from = base.addSecs(17 * 60)} << QList<int>{19, 18, 17};
    QTest::newRow("run") << SyncLogFilter{.runId = 101} << QList<int>{19, 18, 17, 16, 15, 14, 13, 12, 11, 10};
    QTest::newRow("combined") << SyncLogFilter{.relationship = QStringLiteral("r0"), .result = LogResult::Error}
                              << QList<int>{15, 0};
    QTest::newRow("nothing matches") << SyncLogFilter{.relationship = QStringLiteral("gone")} << QList<int>{};
}

void TestSyncLogRepository::filtersByEachField()
{
    QFETCH(SyncLogFilter, filter);
    QFETCH(QList<int>, expected);
    test::TempHome home;
    auto store = home.openStore();
    SyncLogRepository log(store->database());
    fillVaried(log, 20);
    // Two-entry pages, so the keyset bound is exercised together with every filter.
    QList<int> seen;
    qint64 before = 0;
    for (;;) {
        const auto page = log.page(filter, before, 2);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.errorMessage()));
        for (const LogEntry& e : *page) {
            seen << e.message.section(QLatin1Char('#'), 1).toInt();
        }
        if (page->size() < 2) {
            break;
        }
        before = page->back().id;
    }
    QCOMPARE(seen, expected);
}

void TestSyncLogRepository::searchesWordsInTheMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("one word") << QStringLiteral("permission") << QList<int>{9, 5, 1};
    QTest::newRow("word start") << QStringLiteral("Perm") << QList<int>{9, 5, 1};
    QTest::newRow("two words, any order") << QStringLiteral("denied permission") << QList<int>{9, 5, 1};
    QTest::newRow("file name with dots") << QStringLiteral("index.html") << QList<int>{8, 4, 0};
    QTest::newRow("path") << QStringLiteral("/srv/a.txt") << QList<int>{9, 5, 1};
    QTest::newRow("quotes are text, not syntax") << QStringLiteral("\"logo OR") << QList<int>{};
    QTest::newRow("query syntax is text") << QStringLiteral("logo NEAR(") << QList<int>{};
    QTest::newRow("only punctuation") << QStringLiteral("--") << QList<int>{};
    QTest::newRow("no match") << QStringLiteral("zebra") << QList<int>{};
    QTest::newRow("number") << QStringLiteral("42") << QList<int>{7, 3};
}

void TestSyncLogRepository::searchesWordsInTheMessage()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    test::TempHome home;
    auto store = home.openStore();
    SyncLogRepository log(store->database());
    fillVaried(log, 10);
    const auto page = log.page(SyncLogFilter{.text = text}, 0, 100);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.errorMessage()));
    QList<int> seen;
    for (const LogEntry& e : *page) {
        seen << e.message.section(QLatin1Char('#'), 1).toInt();
    }
    QCOMPARE(seen, expected);
    // With a search and a second page bound, the index still honours the bound.
    if (expected.size() > 1) {
        const auto rest = log.page(SyncLogFilter{.text = text}, page->front().id, 100).value();
        QCOMPARE(qsizetype(rest.size()), expected.size() - 1);
    }
}

void TestSyncLogRepository::tailsAfterAnIdWithAFilter()
{
    test::TempHome home;
    auto store = home.openStore();
    SyncLogRepository log(store->database());
    fillVaried(log, 10);
    const qint64 newest = log.page({}, 0, 1).value().front().id;
    QVERIFY(log.after(SyncLogFilter{.result = LogResult::Error}, newest, 10).value().empty());
    fillVaried(log, 12);  // again: #0..#11, of which #0, #5, #10 are errors
    const auto tail = log.after(SyncLogFilter{.result = LogResult::Error}, newest, 10).value();
    QCOMPARE(tail.size(), std::size_t(3));
    QVERIFY(tail.front().message.endsWith(QLatin1String("#0")));  // oldest first
    QVERIFY(tail.back().message.endsWith(QLatin1String("#10")));
    const auto searched = log.after(SyncLogFilter{.text = QStringLiteral("logo")}, newest, 10).value();
    QCOMPARE(searched.size(), std::size_t(3));  // #2, #6, #10
}

void TestSyncLogRepository::searchIndexFollowsDeletions()
{
    test::TempHome home;
    auto store = home.openStore();
    SyncLogRepository log(store->database());
    fillVaried(log, 4);
    QCOMPARE(log.page(SyncLogFilter{.text = QStringLiteral("logo")}, 0, 10).value().size(), std::size_t(1));
    QVERIFY(QSqlQuery(store->database()).exec(QStringLiteral("DELETE FROM sync_log WHERE message LIKE '%logo%'")));
    QVERIFY(log.page(SyncLogFilter{.text = QStringLiteral("logo")}, 0, 10).value().empty());
    QCOMPARE(log.page(SyncLogFilter{.text = QStringLiteral("uploaded")}, 0, 10).value().size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestSyncLogRepository)
#include "tst_synclogrepository.moc"
