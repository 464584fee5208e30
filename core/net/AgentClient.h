#pragma once
// The client side of protocol 2: HTTPS to an agent with our client certificate, the agent's
// CAs, and optionally its pinned certificate fingerprint. Several requests may be in flight at
// once (QNetworkAccessManager); each has a transfer timeout, and transient failures (a dropped
// connection, a timeout, 503) are retried with exponential backoff. Transport failures come back
// as sentences a person can act on ("the agent's certificate expired on …", "is ferryd running
// on HOST:PORT?"); HTTP answers, errors included, come back as responses.

#include "HelloMessage.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkProxy>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>
#include <QUrl>

#include <atomic>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ferry {

struct AgentConnection {
    QUrl base;                             // https://HOST:PORT
    QSslCertificate clientCertificate;     // may be null: the agent will refuse us, and say so
    QSslKey clientKey;
    QList<QSslCertificate> trustedCas;     // what the agent's certificate must chain to
    QString pinnedFingerprint;             // "AB:CD:…": the agent's certificate must be exactly this one
    std::optional<QNetworkProxy> proxy;    // unset: the system's; QNetworkProxy::NoProxy: bypass
    int timeoutMs = 30000;
    int retries = 2;                       // further attempts after a transient failure
    int backoffMs = 250;                   // first pause; doubles with each attempt
};

struct AgentResponse {
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    // The {"error": "..."} text of a refusal, or the body's start if it has none.
    QString errorText() const;
};

class AgentClient : public QObject
{
    Q_OBJECT

public:
    explicit AgentClient(AgentConnection connection, QObject* parent = nullptr);
    ~AgentClient() override;

    // Starts a request; finished(id, …) follows. path is absolute and percent-encoded, e.g. "/v1/hello" or
    // "/v1/sites/www/changes?after=10".
    quint64 send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                 const QByteArray& contentType = {});
    // send() and wait for it in a local event loop: for the CLI and tests.
    Result<AgentResponse> sendAndWait(const QByteArray& method, const QString& path, const QByteArray& body = {},
                                      const QByteArray& contentType = {});
    // GET /v1/hello, decoded, with the protocol version both sides speak checked.
    Result<Hello> hello();
    // send() for an answer taken later with answerTo(id): the request leaves now, on Qt's network
    // thread, and its answer is kept until asked for, while this thread does other work.
    quint64 sendAhead(const QByteArray& method, const QString& path, const QByteArray& body = {},
                      const QByteArray& contentType = {});
    // Waits for the answer to a sendAhead() request, unless it is here already: at most the
    // connection's timeout from now, and not at all once cancelled (the request is aborted).
    Result<AgentResponse> answerTo(quint64 id, const std::atomic_bool& cancelled);

    static QString fingerprintOf(const QSslCertificate& certificate);

signals:
    // error is empty on success (any HTTP status); otherwise response is empty.
    void finished(quint64 id, const ferry::AgentResponse& response, const QString& error);
    // The TLS handshake of request id succeeded (the agent's certificate chains to a trusted CA);
    // before finished(). For the connection test, which shows the fingerprint to pin.
    void encrypted(quint64 id, const QSslCertificate& agentCertificate);

private:
    struct Pending;
    void attempt(quint64 id, int attemptNumber);
    void onFinished(quint64 id, int attemptNumber, QNetworkReply* reply);
    QString describeFailure(QNetworkReply* reply, const QList<QSslError>& sslErrors, const QString& pinError) const;
    QString hostPort() const;

    AgentConnection m_connection;
    QNetworkAccessManager* m_manager = nullptr;
    quint64 m_nextId = 1;
    std::map<quint64, Pending> m_pending;
    std::map<quint64, std::optional<Result<AgentResponse>>> m_ahead;  // sendAhead()'s, answered or not yet
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::AgentResponse)
