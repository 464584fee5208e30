// stablePartitionFew: the same order as std::stable_partition for every mix of sides (none,
// all, few in front, few behind, already partitioned), with items that own memory and are only
// moved, and the predicate asked exactly once per item.

#include "common/StablePartitionFew.h"

#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace ferry;

namespace {

struct Item {
    std::unique_ptr<int> id;  // move-only, and a moved-from item has none: a lost one shows
    bool deletion = false;
};

std::vector<Item> makeItems(const std::vector<bool>& deletions)
{
    std::vector<Item> items;
    for (std::size_t i = 0; i < deletions.size(); ++i) {
        items.push_back({std::make_unique<int>(int(i)), deletions[i]});
    }
    return items;
}

std::vector<int> idsOf(const std::vector<Item>& items)
{
    std::vector<int> ids;
    for (const Item& item : items) {
        ids.push_back(item.id ? *item.id : -1);
    }
    return ids;
}

std::vector<int> expected(const std::vector<bool>& deletions)
{
    std::vector<Item> items = makeItems(deletions);
    std::stable_partition(items.begin(), items.end(), [](const Item& item) { return item.deletion; });
    return idsOf(items);
}

} // namespace

class TestStablePartitionFew : public QObject
{
    Q_OBJECT

private slots:
    void ordersAsStablePartition_data()
    {
        QTest::addColumn<QList<bool>>("deletions");
        QTest::newRow("empty") << QList<bool>{};
        QTest::newRow("none") << QList<bool>{false, false, false};
        QTest::newRow("all") << QList<bool>{true, true};
        QTest::newRow("already in front") << QList<bool>{true, true, false, false, false};
        QTest::newRow("one in the middle") << QList<bool>{false, false, true, false, false};
        QTest::newRow("one at the end") << QList<bool>{false, false, false, true};
        QTest::newRow("few behind the many") << QList<bool>{false, true, false, false, true, false};
        QTest::newRow("many behind the few") << QList<bool>{false, true, true, false, true, true};
        QTest::newRow("alternating") << QList<bool>{true, false, true, false, true, false};
    }

    void ordersAsStablePartition()
    {
        QFETCH(QList<bool>, deletions);
        const std::vector<bool> flags(deletions.begin(), deletions.end());
        std::vector<Item> items = makeItems(flags);
        int asked = 0;
        stablePartitionFew(items, [&](const Item& item) {
            ++asked;
            return item.deletion;
        });
        QCOMPARE(idsOf(items), expected(flags));
        QCOMPARE(asked, int(flags.size()));
    }

    void randomMixesOrderAsStablePartition()
    {
        QRandomGenerator random(20261207);
        for (int round = 0; round < 500; ++round) {
            const int size = int(random.bounded(200));
            const int share = int(random.bounded(101));  // percent on the front side
            std::vector<bool> flags;
            for (int i = 0; i < size; ++i) {
                flags.push_back(int(random.bounded(100)) < share);
            }
            std::vector<Item> items = makeItems(flags);
            stablePartitionFew(items, [](const Item& item) { return item.deletion; });
            QCOMPARE(idsOf(items), expected(flags));
        }
    }
};

QTEST_APPLESS_MAIN(TestStablePartitionFew)
#include "tst_stablepartitionfew.moc"
