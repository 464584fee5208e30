// ConflictRepository: conflicts recorded with both sides, and resolved once.

#include "TempHome.h"
#include "store/ConflictRepository.h"

#include <QTest>

using namespace ferry;

namespace {

Conflict conflict(const QString& item, ConflictStatus status)
{
    Conflict c;
    c.runId = 3;
    c.relationship = QStringLiteral("www-prod");
    c.site = QStringLiteral("www");
    c.resource = QStringLiteral("files");
    c.item = item;
    c.local = QJsonObject{{QStringLiteral("size"), 120}, {QStringLiteral("sha256"), QStringLiteral("aa11")}};
    c.remote = QJsonObject{{QStringLiteral("size"), 96}, {QStringLiteral("sha256"), QStringLiteral("bb22")}};
    c.policy = QStringLiteral("manual");
    c.status = status;
    c.detectedAt = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC);
    return c;
}

} // namespace

class TestConflictRepository : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsBothSides();
    void pendingComeFirstAndAreCounted();
    void resolvesOnlyWhatIsPending();
};

void TestConflictRepository::roundTripsBothSides()
{
    test::TempHome home;
    auto store = home.openStore();
    ConflictRepository conflicts(store->database());
    Conflict c = conflict(QStringLiteral("index.html"), ConflictStatus::AutoResolved);
    c.winner = ConflictWinner::Both;
    c.loserLocation = QStringLiteral("index (www 2026-01-01 0000).html");
    QVERIFY(conflicts.record(c).ok());
    const Conflict read = conflicts.latest(10).value().front();
    QCOMPARE(read.item, QStringLiteral("index.html"));
    QCOMPARE(read.local, c.local);
    QCOMPARE(read.remote, c.remote);
    QCOMPARE(read.winner, ConflictWinner::Both);
    QCOMPARE(read.loserLocation, c.loserLocation);
    QCOMPARE(read.status, ConflictStatus::AutoResolved);
    QCOMPARE(read.detectedAt, c.detectedAt);
    QCOMPARE(read.runId, qint64(3));
}

void TestConflictRepository::pendingComeFirstAndAreCounted()
{
    test::TempHome home;
    auto store = home.openStore();
    ConflictRepository conflicts(store->database());
    QVERIFY(conflicts.record(conflict(QStringLiteral("a"), ConflictStatus::PendingReview)).ok());
    QVERIFY(conflicts.record(conflict(QStringLiteral("b"), ConflictStatus::AutoResolved)).ok());
    QVERIFY(conflicts.record(conflict(QStringLiteral("c"), ConflictStatus::PendingReview)).ok());
    QCOMPARE(conflicts.pendingCount().value(), qint64(2));
    QStringList order;
    for (const Conflict& c : conflicts.latest(10).value()) {
        order << c.item;
    }
    QCOMPARE(order, (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
}

void TestConflictRepository::resolvesOnlyWhatIsPending()
{
    test::TempHome home;
    auto store = home.openStore();
    ConflictRepository conflicts(store->database());
    const Conflict pending = conflicts.record(conflict(QStringLiteral("a"), ConflictStatus::PendingReview)).value();
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(1767229200000, Qt::UTC);
    QVERIFY(conflicts.resolve(pending.id, ConflictWinner::Remote, QStringLiteral("alice"), when).ok());
    const Conflict resolved = conflicts.latest(1).value().front();
    QCOMPARE(resolved.status, ConflictStatus::Resolved);
    QCOMPARE(resolved.winner, ConflictWinner::Remote);
    QCOMPARE(resolved.resolvedBy, QStringLiteral("alice"));
    QCOMPARE(resolved.resolvedAt, when);
    QCOMPARE(conflicts.pendingCount().value(), qint64(0));

    auto again = conflicts.resolve(pending.id, ConflictWinner::Local, QStringLiteral("bob"), when);
    QVERIFY(!again.ok());
    QCOMPARE(again.errorMessage(),
             QStringLiteral("Conflict %1 does not exist or is not waiting for review.").arg(pending.id));
    QCOMPARE(conflicts.latest(1).value().front().resolvedBy, QStringLiteral("alice"));
}

QTEST_GUILESS_MAIN(TestConflictRepository)
#include "tst_conflictrepository.moc"
