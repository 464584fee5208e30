// VersionVector: comparison and merge, on hand-made cases and thousands of random ones.

#include "site/VersionVector.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ferry;
using Order = VersionVector::Order;

namespace {

const QUuid a = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-00000000000a"));
const QUuid b = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-00000000000b"));
const QUuid c = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-00000000000c"));

VersionVector make(std::initializer_list<std::pair<QUuid, quint64>> entries)
{
    VersionVector v;
    for (const auto& [site, counter] : entries) {
        v.set(site, counter);
    }
    return v;
}

VersionVector randomVector(QRandomGenerator& random)
{
    VersionVector v;
    for (const QUuid& site : {a, b, c}) {
        if (random.bounded(3) != 0) {
            v.set(site, random.bounded(4));
        }
    }
    return v;
}

Order reversed(Order order)
{
    return order == Order::Dominates ? Order::Dominated : order == Order::Dominated ? Order::Dominates : order;
}

} // namespace

Q_DECLARE_METATYPE(VersionVector)

class TestVersionVector : public QObject
{
    Q_OBJECT

private slots:
    void compares_data();
    void compares();
    void bumpMakesALocalChangeDominate();
    void randomPropertiesHold();
    void textFormRoundTripsAndRefusesNonCanonicalText();
};

void TestVersionVector::compares_data()
{
    QTest::addColumn<VersionVector>("left");
    QTest::addColumn<VersionVector>("right");
    QTest::addColumn<Order>("expected");
    QTest::newRow("both empty") << VersionVector() << VersionVector() << Order::Equal;
    QTest::newRow("equal") << make({{a, 2}, {b, 1}}) << make({{b, 1}, {a, 2}}) << Order::Equal;
    QTest::newRow("ahead on one site") << make({{a, 3}, {b, 1}}) << make({{a, 2}, {b, 1}}) << Order::Dominates;
    QTest::newRow("knows another site") << make({{a, 1}, {c, 1}}) << make({{a, 1}}) << Order::Dominates;
    QTest::newRow("behind") << make({{a, 1}}) << make({{a, 1}, {b, 4}}) << Order::Dominated;
    QTest::newRow("both changed") << make({{a, 2}, {b, 1}}) << make({{a, 1}, {b, 2}}) << Order::Concurrent;
    QTest::newRow("disjoint") << make({{a, 1}}) << make({{b, 1}}) << Order::Concurrent;
    QTest::newRow("zero is absent") << make({{a, 1}, {b, 0}}) << make({{a, 1}}) << Order::Equal;
}

void TestVersionVector::compares()
{
    QFETCH(VersionVector, left);
    QFETCH(VersionVector, right);
    QFETCH(Order, expected);
    QCOMPARE(left.compare(right), expected);
    QCOMPARE(right.compare(left), reversed(expected));
}

void TestVersionVector::bumpMakesALocalChangeDominate()
{
    VersionVector base = make({{a, 1}, {b, 2}});
    VersionVector local = base;
    local.bump(a);
    QCOMPARE(local.counter(a), quint64(2));
    QCOMPARE(local.compare(base), Order::Dominates);
    VersionVector remote = base;
    remote.bump(b);
    QCOMPARE(local.compare(remote), Order::Concurrent);
    VersionVector merged = local;
    merged.merge(remote);
    QCOMPARE(merged, make({{a, 2}, {b, 3}}));
    QCOMPARE(merged.compare(local), Order::Dominates);
    QCOMPARE(merged.compare(remote), Order::Dominates);
}

void TestVersionVector::randomPropertiesHold()
{
    QRandomGenerator random(20261124);
    for (int i = 0; i < 5000; ++i) {
        const VersionVector x = randomVector(random);
        const VersionVector y = randomVector(random);
        const VersionVector z = randomVector(random);
        // Antisymmetry.
        QCOMPARE(y.compare(x), reversed(x.compare(y)));
        // Merge is the least upper bound.
        VersionVector m = x;
        m.merge(y);
        QVERIFY(m.compare(x) == Order::Dominates || m.compare(x) == Order::Equal);
        QVERIFY(m.compare(y) == Order::Dominates || m.compare(y) == Order::Equal);
        VersionVector n = y;
        n.merge(x);
        QCOMPARE(m, n);
        // Transitivity of dominance.
        if (x.compare(y) == Order::Dominates && y.compare(z) == Order::Dominates) {
            QCOMPARE(x.compare(z), Order::Dominates);
        }
        // A local change on top of a version always dominates it.
        VersionVector bumped = x;
        bumped.bump(c);
        QCOMPARE(bumped.compare(x), Order::Dominates);
    }
}

void TestVersionVector::textFormRoundTripsAndRefusesNonCanonicalText()
{
    const VersionVector v = make({{b, 7}, {a, 12}});
    const QByteArray text = v.toText();
    QCOMPARE(text, QByteArray("00000000-0000-4000-8000-00000000000a:12,00000000-0000-4000-8000-00000000000b:7"));
    QCOMPARE(VersionVector::fromText(text).value(), v);
    QVERIFY(VersionVector::fromText(QByteArray()).value().isEmpty());
    for (const char* bad : {"nonsense", "00000000-0000-4000-8000-00000000000a:0",
                            "00000000-0000-4000-8000-00000000000b:1,00000000-0000-4000-8000-00000000000a:1",
                            "00000000-0000-4000-8000-00000000000a:x", ":1"}) {
        QVERIFY2(!VersionVector::fromText(bad).has_value(), bad);
    }
}

QTEST_GUILESS_MAIN(TestVersionVector)
#include "tst_versionvector.moc"
