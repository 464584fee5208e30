// ferryd as a real process on 127.0.0.1 with real certificates from Ferry's own CA: who gets an
// answer, who is refused and with what reason, that hostile input writes nothing, that curl can
// read the hello as README.md says, and that SIGTERM stops it cleanly.

#include "ProcessRunner.h"
#include "SecurityFixtures.h"
#include "TempHome.h"
#include "net/AgentClient.h"
#include "net/ApplyBatchCodec.h"
#include "net/ChunkCompression.h"
#include "net/ChunkDelta.h"
#include "net/ChunkDeltaCodec.h"
#include "net/ChunkListCodec.h"
#include "net/FeedPageCodec.h"
#include "net/HelloMessage.h"
#include "security/CertificateAuthority.h"
#include "security/TrustStore.h"
#include "site/ContentHasher.h"

#include "ferry/BuildInfo.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ferry;
using namespace ferry::test;

namespace {

struct Identity {
    QString certificatePath;
    QString keyPath;
    QString fingerprint;
};

QByteArray pageOf(int size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = quint32(seed) * 2654435761u + 1;
    for (char& c : bytes) {
        state = state * 1664525u + 1013904223u;
        c = char(state >> 24);
    }
    return bytes;
}

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

class TestAgent : public QObject
{
    Q_OBJECT

private:
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

private slots:
    void initTestCase();
    void trustedClientGetsTheHello();
    void curlReadsTheHello();
    void clientWithoutCertificateIsRefused();
    void certificateFromAnotherCaIsRefused();
    void expiredCertificateIsRefused();
    void pinnedFingerprintMismatchIsRefused();
    void agentFromAnUnknownCaIsRefused();
    void changeFeedPagesThroughTheSite();
    void lackingChunksAreNamed();
    void chunksDownload();
    void severalRequestsInFlight();
    void pinnedSitesServeOnlyTheirPeers();
    void pushNeedsThePushRight();
    void chunkDeltasRebuildOnlyTheChunkNamed();
    void checkpointsAreKeptForPeers();
    void truncatedUploadWritesNothing();
    void inlineContentIsCheckedAndWrittenOnce();
    void hostileRequestsAreRefused_data();
    void hostileRequestsAreRefused();
    void hugeBodiesAreCutOff();
    void ferryctlAgentHello();
    void linksOutOfTheRootAreNotFollowed();
    void looseKeyFileIsRefused();
    void checkValidatesTheCertificates();
    void sigtermStopsCleanly();
    void cleanupTestCase();

private:
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

void TestAgent::initTestCase()
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

void TestAgent::trustedClientGetsTheHello()
{
    AgentClient client(connectionFor(&m_puller));
    auto hello = client.hello();
    QVERIFY2(hello.ok(), qPrintable(hello.ok() ? QString() : hello.errorMessage()));
    QCOMPARE(hello->agentVersion, QString::fromLatin1(ferry::build::version));
    QCOMPARE(hello->protocolMin, 1);
    QCOMPARE(hello->protocolMax, 1);
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

void TestAgent::changeFeedPagesThroughTheSite()
{
    auto first = request(m_puller, "GET", QStringLiteral("/v1/sites/www/changes?after=0&limit=1"));
    QVERIFY(first.ok());
    QCOMPARE(first->status, 200);
    QCOMPARE(first->contentType, QByteArray("application/cbor"));
    auto page = FeedPageCodec::decode(first->body);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.errorMessage()));
    QCOMPARE(page->entries.size(), std::size_t(1));
    QVERIFY(page->more);

    // The same site by its UUID, from where the first page ended.
    auto rest = request(m_puller, "GET",
                        QStringLiteral("/v1/sites/%1/changes?after=%2").arg(m_siteUuid).arg(page->lastSequence));
    QVERIFY(rest.ok());
    auto second = FeedPageCodec::decode(rest->body);
    QVERIFY(second.ok());
    QVERIFY(!second->more);
    QStringList paths{page->entries[0].path};
    for (const FeedEntry& entry : second->entries) {
        paths.append(entry.path);
    }
    paths.sort();
    QCOMPARE(paths, (QStringList{QStringLiteral("assets/big.bin"), QStringLiteral("css/site.css"), QStringLiteral("index.html")}));

