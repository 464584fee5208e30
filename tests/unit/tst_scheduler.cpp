// Scheduler: which runs it starts, in virtual time over a real state.db. Missed runs start once,
// a profile is never handed over twice, a busy profile gets no second run, two schedulers on one
// home start a run once, and the timer sleeps until the next run but never more than a minute.

#include "Fixtures.h"
#include "TempHome.h"
#include "store/ScheduleRepository.h"
#include "sync/Scheduler.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ferry;

namespace {

const QTimeZone berlin("Europe/Berlin");

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

using Launch = std::pair<qint64, qint64>;  // profile, schedule

// A scheduler over a home, with a launcher that records what it was given and refuses profiles
// marked busy, as the run queue does.
struct Harness {
    explicit Harness(const test::TempHome& home)
        : scheduler(home.homePath(), [this](qint64 profile, qint64 schedule) {
            calls.push_back({profile, schedule});
            return !busy.contains(profile);
        })
    {
        scheduler.setClock([this]() { return now; });
        scheduler.setTimeZone(berlin);
    }
    // One look at the schedules at `time`.
    void lookAt(const QDateTime& time)
    {
        now = time;
        QSignalSpy finished(&scheduler, &Scheduler::passFinished);
        if (scheduler.isActive()) {
            scheduler.reload();
        } else {
            scheduler.start();
        }
        QVERIFY(finished.wait(10000));
    }

