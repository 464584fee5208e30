// ScheduleTimes: the next runs of every kind of schedule in named time zones, across DST changes,
// month and year ends, with start dates in the future; and which run a schedule owes after downtime.

#include "sync/ScheduleTimes.h"

#include <QTest>

using namespace ferry;

namespace {

QDateTime at(const char* iso)
{
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!time.isValid()) {
        qFatal("bad test time %s", iso);
    }
    return time;
}

Schedule interval(int minutes, const char* start)
{
    Schedule s;
    s.kind = ScheduleKind::Interval;
    s.intervalMinutes = minutes;
    s.startAt = at(start);
    return s;
}

Schedule daily(QTime time, const char* start = "2000-01-01T00:00:00Z")
{
    Schedule s;
    s.kind = ScheduleKind::Daily;
    s.timeOfDay = time;
    s.startAt = at(start);
    return s;
}

Schedule weekdays(int mask, QTime time)
{
    Schedule s = daily(time);
    s.kind = ScheduleKind::Weekdays;
    s.weekdays = mask;
    return s;
}

QStringList isos(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts) {
        list << QString::fromLatin1(text);
    }
    return list;
}

constexpr int monday = 1 << 0;
constexpr int wednesday = 1 << 2;
constexpr int friday = 1 << 4;
constexpr int sunday = 1 << 6;

} // namespace

Q_DECLARE_METATYPE(ferry::Schedule)

class TestScheduleTimes : public QObject
{
    Q_OBJECT

private slots:
    void nextRuns_data();
    void nextRuns();
    void missedRunsAreOwedOnce();
    void startInTheFutureIsTheFirstRun();
};

void TestScheduleTimes::nextRuns_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QStringList>("expected");  // ISO 8601 with the zone's offset then

    const QByteArray berlin = "Europe/Berlin";
    QTest::newRow("every 30 minutes") << berlin << interval(30, "2026-01-10T10:00:00+01:00") << at("2026-01-10T10:10:00+01:00")
                                      << isos({"2026-01-10T10:30:00+01:00", "2026-01-10T11:00:00+01:00",
                                                     "2026-01-10T11:30:00+01:00", "2026-01-10T12:00:00+01:00",
                                                     "2026-01-10T12:30:00+01:00"});
    // Elapsed time: two hours stay two hours when the clocks go forward.
    QTest::newRow("every 2 hours, spring forward")
        << berlin << interval(120, "2026-03-28T22:00:00+01:00") << at("2026-03-28T22:00:00+01:00")
        << isos({"2026-03-29T00:00:00+01:00", "2026-03-29T03:00:00+02:00", "2026-03-29T05:00:00+02:00",
                       "2026-03-29T07:00:00+02:00"});
    QTest::newRow("every hour, fall back: 02:00 twice")
        << berlin << interval(60, "2026-10-25T00:00:00+02:00") << at("2026-10-25T00:30:00+02:00")
        << isos({"2026-10-25T01:00:00+02:00", "2026-10-25T02:00:00+02:00", "2026-10-25T02:00:00+01:00",
                       "2026-10-25T03:00:00+01:00"});
    QTest::newRow("interval starting later") << berlin << interval(45, "2026-06-01T09:00:00+02:00") << at("2026-01-01T00:00:00+01:00")
                                             << isos({"2026-06-01T09:00:00+02:00", "2026-06-01T09:45:00+02:00",
                                                            "2026-06-01T10:30:00+02:00"});
    QTest::newRow("interval across the year end") << berlin << interval(24 * 60, "2026-12-30T06:00:00+01:00")
                                                  << at("2026-12-30T07:00:00+01:00")
                                                  << isos({"2026-12-31T06:00:00+01:00", "2027-01-01T06:00:00+01:00"});
    // 02:30 does not exist on 29 March: the run happens once, at 03:00, when the clocks jump.
    QTest::newRow("daily 02:30, spring forward")
        << berlin << daily(QTime(2, 30)) << at("2026-03-27T12:00:00+01:00")
        << isos({"2026-03-28T02:30:00+01:00", "2026-03-29T03:00:00+02:00", "2026-03-30T02:30:00+02:00"});
    // 02:30 happens twice on 25 October: the run happens once, the first time.
    QTest::newRow("daily 02:30, fall back") << berlin << daily(QTime(2, 30)) << at("2026-10-24T12:00:00+02:00")
                                            << isos({"2026-10-25T02:30:00+02:00", "2026-10-26T02:30:00+01:00"});
    QTest::newRow("daily 02:30, between the two 02:30s")
        << berlin << daily(QTime(2, 30)) << at("2026-10-25T02:45:00+02:00") << isos({"2026-10-26T02:30:00+01:00"});
    QTest::newRow("daily, year end") << berlin << daily(QTime(23, 30)) << at("2026-12-30T23:45:00+01:00")
                                     << isos({"2026-12-31T23:30:00+01:00", "2027-01-01T23:30:00+01:00"});
    QTest::newRow("daily, leap February") << berlin << daily(QTime(0, 0)) << at("2028-02-28T00:00:00+01:00")
                                          << isos({"2028-02-29T00:00:00+01:00", "2028-03-01T00:00:00+01:00"});
    QTest::newRow("daily, start later the same day")
        << berlin << daily(QTime(7, 0), "2026-12-01T08:00:00+01:00") << at("2026-11-24T10:00:00+01:00")
        << isos({"2026-12-02T07:00:00+01:00", "2026-12-03T07:00:00+01:00"});
    QTest::newRow("weekdays Monday, Wednesday") << berlin << weekdays(monday | wednesday, QTime(8, 15))
                                                << at("2026-11-24T10:00:00+01:00")
                                                << isos({"2026-11-25T08:15:00+01:00", "2026-11-30T08:15:00+01:00",
                                                               "2026-12-02T08:15:00+01:00"});
    QTest::newRow("Sundays 02:30, spring forward") << berlin << weekdays(sunday, QTime(2, 30)) << at("2026-03-22T03:00:00+01:00")
                                                   << isos({"2026-03-29T03:00:00+02:00", "2026-04-05T02:30:00+02:00"});
    QTest::newRow("Fridays, year end") << berlin << weekdays(friday, QTime(18, 0)) << at("2026-12-25T18:00:00+01:00")
                                       << isos({"2027-01-01T18:00:00+01:00", "2027-01-08T18:00:00+01:00"});
    QTest::newRow("no weekday chosen") << berlin << weekdays(0, QTime(8, 0)) << at("2026-11-24T10:00:00+01:00") << QStringList{};
    // New York moves its clocks on other days, from 02:00 to 03:00 in March and back in November.
    QTest::newRow("New York daily 02:30, spring forward")
        << QByteArray("America/New_York") << daily(QTime(2, 30)) << at("2026-03-07T12:00:00-05:00")
        << isos({"2026-03-08T03:00:00-04:00", "2026-03-09T02:30:00-04:00"});
    QTest::newRow("New York daily 01:30, fall back")
        << QByteArray("America/New_York") << daily(QTime(1, 30)) << at("2026-10-31T12:00:00-04:00")
        << isos({"2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00"});
    QTest::newRow("UTC every 90 minutes") << QByteArray("UTC") << interval(90, "2026-12-31T22:00:00Z")
                                          << at("2026-12-31T22:00:00Z")
                                          << isos({"2026-12-31T23:30:00+00:00", "2027-01-01T01:00:00+00:00"});
}