    auto bad = request(m_puller, "GET", QStringLiteral("/v1/sites/www/changes?limit=0"));
    QCOMPARE(bad->status, 400);
    QCOMPARE(bad->errorText(), QStringLiteral("'limit' must be between 1 and 10000."));
}

void TestAgent::lackingChunksAreNamed()
{
    Sha256 unknown{};
    unknown.fill(0x5a);
    const Sha256 known = ContentHasher::sha256(m_indexHtml);
    auto response = request(m_puller, "POST", QStringLiteral("/v1/sites/www/chunks/lacking"),
                            ChunkListCodec::encode({known, unknown}));
    QVERIFY(response.ok());
    QCOMPARE(response->status, 200);
    auto lacking = ChunkListCodec::decode(response->body);
    QVERIFY(lacking.ok());
    QVERIFY(lacking.value() == std::vector<Sha256>{unknown});
}

void TestAgent::chunksDownload()
{
    const QString hash = ChunkListCodec::toHex(ContentHasher::sha256(m_indexHtml));
    auto response = request(m_puller, "GET", QStringLiteral("/v1/sites/www/chunks/") + hash);
    QVERIFY(response.ok());
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, m_indexHtml);

    // Asked for zstd, a chunk too small (or too random) to gain from it comes as it is, and says so.
    auto asIs = request(m_puller, "GET", QStringLiteral("/v1/sites/www/chunks/") + hash + QStringLiteral("?encoding=zstd"));
    QCOMPARE(asIs->status, 200);
    QCOMPARE(asIs->contentType, QByteArray("application/octet-stream"));
    QCOMPARE(asIs->body, m_indexHtml);
    // A text page gains, and comes compressed; the compressed form expands to the same bytes.
    const QString pageHash = ChunkListCodec::toHex(ContentHasher::sha256(m_stylesheet));
    auto compressed = request(m_puller, "GET", QStringLiteral("/v1/sites/www/chunks/") + pageHash + QStringLiteral("?encoding=zstd"));
    QCOMPARE(compressed->status, 200);
    QCOMPARE(compressed->contentType, QByteArray("application/zstd"));
    QVERIFY(compressed->body.size() < m_stylesheet.size() / 4);
    QCOMPARE(ChunkCompression::decompress(compressed->body, 100000).value(), m_stylesheet);

    auto missing = request(m_puller, "GET", QStringLiteral("/v1/sites/www/chunks/") + QStringLiteral("00").repeated(32));
    QCOMPARE(missing->status, 404);
    QCOMPARE(missing->errorText(), QStringLiteral("Site www has no chunk %1.").arg(QStringLiteral("00").repeated(32)));
}

void TestAgent::severalRequestsInFlight()
{
    AgentClient client(connectionFor(&m_puller));
    std::map<quint64, int> statuses;
    QSignalSpy spy(&client, &AgentClient::finished);
    const QString hash = ChunkListCodec::toHex(ContentHasher::sha256(m_indexHtml));
    std::vector<quint64> ids;
    for (int i = 0; i < 8; ++i) {
        ids.push_back(i % 2 == 0 ? client.send("GET", QStringLiteral("/v1/hello"))
                                 : client.send("GET", QStringLiteral("/v1/sites/www/chunks/") + hash));
    }
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 8, 20000);
    for (const QList<QVariant>& arguments : spy) {
        QVERIFY2(arguments.at(2).toString().isEmpty(), qPrintable(arguments.at(2).toString()));
        const auto response = arguments.at(1).value<AgentResponse>();
        QCOMPARE(response.status, 200);
        const quint64 id = arguments.at(0).toULongLong();
        QVERIFY(std::find(ids.begin(), ids.end(), id) != ids.end());
        if (id % 2 == 0) {  // ids start at 1: even ids asked for the chunk
            QCOMPARE(response.body, m_indexHtml);
        } else {
            QVERIFY(HelloMessage::decode(response.body).ok());
        }
    }
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