    QDateTime now;
    QSet<qint64> busy;
    std::vector<Launch> calls;
    Scheduler scheduler;
};

Schedule hourly(qint64 profileId, const char* start)
{
    Schedule s;
    s.profileId = profileId;
    s.kind = ScheduleKind::Interval;
    s.intervalMinutes = 60;
    s.startAt = at(start);
    s.createdAt = at("2026-11-01T00:00:00Z");
    return s;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void missedRunsStartOnce();
    void aProfileIsHandedOverOncePerLook();
    void aBusyProfileGetsNoSecondRun();
    void disabledAndNotYetStartedSchedulesWait();
    void twoSchedulersOnOneHomeStartARunOnce();
    void sleepsUntilTheNextRunButAtMostAMinute();
    void theTimerWakesItForTheNextRun();
};

void TestScheduler::missedRunsStartOnce()
{
    test::TempHome home;
    auto store = home.openStore();
    const Profile p = test::storeProfileChain(*store, QStringLiteral("p"));
    ScheduleRepository repository(store->database());
    const Schedule s = repository.insert(hourly(p.id, "2026-11-20T10:00:00+01:00")).value();

    Harness harness(home);
    harness.lookAt(at("2026-11-20T09:59:00+01:00"));
    QVERIFY(harness.calls.empty());
    // The machine was off from before 10:00 until 15:30: six runs were missed, one starts.
    harness.lookAt(at("2026-11-20T15:30:00+01:00"));
    QCOMPARE(harness.calls, (std::vector<Launch>{{p.id, s.id}}));
    QCOMPARE(repository.find(s.id).value()->lastRunAt, at("2026-11-20T15:30:00+01:00"));
    QCOMPARE(harness.scheduler.nextRunAt(), at("2026-11-20T16:00:00+01:00"));
    harness.lookAt(at("2026-11-20T15:59:59+01:00"));
    QCOMPARE(harness.calls.size(), std::size_t(1));
    harness.lookAt(at("2026-11-20T16:00:00+01:00"));
    QCOMPARE(harness.calls, (std::vector<Launch>{{p.id, s.id}, {p.id, s.id}}));
}

void TestScheduler::aProfileIsHandedOverOncePerLook()
{
    test::TempHome home;
    auto store = home.openStore();
    const Profile p = test::storeProfileChain(*store, QStringLiteral("p"));
    const Profile other = test::storeProfile(*store, test::storeRelationship(*store, test::storeSite(*store, QStringLiteral("shop")),
                                                                            QStringLiteral("r2")),
                                             QStringLiteral("other"));
    ScheduleRepository repository(store->database());
    const Schedule first = repository.insert(hourly(p.id, "2026-11-20T10:00:00+01:00")).value();
    Schedule daily = hourly(p.id, "2026-11-20T00:00:00+01:00");
    daily.kind = ScheduleKind::Daily;
    daily.timeOfDay = QTime(10, 0);
    const Schedule second = repository.insert(daily).value();
    const Schedule third = repository.insert(hourly(other.id, "2026-11-20T10:00:00+01:00")).value();

    Harness harness(home);
    QSignalSpy launched(&harness.scheduler, &Scheduler::launched);
    harness.lookAt(at("2026-11-20T10:00:00+01:00"));
    QCOMPARE(harness.calls, (std::vector<Launch>{{p.id, first.id}, {other.id, third.id}}));
    QCOMPARE(launched.size(), 2);
    // Both of p's schedules are served by the one run.
    QVERIFY(repository.find(second.id).value()->lastRunAt.isValid());
    harness.lookAt(at("2026-11-20T10:00:30+01:00"));
    QCOMPARE(harness.calls.size(), std::size_t(2));
}

void TestScheduler::aBusyProfileGetsNoSecondRun()
{
    test::TempHome home;
    auto store = home.openStore();
    const Profile p = test::storeProfileChain(*store, QStringLiteral("p"));
    const Schedule s = ScheduleRepository(store->database()).insert(hourly(p.id, "2026-11-20T10:00:00+01:00")).value();

    Harness harness(home);
    QSignalSpy launched(&harness.scheduler, &Scheduler::launched);
    harness.busy.insert(p.id);  // a Run now, still going
    harness.lookAt(at("2026-11-20T10:00:00+01:00"));
    QCOMPARE(harness.calls, (std::vector<Launch>{{p.id, s.id}}));
    QCOMPARE(launched.size(), 0);
    // The run in progress stands for this one: no retry every minute until it ends.
    harness.busy.clear();
    harness.lookAt(at("2026-11-20T10:01:00+01:00"));
    harness.lookAt(at("2026-11-20T10:59:00+01:00"));
    QCOMPARE(harness.calls.size(), std::size_t(1));
    harness.lookAt(at("2026-11-20T11:00:00+01:00"));
    QCOMPARE(harness.calls.size(), std::size_t(2));
    QCOMPARE(launched.size(), 1);
}

void TestScheduler::disabledAndNotYetStartedSchedulesWait()
{
    test::TempHome home;
    auto store = home.openStore();
    const Profile p = test::storeProfileChain(*store, QStringLiteral("p"));
    ScheduleRepository repository(store->database());
    Schedule disabled = hourly(p.id, "2026-11-20T10:00:00+01:00");
    disabled.enabled = false;
    disabled = repository.insert(disabled).value();
    Relationship r;
    r.id = p.relationshipId;
    const Profile q = test::storeProfile(*store, r, QStringLiteral("q"));
    const Schedule later = repository.insert(hourly(q.id, "2026-12-01T08:00:00+01:00")).value();

    Harness harness(home);
    harness.lookAt(at("2026-11-30T12:00:00+01:00"));
    QVERIFY(harness.calls.empty());
    QCOMPARE(harness.scheduler.nextRunAt(), at("2026-12-01T08:00:00+01:00"));
    disabled.enabled = true;
    QVERIFY(repository.update(disabled).ok());
    harness.lookAt(at("2026-11-30T12:00:00+01:00"));
    QCOMPARE(harness.calls, (std::vector<Launch>{{p.id, disabled.id}}));
    harness.lookAt(at("2026-12-01T08:00:00+01:00"));
    QCOMPARE(harness.calls, (std::vector<Launch>{{p.id, disabled.id}, {p.id, disabled.id}, {q.id, later.id}}));
}

void TestScheduler::twoSchedulersOnOneHomeStartARunOnce()
{
    test::TempHome home;
    auto store = home.openStore();
    const Profile p = test::storeProfileChain(*store, QStringLiteral("p"));
    ScheduleRepository(store->database()).insert(hourly(p.id, "2026-11-20T10:00:00+01:00")).value();

    Harness gui(home);
    Harness agent(home);
    gui.lookAt(at("2026-11-20T10:00:05+01:00"));
    agent.lookAt(at("2026-11-20T10:00:06+01:00"));
    QCOMPARE(gui.calls.size() + agent.calls.size(), std::size_t(1));
    QCOMPARE(gui.calls.size(), std::size_t(1));
}

void TestScheduler::sleepsUntilTheNextRunButAtMostAMinute()
{
    test::TempHome home;
    auto store = home.openStore();
    Harness harness(home);
    harness.lookAt(at("2026-11-20T10:00:00+01:00"));
    QCOMPARE(harness.scheduler.sleepMs(), Scheduler::maxSleepMs);  // nothing scheduled: look again in a minute

    const Profile p = test::storeProfileChain(*store, QStringLiteral("p"));
    ScheduleRepository(store->database()).insert(hourly(p.id, "2026-11-20T10:30:00+01:00")).value();
    harness.lookAt(at("2026-11-20T10:29:30+01:00"));
    QCOMPARE(harness.scheduler.sleepMs(), 30000);
    harness.lookAt(at("2026-11-20T10:00:00+01:00"));
    QCOMPARE(harness.scheduler.sleepMs(), Scheduler::maxSleepMs);
    harness.scheduler.stop();
    QCOMPARE(harness.scheduler.sleepMs(), -1);
}

void TestScheduler::theTimerWakesItForTheNextRun()
{
    test::TempHome home;
    auto store = home.openStore();
    const Profile p = test::storeProfileChain(*store, QStringLiteral("p"));
    const QDateTime base = at("2026-11-20T10:00:00+01:00");
    Schedule s = hourly(p.id, "2026-11-20T10:00:00+01:00");
    s.startAt = base.addMSecs(300);
    s = ScheduleRepository(store->database()).insert(s).value();

    Harness harness(home);
    QElapsedTimer elapsed;
    elapsed.start();
    harness.scheduler.setClock([&]() { return base.addMSecs(elapsed.elapsed()); });
    QSignalSpy launched(&harness.scheduler, &Scheduler::launched);
    harness.scheduler.start();
    QVERIFY(launched.wait(5000));
    QCOMPARE(harness.calls, (std::vector<Launch>{{p.id, s.id}}));
    QVERIFY(elapsed.elapsed() >= 300);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
