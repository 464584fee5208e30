#include "ConnectionTest.h"

#include "ServiceTasks.h"
#include "common/Logging.h"
#include "net/AgentClient.h"
#include "net/AgentCredentialLoader.h"
#include "net/WireLimits.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTimer>
#include <QtConcurrent>

namespace ferry {

using Kind = ConnectionCheck::Kind;
using State = ConnectionCheck::State;

bool ConnectionReport::usable() const
{
    for (const ConnectionCheck& check : checks) {
        if (check.kind != Kind::Push && check.state != State::Passed) {
            return false;
        }
    }
    return !checks.empty();
}

ConnectionTest::ConnectionTest(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ferry::ConnectionReport>();
}

ConnectionTest::~ConnectionTest() = default;

Result<AgentConnection> ConnectionTest::connectionFor(const ConnectionTestRequest& request)
{
    auto credentials = AgentCredentialLoader::load(request.homePath,
                                                   {request.certificatePath, request.keyPath, request.caPath});
    if (!credentials) {
        return credentials.error();
    }
    AgentConnection connection;
    connection.base.setScheme(QStringLiteral("https"));
    connection.base.setHost(request.host);
    connection.base.setPort(request.port);
    connection.clientCertificate = credentials->tls.certificate;
    connection.clientKey = credentials->tls.key;
    connection.trustedCas = credentials->tls.trustedCas;
    connection.timeoutMs = request.timeoutMs;
    connection.retries = 0;  // an answer now, not after backoff: the user is waiting
    if (request.bypassProxy) {
        connection.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    } else if (!request.proxyUrl.isEmpty()) {
        const QUrl proxy(request.proxyUrl, QUrl::StrictMode);
        const bool socks = proxy.scheme() == QLatin1String("socks5");
        if (!proxy.isValid() || proxy.host().isEmpty() || (!socks && proxy.scheme() != QLatin1String("http"))) {
            return fail(tr("'%1' is not a proxy address. Use http://HOST:PORT or socks5://HOST:PORT.").arg(request.proxyUrl));
        }
        connection.proxy = QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, proxy.host(),
                                         quint16(proxy.port(socks ? 1080 : 8080)));
    }
    return connection;
}

void ConnectionTest::start(const ConnectionTestRequest& request)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_request = request;
    m_report = {};
    for (const Kind kind : {Kind::Reachable, Kind::TlsTrusted, Kind::Fingerprint, Kind::Protocol, Kind::Clock, Kind::Push}) {
        m_report.checks.push_back({kind, State::NotRun, tr("Not checked.")});
    }
    auto future = QtConcurrent::run([request] { return connectionFor(request); });
    tasks::whenDone(this, future, [this](const Result<AgentConnection>& connection) {
        if (!connection) {
            set(Kind::TlsTrusted, State::Failed, connection.errorMessage());
            done();
            return;
        }
        probe(connection.value());
    });
}

void ConnectionTest::probe(const AgentConnection& connection)
{
    // A bare TCP connection first, through the same proxy: it tells "nothing answers" from "it
    // answers, but the TLS handshake fails", which the HTTPS request alone cannot.
    m_probe = new QTcpSocket(this);
    m_probe->setProxy(connection.proxy.value_or(QNetworkProxy(QNetworkProxy::DefaultProxy)));
    auto* timer = new QTimer(m_probe);
    timer->setSingleShot(true);
    const QString where = m_request.host + QLatin1Char(':') + QString::number(m_request.port);
    // Whichever comes first (an error, the timeout, the connection) ends the probe: the others
    // must not report again.
    const auto finishProbe = [this, timer] {
        timer->stop();
        m_probe->disconnect();
        m_probe->abort();
        m_probe->deleteLater();
    };
    const auto failed = [this, finishProbe](const QString& reason) {
        finishProbe();
        set(Kind::Reachable, State::Failed, reason);
        done();
    };
    connect(timer, &QTimer::timeout, m_probe, [failed, where, this] {
        failed(tr("Nothing answered at %1 within %2 seconds. Check the address and port, and that a firewall lets "
                  "the connection through.")
                   .arg(where)
                   .arg(m_request.timeoutMs / 1000));
    });
    connect(m_probe, &QTcpSocket::errorOccurred, m_probe, [this, failed, where](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::HostNotFoundError) {
            failed(tr("The host %1 is unknown. Check its spelling, or use its IP address.").arg(m_request.host));
        } else if (error == QAbstractSocket::ConnectionRefusedError) {
            failed(tr("Nothing answers at %1. Check the port, and that ferryd is running on that server "
                      "(systemctl status ferryd).")
                       .arg(where));
        } else {
            failed(tr("Cannot connect to %1: %2.").arg(where, m_probe->errorString()));
        }
    });
    connect(m_probe, &QTcpSocket::connected, this, [this, connection, where, finishProbe] {
        finishProbe();
        set(Kind::Reachable, State::Passed, tr("The server at %1 answers.").arg(where));
        sayHello(connection);
    });
    timer->start(m_request.timeoutMs);
    m_probe->connectToHost(m_request.host, quint16(m_request.port));
}

