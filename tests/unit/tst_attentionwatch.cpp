// AttentionWatch: the tray's state from snapshots, and notices only for what is new.

#include "services/AttentionWatch.h"

#include <QTest>

using namespace ferry;

namespace {

Run run(qint64 id, const QString& relationship, RunState state, const QString& message = {})
{
    return { .id = id,
        .profileName = relationship + QStringLiteral("-p"),
        .relationshipName = relationship,
        .state = state,
        .message = message };
}

Conflict pending(qint64 id, const QString& item)
{
    return { .id = id, .relationship = QStringLiteral("www-prod"), .item = item };
}

} // namespace

class TestAttentionWatch : public QObject
{
    Q_OBJECT

private slots:
    void firstSnapshotIsTheBaseline();
    void announcesANewFailedRunOnce();
    void aLaterSuccessClearsTheFailure();
    void announcesNewConflictsTogether();
};

void TestAttentionWatch::firstSnapshotIsTheBaseline()
{
    AttentionWatch watch;
    HomeSnapshot snapshot;
    snapshot.recentRuns = { run(1, QStringLiteral("www-prod"), RunState::Failed, QStringLiteral("disk full")) };
    snapshot.conflicts = { pending(5, QStringLiteral("a.txt")) };
    snapshot.pendingConflictCount = 1;
    QVERIFY(watch.update(snapshot).empty());
    QCOMPARE(watch.attention().state, Attention::State::RunFailed);
    QCOMPARE(watch.attention().summary,
        QStringLiteral("The last run failed for www-prod. 1 conflict(s) waiting for your decision."));
}

void TestAttentionWatch::announcesANewFailedRunOnce()
{
    AttentionWatch watch;
    HomeSnapshot snapshot;
    snapshot.relationships = { Relationship { .name = QStringLiteral("www-prod") } };
    snapshot.recentRuns = { run(1, QStringLiteral("www-prod"), RunState::Succeeded) };
    QVERIFY(watch.update(snapshot).empty());
    QCOMPARE(watch.attention().state, Attention::State::AllGood);
    QCOMPARE(watch.attention().summary, QStringLiteral("All relationships in step."));

    snapshot.recentRuns.insert(
        snapshot.recentRuns.begin(), run(2, QStringLiteral("www-prod"), RunState::Failed, QStringLiteral("disk full")));
    const auto notices = watch.update(snapshot);
    QCOMPARE(notices.size(), std::size_t(1));
    QCOMPARE(notices[0].kind, AttentionNotice::Kind::RunFailed);
    QCOMPARE(notices[0].title, QStringLiteral("www-prod: a run failed"));
    QCOMPARE(notices[0].text, QStringLiteral("Profile www-prod-p: disk full"));
    QCOMPARE(watch.attention().state, Attention::State::RunFailed);
    QVERIFY(watch.update(snapshot).empty()); // said once
}

void TestAttentionWatch::aLaterSuccessClearsTheFailure()
{
    AttentionWatch watch;
    HomeSnapshot snapshot;
    snapshot.recentRuns = { run(1, QStringLiteral("www-prod"), RunState::Failed),
        run(0, QStringLiteral("shop-prod"), RunState::Succeeded) };
    watch.update(snapshot);
    QCOMPARE(watch.attention().state, Attention::State::RunFailed);
    snapshot.recentRuns.insert(snapshot.recentRuns.begin(), run(3, QStringLiteral("www-prod"), RunState::Succeeded));
    QVERIFY(watch.update(snapshot).empty());
    QCOMPARE(watch.attention().state, Attention::State::AllGood);
}

void TestAttentionWatch::announcesNewConflictsTogether()
{
    AttentionWatch watch;
    HomeSnapshot snapshot;
    snapshot.conflicts = { pending(1, QStringLiteral("old.txt")) };
    snapshot.pendingConflictCount = 1;
    watch.update(snapshot);
    QCOMPARE(watch.attention().state, Attention::State::ConflictsWaiting);

    snapshot.conflicts.insert(snapshot.conflicts.begin(), pending(2, QStringLiteral("new.txt")));
    snapshot.pendingConflictCount = 2;
    auto notices = watch.update(snapshot);
    QCOMPARE(notices.size(), std::size_t(1));
    QCOMPARE(notices[0].kind, AttentionNotice::Kind::ConflictsWaiting);
    QCOMPARE(notices[0].text, QStringLiteral("new.txt (www-prod)"));

    snapshot.conflicts.insert(
        snapshot.conflicts.begin(), { pending(3, QStringLiteral("x")), pending(4, QStringLiteral("y")) });
    notices = watch.update(snapshot);
    QCOMPARE(notices.size(), std::size_t(1));
    QCOMPARE(notices[0].title, QStringLiteral("2 conflict(s) need your decision"));
    QCOMPARE(notices[0].text, QStringLiteral("Open Conflicts in Ferry to review them."));
    QVERIFY(watch.update(snapshot).empty());
}

QTEST_GUILESS_MAIN(TestAttentionWatch)
#include "tst_attentionwatch.moc"
