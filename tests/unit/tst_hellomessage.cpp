// HelloMessage: the hello survives a round trip, hostile hellos are refused with a reason, and
// incompatible protocol ranges are named.

#include "net/HelloMessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using ferry::Hello;
using ferry::HelloMessage;
using ferry::HelloSite;

namespace {

Hello sample()
{
    Hello hello;
    hello.agentVersion = QStringLiteral("0.1.0");
    hello.protocolMin = 1;
    hello.protocolMax = 1;
    hello.serverTime = QDateTime::fromString(QStringLiteral("2026-11-24T01:02:03.456Z"), Qt::ISODateWithMs);
    hello.capabilities = {QStringLiteral("feed-cbor")};
    hello.sites.push_back({QUuid::fromString(QStringLiteral("6f1c1c0e-5a8f-4b8e-9a71-3c2f5a1d9e01")), QStringLiteral("www"),
                           0, {QStringLiteral("files"), QStringLiteral("table:posts")}});
    return hello;
}

QByteArray withField(const QString& field, const QJsonValue& value)
{
    QJsonObject object = QJsonDocument::fromJson(HelloMessage::encode(sample())).object();
    object.insert(field, value);
    return QJsonDocument(object).toJson();
}

} // namespace

class TestHelloMessage : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips();
    void refusesMalformedHellos_data();
    void refusesMalformedHellos();
    void negotiatesTheHighestCommonVersion();
    void pushRightIsOptional();
    void findsASiteByNameOrUuid();
};

void TestHelloMessage::roundTrips()
{
    const QByteArray bytes = HelloMessage::encode(sample());
    QVERIFY(bytes.contains("\"protocol\""));
    auto decoded = HelloMessage::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.errorMessage()));
    QCOMPARE(decoded.value(), sample());
}

void TestHelloMessage::refusesMalformedHellos_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("{\"version\":") << QStringLiteral("is not a JSON object");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("is not a JSON object");
    QTest::newRow("oversized") << QByteArray(2 * 1024 * 1024, ' ') << QStringLiteral("larger than 1048576 bytes");
    QTest::newRow("protocol reversed")
        << withField(QStringLiteral("protocol"), QJsonObject{{QStringLiteral("min"), 3}, {QStringLiteral("max"), 2}})
        << QStringLiteral("no valid 'protocol'");
    QTest::newRow("protocol fraction")
        << withField(QStringLiteral("protocol"), QJsonObject{{QStringLiteral("min"), 1.5}, {QStringLiteral("max"), 2}})
        << QStringLiteral("no valid 'protocol'");
    QTest::newRow("time") << withField(QStringLiteral("time"), QStringLiteral("yesterday"))
                          << QStringLiteral("no valid 'time'");
    QTest::newRow("site name traversal")
        << withField(QStringLiteral("sites"),
                     QJsonArray{QJsonObject{{QStringLiteral("uuid"), QUuid::createUuid().toString()},
                                            {QStringLiteral("name"), QStringLiteral("../etc")},
                                            {QStringLiteral("stage"), 0},
                                            {QStringLiteral("resources"), QJsonArray{}}}})
        << QStringLiteral("no valid 'sites'");
    QTest::newRow("push not a boolean")
        << withField(QStringLiteral("sites"),
                     QJsonArray{QJsonObject{{QStringLiteral("uuid"), QUuid::createUuid().toString()},
                                            {QStringLiteral("name"), QStringLiteral("www")},
                                            {QStringLiteral("stage"), 0},
                                            {QStringLiteral("resources"), QJsonArray{}},
                                            {QStringLiteral("push"), QStringLiteral("yes")}}})
        << QStringLiteral("no valid 'sites'");
    QTest::newRow("sites not array") << withField(QStringLiteral("sites"), 7) << QStringLiteral("no valid 'sites'");
}

void TestHelloMessage::refusesMalformedHellos()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    auto decoded = HelloMessage::decode(bytes);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.errorMessage().contains(reason), qPrintable(decoded.errorMessage()));
}

void TestHelloMessage::pushRightIsOptional()
{
    // Without the field (an older agent) the right is unknown; with it, true and false both travel.
    QVERIFY(!HelloMessage::encode(sample()).contains("\"push\""));
    QVERIFY(!HelloMessage::decode(HelloMessage::encode(sample()))->sites.at(0).push.has_value());
    for (const bool push : {true, false}) {
        Hello hello = sample();
        hello.sites[0].push = push;
        const QByteArray bytes = HelloMessage::encode(hello);
        QVERIFY(bytes.contains(push ? "\"push\": true" : "\"push\": false"));
        auto decoded = HelloMessage::decode(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->sites.at(0).push, std::optional<bool>(push));
        QCOMPARE(decoded.value(), hello);
    }
}

void TestHelloMessage::negotiatesTheHighestCommonVersion()
{
    Hello hello = sample();
    hello.protocolMin = 1;
    hello.protocolMax = 4;
    QCOMPARE(HelloMessage::negotiate(hello, 1, 2).value(), 2);
    hello.protocolMin = 2;
    hello.protocolMax = 3;
    auto none = HelloMessage::negotiate(hello, 1, 1);
    QVERIFY(!none.ok());
    QCOMPARE(none.errorMessage(), QStringLiteral("This agent speaks protocol 2–3, we speak 1: upgrade the older of the two."));
}

void TestHelloMessage::findsASiteByNameOrUuid()
{
    Hello hello;
    const QUuid blogUuid = QUuid::createUuid();
    hello.sites.push_back(HelloSite{.uuid = QUuid::createUuid(), .name = QStringLiteral("shop"), .stage = 1});
    hello.sites.push_back(HelloSite{.uuid = blogUuid, .name = QStringLiteral("Blog"), .stage = 2});
    QCOMPARE(hello.site(QStringLiteral("blog")), &hello.sites[1]);  // any case
    QCOMPARE(hello.site(blogUuid.toString()), &hello.sites[1]);
    QCOMPARE(hello.site(blogUuid.toString(QUuid::WithoutBraces)), &hello.sites[1]);
    QCOMPARE(hello.site(QStringLiteral("SHOP")), &hello.sites[0]);
    QCOMPARE(hello.site(QStringLiteral("wiki")), nullptr);
    QCOMPARE(hello.site(QString()), nullptr);  // a null UUID names no site
    QVERIFY(!hello.sites[0].isNamed(QUuid().toString()));
}

QTEST_GUILESS_MAIN(TestHelloMessage)
#include "tst_hellomessage.moc"