void ConnectionTest::sayHello(const AgentConnection& connection)
{
    m_ourFingerprint = AgentClient::fingerprintOf(connection.clientCertificate);
    m_client = new AgentClient(connection, this);
    connect(m_client, &AgentClient::encrypted, this, [this](quint64, const QSslCertificate& certificate) {
        m_report.agentFingerprint = AgentClient::fingerprintOf(certificate);
        set(Kind::TlsTrusted, State::Passed,
            tr("The agent's certificate (%1) was issued by a certificate authority this installation trusts.")
                .arg(certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "))));
        set(Kind::Fingerprint, State::Passed, tr("The agent's certificate fingerprint: %1.").arg(m_report.agentFingerprint));
    });
    connect(m_client, &AgentClient::finished, this,
            [this](quint64, const AgentResponse& response, const QString& error) {
                onHello(response.body, response.status, error);
            });
    m_askedAt = QDateTime::currentDateTimeUtc();
    m_client->send("GET", QStringLiteral("/v1/hello"));
}

void ConnectionTest::onHello(const QByteArray& body, int status, const QString& error)
{
    const QDateTime answeredAt = QDateTime::currentDateTimeUtc();
    if (!error.isEmpty()) {
        if (m_report.agentFingerprint.isEmpty()) {
            set(Kind::TlsTrusted, State::Failed, error);
        } else {
            set(Kind::Protocol, State::Failed, error);
        }
        done();
        return;
    }
    if (status != 200) {
        const QString text = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
        set(Kind::Protocol, State::Failed,
            tr("The agent answered the hello with %1: %2").arg(status).arg(text.isEmpty() ? QString::fromUtf8(body.left(200)) : text));
        done();
        return;
    }
    auto hello = HelloMessage::decode(body);
    if (!hello) {
        set(Kind::Protocol, State::Failed, hello.errorMessage());
        done();
        return;
    }
    m_report.hello = hello.value();
    if (auto version = HelloMessage::negotiate(hello.value(), wire::minProtocolVersion, wire::protocolVersion); !version) {
        set(Kind::Protocol, State::Failed, version.error().message);
        done();
        return;
    } else {
        set(Kind::Protocol, State::Passed,
            tr("The agent (ferryd %1) speaks protocol %2, as we do.").arg(hello->agentVersion).arg(version.value()));
    }
    // The agent read its clock somewhere between our asking and its answer: take the middle.
    const QDateTime ours = m_askedAt.addMSecs(m_askedAt.msecsTo(answeredAt) / 2);
    m_report.skewMs = ours.msecsTo(hello->serverTime);
    const QString skew = tr("%1 s").arg(double(m_report.skewMs) / 1000.0, 0, 'f', 1);
    if (qAbs(m_report.skewMs) <= ConnectionReport::maxSkewMs) {
        set(Kind::Clock, State::Passed, tr("The agent's clock is %1 from ours (within ±2 minutes).").arg(skew));
    } else {
        set(Kind::Clock, State::Failed,
            tr("The agent's clock is %1 from ours, more than ±2 minutes: set both servers' clocks by NTP "
               "(timedatectl set-ntp true).")
                .arg(skew));
    }
    const HelloSite* site = hello->site(m_request.siteName);
    QStringList offered;
    for (const HelloSite& entry : hello->sites) {
        offered << entry.name;
    }
    if (site == nullptr) {
        set(Kind::Push, State::Failed,
            tr("The agent offers no site '%1' to this server's certificate (it offers: %2). Check the site's name, "
               "or on that server: ferryctl peer allow %3 --site %1")
                .arg(m_request.siteName, offered.isEmpty() ? tr("none") : offered.join(QStringLiteral(", ")),
                     m_ourFingerprint));
    } else if (!site->push.has_value()) {
        set(Kind::Push, State::NotRun, tr("This agent does not say whether we may push to %1: it is an older version.")
                                           .arg(site->name));
    } else if (*site->push) {
        m_report.mayPush = true;
        set(Kind::Push, State::Passed, tr("This server may push to site %1.").arg(site->name));
    } else {
        m_report.mayPush = false;
        set(Kind::Push, State::Failed,
            tr("This server may only read site %1, not push to it: copies from here to there will be refused. On "
               "that server: ferryctl peer allow %2 --site %1 --push")
                .arg(site->name, m_ourFingerprint));
    }
    done();
}

void ConnectionTest::set(Kind kind, State state, const QString& sentence)
{
    m_report.checks.at(std::size_t(kind)) = {kind, state, sentence};
}

void ConnectionTest::done()
{
    m_running = false;
    if (m_client != nullptr) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    emit finished(m_report);
}

} // namespace ferry
