// ferryd as a real process on 127.0.0.1 with real certificates from Ferry's own CA: who gets an
// answer, who is refused and with what reason, that hostile input writes nothing, that curl can
// read the hello as README.md says, and that SIGTERM stops it cleanly. What the agent serves to
// a run (feed, chunks, deltas, apply) is in tst_agenttransfer.cpp.

#include "AgentTestBase.h"
#include "net/AgentClient.h"
#include "net/WireLimits.h"
#include "net/ChunkDelta.h"
#include "net/ChunkDeltaCodec.h"
#include "net/ChunkListCodec.h"
#include "net/HelloMessage.h"
#include "security/TrustStore.h"
#include "site/ContentHasher.h"

#include "ferry/BuildInfo.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

namespace {

// Runs a system program (curl) as an administrator would.
ProcessResult runSystem(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Informational log lines off, so that stderr holds what a user reads.
QProcessEnvironment quiet()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ferry.*.info=false"));
    return environment;
}

ProcessResult ferryd(const QStringList& arguments)
{
    return ProcessRunner::run(QStringLiteral("ferryd"), arguments, quiet());
}

} // namespace

class TestAgent : public AgentTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { startAgent(); }
    void trustedClientGetsTheHello();
    void curlReadsTheHello();
    void clientWithoutCertificateIsRefused();
    void certificateFromAnotherCaIsRefused();
    void expiredCertificateIsRefused();
    void pinnedFingerprintMismatchIsRefused();
    void agentFromAnUnknownCaIsRefused();
    void pinnedSitesServeOnlyTheirPeers();
    void hostileRequestsAreRefused_data();
    void hostileRequestsAreRefused();
    void hugeBodiesAreCutOff();
    void ferryctlAgentHello();
    void linksOutOfTheRootAreNotFollowed();
    void looseKeyFileIsRefused();
    void checkValidatesTheCertificates();
    void sigtermStopsCleanly();
    void cleanupTestCase() { stopAgentIfRunning(); }
};

