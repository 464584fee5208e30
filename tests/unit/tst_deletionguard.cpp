// DeletionGuard: a run that would delete too much stops and says so.

#include "sync/DeletionGuard.h"

#include <QTest>

using namespace ferry;

namespace {

Plan deleting(int remote, int local)
{
    Plan plan;
    for (int i = 0; i < remote; ++i) {
        plan.items.push_back({ItemKey::file(QString::number(i)), PlanAction::DeleteRemote, {}, {}, {}, {}});
    }
    for (int i = 0; i < local; ++i) {
        plan.items.push_back({ItemKey::file(QStringLiteral("l%1").arg(i)), PlanAction::DeleteLocal, {}, {}, {}, {}});
    }
    plan.items.push_back({ItemKey::file(QStringLiteral("p")), PlanAction::Push, {}, {}, {}, {}});
    return plan;
}

} // namespace

class TestDeletionGuard : public QObject
{
    Q_OBJECT

private slots:
    void withinTheLimitGoesOn();
    void overTheLimitStopsWithTheFigures();
    void anEmptySideCannotTripIt();
};

void TestDeletionGuard::withinTheLimitGoesOn()
{
    QVERIFY(!DeletionGuard::check(deleting(25, 0), {QStringLiteral("files"), 100, 100}, 25));
    QVERIFY(!DeletionGuard::check(deleting(0, 0), {QStringLiteral("files"), 100, 100}, 25));
}

void TestDeletionGuard::overTheLimitStopsWithTheFigures()
{
    const auto remote = DeletionGuard::check(deleting(26, 0), {QStringLiteral("files"), 100, 100}, 25);
    QVERIFY(remote);
    QCOMPARE(*remote, QStringLiteral("This run would delete 26 of the 100 items of files on the remote site (26%), more "
                                     "than the limit of 25%. Check that nothing is missing here, then confirm."));
    const auto local = DeletionGuard::check(deleting(0, 3), {QStringLiteral("pages"), 4, 10}, 25);
    QVERIFY(local);
    QVERIFY(local->startsWith(QLatin1String("This run would delete 3 of the 4 items of pages on this site (75%)")));
}

void TestDeletionGuard::anEmptySideCannotTripIt()
{
    QVERIFY(!DeletionGuard::check(deleting(5, 0), {QStringLiteral("files"), 10, 0}, 25));
}

QTEST_GUILESS_MAIN(TestDeletionGuard)
#include "tst_deletionguard.moc"