void TestAgent::pushNeedsThePushRight()
{
    const QByteArray chunk = pageOf(1000, 3);
    const QString hash = ChunkListCodec::toHex(ContentHasher::sha256(chunk));
    auto refused = request(m_puller, "PUT", QStringLiteral("/v1/sites/www/chunks/") + hash, chunk);
    QVERIFY(refused.ok());
    QCOMPARE(refused->status, 403);
    QCOMPARE(refused->errorText(),
             QStringLiteral("The peer with certificate %1 may not push to site www. On this server: ferryctl peer allow "
                            "%1 --site www --push")
                 .arg(m_puller.fingerprint));
    QVERIFY(!QFileInfo::exists(chunkStore() + QChar(u'/') + hash));
    expectHelloStillServed();

    // A zstd bomb (10 MiB of zeros in a few bytes) is refused without expanding it.
    AgentClient pusher(connectionFor(&m_pusher));
    auto bomb = pusher.sendAndWait("PUT", QStringLiteral("/v1/sites/www/chunks/") + hash,
                                   ChunkCompression::compress(QByteArray(10 * 1024 * 1024, '\0')), "application/zstd");
    QCOMPARE(bomb->status, 400);
    QCOMPARE(bomb->errorText(), QStringLiteral("The compressed chunk would expand to more than 262144 bytes."));
    QVERIFY(!QFileInfo::exists(chunkStore() + QChar(u'/') + hash));

    auto stored = pusher.sendAndWait("PUT", QStringLiteral("/v1/sites/www/chunks/") + hash, ChunkCompression::compress(chunk),
                                     "application/zstd");
    QVERIFY(stored.ok());
    QCOMPARE(stored->status, 201);
    QCOMPARE(readAll(chunkStore() + QChar(u'/') + hash), chunk);
    QCOMPARE(fileMode(chunkStore() + QChar(u'/') + hash), 0600);
    // The files root holds the site's files and nothing else.
    QCOMPARE(QDir(m_home.root() + QStringLiteral("/www")).entryList(QDir::Files | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("index.html")});
}

void TestAgent::chunkDeltasRebuildOnlyTheChunkNamed()
{
    const QByteArray big = pageOf(300 * 1024, 7);  // www/assets/big.bin
    const Chunk first = ContentHasher::digest(big).chunks.front();
    const QByteArray basis = big.left(qsizetype(first.length));
    // The agent signs the chunk its version of the file has at that place; a file it lacks has none.
    auto asked = request(m_puller, "POST", QStringLiteral("/v1/sites/www/chunks/signatures"),
                         ChunkDeltaCodec::encodeQuestions({{.path = QStringLiteral("assets/big.bin"), .offset = 0, .length = first.length},
                                                           {.path = QStringLiteral("nowhere.bin"), .offset = 0, .length = 100}}));
    QCOMPARE(asked->status, 200);
    auto signatures = ChunkDeltaCodec::decodeSignatures(asked->body, 1 << 20);
    QVERIFY(signatures.ok());
    QCOMPARE(signatures->size(), std::size_t(2));
    QVERIFY(signatures->at(0).basis == std::vector<Sha256>{first.hash});
    QVERIFY(signatures->at(1).basis.empty());

    // A delta that rebuilds the named chunk is stored; one that rebuilds something else is not.
    QByteArray edited = basis;
    edited.replace(5000, 8, "EDITED!!");
    auto delta = ChunkDelta::delta(signatures->at(0).signature, edited);
    QVERIFY(delta.ok());
    Sha256 wrong{};
    wrong.fill(0x77);
    const std::vector<ChunkDeltaBytes> deltas{
        {.hash = ContentHasher::sha256(edited), .length = quint32(edited.size()), .basis = {first.hash}, .delta = delta.value()},
        {.hash = wrong, .length = quint32(edited.size()), .basis = {first.hash}, .delta = delta.value()}};
    auto refused = request(m_puller, "POST", QStringLiteral("/v1/sites/www/chunks/deltas"), ChunkDeltaCodec::encodeDeltas(deltas));
    QCOMPARE(refused->status, 403);
    QVERIFY(!QFileInfo::exists(chunkStore() + QChar(u'/') + ChunkListCodec::toHex(deltas[0].hash)));
    auto stored = request(m_pusher, "POST", QStringLiteral("/v1/sites/www/chunks/deltas"), ChunkDeltaCodec::encodeDeltas(deltas));
    QCOMPARE(stored->status, 200);
    QVERIFY(ChunkListCodec::decode(stored->body).value() == std::vector<Sha256>{wrong});
    QCOMPARE(readAll(chunkStore() + QChar(u'/') + ChunkListCodec::toHex(deltas[0].hash)), edited);
    QVERIFY(!QFileInfo::exists(chunkStore() + QChar(u'/') + ChunkListCodec::toHex(wrong)));

    // Downloading: the client signs what it holds (the edited chunk), the agent answers with the
    // delta to its own chunk; a chunk it lacks gets no delta.
    auto fetched = request(m_puller, "POST", QStringLiteral("/v1/sites/www/chunks/delta-fetch"),
                           ChunkDeltaCodec::encodeDeltaQuestions({{.hash = first.hash, .signature = ChunkDelta::signature(edited)},
                                                                  {.hash = wrong, .signature = ChunkDelta::signature(edited)}}));
    QCOMPARE(fetched->status, 200);
    auto answers = ChunkDeltaCodec::decodeDeltas(fetched->body, 1 << 20);
    QVERIFY(answers.ok());
    QCOMPARE(answers->size(), std::size_t(2));
    QVERIFY(answers->at(0).delta.size() < 4096);
    QCOMPARE(ChunkDelta::rebuild(edited, answers->at(0).delta, first.length, first.hash).value(), basis);
    QVERIFY(answers->at(1).delta.isEmpty());
}