void TestScheduleTimes::nextRuns()
{
    QFETCH(QByteArray, zone);
    QFETCH(Schedule, schedule);
    QFETCH(QDateTime, after);
    QFETCH(QStringList, expected);
    const QTimeZone timeZone(zone);
    QVERIFY(timeZone.isValid());
    QStringList actual;
    for (const QDateTime& run : ScheduleTimes::nextRuns(schedule, after, int(expected.size()), timeZone)) {
        actual << run.toString(Qt::ISODate);
    }
    QCOMPARE(actual, expected);
    if (expected.isEmpty()) {
        QVERIFY(!ScheduleTimes::nextAfter(schedule, after, timeZone).isValid());
    }
}

void TestScheduleTimes::missedRunsAreOwedOnce()
{
    const QTimeZone berlin("Europe/Berlin");
    Schedule s = interval(60, "2026-11-20T10:00:00+01:00");
    s.enabled = true;
    s.lastRunAt = at("2026-11-20T10:00:00+01:00");
    // The machine was off from 10:30 to 15:30: five runs were missed, one is owed.
    const QDateTime now = at("2026-11-20T15:30:00+01:00");
    QCOMPARE(ScheduleTimes::pendingRun(s, berlin).toString(Qt::ISODate), QStringLiteral("2026-11-20T11:00:00+01:00"));
    QVERIFY(ScheduleTimes::isDue(s, now, berlin));
    s.lastRunAt = now;
    QVERIFY(!ScheduleTimes::isDue(s, now, berlin));
    QCOMPARE(ScheduleTimes::pendingRun(s, berlin).toString(Qt::ISODate), QStringLiteral("2026-11-20T16:00:00+01:00"));
    s.enabled = false;
    QVERIFY(!ScheduleTimes::isDue(s, at("2026-11-21T15:30:00+01:00"), berlin));
}

void TestScheduleTimes::startInTheFutureIsTheFirstRun()
{
    const QTimeZone berlin("Europe/Berlin");
    Schedule s = interval(30, "2026-12-01T08:00:00+01:00");
    s.createdAt = at("2026-11-24T10:00:00+01:00");
    QVERIFY(!ScheduleTimes::isDue(s, at("2026-12-01T07:59:59+01:00"), berlin));
    QVERIFY(ScheduleTimes::isDue(s, at("2026-12-01T08:00:00+01:00"), berlin));
    // Without a start, runs are counted from the schedule's creation.
    Schedule created = daily(QTime(9, 0));
    created.startAt = {};
    created.createdAt = at("2026-11-24T09:30:00+01:00");
    QCOMPARE(ScheduleTimes::pendingRun(created, berlin).toString(Qt::ISODate), QStringLiteral("2026-11-25T09:00:00+01:00"));
}

QTEST_GUILESS_MAIN(TestScheduleTimes)
#include "tst_scheduletimes.moc"
