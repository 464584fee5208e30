// AgentClient against stand-in agents on 127.0.0.1 (a Qt TLS server with a certificate from a
// test CA): what it says when nothing answers, and how it retries transient failures. The real
// ferryd is tst_agent's business.

#include "net/AgentClient.h"
#include "net/WireLimits.h"
#include "net/HelloMessage.h"
#include "security/CertificateAuthority.h"

#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace ferry;

namespace {

struct TlsIdentity {
    QSslCertificate certificate;
    QSslKey key;
};

TlsIdentity identityFrom(const IssuedCertificate& issued)
{
    return {QSslCertificate(issued.certificate.pem), QSslKey(issued.key.toPem(), QSsl::Ec)};
}

// A stand-in agent on 127.0.0.1 that answers every request with one fixed response.
class StandIn
{
public:
    StandIn(const TlsIdentity& identity, QByteArray response)
        : m_response(std::move(response))
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(identity.certificate);
        configuration.setPrivateKey(identity.key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (socket->readAll().contains("\r\n\r\n")) {
                        socket->write(m_response);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QSslServer m_server;
    QByteArray m_response;
};

// An HTTP proxy that only does CONNECT, and counts the tunnels it opened.
class ConnectProxy
{
public:
    ConnectProxy()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection()) {
                QObject::connect(client, &QTcpSocket::readyRead, client, [this, client] { onRead(client); });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int tunnels() const { return m_tunnels; }

private:
    void onRead(QTcpSocket* client)
    {
        if (auto* upstream = client->findChild<QTcpSocket*>()) {
            upstream->write(client->readAll());
            return;
        }
        QByteArray& head = m_heads[client];
        head += client->readAll();
        if (!head.contains("\r\n\r\n")) {
            return;
        }
        const QList<QByteArray> words = head.left(head.indexOf("\r\n")).split(' ');
        const QList<QByteArray> target = words.value(1).split(':');
        if (words.value(0) != "CONNECT" || target.size() != 2 || target.at(0) != "127.0.0.1") {
            client->write("HTTP/1.1 403 Forbidden\r\n\r\n");
            client->disconnectFromHost();
            return;
        }
        auto* upstream = new QTcpSocket(client);
        QObject::connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        QObject::connect(upstream, &QTcpSocket::connected, client, [this, client] {
            ++m_tunnels;
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        });
        QObject::connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        upstream->connectToHost(QHostAddress::LocalHost, target.at(1).toUShort());
    }

    QTcpServer m_server;
    std::map<QTcpSocket*, QByteArray> m_heads;
    int m_tunnels = 0;
};

QByteArray okResponse(const QByteArray& body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// A port nothing listens on (one just let go).
quint16 unusedPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

Hello helloSpeaking(int low, int high)
{
    Hello hello;
    hello.agentVersion = QStringLiteral("2.0");
    hello.protocolMin = low;
    hello.protocolMax = high;
    hello.serverTime = QDateTime::currentDateTimeUtc();
    return hello;
}

} // namespace

class TestAgentClient : public QObject
{
    Q_OBJECT

private:
    AgentConnection connectionTo(quint16 port)
    {
        AgentConnection connection;
        connection.base = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
        connection.trustedCas = {m_ca};
        connection.clientCertificate = m_client.certificate;
        connection.clientKey = m_client.key;
        connection.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        connection.timeoutMs = 10000;
        return connection;
    }

private slots:
    void initTestCase();
    void connectionRefusedSaysWhatToCheck();
    void transientFailuresAreRetriedWithBackoff();
    void expiredAgentCertificateIsNamedWithItsDate();
    void incompatibleProtocolIsRefused();
    void goesThroughAProxyUnlessBypassed();
    void anAnswerTakenLaterIsKept();

private:
    QSslCertificate m_ca;
    TlsIdentity m_server;
    TlsIdentity m_client;
    TlsIdentity m_expiredServer;
};

void TestAgentClient::initTestCase()
{
    auto ca = CertificateAuthority::create(QStringLiteral("Client Test CA"), KeyType::EcP256);
    QVERIFY(ca.ok());
    auto server = ca->issue({QStringLiteral("stand-in"), {}, {QStringLiteral("127.0.0.1")}});
    auto client = ca->issue({QStringLiteral("client")});
    auto expired = ca->issue({QStringLiteral("old-agent"), {}, {QStringLiteral("127.0.0.1")}, KeyType::EcP256,
                              QDateTime::currentDateTimeUtc().addDays(-60), 30});
    QVERIFY(server.ok() && client.ok() && expired.ok());
    m_expiredServer = identityFrom(expired.value());
    m_ca = QSslCertificate(ca->certificate().pem);
    m_server = identityFrom(server.value());
    m_client = identityFrom(client.value());
}

void TestAgentClient::connectionRefusedSaysWhatToCheck()
{
    const quint16 unused = unusedPort();
    QVERIFY(unused != 0);
    AgentConnection connection = connectionTo(unused);
    connection.retries = 0;
    AgentClient client(connection);
    auto hello = client.hello();
    QVERIFY(!hello.ok());
    QCOMPARE(hello.errorMessage(), QStringLiteral("Nothing answers at 127.0.0.1:%1: is ferryd running on 127.0.0.1:%1?").arg(unused));
}

void TestAgentClient::transientFailuresAreRetriedWithBackoff()
{
    // A stand-in agent with the real agent's certificate: it answers 503 twice, then a hello. (A
    // dropped connection is resent once by Qt itself before the client's own retries, so the
    // backoff is timed on 503s.)
    QSslServer flaky;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_server.certificate);
    configuration.setPrivateKey(m_server.key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    flaky.setSslConfiguration(configuration);
    QVERIFY(flaky.listen(QHostAddress::LocalHost));
    int requests = 0;
    Hello hello;
    hello.agentVersion = QStringLiteral("9.9");
    hello.protocolMin = hello.protocolMax = wire::protocolVersion;
    hello.serverTime = QDateTime::currentDateTimeUtc();
    const QByteArray helloBody = HelloMessage::encode(hello);
    connect(&flaky, &QTcpServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket* socket = flaky.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                if (!socket->readAll().contains("\r\n\r\n")) {
                    return;
                }
                ++requests;
                const bool unavailable = requests <= 2;
                const QByteArray body = unavailable ? QByteArray() : helloBody;
                socket->write((unavailable ? QByteArray("HTTP/1.1 503 Service Unavailable\r\n")
                                             : QByteArray("HTTP/1.1 200 OK\r\n"))
                              + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        }
    });
    AgentConnection connection = connectionTo(flaky.serverPort());
    connection.retries = 2;
    connection.backoffMs = 100;
    QElapsedTimer clock;
    clock.start();
    AgentClient client(connection);
    auto answered = client.hello();
    QVERIFY2(answered.ok(), qPrintable(answered.ok() ? QString() : answered.errorMessage()));
    QCOMPARE(answered->agentVersion, QStringLiteral("9.9"));
    QCOMPARE(requests, 3);
    QVERIFY(clock.elapsed() >= 300);  // 100 ms, then 200 ms

    // With one retry only, the 503 is what the caller sees.
    requests = 0;
    connection.retries = 1;
    AgentClient impatient(connection);
    auto refused = impatient.hello();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorMessage(), QStringLiteral("The agent at 127.0.0.1:%1 answered 503: ").arg(flaky.serverPort()));
    QCOMPARE(requests, 2);
}

void TestAgentClient::expiredAgentCertificateIsNamedWithItsDate()
{
    StandIn agent(m_expiredServer, okResponse(HelloMessage::encode(helloSpeaking(wire::protocolVersion, wire::protocolVersion))));
    AgentClient client(connectionTo(agent.port()));
    auto hello = client.hello();
    QVERIFY(!hello.ok());
    QCOMPARE(hello.errorMessage(),
             QStringLiteral("The agent's certificate at 127.0.0.1:%1 expired on %2; renew it on that server (ferryctl cert "
                            "issue).")
                 .arg(agent.port())
                 .arg(m_expiredServer.certificate.expiryDate().toUTC().toString(QStringLiteral("yyyy-MM-dd"))));
}

void TestAgentClient::incompatibleProtocolIsRefused()
{
    StandIn agent(m_server, okResponse(HelloMessage::encode(helloSpeaking(wire::protocolVersion + 1, wire::protocolVersion + 2))));
    AgentClient client(connectionTo(agent.port()));
    auto hello = client.hello();
    QVERIFY(!hello.ok());
    QCOMPARE(hello.errorMessage(), QStringLiteral("This agent speaks protocol %1–%2, we speak %3: upgrade the older of the two.")
                                       .arg(wire::protocolVersion + 1)
                                       .arg(wire::protocolVersion + 2)
                                       .arg(wire::protocolVersion));
}

void TestAgentClient::goesThroughAProxyUnlessBypassed()
{
    StandIn agent(m_server, okResponse(HelloMessage::encode(helloSpeaking(wire::protocolVersion, wire::protocolVersion))));
    ConnectProxy proxy;
    AgentConnection connection = connectionTo(agent.port());
    connection.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port());
    AgentClient proxied(connection);
    auto hello = proxied.hello();
    QVERIFY2(hello.ok(), qPrintable(hello.ok() ? QString() : hello.errorMessage()));
    QCOMPARE(proxy.tunnels(), 1);

