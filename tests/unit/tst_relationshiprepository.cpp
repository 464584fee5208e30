// RelationshipRepository: relationships stored, updated and removed, never with credentials.

#include "Fixtures.h"
#include "TempHome.h"
#include "store/ProfileRepository.h"
#include "store/RelationshipRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace ferry;

class TestRelationshipRepository : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField();
    void proxyCredentialsAreNeverStored();
    void updatesAndRemovesWithItsProfiles();
};

void TestRelationshipRepository::roundTripsEveryField()
{
    test::TempHome home;
    auto store = home.openStore();
    const Site site = test::storeSite(*store, QStringLiteral("www"));
    Relationship r;
    r.name = QStringLiteral("www-prod");
    r.siteId = site.id;
    r.remoteUrl = QUrl(QStringLiteral("https://prod.example.org:7443/www"));
    r.clientCertificatePath = QStringLiteral("/etc/ferry/node.crt");
    r.clientKeyPath = QStringLiteral("/etc/ferry/node.key");
    r.caCertificatePath = QStringLiteral("/etc/ferry/ca.crt");
    r.pinnedFingerprint = QStringLiteral("AB:CD:EF");
    r.proxyUrl = QUrl(QStringLiteral("http://proxy.example.org:3128"));
    r.bypassProxy = true;
    r.acceptPushes = true;
    r.initialCopyDone = true;
    r.createdAt = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC);
    RelationshipRepository repository(store->database());
    QVERIFY(repository.insert(r).ok());
    const auto found = repository.findByName(QStringLiteral("WWW-PROD")).value();
    QVERIFY(found.has_value());
    QCOMPARE(found->siteId, site.id);
    QCOMPARE(found->remoteUrl, r.remoteUrl);
    QCOMPARE(found->clientCertificatePath, r.clientCertificatePath);
    QCOMPARE(found->clientKeyPath, r.clientKeyPath);
    QCOMPARE(found->caCertificatePath, r.caCertificatePath);
    QCOMPARE(found->pinnedFingerprint, r.pinnedFingerprint);
    QCOMPARE(found->proxyUrl, r.proxyUrl);
    QVERIFY(found->bypassProxy);
    QVERIFY(found->acceptPushes);
    QVERIFY(found->initialCopyDone);
    QCOMPARE(found->createdAt, r.createdAt);
}

void TestRelationshipRepository::proxyCredentialsAreNeverStored()
{
    test::TempHome home;
    auto store = home.openStore();
    Relationship r = test::storeRelationship(*store, test::storeSite(*store, QStringLiteral("www")), QStringLiteral("r"));
    r.proxyUrl = QUrl(QStringLiteral("http://alice:s3cret-pass@proxy.example.org:3128"));
    QVERIFY(RelationshipRepository(store->database()).update(r).ok());
    store.reset();
    QVERIFY(!test::readAll(home.stateDatabasePath()).contains("s3cret-pass"));
    QVERIFY(!test::readAll(home.stateDatabasePath() + QStringLiteral("-wal")).contains("s3cret-pass"));
    store = home.openStore();
    QCOMPARE(RelationshipRepository(store->database()).findByName(QStringLiteral("r")).value()->proxyUrl.toString(),
             QStringLiteral("http://proxy.example.org:3128"));
}

void TestRelationshipRepository::updatesAndRemovesWithItsProfiles()
{
    test::TempHome home;
    auto store = home.openStore();
    Relationship r = test::storeRelationship(*store, test::storeSite(*store, QStringLiteral("www")), QStringLiteral("r"));
    test::storeProfile(*store, r, QStringLiteral("files-only"));
    RelationshipRepository repository(store->database());
    r.acceptPushes = true;
    r.name = QStringLiteral("renamed");
    QVERIFY(repository.update(r).ok());
    QVERIFY(repository.findByName(QStringLiteral("renamed")).value()->acceptPushes);

    QVERIFY(repository.remove(r.id).ok());
    QCOMPARE(repository.list()->size(), std::size_t(0));
    QCOMPARE(ProfileRepository(store->database()).list()->size(), std::size_t(0));
    QVERIFY(!repository.remove(r.id).ok());
}

QTEST_GUILESS_MAIN(TestRelationshipRepository)
#include "tst_relationshiprepository.moc"
