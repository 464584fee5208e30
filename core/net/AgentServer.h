#pragma once
// The agent's HTTPS server: Qt HttpServer over a QSslServer that requires TLS 1.2 or later and a
// client certificate chaining to one of the trusted CAs. A connection that fails the handshake
// (no certificate, an unknown CA, an expired certificate) is closed and logged with its reason;
// the server goes on serving everyone else. Requests are answered by AgentEndpoints with the
// client certificate's fingerprint, which decides push rights; those that write a site are
// checked and decoded on this thread, written on the site-writing thread (SiteWriteThread), and
// answered here once written.

#include "AgentEndpoints.h"
#include "SiteWriteThread.h"
#include "common/Result.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QCoreApplication>
#include <QHostAddress>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>
#include <QTcpSocket>

#include <map>
#include <memory>
#include <vector>

class QSslServer;

namespace ferry {

struct AgentTls {
    QSslCertificate certificate;
    QSslKey key;
    QList<QSslCertificate> trustedCas;
};

class AgentServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    AgentServer(std::unique_ptr<AgentEndpoints> endpoints, AgentTls tls, QObject* parent = nullptr);
    ~AgentServer() override;

    // Listens on address:port (port 0: any free one); the error says why not.
    Result<quint16> start(const QHostAddress& address, quint16 port);
    // Stops accepting connections, lets the site writes under way end and the answers reach their
    // clients (at most graceMs), then emits stopped().
    void stop(int graceMs = 10000);

signals:
    void stopped();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    // Log lines are for administrators reading the journal, in English like the rest of the log.
    static QString describeVerifyError(const QSslError& error);
    void logHandshakeFailure(QSslSocket* socket, const QString& reason);
    void boundRequestSize(QSslSocket* socket);
    bool hasPendingOutput();
    void answer(QHttpServerResponder& responder, const QString& what, const AgentReply& reply, qint64 sinceMs);

    std::unique_ptr<AgentEndpoints> m_endpoints;
    AgentTls m_tls;
    QSslServer* m_server = nullptr;
    std::vector<QPointer<QTcpSocket>> m_sockets;
    bool m_stopping = false;

    // Answers the site-writing thread is working on, by number. A responder is only ever used on
    // this thread, and only while its connection lasts: Qt HttpServer 6.4 deletes a connection's
    // socket (and the request the responder refers to) once the client has gone.
    struct Waiting {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
    };
    std::map<quint64, Waiting> m_waiting;
    quint64 m_lastWaiting = 0;
    std::unique_ptr<SiteWriteThread> m_writes;  // declared last: stopped first
};

} // namespace ferry
