// ProfileRepository: profiles stored and read back with every setting.

#include "Fixtures.h"
#include "TempHome.h"
#include "store/ProfileRepository.h"
#include "store/ScheduleRepository.h"

#include <QTest>

using namespace ferry;

class TestProfileRepository : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryDirectionAndPolicy_data();
    void roundTripsEveryDirectionAndPolicy();
    void removingAProfileRemovesItsSchedules();
    void refusesAGuardOutsideZeroToHundred();
};

void TestProfileRepository::roundTripsEveryDirectionAndPolicy_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<ConflictPolicy>("policy");
    for (const auto& [direction, directionKey] : directionKeys) {
        for (const auto& [policy, policyKey] : conflictPolicyKeys) {
            QTest::addRow("%s %s", directionKey, policyKey) << direction << policy;
        }
    }
}

void TestProfileRepository::roundTripsEveryDirectionAndPolicy()
{
    QFETCH(Direction, direction);
    QFETCH(ConflictPolicy, policy);
    test::TempHome home;
    auto store = home.openStore();
    const Relationship r = test::storeRelationship(*store, test::storeSite(*store, QStringLiteral("www")), QStringLiteral("r"));
    Profile p;
    p.name = QStringLiteral("nightly");
    p.relationshipId = r.id;
    p.direction = direction;
    p.conflictPolicy = policy;
    p.includes = {QStringLiteral("assets/**"), QStringLiteral("*.html")};
    p.excludes = {QStringLiteral("**/*.tmp")};
    p.tables = {QStringLiteral("pages")};
    p.propagateDeletes = false;
    p.bandwidthLimitKiBps = 2048;
    p.deleteGuardPercent = 10;
    p.createdAt = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC);
    ProfileRepository repository(store->database());
    QVERIFY(repository.insert(p).ok());
    const Profile found = *repository.findByName(QStringLiteral("nightly")).value();
    QCOMPARE(found.relationshipId, r.id);
    QCOMPARE(found.direction, direction);
    QCOMPARE(found.conflictPolicy, policy);
    QCOMPARE(found.includes, p.includes);
    QCOMPARE(found.excludes, p.excludes);
    QCOMPARE(found.tables, p.tables);
    QCOMPARE(found.propagateDeletes, false);
    QCOMPARE(found.bandwidthLimitKiBps, 2048);
    QCOMPARE(found.deleteGuardPercent, 10);
    QCOMPARE(found.createdAt, p.createdAt);
}

void TestProfileRepository::removingAProfileRemovesItsSchedules()
{
    test::TempHome home;
    auto store = home.openStore();
    const Profile p = test::storeProfileChain(*store, QStringLiteral("p"));
    Schedule s;
    s.profileId = p.id;
    s.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(ScheduleRepository(store->database()).insert(s).ok());
    QVERIFY(ProfileRepository(store->database()).remove(p.id).ok());
    QCOMPARE(ScheduleRepository(store->database()).list()->size(), std::size_t(0));
}

void TestProfileRepository::refusesAGuardOutsideZeroToHundred()
{
    test::TempHome home;
    auto store = home.openStore();
    Profile p = test::storeProfileChain(*store, QStringLiteral("p"));
    p.deleteGuardPercent = 150;
    auto updated = ProfileRepository(store->database()).update(p);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.errorMessage().contains(QLatin1String("CHECK")), qPrintable(updated.errorMessage()));
    QCOMPARE(ProfileRepository(store->database()).findByName(QStringLiteral("p")).value()->deleteGuardPercent, 25);
}

QTEST_GUILESS_MAIN(TestProfileRepository)
#include "tst_profilerepository.moc"
