#pragma once
// The live checks a new relationship passes before it is stored: the agent answers, its
// certificate chains to a CA this home trusts (and which one it is, to pin), it speaks our
// protocol, its clock is close to ours, and it lets this server push to the chosen site. Every
// step is asynchronous (a socket probe, then GET /v1/hello through AgentClient); the credentials
// are read off the caller's thread. One test per object; finished() carries the report.

#include "net/HelloMessage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QSslCertificate>

#include <optional>
#include <vector>

class QTcpSocket;

namespace ferry {

class AgentClient;
struct AgentConnection;

struct ConnectionTestRequest {
    QString homePath;
    QString host;
    int port = 0;
    QString siteName;          // the remote site the relationship is for (name or UUID)
    QString certificatePath;   // empty: the home's node certificate and key
    QString keyPath;
    QString caPath;            // empty: the CAs the home trusts
    QString proxyUrl;          // http://HOST:PORT or socks5://HOST:PORT; empty: none
    bool bypassProxy = false;
    int timeoutMs = 10000;
};

struct ConnectionCheck {
    enum class Kind { Reachable, TlsTrusted, Fingerprint, Protocol, Clock, Push };
    enum class State { Passed, Failed, NotRun };
    Kind kind = Kind::Reachable;
    State state = State::NotRun;
    QString sentence;
};

struct ConnectionReport {
    static constexpr qint64 maxSkewMs = 2 * 60 * 1000;

    std::vector<ConnectionCheck> checks;  // one per Kind, in Kind order
    QString agentFingerprint;             // "AB:CD:…", once the handshake succeeded
    std::optional<Hello> hello;
    qint64 skewMs = 0;                    // the agent's clock minus ours
    std::optional<bool> mayPush;          // unset: the agent did not say, or the site is not offered

    const ConnectionCheck& check(ConnectionCheck::Kind kind) const { return checks.at(std::size_t(kind)); }
    // Whether the relationship can be used at all (push is needed only to send).
    bool usable() const;
};

class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTest(QObject* parent = nullptr);
    ~ConnectionTest() override;

    void start(const ConnectionTestRequest& request);
    bool isRunning() const { return m_running; }

    // Reads the certificate, key and CAs a relationship would use, and the proxy, as AgentClient
    // wants them; on a worker thread, since it reads files.
    static Result<AgentConnection> connectionFor(const ConnectionTestRequest& request);

signals:
    void finished(const ferry::ConnectionReport& report);

private:
    void probe(const AgentConnection& connection);
    void sayHello(const AgentConnection& connection);
    void onHello(const QByteArray& body, int status, const QString& error);
    void set(ConnectionCheck::Kind kind, ConnectionCheck::State state, const QString& sentence);
    void done();

    ConnectionTestRequest m_request;
    ConnectionReport m_report;
    AgentClient* m_client = nullptr;
    QTcpSocket* m_probe = nullptr;
    QString m_ourFingerprint;
    QDateTime m_askedAt;
    bool m_running = false;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::ConnectionReport)
