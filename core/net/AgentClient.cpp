#include "AgentClient.h"

#include "LowDelaySockets.h"
#include "NetLogging.h"
#include "WireLimits.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

namespace ferry {

struct AgentClient::Pending {
    QByteArray method;
    QString path;
    QByteArray body;
    QByteArray contentType;
    bool waitedForLater = false;    // sendAhead(): answerTo() keeps the time, not Qt's transfer timeout
    QPointer<QNetworkReply> reply;  // the attempt under way
    bool abandoned = false;         // answerTo() gave up on it: no retry, no answer
};

namespace {

bool isTransient(QNetworkReply::NetworkError error, int status)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:  // the transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return status == 503;
    }
}

QString day(const QDateTime& when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

QString AgentResponse::errorText() const
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.contains(QStringLiteral("error"))) {
        return object.value(QStringLiteral("error")).toString();
    }
    return QString::fromUtf8(body.left(200));
}

AgentClient::AgentClient(AgentConnection connection, QObject* parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_manager(new QNetworkAccessManager(this))
{
    qRegisterMetaType<ferry::AgentResponse>();
    // Answers to sendAhead() are kept as they come, whatever this thread is doing by then.
    connect(this, &AgentClient::finished, this, [this](quint64 id, const AgentResponse& response, const QString& error) {
        if (const auto it = m_ahead.find(id); it != m_ahead.end()) {
            it->second = error.isEmpty() ? Result<AgentResponse>(response) : Result<AgentResponse>(fail(error));
        }
    });
    if (m_connection.proxy) {
        m_manager->setProxy(*m_connection.proxy);
    }
}

AgentClient::~AgentClient() = default;

QString AgentClient::fingerprintOf(const QSslCertificate& certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    }
    return pairs.join(QChar(u':'));
}

QString AgentClient::hostPort() const
{
    return m_connection.base.host() + QChar(u':') + QString::number(m_connection.base.port(443));
}

quint64 AgentClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                          const QByteArray& contentType)
{
    const quint64 id = m_nextId++;
    m_pending.emplace(id, Pending{method, path, body, contentType, false, {}, false});
    attempt(id, 0);
    return id;
}

void AgentClient::attempt(quint64 id, int attemptNumber)
{
    const Pending& pending = m_pending.at(id);
    QUrl url = m_connection.base;
    // The path is percent-encoded already: keep "%2F" in a segment as the caller wrote it.
    url.setPath(pending.path.section(QChar(u'?'), 0, 0), QUrl::TolerantMode);
    if (pending.path.contains(QChar(u'?'))) {
        url.setQuery(pending.path.section(QChar(u'?'), 1));
    }
    QNetworkRequest request(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setCaCertificates(m_connection.trustedCas);  // Ferry's CAs only, never the system's
    ssl.setLocalCertificate(m_connection.clientCertificate);
    ssl.setPrivateKey(m_connection.clientKey);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(ssl);
    if (!pending.waitedForLater) {
        // Qt's timer runs on this thread, which a sendAhead() caller keeps busy: it would fire
        // late, after an answer already in.
        request.setTransferTimeout(m_connection.timeoutMs);
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!pending.contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, pending.contentType);
    }
    QNetworkReply* reply = m_manager->sendCustomRequest(request, pending.method, pending.body);
    m_pending.at(id).reply = reply;

    auto sslErrors = std::make_shared<QList<QSslError>>();
    auto pinError = std::make_shared<QString>();
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError>& errors) { *sslErrors = errors; });
    connect(reply, &QNetworkReply::encrypted, this, [this, id, reply, pinError] {
        const bool viaProxy = m_connection.proxy && m_connection.proxy->type() == QNetworkProxy::HttpProxy;
        LowDelaySockets::setForPeerPort(quint16(viaProxy ? m_connection.proxy->port() : m_connection.base.port(443)));
        emit encrypted(id, reply->sslConfiguration().peerCertificate());
        if (m_connection.pinnedFingerprint.isEmpty()) {
            return;
        }
        const QString actual = fingerprintOf(reply->sslConfiguration().peerCertificate());
        if (actual.compare(m_connection.pinnedFingerprint, Qt::CaseInsensitive) != 0) {
            *pinError = tr("The agent at %1 presented the certificate %2, but this relationship is pinned to %3: "
                           "refusing to talk to it. If the agent's certificate was rotated, pin the new one.")
                            .arg(hostPort(), actual, m_connection.pinnedFingerprint);
            reply->abort();
        }
    });
    // Bounded reads: a body larger than any message of the protocol is cut off, not buffered.
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > wire::maxFeedPageBytes) {
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id, attemptNumber, reply, sslErrors, pinError] {
        reply->setProperty("ferry.pinError", *pinError);
        reply->setProperty("ferry.sslErrors", QVariant::fromValue(*sslErrors));
        reply->setProperty("ferry.bodyBytes", qint64(m_pending.at(id).body.size()));
        onFinished(id, attemptNumber, reply);
    });
}

