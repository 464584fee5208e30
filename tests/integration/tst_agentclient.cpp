// AgentClient against stand-in agents on 127.0.0.1 (a Qt TLS server with a certificate from a
// test CA): what it says when nothing answers, and how it retries transient failures. The real
// ferryd is tst_agent's business.

#include "net/AgentClient.h"
#include "net/HelloMessage.h"
#include "security/CertificateAuthority.h"

#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>

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

private:
    QSslCertificate m_ca;
    TlsIdentity m_server;
    TlsIdentity m_client;
};

void TestAgentClient::initTestCase()
{
    auto ca = CertificateAuthority::create(QStringLiteral("Client Test CA"), KeyType::EcP256);
    QVERIFY(ca.ok());
    auto server = ca->issue({QStringLiteral("stand-in"), {}, {QStringLiteral("127.0.0.1")}});
    auto client = ca->issue({QStringLiteral("client")});
    QVERIFY(server.ok() && client.ok());
    m_ca = QSslCertificate(ca->certificate().pem);
    m_server = identityFrom(server.value());
    m_client = identityFrom(client.value());
}

void TestAgentClient::connectionRefusedSaysWhatToCheck()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 unused = probe.serverPort();
    probe.close();
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
    hello.protocolMin = hello.protocolMax = 1;
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

QTEST_GUILESS_MAIN(TestAgentClient)
#include "tst_agentclient.moc"
