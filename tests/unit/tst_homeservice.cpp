// HomeService: reads and writes happen on worker threads, and results arrive as signals on the
// caller's thread.

#include "Fixtures.h"
#include "TempHome.h"
#include "services/HomeService.h"
#include "store/ConflictRepository.h"
#include "store/SyncLogRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace ferry;

class TestHomeService : public QObject
{
    Q_OBJECT

private slots:
    void snapshotHoldsWhatTheHomeHolds();
    void addSiteReportsSuccessAndRefreshes();
    void addSiteReportsTheReasonForARefusal();
    void aDamagedHomeIsReportedNotOverwritten();
};

void TestHomeService::snapshotHoldsWhatTheHomeHolds()
{
    test::TempHome home;
    {
        auto store = home.openStore();
        const Site www = test::storeSite(*store, QStringLiteral("www"));
        const Relationship r = test::storeRelationship(*store, www, QStringLiteral("www-prod"));
        test::storeProfile(*store, r, QStringLiteral("nightly"));
        Conflict c;
        c.relationship = r.name;
        c.site = www.name;
        c.resource = QStringLiteral("files");
        c.item = QStringLiteral("index.html");
        c.policy = QStringLiteral("manual");
        c.detectedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(ConflictRepository(store->database()).record(c).ok());
        LogEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.relationship = r.name;
        e.site = www.name;
        e.resource = QStringLiteral("files");
        e.action = QStringLiteral("update");
        QVERIFY(SyncLogRepository(store->database()).append(e).ok());
    }
    HomeService service(home.homePath());
    QSignalSpy ready(&service, &HomeService::snapshotReady);
    service.refresh();
    QVERIFY(ready.wait(10000));
    const auto snapshot = ready.takeFirst().at(0).value<HomeSnapshot>();
    QCOMPARE(snapshot.sites.size(), std::size_t(1));
    QCOMPARE(snapshot.relationships.size(), std::size_t(1));
    QCOMPARE(snapshot.profiles.size(), std::size_t(1));
    QCOMPARE(snapshot.relationshipName(snapshot.profiles.front().relationshipId), QStringLiteral("www-prod"));
    QCOMPARE(snapshot.siteName(snapshot.relationships.front().siteId), QStringLiteral("www"));
    QCOMPARE(snapshot.pendingConflictCount, qint64(1));
    QCOMPARE(snapshot.logEntryCount, qint64(1));
    QCOMPARE(snapshot.recentLog.front().action, QStringLiteral("update"));
}

void TestHomeService::addSiteReportsSuccessAndRefreshes()
{
    test::TempHome home;
    const QString folder = home.makeFolder(QStringLiteral("www"));
    HomeService service(home.homePath());
    QSignalSpy added(&service, &HomeService::siteAdded);
    QSignalSpy ready(&service, &HomeService::snapshotReady);
    service.addSite(SiteDraft{.name = QStringLiteral("www"), .filesRoot = folder});
    QVERIFY(added.wait(10000));
    QCOMPARE(added.takeFirst().at(0).value<Site>().name, QStringLiteral("www"));
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 10000);
    QCOMPARE(ready.last().at(0).value<HomeSnapshot>().sites.size(), std::size_t(1));
}

void TestHomeService::addSiteReportsTheReasonForARefusal()
{
    test::TempHome home;
    HomeService service(home.homePath());
    QSignalSpy failed(&service, &HomeService::siteAddFailed);
    service.addSite(SiteDraft{.name = QStringLiteral("www"), .filesRoot = home.root() + QStringLiteral("/missing")});
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("does not exist")),
             qPrintable(failed.first().at(0).toString()));
}

void TestHomeService::aDamagedHomeIsReportedNotOverwritten()
{
    test::TempHome home;
    const QString path = home.writeFile(QStringLiteral("home/state.db"), QByteArray(4096, 'x'));
    HomeService service(home.homePath());
    QSignalSpy failed(&service, &HomeService::loadFailed);
    service.refresh();
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().at(0).toString().contains(QLatin1String("is damaged")));
    QCOMPARE(test::readAll(path), QByteArray(4096, 'x'));
}

QTEST_GUILESS_MAIN(TestHomeService)
#include "tst_homeservice.moc"