void TestAgent::checkpointsAreKeptForPeers()
{
    const QString peer = QStringLiteral("0b7f3a52-9c1e-4d7a-8e55-6f2d1c3b4a59");
    const QString path = QStringLiteral("/v1/sites/www/checkpoints/") + peer;
    auto empty = request(m_puller, "GET", path);
    QCOMPARE(empty->status, 200);
    QCOMPARE(empty->body, QByteArray("{\"checkpoints\":{},\"peer\":\"") + peer.toLatin1() + "\"}\n");

    const QByteArray body = "{\"peer\":\"" + peer.toLatin1() + "\",\"checkpoints\":{\"files\":42,\"table:posts\":7}}";
    auto refused = request(m_puller, "PUT", path, body);
    QCOMPARE(refused->status, 403);
    QVERIFY(refused->errorText().contains(m_puller.fingerprint));

    auto written = request(m_pusher, "PUT", path, body);
    QCOMPARE(written->status, 200);
    auto read = request(m_puller, "GET", path);
    QCOMPARE(read->body, QByteArray("{\"checkpoints\":{\"files\":42,\"table:posts\":7},\"peer\":\"") + peer.toLatin1()
                             + "\"}\n");

    auto hostile = request(m_pusher, "PUT", path, "{\"peer\":\"" + peer.toLatin1() + "\",\"checkpoints\":{\"../x\":1}}");
    QCOMPARE(hostile->status, 400);
    QCOMPARE(hostile->errorText(), QStringLiteral("'../x' is not a resource; resources are 'files' and 'table:NAME'."));
    auto negative = request(m_pusher, "PUT", path, "{\"peer\":\"" + peer.toLatin1() + "\",\"checkpoints\":{\"files\":-1}}");
    QCOMPARE(negative->status, 400);
    QCOMPARE(negative->errorText(), QStringLiteral("The checkpoint of files is not a change number."));
    QCOMPARE(request(m_puller, "GET", path)->body, read->body);  // refused writes changed nothing
}

void TestAgent::truncatedUploadWritesNothing()
{
    const QByteArray chunk = pageOf(5000, 9);
    const QString hash = ChunkListCodec::toHex(ContentHasher::sha256(chunk));
    auto response = request(m_pusher, "PUT", QStringLiteral("/v1/sites/www/chunks/") + hash, chunk.left(4000));
    QVERIFY(response.ok());
    QCOMPARE(response->status, 400);
    QVERIFY2(response->errorText().startsWith(QStringLiteral("The chunk's content does not match its hash")),
             qPrintable(response->errorText()));
    QVERIFY(!QFileInfo::exists(chunkStore() + QChar(u'/') + hash));
    const QStringList leftovers = QDir(chunkStore()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : leftovers) {
        QVERIFY2(!name.startsWith(hash), qPrintable(name));
    }
}

