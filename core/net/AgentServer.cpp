#include "AgentServer.h"

#include "NetLogging.h"
#include "WireLimits.h"

#include <QElapsedTimer>
#include <algorithm>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace ferry {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QString fingerprintOf(const QSslCertificate& certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    }
    return pairs.join(QChar(u':'));
}

QString peerLabel(QSslSocket* socket)
{
    return socket->peerAddress().toString() + QChar(u':') + QString::number(socket->peerPort());
}

} // namespace

AgentServer::AgentServer(std::unique_ptr<AgentEndpoints> endpoints, AgentTls tls, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_endpoints(std::move(endpoints))
    , m_tls(std::move(tls))
    , m_writes(std::make_unique<SiteWriteThread>())
{
}

AgentServer::~AgentServer()
{
    // The write under way ends (and posts its answer to this object, which drops it) before this
    // object goes; writes not begun are dropped.
    m_writes.reset();
}

Result<quint16> AgentServer::start(const QHostAddress& address, quint16 port)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setLocalCertificate(m_tls.certificate);
    configuration.setPrivateKey(m_tls.key);
    // Only Ferry CAs: never the system's public CAs, which would let any web certificate in.
    configuration.setCaCertificates(m_tls.trustedCas);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);

    m_server = new QSslServer(this);
    m_server->setSslConfiguration(configuration);
    connect(m_server, &QSslServer::peerVerifyError, this, [this](QSslSocket* socket, const QSslError& error) {
        logHandshakeFailure(socket, describeVerifyError(error));
    });
    connect(m_server, &QSslServer::errorOccurred, this, [this](QSslSocket* socket, QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError) {
            logHandshakeFailure(socket, QStringLiteral("the client closed the connection (does it trust this agent's "
                                                       "certificate, and the fingerprint it pins?)"));
        } else if (socket->errorString().contains(QStringLiteral("did not present any certificate"))) {
            logHandshakeFailure(socket, QStringLiteral("the client sent no certificate"));
        } else {
            logHandshakeFailure(socket, socket->errorString());
        }
    });
    connect(m_server, &QSslServer::startedEncryptionHandshake, this, &AgentServer::boundRequestSize);
    connect(m_server, &QSslServer::startedEncryptionHandshake, this, [](QSslSocket* socket) {
        // An answer leaves in more than one write (headers, then body). With Nagle's algorithm the
        // last of them waits for the client's delayed acknowledgement, 40 ms on Linux, once per
        // request: most of a run's time when it sends a few hundred batches.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    });
    if (!m_server->listen(address, port)) {
        return fail(tr("Cannot listen on %1:%2: %3.")
                        .arg(address.toString())
                        .arg(port)
                        .arg(m_server->errorString()));
    }
    bind(m_server);
    // An agent gone quiet closes the site indexes it kept open for the requests of a run.
    auto* idle = new QTimer(this);
    connect(idle, &QTimer::timeout, this, [this] {
        m_endpoints->closeIdleIndexes();
        m_writes->closeIdleIndexes();
    });
    idle->start(60 * 1000);
    qCInfo(lcAgent).noquote() << "listening on" << address.toString() + QChar(u':') + QString::number(m_server->serverPort())
                              << "with" << m_tls.trustedCas.size() << "trusted CA(s)";
    return m_server->serverPort();
}

QString AgentServer::describeVerifyError(const QSslError& error)
{
    const QSslCertificate& certificate = error.certificate();
    const QString who = certificate.isNull()
                            ? QStringLiteral("its certificate")
                            : QStringLiteral("its certificate %1 (%2)")
                                  .arg(certificate.subjectInfo(QSslCertificate::CommonName).value(0),
                                       QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()));
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return who + QStringLiteral(" expired on ") + certificate.expiryDate().toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    case QSslError::CertificateNotYetValid:
        return who + QStringLiteral(" is not valid before ")
               + certificate.effectiveDate().toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToVerifyFirstCertificate:
        return who + QStringLiteral(" was not issued by a CA this agent trusts");
    case QSslError::NoPeerCertificate:
        return QStringLiteral("the client sent no certificate");
    default:
        return who + QStringLiteral(": ") + error.errorString();
    }
}

