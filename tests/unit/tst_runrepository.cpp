// RunRepository: a run's life from start to finish, and history that outlives its profile.

#include "Fixtures.h"
#include "TempHome.h"
#include "store/ProfileRepository.h"
#include "store/RunRepository.h"

#include <QTest>

using namespace ferry;

class TestRunRepository : public QObject
{
    Q_OBJECT

private slots:
    void recordsARunFromStartToFinish();
    void historySurvivesTheProfile();
    void recentIsNewestFirstAndBounded();
};

void TestRunRepository::recordsARunFromStartToFinish()
{
    test::TempHome home;
    auto store = home.openStore();
    const Profile p = test::storeProfileChain(*store, QStringLiteral("nightly"));
    RunRepository runs(store->database());
    Run run;
    run.profileId = p.id;
    run.profileName = p.name;
    run.relationshipName = QStringLiteral("r");
    run.trigger = RunTrigger::Schedule;
    run.state = RunState::Running;
    run.phase = QStringLiteral("connect");
    run.startedAt = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC);
    run = runs.start(run).value();
    QVERIFY(runs.setPhase(run.id, QStringLiteral("transfer")).ok());
    QCOMPARE(runs.recent(10).value().front().phase, QStringLiteral("transfer"));

    RunTotals totals{12, 3, 1, 400, 20, 2, 1, 1048576, 4096};
    const QDateTime finished = run.startedAt.addSecs(42);
    QVERIFY(runs.finish(run.id, RunState::Succeeded, totals, QStringLiteral("in step"), finished).ok());
    const Run stored = runs.recent(10).value().front();
    QCOMPARE(stored.state, RunState::Succeeded);
    QCOMPARE(stored.trigger, RunTrigger::Schedule);
    QCOMPARE(stored.totals, totals);
    QCOMPARE(stored.finishedAt, finished);
    QCOMPARE(stored.message, QStringLiteral("in step"));
    QVERIFY(!runs.finish(999, RunState::Failed, {}, {}, finished).ok());
}

void TestRunRepository::historySurvivesTheProfile()
{
    test::TempHome home;
    auto store = home.openStore();
    const Profile p = test::storeProfileChain(*store, QStringLiteral("nightly"));
    RunRepository runs(store->database());
    Run run;
    run.profileId = p.id;
    run.profileName = p.name;
    run.relationshipName = QStringLiteral("r");
    run.startedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(runs.start(run).ok());
    QVERIFY(ProfileRepository(store->database()).remove(p.id).ok());
    const Run kept = runs.recent(10).value().front();
    QCOMPARE(kept.profileId, qint64(0));
    QCOMPARE(kept.profileName, QStringLiteral("nightly"));
}

void TestRunRepository::recentIsNewestFirstAndBounded()
{
    test::TempHome home;
    auto store = home.openStore();
    RunRepository runs(store->database());
    for (int i = 0; i < 5; ++i) {
        Run run;
        run.profileName = QStringLiteral("p%1").arg(i);
        run.relationshipName = QStringLiteral("r");
        run.startedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(runs.start(run).ok());
    }
    const auto recent = runs.recent(3).value();
    QCOMPARE(recent.size(), std::size_t(3));
    QCOMPARE(recent.front().profileName, QStringLiteral("p4"));
    QCOMPARE(recent.back().profileName, QStringLiteral("p2"));
}

QTEST_GUILESS_MAIN(TestRunRepository)
#include "tst_runrepository.moc"