void AgentClient::onFinished(quint64 id, int attemptNumber, QNetworkReply* reply)
{
    reply->deleteLater();
    if (m_pending.at(id).abandoned) {
        m_pending.erase(id);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString pinError = reply->property("ferry.pinError").toString();
    const auto sslErrors = reply->property("ferry.sslErrors").value<QList<QSslError>>();
    const bool failed = reply->error() != QNetworkReply::NoError && status == 0;
    // A body larger than any the agent accepts is not sent again: the agent would cut it again.
    const bool resendable = m_pending.at(id).body.size() <= wire::maxApplyBodyBytes;
    if ((failed || status == 503) && pinError.isEmpty() && sslErrors.isEmpty() && isTransient(reply->error(), status)
        && resendable && attemptNumber < m_connection.retries) {
        const int pause = m_connection.backoffMs << attemptNumber;
        qCDebug(lcClient).noquote() << "transient failure from" << hostPort() << "(" << reply->errorString()
                                   << "); retrying in" << pause << "ms";
        QTimer::singleShot(pause, this, [this, id, attemptNumber] { attempt(id, attemptNumber + 1); });
        return;
    }
    m_pending.erase(id);
    if (failed) {
        const QString message = describeFailure(reply, sslErrors, pinError);
        qCDebug(lcClient).noquote() << message;  // the caller reports it, once
        emit finished(id, AgentResponse{}, message);
        return;
    }
    AgentResponse response;
    response.status = status;
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    response.body = reply->readAll();
    emit finished(id, response, QString());
}

QString AgentClient::describeFailure(QNetworkReply* reply, const QList<QSslError>& sslErrors, const QString& pinError) const
{
    if (!pinError.isEmpty()) {
        return pinError;
    }
    for (const QSslError& error : sslErrors) {
        switch (error.error()) {
        case QSslError::CertificateExpired:
            return tr("The agent's certificate at %1 expired on %2; renew it on that server (ferryctl cert issue).")
                .arg(hostPort(), day(error.certificate().expiryDate()));
        case QSslError::CertificateNotYetValid:
            return tr("The agent's certificate at %1 is not valid before %2; check both servers' clocks.")
                .arg(hostPort(), day(error.certificate().effectiveDate()));
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::UnableToVerifyFirstCertificate:
            return tr("The agent's certificate at %1 was not issued by a certificate authority this installation "
                      "trusts. Import that CA with 'ferryctl cert import ca.crt' if you trust it.")
                .arg(hostPort());
        case QSslError::HostNameMismatch:
            return tr("The agent's certificate does not name %1; issue it with --host or --ip for that address.")
                .arg(m_connection.base.host());
        default:
            break;
        }
    }
    if (!sslErrors.isEmpty()) {
        return tr("The TLS connection to %1 failed: %2.").arg(hostPort(), sslErrors.first().errorString());
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Nothing answers at %1: is ferryd running on %1?").arg(hostPort());
    case QNetworkReply::HostNotFoundError:
        return tr("The host %1 is unknown.").arg(m_connection.base.host());
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return tr("The agent at %1 did not answer within %2 seconds.").arg(hostPort()).arg(m_connection.timeoutMs / 1000);
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::RemoteHostClosedError:
        if (reply->property("ferry.bodyBytes").toLongLong() > wire::maxApplyBodyBytes) {
            return tr("The agent at %1 closed the connection while we sent %2 bytes: more than it accepts in one "
                      "request.")
                .arg(hostPort())
                .arg(reply->property("ferry.bodyBytes").toLongLong());
        }
        // The agent closes a handshake it refuses: without a certificate, or with one it does not trust.
        if (m_connection.clientCertificate.isNull()) {
            return tr("The agent at %1 refused the connection: it requires a client certificate, and none is "
                      "configured.")
                .arg(hostPort());
        }
        return tr("The agent at %1 refused our certificate during the TLS handshake (%2). Is it issued by a CA "
                  "the agent trusts, and still valid (until %3)?")
            .arg(hostPort(), reply->errorString(), day(m_connection.clientCertificate.expiryDate()));
    default:
        return tr("The request to %1 failed: %2.").arg(hostPort(), reply->errorString());
    }
}

Result<AgentResponse> AgentClient::sendAndWait(const QByteArray& method, const QString& path, const QByteArray& body,
                                               const QByteArray& contentType)
{
    QEventLoop loop;
    std::optional<Result<AgentResponse>> outcome;
    const quint64 wanted = m_nextId;
    auto connection = connect(this, &AgentClient::finished, &loop,
                              [&](quint64 id, const AgentResponse& response, const QString& error) {
                                  if (id != wanted) {
                                      return;
                                  }
                                  outcome = error.isEmpty() ? Result<AgentResponse>(response) : Result<AgentResponse>(fail(error));
                                  loop.quit();
                              });
    send(method, path, body, contentType);
    if (!outcome) {
        loop.exec();
    }
    disconnect(connection);
    return std::move(*outcome);
}

quint64 AgentClient::sendAhead(const QByteArray& method, const QString& path, const QByteArray& body,
                               const QByteArray& contentType)
{
    const quint64 id = m_nextId++;
    m_pending.emplace(id, Pending{method, path, body, contentType, true, {}, false});
    m_ahead[id];
    attempt(id, 0);
    // The reply starts its work from this thread's event queue: let it, so that the network
    // thread has the request before this thread turns to something else.
    if (QNetworkReply* reply = m_pending.at(id).reply) {
        QCoreApplication::sendPostedEvents(reply, QEvent::MetaCall);
    }
    return id;
}

Result<AgentResponse> AgentClient::answerTo(quint64 id, const std::atomic_bool& cancelled)
{
    const auto it = m_ahead.find(id);
    if (it == m_ahead.end()) {
        return fail(tr("No request %1 waits for its answer.").arg(id));
    }
    // The agent has had all the time the caller took; from here on it gets the usual timeout,
    // and a cancel is heard within a tenth of a second.
    const auto stop = [&](const QString& why) -> Result<AgentResponse> {
        m_ahead.erase(id);
        if (const auto pending = m_pending.find(id); pending != m_pending.end()) {
            pending->second.abandoned = true;
            if (pending->second.reply) {
                pending->second.reply->abort();
            }
        }
        return fail(why);
    };
    QElapsedTimer waited;
    waited.start();
    while (!it->second) {
        if (cancelled) {
            return stop(tr("Cancelled."));
        }
        if (waited.elapsed() > m_connection.timeoutMs) {
            return stop(tr("The agent at %1 did not answer within %2 seconds.").arg(hostPort()).arg(m_connection.timeoutMs / 1000));
        }
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        auto connection = connect(this, &AgentClient::finished, &loop, [&](quint64 answered) {
            if (answered == id) {
                loop.quit();
            }
        });
        loop.exec();
        disconnect(connection);
    }
    Result<AgentResponse> answer = std::move(*it->second);
    m_ahead.erase(it);
    return answer;
}

Result<Hello> AgentClient::hello()
{
    auto response = sendAndWait("GET", QStringLiteral("/v1/hello"));
    if (!response) {
        return response.error();
    }
    if (response->status != 200) {
        return fail(tr("The agent at %1 answered %2: %3").arg(hostPort()).arg(response->status).arg(response->errorText()));
    }
    auto hello = HelloMessage::decode(response->body);
    if (!hello) {
        return hello.error();
    }
    if (auto version = HelloMessage::negotiate(hello.value(), wire::minProtocolVersion, wire::protocolVersion); !version) {
        return version.error();
    }
    return hello;
}

} // namespace ferry