void AgentServer::boundRequestSize(QSslSocket* socket)
{
    // Connected before Qt HttpServer's own readyRead handler, so it counts every byte first.
    connect(socket, &QSslSocket::readyRead, this, [socket] {
        const qint64 received = socket->property("ferry.received").toLongLong() + socket->bytesAvailable();
        socket->setProperty("ferry.received", received);
        if (received > wire::maxBufferedRequestBytes) {
            qCWarning(lcAgent).noquote() << "cut the connection from" << peerLabel(socket) << "after" << received
                                         << "bytes without a complete request";
            socket->abort();
        }
    });
}

void AgentServer::logHandshakeFailure(QSslSocket* socket, const QString& reason)
{
    if (socket == nullptr || socket->property("ferry.logged").toBool()) {
        return;
    }
    socket->setProperty("ferry.logged", true);
    if (socket->isEncrypted()) {
        qCDebug(lcAgent).noquote() << "connection from" << peerLabel(socket) << "ended:" << reason;
        return;
    }
    qCWarning(lcAgent).noquote() << "refused a connection from" << peerLabel(socket) << "during the TLS handshake:" << reason;
}

bool AgentServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    auto* ssl = qobject_cast<QSslSocket*>(socket);
    QHttpServerResponder responder = makeResponder(request, socket);
    const auto send = [&responder](const AgentReply& reply) {
        responder.write(reply.body, reply.contentType, QHttpServerResponder::StatusCode(reply.status));
    };
    if (ssl == nullptr || ssl->peerCertificate().isNull()) {
        // Unreachable with VerifyPeer; refused here too so that a configuration slip fails closed.
        send(AgentEndpoints::error(401, tr("This agent only answers clients with a trusted certificate.")));
        return true;
    }
    if (m_stopping) {
        send(AgentEndpoints::error(503, tr("The agent is shutting down; try again in a moment.")));
        return true;
    }
    m_sockets.erase(std::remove_if(m_sockets.begin(), m_sockets.end(), [](const auto& p) { return p.isNull(); }),
                    m_sockets.end());
    m_sockets.emplace_back(socket);
    socket->setProperty("ferry.received", 0);  // a whole request arrived: the next one counts afresh

    AgentRequest agentRequest;
    agentRequest.method = methodName(request.method());
    const QByteArray encodedPath = request.url().path(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray& segment : encodedPath.split('/')) {
        if (!segment.isEmpty()) {
            agentRequest.segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(segment)));
        }
    }
    agentRequest.query = request.query();
    agentRequest.peerFingerprint = fingerprintOf(ssl->peerCertificate());
    const QStringList names = ssl->peerCertificate().subjectInfo(QSslCertificate::CommonName);
    agentRequest.peerName = names.isEmpty() ? agentRequest.peerFingerprint : names.first();

    // Qt HttpServer 6.4 reads a body whole before this point; refuse one that is too large before
    // anything looks at it (a chunk upload may be a chunk's size, everything else less).
    const bool isUpload = agentRequest.method == "PUT";
    const bool isApply = agentRequest.method == "POST"
                         && (agentRequest.segments.endsWith(QStringLiteral("apply"))
                             || agentRequest.segments.endsWith(QStringLiteral("chunks")));
    // A compressed chunk may be a little larger than the chunk (zstd's bound for 256 KiB).
    const qsizetype limit = isUpload ? wire::maxChunkBytes + 4096
                            : isApply ? wire::maxApplyBodyBytes
                                      : wire::maxRequestBodyBytes;
    const QByteArray body = request.body();
    if (body.size() > limit) {
        qCWarning(lcAgent).noquote() << "refused a body of" << body.size() << "bytes from" << agentRequest.peerName;
        send(AgentEndpoints::error(413, tr("The request body has %1 bytes; this request takes at most %2.")
                                            .arg(body.size())
                                            .arg(limit)));
        return true;
    }
    agentRequest.body = body;
    for (const auto& [name, value] : request.headers()) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0) {
            agentRequest.contentType = value.trimmed();
        }
    }
    QElapsedTimer handling;
    handling.start();
    const QString what = QString::fromLatin1(agentRequest.method) + QChar(u' ') + request.url().path()
                         + QStringLiteral(" from ") + agentRequest.peerName;
    if (std::any_of(m_waiting.begin(), m_waiting.end(), [socket](const auto& w) { return w.second.socket == socket; })) {
        // Qt reads a connection on while its last request is being written, and an answer given
        // now would overtake that one's. Ferry's clients never send before the answer comes.
        qCWarning(lcAgent).noquote() << "closed the connection from" << agentRequest.peerName
                                     << ": a request came before the answer to the one before (HTTP pipelining)";
        QMetaObject::invokeMethod(socket, &QAbstractSocket::abort, Qt::QueuedConnection);
        return true;
    }
    Routed routed = m_endpoints->route(agentRequest);
    auto* write = std::get_if<SiteWrite>(&routed);
    if (write == nullptr) {
        answer(responder, what, std::get<AgentReply>(routed), handling.elapsed());
        return true;
    }
    // Written on the site-writing thread; this thread goes on with the next requests meanwhile.
    const quint64 id = ++m_lastWaiting;
    m_waiting.emplace(id, Waiting{std::move(responder), socket});
    m_writes->run(std::move(*write), this, [this, id, what, handling](const AgentReply& reply) {
        const auto waiting = m_waiting.find(id);
        if (waiting == m_waiting.end()) {
            return;
        }
        if (!waiting->second.socket.isNull() && waiting->second.socket->state() == QAbstractSocket::ConnectedState) {
            answer(waiting->second.responder, what, reply, handling.elapsed());
        } else {
            qCInfo(lcAgent).noquote() << what << "->" << reply.status << "in" << handling.elapsed()
                                      << "ms, after the client had gone";
        }
        m_waiting.erase(waiting);
    });
    return true;
}