void TestAgent::inlineContentIsCheckedAndWrittenOnce()
{
    // A new file of several chunks whose content travels inside the apply batch.
    const QByteArray content = pageOf(200 * 1024, 11);
    const ContentDigest digest = ContentHasher::digest(content);
    QVERIFY(digest.chunks.size() > 1);
    ApplyItem item;
    item.path = QStringLiteral("inline/new.bin");
    item.version.bump(QUuid::createUuid());
    item.hash = digest.hash;
    item.size = content.size();
    item.chunks = digest.chunks;
    item.content = content;

    // Content that holds the file's hash but not the chunks its list names is refused: the index
    // would otherwise serve chunks this file does not hold.
    ApplyItem lying = item;
    lying.path = QStringLiteral("inline/lying.bin");
    lying.chunks[1].hash = lying.chunks[0].hash;
    AgentClient pusher(connectionFor(&m_pusher));
    auto refused = pusher.sendAndWait("POST", QStringLiteral("/v1/sites/www/apply"), ApplyBatchCodec::encode({lying}),
                                      "application/cbor");
    QVERIFY(refused.ok());
    QCOMPARE(refused->status, 200);
    auto refusedOutcomes = ApplyBatchCodec::decodeOutcomes(refused->body, 1);
    QVERIFY(refusedOutcomes.ok());
    QVERIFY(!refusedOutcomes->at(0).applied);
    QCOMPARE(refusedOutcomes->at(0).error,
             QStringLiteral("The content received for inline/lying.bin does not match its chunk list; nothing was changed."));
    QVERIFY(!QFileInfo::exists(m_home.root() + QStringLiteral("/www/inline/lying.bin")));

    auto applied = pusher.sendAndWait("POST", QStringLiteral("/v1/sites/www/apply"), ApplyBatchCodec::encode({item}),
                                      "application/cbor");
    QVERIFY(applied.ok());
    QCOMPARE(applied->status, 200);
    auto outcomes = ApplyBatchCodec::decodeOutcomes(applied->body, 1);
    QVERIFY(outcomes.ok());
    QVERIFY2(outcomes->at(0).applied, qPrintable(outcomes->at(0).error));
    QCOMPARE(readAll(m_home.root() + QStringLiteral("/www/inline/new.bin")), content);
    // Written once, into place: none of its chunks went through the chunk store.
    for (const Chunk& chunk : digest.chunks) {
        QVERIFY(!QFileInfo::exists(chunkStore() + QChar(u'/') + ChunkListCodec::toHex(chunk.hash)));
    }
    // The agent serves its chunks from the file, as for any other file it holds.
    auto lacking = request(m_puller, "POST", QStringLiteral("/v1/sites/www/chunks/lacking"),
                           ChunkListCodec::encode({digest.chunks[0].hash, digest.chunks[1].hash}));
    QCOMPARE(lacking->status, 200);
    QVERIFY(ChunkListCodec::decode(lacking->body).value().empty());
    const QString second = ChunkListCodec::toHex(digest.chunks[1].hash);
    auto served = request(m_puller, "GET", QStringLiteral("/v1/sites/www/chunks/") + second);
    QCOMPARE(served->status, 200);
    QCOMPARE(served->body, content.mid(qsizetype(digest.chunks[1].offset), qsizetype(digest.chunks[1].length)));
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
                                     << QStringLiteral("This agent speaks protocol 1; there is no /v2/ here.");
    QTest::newRow("wrong method") << QByteArray("DELETE") << QStringLiteral("/v1/hello") << QByteArray() << 405
                                  << QStringLiteral("/v1/hello only answers GET.");
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
    QVERIFY2(text.out.startsWith(QStringLiteral("Agent at %1: ferryd %2, protocol 1 to 1.\nIts clock: ")
                                     .arg(url, QString::fromLatin1(ferry::build::version))),
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

void TestAgent::cleanupTestCase()
{
    // Only when a failed test left it running: never leave an agent behind.
    if (m_agent && m_agent->state() != QProcess::NotRunning) {
        m_agent->kill();
        m_agent->waitForFinished();
    }
}

QTEST_GUILESS_MAIN(TestAgent)
#include "tst_agent.moc"
