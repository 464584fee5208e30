// ScheduleRepository: the three kinds of schedule stored and read back.

#include "Fixtures.h"
#include "TempHome.h"
#include "store/ScheduleRepository.h"

#include <QTest>

using namespace ferry;

class TestScheduleRepository : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEachKind();
    void recordsRunsAndUpdates();
};

void TestScheduleRepository::roundTripsEachKind()
{
    test::TempHome home;
    auto store = home.openStore();
    const Profile p = test::storeProfileChain(*store, QStringLiteral("p"));
    ScheduleRepository repository(store->database());
    Schedule interval;
    interval.profileId = p.id;
    interval.kind = ScheduleKind::Interval;
    interval.intervalMinutes = 15;
    interval.createdAt = QDateTime::currentDateTimeUtc();
    Schedule daily = interval;
    daily.kind = ScheduleKind::Daily;
    daily.timeOfDay = QTime(2, 30);
    Schedule weekdays = daily;
    weekdays.kind = ScheduleKind::Weekdays;
    weekdays.weekdays = 0b0011111;  // Monday to Friday
    weekdays.enabled = false;
    weekdays.startAt = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC);
    for (const Schedule& s : {interval, daily, weekdays}) {
        QVERIFY(repository.insert(s).ok());
    }
    const auto stored = repository.list().value();
    QCOMPARE(stored.size(), std::size_t(3));
    QCOMPARE(stored[0].kind, ScheduleKind::Interval);
    QCOMPARE(stored[0].intervalMinutes, 15);
    QVERIFY(!stored[0].timeOfDay.isValid());
    QCOMPARE(stored[1].kind, ScheduleKind::Daily);
    QCOMPARE(stored[1].timeOfDay, QTime(2, 30));
    QCOMPARE(stored[2].kind, ScheduleKind::Weekdays);
    QCOMPARE(stored[2].weekdays, 0b0011111);
    QCOMPARE(stored[2].enabled, false);
    QCOMPARE(stored[2].startAt, weekdays.startAt);
    QVERIFY(!stored[2].lastRunAt.isValid());
}

void TestScheduleRepository::recordsRunsAndUpdates()
{
    test::TempHome home;
    auto store = home.openStore();
    const Profile p = test::storeProfileChain(*store, QStringLiteral("p"));
    ScheduleRepository repository(store->database());
    Schedule s;
    s.profileId = p.id;
    s.createdAt = QDateTime::currentDateTimeUtc();
    s = repository.insert(s).value();
    const QDateTime ran = QDateTime::fromMSecsSinceEpoch(1767229200000, Qt::UTC);
    QVERIFY(repository.recordRun(s.id, ran).ok());
    s.enabled = false;
    s.intervalMinutes = 120;
    QVERIFY(repository.update(s).ok());
    const Schedule stored = repository.list().value().front();
    QCOMPARE(stored.lastRunAt, ran);
    QCOMPARE(stored.enabled, false);
    QCOMPARE(stored.intervalMinutes, 120);
    QVERIFY(!repository.recordRun(4242, ran).ok());
}

QTEST_GUILESS_MAIN(TestScheduleRepository)
#include "tst_schedulerepository.moc"