void TestAgent::trustedClientGetsTheHello()
{
    AgentClient client(connectionFor(&m_puller));
    auto hello = client.hello();
    QVERIFY2(hello.ok(), qPrintable(hello.ok() ? QString() : hello.errorMessage()));
    QCOMPARE(hello->agentVersion, QString::fromLatin1(ferry::build::version));
    QCOMPARE(hello->protocolMin, 2);
    QCOMPARE(hello->protocolMax, 2);
    QVERIFY(qAbs(hello->serverTime.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(hello->capabilities.contains(QStringLiteral("feed-cbor")));
    QCOMPARE(hello->sites.size(), std::size_t(1));
    QCOMPARE(hello->sites[0].name, QStringLiteral("www"));
    QCOMPARE(hello->sites[0].uuid.toString(QUuid::WithoutBraces), m_siteUuid);
    QCOMPARE(hello->sites[0].stage, 0);
    QCOMPARE(hello->sites[0].resources, QStringList{QStringLiteral("files")});
    QCOMPARE(hello->sites[0].push, std::optional<bool>(false));  // puller is pinned without the push right
    AgentClient pusher(connectionFor(&m_pusher));
    auto pusherHello = pusher.hello();
    QVERIFY(pusherHello.ok());
    QCOMPARE(pusherHello->sites.at(0).push, std::optional<bool>(true));
}

void TestAgent::curlReadsTheHello()
{
    // The command line README.md gives administrators.
    const auto result = runSystem(
        QStringLiteral("curl"),
        {QStringLiteral("--silent"), QStringLiteral("--show-error"), QStringLiteral("--cert"), m_puller.certificatePath,
         QStringLiteral("--key"), m_puller.keyPath, QStringLiteral("--cacert"), m_caPath,
         QStringLiteral("https://127.0.0.1:%1/v1/hello").arg(m_port)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("\"name\": \"www\"")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("\"uuid\": \"%1\"").arg(m_siteUuid)));

    const auto bare = runSystem(QStringLiteral("curl"),
                                         {QStringLiteral("--silent"), QStringLiteral("--show-error"), QStringLiteral("--cacert"), m_caPath,
                                          QStringLiteral("https://127.0.0.1:%1/v1/hello").arg(m_port)});
    // Under TLS 1.3 the agent's refusal comes after curl thinks the handshake is done: curl sees
    // the connection closed (52), reset, or the alert (56), whichever it reads first.
    QVERIFY2(bare.exitCode == 52 || bare.exitCode == 56, qPrintable(bare.err));
    QVERIFY2(bare.err.contains(QStringLiteral("Empty reply from server"))
                 || bare.err.contains(QStringLiteral("Connection reset by peer"))
                 || bare.err.contains(QStringLiteral("certificate required")),
             qPrintable(bare.err));
    QVERIFY(!bare.out.contains(QStringLiteral("www")));
}

void TestAgent::clientWithoutCertificateIsRefused()
{
    AgentClient client(connectionFor(nullptr));
    auto hello = client.hello();
    QVERIFY(!hello.ok());
    QCOMPARE(hello.errorMessage(),
             QStringLiteral("The agent at 127.0.0.1:%1 refused the connection: it requires a client certificate, "
                            "and none is configured.")
                 .arg(m_port));
    expectHelloStillServed();
}

void TestAgent::certificateFromAnotherCaIsRefused()
{
    AgentClient client(connectionFor(&m_stranger));
    auto hello = client.hello();
    QVERIFY(!hello.ok());
    QVERIFY2(hello.errorMessage().startsWith(
                 QStringLiteral("The agent at 127.0.0.1:%1 refused our certificate during the TLS handshake").arg(m_port)),
             qPrintable(hello.errorMessage()));
    expectHelloStillServed();
}

void TestAgent::expiredCertificateIsRefused()
{
    AgentClient client(connectionFor(&m_expired));
    auto hello = client.hello();
    QVERIFY(!hello.ok());
    QVERIFY2(hello.errorMessage().contains(QStringLiteral("refused our certificate")), qPrintable(hello.errorMessage()));
    QVERIFY2(hello.errorMessage().contains(QDateTime::currentDateTimeUtc().addDays(-30).toString(QStringLiteral("yyyy-MM-dd"))),
             qPrintable(hello.errorMessage()));
    expectHelloStillServed();
}

void TestAgent::pinnedFingerprintMismatchIsRefused()
{
    AgentConnection connection = connectionFor(&m_puller);
    connection.pinnedFingerprint = m_pusher.fingerprint;  // not the agent's
    AgentClient client(connection);
    auto hello = client.hello();
    QVERIFY(!hello.ok());
    QVERIFY2(hello.errorMessage().contains(QStringLiteral("but this relationship is pinned to %1").arg(m_pusher.fingerprint)),
             qPrintable(hello.errorMessage()));

    // Pinned to the agent's real certificate, the same client is served.
    auto trust = TrustStore::open(m_home.homePath());
    auto node = CertificateInfo::fromBytes(readAll(trust->nodeCertificatePath()), QStringLiteral("node.crt"));
    connection.pinnedFingerprint = node->fingerprint;
    AgentClient pinned(connection);
    QVERIFY(pinned.hello().ok());
}

void TestAgent::agentFromAnUnknownCaIsRefused()
{
    AgentClient client(connectionFor(&m_puller, m_otherCa));
    auto hello = client.hello();
    QVERIFY(!hello.ok());
    QCOMPARE(hello.errorMessage(),
             QStringLiteral("The agent's certificate at 127.0.0.1:%1 was not issued by a certificate authority this "
                            "installation trusts. Import that CA with 'ferryctl cert import ca.crt' if you trust it.")
                 .arg(m_port));
}

void TestAgent::pinnedSitesServeOnlyTheirPeers()
{
    // outsider's certificate is from the trusted CA, but www is pinned to puller and pusher.
    AgentClient client(connectionFor(&m_outsider));
    auto hello = client.hello();
    QVERIFY2(hello.ok(), qPrintable(hello.ok() ? QString() : hello.errorMessage()));
    QVERIFY(hello->sites.empty());
    auto refused = request(m_outsider, "GET", QStringLiteral("/v1/sites/www/changes"));
    QCOMPARE(refused->status, 403);
    QCOMPARE(refused->errorText(),
             QStringLiteral("The peer with certificate %1 may not use site www: it is pinned to other peers. On this "
                            "server: ferryctl peer allow %1 --site www")
                 .arg(m_outsider.fingerprint));
    QCOMPARE(request(m_outsider, "GET", QStringLiteral("/v1/sites/www/chunks/") + QStringLiteral("00").repeated(32))->status, 403);
    expectHelloStillServed();
}

void TestAgent::hostileRequestsAreRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("traversal as a chunk")
        << QByteArray("GET") << QStringLiteral("/v1/sites/www/chunks/..%2F..%2F..%2Fetc%2Fpasswd") << QByteArray() << 400
        << QStringLiteral("'../../../etc/passwd' is not a SHA-256 hash (64 lowercase hexadecimal digits).");
    QTest::newRow("traversal as a pushed chunk")
        << QByteArray("PUT") << QStringLiteral("/v1/sites/www/chunks/..%2F..%2Fwww%2Findex.html") << QByteArray("x")
        << 400 << QStringLiteral("'../../www/index.html' is not a SHA-256 hash (64 lowercase hexadecimal digits).");
    QTest::newRow("traversal as a site")
        << QByteArray("GET") << QStringLiteral("/v1/sites/..%2F..%2Fetc/changes") << QByteArray() << 404
        << QStringLiteral("This agent serves no site '../../etc'; GET /v1/hello lists the sites it serves.");
    QTest::newRow("malformed CBOR") << QByteArray("POST") << QStringLiteral("/v1/sites/www/chunks/lacking")
                                    << QByteArray("\xbf\x61v\x01\xff\xff\xff") << 400
                                    << QStringLiteral("The chunk list is not valid CBOR: there are bytes after its end.");
    QTest::newRow("oversized body") << QByteArray("POST") << QStringLiteral("/v1/sites/www/chunks/lacking")
                                    << QByteArray(2 * 1024 * 1024, 'a') << 413
                                    << QStringLiteral("The request body has 2097152 bytes; this request takes at most 1048576.");
    QTest::newRow("oversized chunk") << QByteArray("PUT") << QStringLiteral("/v1/sites/www/chunks/") + QStringLiteral("ab").repeated(32)
                                     << QByteArray(300 * 1024, 'a') << 413
                                     << QStringLiteral("The request body has 307200 bytes; this request takes at most 266240.");
    QTest::newRow("traversal in a signature question")
        << QByteArray("POST") << QStringLiteral("/v1/sites/www/chunks/signatures")
        << ChunkDeltaCodec::encodeQuestions({{.path = QStringLiteral("../../etc/passwd"), .offset = 0, .length = 10}}) << 400
        << QStringLiteral("The path '../../etc/passwd' contains '..'");
    QTest::newRow("damaged signature") << QByteArray("POST") << QStringLiteral("/v1/sites/www/chunks/delta-fetch")
                                       << ChunkDeltaCodec::encodeDeltaQuestions({{.hash = {}, .signature = QByteArray(40, 's')}})
                                       << 400 << QStringLiteral("A chunk signature is not of the kind this build reads");
    QTest::newRow("delta as GET") << QByteArray("GET") << QStringLiteral("/v1/sites/www/chunks/deltas") << QByteArray() << 405
                                  << QStringLiteral("deltas only answers POST.");
    QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/v1/secrets") << QByteArray() << 404
                                  << QStringLiteral("This agent has no endpoint /v1/secrets.");
    QTest::newRow("unknown version") << QByteArray("GET") << QStringLiteral("/v2/hello") << QByteArray() << 404
                                     << QStringLiteral("This agent's paths start with /v1/; there is no /v2/ here.");
    QTest::newRow("wrong method") << QByteArray("DELETE") << QStringLiteral("/v1/hello") << QByteArray() << 405
                                  << QStringLiteral("/v1/hello only answers GET.");
}

void TestAgent::hostileRequestsAreRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const auto before = snapshotFolder(m_home.root());
    auto response = request(m_pusher, method, path, body);
    QVERIFY2(response.ok(), qPrintable(response.ok() ? QString() : response.errorMessage()));
    QCOMPARE(response->status, status);
    QVERIFY2(response->errorText().startsWith(error), qPrintable(response->errorText()));
    QCOMPARE(response->contentType, QByteArray("application/json"));
    // Nothing written anywhere (state.db's WAL may be read, never changed by these).
    auto after = snapshotFolder(m_home.root());
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!it.key().contains(QStringLiteral(".db"))) {
            QVERIFY2(before.value(it.key()) == it.value(), qPrintable(it.key()));
        }
    }
    QCOMPARE(after.keys(), before.keys());
    expectHelloStillServed();
}

