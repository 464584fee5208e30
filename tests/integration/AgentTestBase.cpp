#include "AgentTestBase.h"

#include "security/TrustStore.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace ferry::test {

void AgentTestBase::startAgent()
{
    QVERIFY(m_home.isValid());
    m_certs = QDir(m_home.makeFolder(QStringLiteral("certs")));
    const QString files = m_home.makeFolder(QStringLiteral("www"));
    m_home.writeFile(QStringLiteral("www/index.html"), m_indexHtml);
    m_home.writeFile(QStringLiteral("www/css/site.css"), m_stylesheet);
    m_home.writeFile(QStringLiteral("www/assets/big.bin"), pageOf(300 * 1024, 7));
    auto added = ProcessRunner::run(QStringLiteral("ferryctl"), {QStringLiteral("--home"), m_home.homePath(),
                                                                 QStringLiteral("site"), QStringLiteral("add"),
                                                                 QStringLiteral("www"), QStringLiteral("--files"), files});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    auto scanned = ProcessRunner::run(QStringLiteral("ferryctl"), {QStringLiteral("--home"), m_home.homePath(),
                                                                   QStringLiteral("site"), QStringLiteral("scan"),
                                                                   QStringLiteral("www")});
    QVERIFY2(scanned.exitCode == 0, qPrintable(scanned.err));
    auto list = ProcessRunner::run(QStringLiteral("ferryctl"),
                                   {QStringLiteral("--home"), m_home.homePath(), QStringLiteral("site"),
                                    QStringLiteral("list"), QStringLiteral("--json")});
    m_siteUuid = QRegularExpression(QStringLiteral("\"uuid\":\"([0-9a-f-]{36})\"")).match(list.out).captured(1);
    QVERIFY2(!m_siteUuid.isEmpty(), qPrintable(list.out));

    auto ca = CertificateAuthority::create(QStringLiteral("Agent Test CA"), KeyType::EcP256);
    auto other = CertificateAuthority::create(QStringLiteral("Someone Else's CA"), KeyType::EcP256);
    QVERIFY(ca.ok() && other.ok());
    m_caPath = m_certs.filePath(QStringLiteral("ca.crt"));
    QFile caFile(m_caPath);
    QVERIFY(caFile.open(QIODevice::WriteOnly));
    caFile.write(ca->certificate().pem);
    caFile.close();
    m_otherCa = {QSslCertificate(other->certificate().pem)};

    auto agent = ca->issue({QStringLiteral("agent"), {}, {QStringLiteral("127.0.0.1")}});
    auto puller = ca->issue({QStringLiteral("puller")});
    auto pusher = ca->issue({QStringLiteral("pusher")});
    auto expired = ca->issue({QStringLiteral("retired"), {}, {}, KeyType::EcP256,
                              QDateTime::currentDateTimeUtc().addDays(-60), 30});
    auto stranger = other->issue({QStringLiteral("stranger")});
    auto outsider = ca->issue({QStringLiteral("outsider")});
    QVERIFY(outsider.ok());
    QVERIFY(agent.ok() && puller.ok() && pusher.ok() && expired.ok() && stranger.ok());
    m_puller = write(QStringLiteral("puller"), puller.value());
    m_pusher = write(QStringLiteral("pusher"), pusher.value());
    m_expired = write(QStringLiteral("retired"), expired.value());
    m_stranger = write(QStringLiteral("stranger"), stranger.value());
    m_outsider = write(QStringLiteral("outsider"), outsider.value());

    // The agent's home trusts the CA, holds its node certificate, and lets pusher push to www.
    auto trust = TrustStore::open(m_home.homePath());
    QVERIFY(trust.ok());
    QVERIFY(trust->trustCa(ca->certificate()).ok());
    QVERIFY(trust->applyNode(agent->certificate, agent->key).ok());
    QVERIFY(trust->allowPeer({m_pusher.fingerprint, QStringLiteral("pusher"), {}, QStringLiteral("www"), true, {}}).ok());
    QVERIFY(trust->allowPeer({m_puller.fingerprint, QStringLiteral("puller"), {}, QStringLiteral("www"), false, {}}).ok());
    // Above the node certificate's two years: the agent must report it as expiring when it starts.
    QVERIFY(trust->setExpiryWarningDays(800).ok());
    m_agentCertificate = agent->certificate;

    m_agent = std::make_unique<QProcess>();
    // The agent's own log (stderr) at the level an administrator's journal has.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ferry.*.info=false\nferry.net.agent.info=true"));
    m_agent->setProcessEnvironment(environment);
    m_agent->setProgram(ProcessRunner::binary(QStringLiteral("ferryd")));
    m_agent->setArguments({QStringLiteral("--home"), m_home.homePath(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    m_agent->start();
    QVERIFY(m_agent->waitForStarted());
    QByteArray out;
    while (!out.contains('\n') && m_agent->waitForReadyRead(10000)) {
        out += m_agent->readAllStandardOutput();
    }
    const auto match = QRegularExpression(QStringLiteral("^ferryd: serving .* on https://127\\.0\\.0\\.1:(\\d+)/\n"))
                           .match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        // Only now read stderr: the log is checked whole when the agent stops.
        QFAIL(qPrintable(QString::fromUtf8(out + m_agent->readAllStandardError())));
    }
    m_port = quint16(match.captured(1).toUInt());
}

void AgentTestBase::stopAgentIfRunning()
{
    // Only when a failed test left it running: never leave an agent behind.
    if (m_agent && m_agent->state() != QProcess::NotRunning) {
        m_agent->kill();
        m_agent->waitForFinished();
    }
}

} // namespace ferry::test
