#pragma once
// The agent the agent tests talk to: ferryd as a real process on 127.0.0.1, serving site www
// from a temporary home, with real certificates from a test CA (a puller, a pusher, an expired
// one, one from another CA, one not pinned to www), and the helpers to reach it as each of them.

#include "ProcessRunner.h"
#include "SecurityFixtures.h"
#include "TempHome.h"
#include "net/AgentClient.h"
#include "security/CertificateAuthority.h"

#include <QDir>
#include <QObject>
#include <QProcess>
#include <QTest>

#include <memory>

namespace ferry::test {

struct Identity {
    QString certificatePath;
    QString keyPath;
    QString fingerprint;
};

// Reproducible bytes that do not compress.
inline QByteArray pageOf(int size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = quint32(seed) * 2654435761u + 1;
    for (char& c : bytes) {
        state = state * 1664525u + 1013904223u;
        c = char(state >> 24);
    }
    return bytes;
}

class AgentTestBase : public QObject
{
    Q_OBJECT

protected:
    void startAgent();          // an initTestCase's work; fails the test case when it cannot
    void stopAgentIfRunning();  // a cleanupTestCase's: never leave an agent behind

    Identity write(const QString& name, const IssuedCertificate& issued)
    {
        Identity identity;
        identity.certificatePath = m_certs.filePath(name + QStringLiteral(".crt"));
        identity.keyPath = m_certs.filePath(name + QStringLiteral(".key"));
        QFile file(identity.certificatePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(issued.certificate.pem) != issued.certificate.pem.size()) {
            qFatal("cannot write %s", qPrintable(identity.certificatePath));
        }
        writeOwnerOnly(identity.keyPath, issued.key.toPem());
        identity.fingerprint = issued.certificate.fingerprint;
        return identity;
    }

    AgentConnection connectionFor(const Identity* identity, const QList<QSslCertificate>& cas = {})
    {
        AgentConnection connection;
        connection.base = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
        connection.trustedCas = cas.isEmpty() ? QSslCertificate::fromPath(m_caPath) : cas;
        connection.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        connection.timeoutMs = 10000;
        if (identity != nullptr) {
            connection.clientCertificate = QSslCertificate::fromPath(identity->certificatePath).value(0);
            QFile key(identity->keyPath);
            key.open(QIODevice::ReadOnly);
            connection.clientKey = QSslKey(key.readAll(), QSsl::Ec);
        }
        return connection;
    }

    Result<AgentResponse> request(const Identity& identity, const QByteArray& method, const QString& path,
                                  const QByteArray& body = {})
    {
        AgentClient client(connectionFor(&identity));
        return client.sendAndWait(method, path, body);
    }

    void expectHelloStillServed()
    {
        AgentClient client(connectionFor(&m_puller));
        auto hello = client.hello();
        QVERIFY2(hello.ok(), qPrintable(hello.ok() ? QString() : hello.errorMessage()));
    }

    QString chunkStore() const { return m_home.homePath() + QStringLiteral("/sites/") + m_siteUuid + QStringLiteral("/chunks"); }

    TempHome m_home;
    QDir m_certs;
    QString m_caPath;
    QString m_siteUuid;
    QByteArray m_indexHtml = "<html>hello</html>\n";
    QByteArray m_stylesheet = QByteArray("body { margin: 0 auto; font-family: sans-serif; }\n").repeated(200);
    Identity m_puller;
    Identity m_pusher;
    Identity m_expired;
    Identity m_stranger;
    Identity m_outsider;  // from the trusted CA, but not pinned to www
    QList<QSslCertificate> m_otherCa;
    std::unique_ptr<QProcess> m_agent;
    CertificateInfo m_agentCertificate;
    quint16 m_port = 0;
};

} // namespace ferry::test