void TestAgent::hugeBodiesAreCutOff()
{
    // Beyond 4 MiB the agent does not wait for the end of a body: it cuts the connection.
    const auto before = snapshotFolder(m_home.root());
    auto response = request(m_pusher, "POST", QStringLiteral("/v1/sites/www/chunks/lacking"), QByteArray(64 * 1024 * 1024, 'a'));
    QVERIFY(!response.ok());
    QVERIFY2(response.errorMessage().startsWith(QStringLiteral(
                 "The agent at 127.0.0.1:%1 closed the connection while we sent 67108864 bytes").arg(m_port)),
             qPrintable(response.errorMessage()));
    QCOMPARE(snapshotFolder(m_home.root()).keys(), before.keys());
    expectHelloStillServed();
}

void TestAgent::ferryctlAgentHello()
{
    TempHome client;
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(m_port);
    const QStringList identity{QStringLiteral("--cert"), m_puller.certificatePath, QStringLiteral("--key"),
                               m_puller.keyPath, QStringLiteral("--ca"), m_caPath, QStringLiteral("--no-proxy")};
    const auto text = ProcessRunner::run(QStringLiteral("ferryctl"),
                                         QStringList{QStringLiteral("--home"), client.homePath(), QStringLiteral("agent"),
                                                     QStringLiteral("hello"), url} + identity, quiet());
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.startsWith(QStringLiteral("Agent at %1: ferryd %2, protocol %3 to %3.\nIts clock: ")
                                     .arg(url, QString::fromLatin1(ferry::build::version))
                                     .arg(wire::protocolVersion)),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("Sites: 1\n  www  %1  stage 0  files\n").arg(m_siteUuid)), qPrintable(text.out));

    const auto json = ProcessRunner::run(QStringLiteral("ferryctl"),
                                         QStringList{QStringLiteral("--home"), client.homePath(), QStringLiteral("agent"),
                                                     QStringLiteral("hello"), url, QStringLiteral("--json")} + identity,
                                         quiet());
    QCOMPARE(json.exitCode, 0);
    auto decoded = HelloMessage::decode(json.out.toUtf8());
    QVERIFY2(decoded.ok(), qPrintable(json.out));
    QCOMPARE(decoded->sites.at(0).name, QStringLiteral("www"));

    const auto pinned = ProcessRunner::run(QStringLiteral("ferryctl"),
                                           QStringList{QStringLiteral("--home"), client.homePath(), QStringLiteral("agent"),
                                                       QStringLiteral("hello"), url, QStringLiteral("--pin"),
                                                       m_pusher.fingerprint} + identity, quiet());
    QCOMPARE(pinned.exitCode, 1);
    QVERIFY2(pinned.err.startsWith(QStringLiteral("ferryctl: The agent at 127.0.0.1:%1 presented the certificate ").arg(m_port)),
             qPrintable(pinned.err));

    const auto usage = ProcessRunner::run(QStringLiteral("ferryctl"),
                                          {QStringLiteral("--home"), client.homePath(), QStringLiteral("agent"),
                                           QStringLiteral("hello"), QStringLiteral("127.0.0.1")}, quiet());
    QCOMPARE(usage.exitCode, 2);
    QCOMPARE(usage.err, QStringLiteral("ferryctl: agent hello needs the agent's address as https://HOST:PORT.\n"));
}

