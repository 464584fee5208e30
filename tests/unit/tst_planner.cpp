// Planner: hand-made cases for each rule, and thousands of random two-sided histories checked
// for the properties that keep data safe.

#include "sync/ConflictResolver.h"
#include "sync/Planner.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace ferry;

namespace {

const QUuid here = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-0000000000a1"));
const QUuid there = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-0000000000b2"));

Sha256 content(int n)
{
    return ContentHasher::sha256(QByteArray::number(n));
}

ItemState state(const char* path, std::initializer_list<std::pair<QUuid, quint64>> version, int contentId,
                bool deleted = false, qint64 when = 1000)
{
    ItemState s;
    s.key = ItemKey::file(QString::fromLatin1(path));
    for (const auto& [site, counter] : version) {
        s.version.set(site, counter);
    }
    s.deleted = deleted;
    s.hash = deleted ? Sha256{} : content(contentId);
    s.size = deleted ? 0 : contentId;
    s.timestamp = {when, 0};
    return s;
}

PlanInput input(std::vector<ItemState> local, std::vector<ItemState> remote,
                ConflictPolicy policy = ConflictPolicy::Manual, Direction direction = Direction::Bidirectional)
{
    PlanInput in;
    in.local = std::move(local);
    in.remote = std::move(remote);
    in.localSite = here;
    in.remoteSite = there;
    in.masterSite = here;
    in.policy = policy;
    in.direction = direction;
    return in;
}

PlanAction onlyAction(const Plan& plan)
{
    if (plan.items.size() != 1) {
        qWarning("expected one planned item, got %d", int(plan.items.size()));
        return PlanAction::Hold;
    }
    return plan.items.front().action;
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private slots:
    void itemsInStepNeedNothing();
    void aNewerVersionMovesToTheOtherSide();
    void newItemsAreCopiedAndDeletionsCarried();
    void directionAndDeletionSettingsHoldChanges();
    void theSameChangeOnBothSidesIsNotAConflict();
    void concurrentChangesAreConflictsSettledByPolicy_data();
    void concurrentChangesAreConflictsSettledByPolicy();
    void keepBothKeepsAnEditOverADeletion();
    void deletionsComeFirst();
    void randomHistoriesConvergeAndLoseNothing();
};

void TestPlanner::itemsInStepNeedNothing()
{
    const auto plan = Planner::plan(input({state("a", {{here, 1}}, 1)}, {state("a", {{here, 1}}, 1)}));
    QVERIFY(plan.items.empty());
    // Deleted on one side before the other ever had it: nothing to do either.
    QVERIFY(Planner::plan(input({state("gone", {{here, 2}}, 0, true)}, {})).items.empty());
}

void TestPlanner::aNewerVersionMovesToTheOtherSide()
{
    QCOMPARE(onlyAction(Planner::plan(input({state("a", {{here, 2}}, 2)}, {state("a", {{here, 1}}, 1)}))), PlanAction::Push);
    QCOMPARE(onlyAction(Planner::plan(input({state("a", {{here, 1}}, 1)}, {state("a", {{here, 1}, {there, 1}}, 3)}))),
             PlanAction::Pull);
}

void TestPlanner::newItemsAreCopiedAndDeletionsCarried()
{
    QCOMPARE(onlyAction(Planner::plan(input({state("new", {{here, 1}}, 1)}, {}))), PlanAction::Push);
    QCOMPARE(onlyAction(Planner::plan(input({}, {state("new", {{there, 1}}, 1)}))), PlanAction::Pull);
    QCOMPARE(onlyAction(Planner::plan(input({state("a", {{here, 2}}, 0, true)}, {state("a", {{here, 1}}, 1)}))),
             PlanAction::DeleteRemote);
    QCOMPARE(onlyAction(Planner::plan(input({state("a", {{here, 1}}, 1)}, {state("a", {{here, 1}, {there, 1}}, 0, true)}))),
             PlanAction::DeleteLocal);
}

void TestPlanner::directionAndDeletionSettingsHoldChanges()
{
    auto upload = Planner::plan(input({state("a", {{here, 1}}, 1)}, {state("b", {{there, 1}}, 2)}, ConflictPolicy::Manual,
                                      Direction::Upload));
    QCOMPARE(upload.items.size(), std::size_t(2));
    QCOMPARE(upload.items[0].action, PlanAction::Push);
    QCOMPARE(upload.items[1].action, PlanAction::Hold);
    QCOMPARE(upload.items[1].note, QStringLiteral("Changed on the remote site, but this profile only uploads."));
    auto download = Planner::plan(input({state("a", {{here, 1}}, 1)}, {}, ConflictPolicy::Manual, Direction::Download));
    QCOMPARE(onlyAction(download), PlanAction::Hold);
    PlanInput keep = input({state("a", {{here, 2}}, 0, true)}, {state("a", {{here, 1}}, 1)});
    keep.propagateDeletes = false;
    const Plan kept = Planner::plan(keep);
    QCOMPARE(onlyAction(kept), PlanAction::Hold);
    QCOMPARE(kept.items.front().note, QStringLiteral("Deleted on one side; this profile does not carry deletions."));
}

void TestPlanner::theSameChangeOnBothSidesIsNotAConflict()
{
    const auto plan = Planner::plan(input({state("a", {{here, 2}, {there, 1}}, 7)}, {state("a", {{here, 1}, {there, 2}}, 7)}));
    QCOMPARE(onlyAction(plan), PlanAction::MergeVersions);
    QVERIFY(!plan.items.front().conflict);
}

void TestPlanner::concurrentChangesAreConflictsSettledByPolicy_data()
{
    QTest::addColumn<ConflictPolicy>("policy");
    QTest::addColumn<PlanAction>("action");
    QTest::addColumn<ConflictWinner>("winner");
    QTest::newRow("manual") << ConflictPolicy::Manual << PlanAction::Hold << ConflictWinner::None;
    QTest::newRow("local wins") << ConflictPolicy::LocalWins << PlanAction::Push << ConflictWinner::Local;
    QTest::newRow("remote wins") << ConflictPolicy::RemoteWins << PlanAction::Pull << ConflictWinner::Remote;
    QTest::newRow("master wins") << ConflictPolicy::MasterWins << PlanAction::Push << ConflictWinner::Local;
    QTest::newRow("newer wins") << ConflictPolicy::NewerWins << PlanAction::Pull << ConflictWinner::Remote;
    QTest::newRow("keep both") << ConflictPolicy::KeepBoth << PlanAction::Pull << ConflictWinner::Remote;
}

void TestPlanner::concurrentChangesAreConflictsSettledByPolicy()
{
    QFETCH(ConflictPolicy, policy);
    QFETCH(PlanAction, action);
    QFETCH(ConflictWinner, winner);
    // Here edited at t=1000, there at t=2000, both from version {here:1}.
    const auto plan = Planner::plan(input({state("a", {{here, 2}}, 2, false, 1000)},
                                          {state("a", {{here, 1}, {there, 1}}, 3, false, 2000)}, policy));
    QCOMPARE(onlyAction(plan), action);
    QVERIFY(plan.items.front().conflict.has_value());
    QCOMPARE(plan.items.front().conflict->winner, winner);
    QCOMPARE(plan.items.front().conflict->keepLoserCopy, policy == ConflictPolicy::KeepBoth);
    QCOMPARE(plan.conflicts(), 1);
    QCOMPARE(plan.pendingConflicts(), policy == ConflictPolicy::Manual ? 1 : 0);
}

void TestPlanner::keepBothKeepsAnEditOverADeletion()
{
    const auto plan = Planner::plan(input({state("a", {{here, 2}}, 0, true, 5000)},
                                          {state("a", {{here, 1}, {there, 1}}, 9, false, 1000)}, ConflictPolicy::KeepBoth));
    QCOMPARE(onlyAction(plan), PlanAction::Pull);
    QCOMPARE(plan.items.front().conflict->winner, ConflictWinner::Remote);
    QVERIFY(!plan.items.front().conflict->keepLoserCopy);
    // Rows cannot be kept twice: the newer wins, and the conflict log holds the other.
    ItemState localRow = state("r", {{here, 2}}, 1, false, 3000);
    ItemState remoteRow = state("r", {{here, 1}, {there, 1}}, 2, false, 1000);
    localRow.key = remoteRow.key = ItemKey::row(QStringLiteral("pages"), QStringLiteral("[1]"));
    const auto rows = Planner::plan(input({localRow}, {remoteRow}, ConflictPolicy::KeepBoth));
    QCOMPARE(onlyAction(rows), PlanAction::Push);
    QVERIFY(!rows.items.front().conflict->keepLoserCopy);
}

void TestPlanner::deletionsComeFirst()
{
    const auto plan = Planner::plan(input({state("a", {{here, 1}}, 1), state("z", {{here, 2}}, 0, true)},
                                          {state("z", {{here, 1}}, 1)}));
    QCOMPARE(plan.items.size(), std::size_t(2));
    QCOMPARE(plan.items[0].action, PlanAction::DeleteRemote);
    QCOMPARE(plan.items[1].action, PlanAction::Push);
}

void TestPlanner::randomHistoriesConvergeAndLoseNothing()
{
    // Each case: a common ancestor (or none), then zero to two changes on each side (edit,
    // delete, recreate), then a bidirectional run. Checked: concurrent differing changes are
    // conflicts; otherwise the newer side's content moves; after applying the plan both sides
    // hold the same content and version; and whatever content was overwritten was either an
    // ancestor of the winner or is in a conflict record.
    QRandomGenerator random(424242);
    int conflicts = 0;
    for (int round = 0; round < 5000; ++round) {
        const ConflictPolicy policy = std::array{ConflictPolicy::LocalWins, ConflictPolicy::RemoteWins,
                                                 ConflictPolicy::NewerWins, ConflictPolicy::KeepBoth,
                                                 ConflictPolicy::MasterWins}[random.bounded(5)];
        int nextContent = 100;
        qint64 clock = 1000;
        std::optional<ItemState> ancestor;
        if (random.bounded(4) != 0) {
            ancestor = state("x", {{here, quint64(random.bounded(1, 3))}, {there, quint64(random.bounded(0, 3))}},
                             nextContent++, random.bounded(5) == 0, clock++);
        }
        auto evolve = [&](std::optional<ItemState> side, const QUuid& site) {
            const int changes = random.bounded(3);
            for (int i = 0; i < changes; ++i) {
                if (!side) {
                    side = state("x", {}, nextContent++, false, clock++);
                } else if (!side->deleted && random.bounded(3) == 0) {
                    side->deleted = true;
                    side->hash = {};
                    side->size = 0;
                    side->timestamp = {clock++, 0};
                } else {
                    side->deleted = false;
                    side->hash = content(nextContent);
                    side->size = nextContent++;
                    side->timestamp = {clock++, 0};
                }
                side->version.bump(site);
            }
            return side;
        };
        std::optional<ItemState> local = evolve(ancestor, here);
        std::optional<ItemState> remote = evolve(ancestor, there);
        std::vector<ItemState> localList;
        std::vector<ItemState> remoteList;
        if (local) {
            localList.push_back(*local);
        }
        if (remote) {
            remoteList.push_back(*remote);
        }
        const Plan plan = Planner::plan(input(localList, remoteList, policy));

        const ItemState none{ItemKey::file(QStringLiteral("x")), true, {}, {}, {}, 0};
        const ItemState& l = local ? *local : none;
        const ItemState& r = remote ? *remote : none;
        const auto order = l.version.compare(r.version);
        const bool differ = !l.sameContentAs(r);
        if (order == VersionVector::Order::Concurrent && differ) {
            QVERIFY2(plan.conflicts() == 1, qPrintable(QStringLiteral("round %1: a concurrent change was not a conflict").arg(round)));
            ++conflicts;
        } else {
            QCOMPARE(plan.conflicts(), 0);
        }
        // Apply the plan to both sides, as the engine will.
        ItemState endLocal = l;
        ItemState endRemote = r;
        for (const PlannedItem& item : plan.items) {
            VersionVector merged = l.version;
            merged.merge(r.version);
            if (item.conflict) {
                merged.bump(here);  // the resolution is a new change that includes both
            }
            switch (item.action) {
            case PlanAction::Push:
            case PlanAction::DeleteRemote:
                endRemote = l;
                break;
            case PlanAction::Pull:
            case PlanAction::DeleteLocal:
                endLocal = r;
                break;
            case PlanAction::MergeVersions:
                break;
            case PlanAction::Hold:
                QFAIL("no policy here leaves anything for review");
            }
            endLocal.version = merged;
            endRemote.version = merged;
        }
        QVERIFY2(endLocal.sameContentAs(endRemote), qPrintable(QStringLiteral("round %1 did not converge").arg(round)));
        if (!plan.items.empty()) {
            // Where the run did something, both sides now agree on the version too. (Where it had
            // nothing to do, e.g. an item made and deleted here before the other side ever had it,
            // both sides agree it does not exist, which is all that matters.)
            QCOMPARE(endLocal.version.compare(endRemote.version), VersionVector::Order::Equal);
        }
        // Nothing lost: a side's content that was replaced was older (dominated), or the
        // replacement is a recorded conflict.
        if (!l.sameContentAs(endLocal) && order != VersionVector::Order::Dominated) {
            QVERIFY2(plan.conflicts() == 1, qPrintable(QStringLiteral("round %1 overwrote a local change").arg(round)));
        }
        if (!r.sameContentAs(endRemote) && order != VersionVector::Order::Dominates) {
            QVERIFY2(plan.conflicts() == 1, qPrintable(QStringLiteral("round %1 overwrote a remote change").arg(round)));
        }
    }
    QVERIFY2(conflicts > 500, "the generator should make plenty of conflicts");
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
