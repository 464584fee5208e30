// ScheduleRegistry: what a schedule must have, the start it gets by default, and that switching a
// schedule back on (or changing it) does not make up the runs it skipped while it was off.

#include "Fixtures.h"
#include "TempHome.h"
#include "store/ScheduleRepository.h"
#include "sync/ScheduleRegistry.h"
#include "sync/ScheduleTimes.h"

#include <QTest>

using namespace ferry;

Q_DECLARE_METATYPE(ferry::Schedule)

namespace {

Schedule make(ScheduleKind kind, int minutes, QTime time, int weekdays)
{
    Schedule s;
    s.kind = kind;
    s.intervalMinutes = minutes;
    s.timeOfDay = time;
    s.weekdays = weekdays;
    return s;
}

} // namespace

class TestScheduleRegistry : public QObject
{
    Q_OBJECT

private slots:
    void validates_data();
    void validates();
    void addStartsAtTheNextMinute();
    void refusesAMissingProfile();
    void switchingBackOnDoesNotMakeUpThePause();
    void removesAndSaysWhatWasThere();
};

void TestScheduleRegistry::validates_data()
{
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<QString>("error");  // empty: valid
    QTest::newRow("every minute") << make(ScheduleKind::Interval, 1, {}, 0) << QString();
    QTest::newRow("every 31 days") << make(ScheduleKind::Interval, 31 * 24 * 60, {}, 0) << QString();
    QTest::newRow("every 0 minutes") << make(ScheduleKind::Interval, 0, {}, 0)
                                     << QStringLiteral("A schedule runs every 1 minute to every 31 days; 0 minutes is outside that.");
    QTest::newRow("every 32 days") << make(ScheduleKind::Interval, 32 * 24 * 60, {}, 0)
                                   << QStringLiteral("A schedule runs every 1 minute to every 31 days; 46080 minutes is outside that.");
    QTest::newRow("daily") << make(ScheduleKind::Daily, 60, QTime(2, 30), 0) << QString();
    QTest::newRow("daily without a time") << make(ScheduleKind::Daily, 60, {}, 0)
                                          << QStringLiteral("Give the time of day the schedule runs at, as HH:MM.");
    QTest::newRow("no weekday") << make(ScheduleKind::Weekdays, 60, QTime(8, 0), 0)
                                << QStringLiteral("Choose at least one weekday for the schedule.");
    QTest::newRow("an eighth weekday") << make(ScheduleKind::Weekdays, 60, QTime(8, 0), 0x80)
                                       << QStringLiteral("Choose at least one weekday for the schedule.");
    QTest::newRow("weekdays") << make(ScheduleKind::Weekdays, 60, QTime(8, 0), 0b1010101) << QString();
}

void TestScheduleRegistry::validates()
{
    QFETCH(Schedule, schedule);
    QFETCH(QString, error);
    const auto valid = ScheduleRegistry::validate(schedule);
    QCOMPARE(valid.ok() ? QString() : valid.errorMessage(), error);
}

void TestScheduleRegistry::addStartsAtTheNextMinute()
{
    test::TempHome home;
    auto store = home.openStore();
    const Profile p = test::storeProfileChain(*store, QStringLiteral("p"));
    Schedule s = make(ScheduleKind::Daily, 60, QTime(2, 30), 0);
    s.profileId = p.id;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Schedule added = ScheduleRegistry(*store).add(s).value();
    QVERIFY(added.id > 0);
    QVERIFY(added.startAt > before);
    QVERIFY(added.startAt <= before.addSecs(61));
    QCOMPARE(added.startAt.time().second(), 0);
    QCOMPARE(ScheduleRegistry::describe(added), QStringLiteral("daily at 02:30"));
}

void TestScheduleRegistry::refusesAMissingProfile()
{
    test::TempHome home;
    auto store = home.openStore();
    Schedule s = make(ScheduleKind::Interval, 30, {}, 0);
    s.profileId = 4242;
    const auto added = ScheduleRegistry(*store).add(s);
    QVERIFY(!added.ok());
    QCOMPARE(added.errorMessage(), QStringLiteral("The schedule's profile no longer exists; choose another."));
    QVERIFY(ScheduleRegistry(*store).list().value().empty());
}

void TestScheduleRegistry::switchingBackOnDoesNotMakeUpThePause()
{
    test::TempHome home;
    auto store = home.openStore();
    const Profile p = test::storeProfileChain(*store, QStringLiteral("p"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ScheduleRepository repository(store->database());
    // Hourly at :17 since ten hours ago; it last ran nine hours ago, then was switched off.
    Schedule hourly = make(ScheduleKind::Interval, 60, {}, 0);
    hourly.profileId = p.id;
    hourly.startAt = now.addSecs(-10 * 3600 + 17 * 60);
    hourly.enabled = false;
    hourly.createdAt = hourly.startAt;
    hourly = repository.insert(hourly).value();
    QVERIFY(repository.recordRun(hourly.id, now.addSecs(-9 * 3600)).ok());
    Schedule daily = make(ScheduleKind::Daily, 60, QTime(2, 30), 0);
    daily.profileId = p.id;
    daily.startAt = now.addDays(-30);
    daily.enabled = false;
    daily.createdAt = daily.startAt;
    daily = repository.insert(daily).value();

    const QTimeZone zone = QTimeZone::systemTimeZone();
    ScheduleRegistry registry(*store);
    const Schedule backOn = registry.setEnabled(hourly.id, true).value();
    QVERIFY(backOn.enabled);
    QVERIFY(!ScheduleTimes::isDue(backOn, QDateTime::currentDateTimeUtc(), zone));
    QVERIFY(backOn.startAt >= now);
    QVERIFY(backOn.startAt < now.addSecs(3600));
    QCOMPARE(hourly.startAt.msecsTo(backOn.startAt) % (3600 * 1000), 0);  // still at :17
    QCOMPARE(backOn.lastRunAt, now.addSecs(-9 * 3600));                   // the record stays true

    const Schedule dailyOn = registry.setEnabled(daily.id, true).value();
    QVERIFY(!ScheduleTimes::isDue(dailyOn, QDateTime::currentDateTimeUtc(), zone));
    QVERIFY(dailyOn.startAt >= now);
    // Switched off, nothing changes: it owes nothing while off either.
    QCOMPARE(registry.setEnabled(daily.id, false).value().startAt, dailyOn.startAt);
}

void TestScheduleRegistry::removesAndSaysWhatWasThere()
{
    test::TempHome home;
    auto store = home.openStore();
    const Profile p = test::storeProfileChain(*store, QStringLiteral("p"));
    Schedule s = make(ScheduleKind::Weekdays, 60, QTime(8, 15), 0b101);
    s.profileId = p.id;
    ScheduleRegistry registry(*store);
    const Schedule added = registry.add(s).value();
    QCOMPARE(registry.remove(added.id).value().weekdays, 0b101);
    const auto again = registry.remove(added.id);
    QVERIFY(!again.ok());
    QCOMPARE(again.errorMessage(), QStringLiteral("There is no schedule with id %1. See 'ferryctl schedule list'.").arg(added.id));
}

QTEST_GUILESS_MAIN(TestScheduleRegistry)
#include "tst_scheduleregistry.moc"