void TestAgent::linksOutOfTheRootAreNotFollowed()
{
    // After the scan, big.bin is swapped for a link to a secret outside the files root: its
    // chunks must not be served from where the link points.
    const QByteArray big = pageOf(300 * 1024, 7);
    const ContentDigest digest = ContentHasher::digest(big);
    QVERIFY(!digest.chunks.empty());
    const QString secret = m_home.writeFile(QStringLiteral("secret.bin"), big);
    const QString target = m_home.root() + QStringLiteral("/www/assets/big.bin");
    QVERIFY(QFile::remove(target));
    QVERIFY(QFile::link(secret, target));
    const QString hash = ChunkListCodec::toHex(digest.chunks.front().hash);
    auto response = request(m_puller, "GET", QStringLiteral("/v1/sites/www/chunks/") + hash);
    QVERIFY(response.ok());
    QCOMPARE(response->status, 409);
    QCOMPARE(response->errorText(),
             QStringLiteral("The file assets/big.bin holding this chunk cannot be read; scan the site again."));
    QVERIFY(!response->body.contains(big.left(64)));

    // The same through a folder: assets/ becomes a link to a folder outside holding big.bin.
    QVERIFY(QFile::remove(target));
    QVERIFY(QDir(m_home.root() + QStringLiteral("/www/assets")).removeRecursively());
    m_home.writeFile(QStringLiteral("outside/big.bin"), big);
    QVERIFY(QFile::link(m_home.root() + QStringLiteral("/outside"), m_home.root() + QStringLiteral("/www/assets")));
    auto viaFolder = request(m_puller, "GET", QStringLiteral("/v1/sites/www/chunks/") + hash);
    QCOMPARE(viaFolder->status, 409);
    QVERIFY(!viaFolder->body.contains(big.left(64)));
}

