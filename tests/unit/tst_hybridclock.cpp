// HybridClock: timestamps never go backwards and order a change after what it has seen.

#include "site/HybridClock.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ferry;

class TestHybridClock : public QObject
{
    Q_OBJECT

private slots:
    void followsWallTime();
    void neverGoesBackwardsWhenTheWallClockDoes();
    void ordersAfterWhatItReceived();
    void packingKeepsTheOrder();
};

void TestHybridClock::followsWallTime()
{
    HybridClock clock;
    QCOMPARE(clock.tick(1000), (HybridTimestamp{1000, 0}));
    QCOMPARE(clock.tick(1000), (HybridTimestamp{1000, 1}));
    QCOMPARE(clock.tick(2000), (HybridTimestamp{2000, 0}));
}

void TestHybridClock::neverGoesBackwardsWhenTheWallClockDoes()
{
    HybridClock clock;
    const HybridTimestamp first = clock.tick(5000);
    const HybridTimestamp second = clock.tick(4000);  // the clock was set back
    QVERIFY(first < second);
    QCOMPARE(second.wallMs, qint64(5000));
}

void TestHybridClock::ordersAfterWhatItReceived()
{
    QRandomGenerator random(7);
    HybridClock here;
    HybridClock there;
    qint64 nowHere = 1000000;
    qint64 nowThere = 1000000 + 30000;  // 30 s ahead
    for (int i = 0; i < 2000; ++i) {
        nowHere += random.bounded(5);
        nowThere += random.bounded(5);
        const HybridTimestamp sent = there.tick(nowThere);
        const HybridTimestamp received = here.receive(sent, nowHere);
        QVERIFY(sent < received);
        QVERIFY(received < here.tick(nowHere));
    }
}

void TestHybridClock::packingKeepsTheOrder()
{
    const HybridTimestamp earlier{1767225600000, 65000};
    const HybridTimestamp later{1767225600001, 0};
    QVERIFY(earlier.packed() < later.packed());
    QCOMPARE(HybridTimestamp::fromPacked(earlier.packed()), earlier);
}

QTEST_GUILESS_MAIN(TestHybridClock)
#include "tst_hybridclock.moc"