    connection.proxy = QNetworkProxy(QNetworkProxy::NoProxy);  // bypass
    AgentClient direct(connection);
    QVERIFY(direct.hello().ok());
    QCOMPARE(proxy.tunnels(), 1);
}

void TestAgentClient::anAnswerTakenLaterIsKept()
{
    StandIn agent(m_server, okResponse(HelloMessage::encode(helloSpeaking(wire::protocolVersion, wire::protocolVersion))));
    AgentClient client(connectionTo(agent.port()));
    const std::atomic_bool notCancelled = false;
    const quint64 id = client.sendAhead("GET", QStringLiteral("/v1/hello"));
    QThread::msleep(50);  // this thread busy with something else (a scan), no event loop
    auto answer = client.answerTo(id, notCancelled);
    QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.errorMessage()));
    QCOMPARE(answer->status, 200);
    QCOMPARE(HelloMessage::decode(answer->body)->agentVersion, QStringLiteral("2.0"));
    QVERIFY(!client.answerTo(id, notCancelled).ok());  // taken once
    // Answered while another request was waited for: kept until asked for.
    const quint64 first = client.sendAhead("GET", QStringLiteral("/v1/hello"));
    QVERIFY(client.hello().ok());
    QVERIFY(client.answerTo(first, notCancelled).ok());

    const quint16 unused = unusedPort();
    QVERIFY(unused != 0);
    AgentConnection nowhere = connectionTo(unused);
    nowhere.retries = 0;
    AgentClient refused(nowhere);
    auto failed = refused.answerTo(refused.sendAhead("GET", QStringLiteral("/v1/hello")), notCancelled);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.errorMessage(), QStringLiteral("Nothing answers at 127.0.0.1:%1: is ferryd running on 127.0.0.1:%1?").arg(unused));

    // An agent that never answers: a cancel ends the wait at once, and nothing is retried.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    AgentClient waiting(connectionTo(silent.serverPort()));
    const quint64 stuck = waiting.sendAhead("POST", QStringLiteral("/v1/sites/www/scan"));
    std::atomic_bool cancelled = false;
    QTimer::singleShot(200, [&cancelled] { cancelled = true; });
    QElapsedTimer clock;
    clock.start();
    auto given = waiting.answerTo(stuck, cancelled);
    QVERIFY(!given.ok());
    QCOMPARE(given.errorMessage(), QStringLiteral("Cancelled."));
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestAgentClient)
#include "tst_agentclient.moc"