void AgentServer::answer(QHttpServerResponder& responder, const QString& what, const AgentReply& reply, qint64 sinceMs)
{
    qCInfo(lcAgent).noquote() << what << "->" << reply.status << "in" << sinceMs << "ms";
    responder.write(reply.body, reply.contentType, QHttpServerResponder::StatusCode(reply.status));
}

void AgentServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write(AgentEndpoints::error(404, tr("Not found.")).body, QByteArrayLiteral("application/json"),
                                         QHttpServerResponder::StatusCode::NotFound);
}

bool AgentServer::hasPendingOutput()
{
    for (const auto& socket : m_sockets) {
        if (socket.isNull() || socket->state() != QAbstractSocket::ConnectedState) {
            continue;
        }
        auto* ssl = qobject_cast<QSslSocket*>(socket.data());
        if (socket->bytesToWrite() > 0 || (ssl != nullptr && ssl->encryptedBytesToWrite() > 0)) {
            return true;
        }
    }
    return false;
}

void AgentServer::stop(int graceMs)
{
    if (m_stopping) {
        return;
    }
    m_stopping = true;
    // What may remain: site writes under way on their thread, and answers on their way out.
    // Close the door, then let both end.
    for (QTcpServer* server : servers()) {
        server->close();
    }
    qCInfo(lcAgent) << "stopping: no new connections; finishing answers in flight";
    auto* timer = new QTimer(this);
    auto* clock = new QElapsedTimer;
    clock->start();
    connect(timer, &QTimer::timeout, this, [this, timer, clock, graceMs] {
        if ((m_waiting.empty() && !hasPendingOutput()) || clock->elapsed() > graceMs) {
            timer->stop();
            delete clock;
            for (const auto& socket : m_sockets) {
                if (!socket.isNull()) {
                    socket->disconnectFromHost();
                }
            }
            qCInfo(lcAgent) << "stopped";
            emit stopped();
        }
    });
    timer->start(20);
}

} // namespace ferry