void TestAgent::looseKeyFileIsRefused()
{
    TempHome other;
    const QString key = other.writeFile(QStringLiteral("loose.key"), readAll(m_pusher.keyPath));
    QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    const auto result = ferryd({QStringLiteral("--home"), other.homePath(), QStringLiteral("--listen"),
                                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--cert"), m_pusher.certificatePath,
                                            QStringLiteral("--key"), key, QStringLiteral("--ca"), m_caPath});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(QStringLiteral("ferryd: The agent's key %1 can be read or changed by other users (mode 0644)").arg(key)),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("chmod 600 %1").arg(key)), qPrintable(result.err));
}

void TestAgent::checkValidatesTheCertificates()
{
    const auto good = ferryd({QStringLiteral("--home"), m_home.homePath(), QStringLiteral("--check")});
    QCOMPARE(good.exitCode, 0);
    QVERIFY2(good.out.startsWith(QStringLiteral("ferryd: certificate %1/trust/node.crt (agent, valid until ").arg(m_home.homePath())),
             qPrintable(good.out));
    QVERIFY(good.out.contains(QStringLiteral("1 trusted CA(s).\nferryd: home %1 is ready; it has 1 site(s).\n").arg(m_home.homePath())));

    TempHome other;
    const auto expired = ferryd({QStringLiteral("--home"), other.homePath(), QStringLiteral("--check"),
                                             QStringLiteral("--cert"), m_expired.certificatePath, QStringLiteral("--key"),
                                             m_expired.keyPath, QStringLiteral("--ca"), m_caPath});
    QCOMPARE(expired.exitCode, 1);
    QCOMPARE(expired.err, QStringLiteral("ferryd: The agent's certificate %1 expired on %2; issue a new one with 'ferryctl cert issue'.\n")
                              .arg(m_expired.certificatePath,
                                   QDateTime::currentDateTimeUtc().addDays(-30).toString(QStringLiteral("yyyy-MM-dd"))));

    const auto mismatched = ferryd({QStringLiteral("--home"), other.homePath(), QStringLiteral("--check"),
                                                QStringLiteral("--cert"), m_puller.certificatePath, QStringLiteral("--key"),
                                                m_pusher.keyPath, QStringLiteral("--ca"), m_caPath});
    QCOMPARE(mismatched.exitCode, 1);
    QCOMPARE(mismatched.err, QStringLiteral("ferryd: The key %1 does not belong to the certificate %2.\n")
                                 .arg(m_pusher.keyPath, m_puller.certificatePath));
}

void TestAgent::sigtermStopsCleanly()
{
    m_agent->terminate();  // SIGTERM
    QVERIFY(m_agent->waitForFinished(15000));
    QCOMPARE(m_agent->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_agent->exitCode(), 0);
    const QString log = QString::fromUtf8(m_agent->readAllStandardError());
    // The agent said why it refused each handshake, and that it stopped.
    QVERIFY2(log.contains(QStringLiteral("during the TLS handshake: the client sent no certificate")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("during the TLS handshake: its certificate stranger (%1) was not issued by a CA "
                                         "this agent trusts")
                              .arg(CertificateInfo::fingerprintFileName(m_stranger.fingerprint))),
             qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("during the TLS handshake: its certificate retired (%1) expired on %2")
                              .arg(CertificateInfo::fingerprintFileName(m_expired.fingerprint),
                                   QDateTime::currentDateTimeUtc().addDays(-30).toString(QStringLiteral("yyyy-MM-dd")))),
             qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("stopped")), qPrintable(log));
    // And at start it reported its own certificate as expiring within the threshold.
    QVERIFY2(log.contains(QStringLiteral("certificate agent (node, SHA-256 %1) expires on %2, in ")
                              .arg(m_agentCertificate.fingerprint,
                                   m_agentCertificate.notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd")))),
             qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("bytes without a complete request")), qPrintable(log));
    AgentClient client(connectionFor(&m_puller));
    QVERIFY(!client.hello().ok());
}

QTEST_GUILESS_MAIN(TestAgent)
#include "tst_agent.moc"
