// What ferryd serves to a sync run, as a real process on 127.0.0.1 with real certificates: the
// change feed, which chunks it lacks, chunk downloads and uploads (the push right, truncated
// uploads), several requests in flight, chunk deltas, inline file content in an apply batch,
// apply batches queued behind a write written together, each answered with its own outcomes,
// and the checkpoints it keeps for its peers.

#include "AgentTestBase.h"
#include "NewFileItem.h"
#include "net/AgentClient.h"
#include "net/ApplyBatchCodec.h"
#include "net/ChunkCompression.h"
#include "net/ChunkDelta.h"
#include "net/ChunkDeltaCodec.h"
#include "net/ChunkListCodec.h"
#include "net/FeedPageCodec.h"
#include "net/HelloMessage.h"
#include "site/ContentHasher.h"
#include "sync/SiteLock.h"

#include "ferry/BuildInfo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

namespace {

// An apply item for a file new to the agent, its content travelling with it.
ApplyItem newFileWithContent(const QString& path, const QByteArray& content)
{
    ApplyItem item = newFileItem(path, content);
    item.content = content;
    return item;
}

} // namespace

class TestAgentTransfer : public AgentTestBase
{
    Q_OBJECT

private:
    // A chunk as the agent serves it to a puller, wherever it waits (held in memory or in the
    // store on disk): 200 and its bytes, or 404 when the agent has none.
    std::pair<int, QByteArray> served(const QString& hash)
    {
        auto answer = request(m_puller, "GET", QStringLiteral("/v1/sites/www/chunks/") + hash);
        return answer.ok() ? std::make_pair(answer->status, answer->body) : std::make_pair(0, QByteArray());
    }
    bool servesNo(const QString& hash) { return served(hash).first == 404; }

private slots:
    void initTestCase() { startAgent(); }
    void changeFeedPagesThroughTheSite();
    void lackingChunksAreNamed();
    void chunksDownload();
    void severalRequestsInFlight();
    void pushNeedsThePushRight();
    void chunkDeltasRebuildOnlyTheChunkNamed();
    void checkpointsAreKeptForPeers();
    void truncatedUploadWritesNothing();
    void inlineContentIsCheckedAndWrittenOnce();
    void otherRequestsAreAnsweredWhileASiteIsWritten();
    void aClientGoneDuringAWriteLeavesTheAgentServing();
    void queuedApplyBatchesAreWrittenTogether();
    void cleanupTestCase() { stopAgentIfRunning(); }
};

void TestAgentTransfer::changeFeedPagesThroughTheSite()
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

void TestAgentTransfer::lackingChunksAreNamed()
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

void TestAgentTransfer::chunksDownload()
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

void TestAgentTransfer::severalRequestsInFlight()
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

void TestAgentTransfer::pushNeedsThePushRight()
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
    QVERIFY(servesNo(hash));
    expectHelloStillServed();

    // A zstd bomb (10 MiB of zeros in a few bytes) is refused without expanding it.
    AgentClient pusher(connectionFor(&m_pusher));
    auto bomb = pusher.sendAndWait("PUT", QStringLiteral("/v1/sites/www/chunks/") + hash,
                                   ChunkCompression::compress(QByteArray(10 * 1024 * 1024, '\0')), "application/zstd");
    QCOMPARE(bomb->status, 400);
    QCOMPARE(bomb->errorText(), QStringLiteral("The compressed chunk would expand to more than 262144 bytes."));
    QVERIFY(servesNo(hash));

    auto stored = pusher.sendAndWait("PUT", QStringLiteral("/v1/sites/www/chunks/") + hash, ChunkCompression::compress(chunk),
                                     "application/zstd");
    QVERIFY(stored.ok());
    QCOMPARE(stored->status, 201);
    QCOMPARE(served(hash), std::make_pair(200, chunk));
    // The files root holds the site's files and nothing else.
    QCOMPARE(QDir(m_home.root() + QStringLiteral("/www")).entryList(QDir::Files | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("index.html")});
}

void TestAgentTransfer::chunkDeltasRebuildOnlyTheChunkNamed()
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
    QVERIFY(servesNo(ChunkListCodec::toHex(deltas[0].hash)));
    auto stored = request(m_pusher, "POST", QStringLiteral("/v1/sites/www/chunks/deltas"), ChunkDeltaCodec::encodeDeltas(deltas));
    QCOMPARE(stored->status, 200);
    QVERIFY(ChunkListCodec::decode(stored->body).value() == std::vector<Sha256>{wrong});
    QCOMPARE(served(ChunkListCodec::toHex(deltas[0].hash)), std::make_pair(200, edited));
    QVERIFY(servesNo(ChunkListCodec::toHex(wrong)));

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

void TestAgentTransfer::checkpointsAreKeptForPeers()
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

void TestAgentTransfer::truncatedUploadWritesNothing()
{
    const QByteArray chunk = pageOf(5000, 9);
    const QString hash = ChunkListCodec::toHex(ContentHasher::sha256(chunk));
    auto response = request(m_pusher, "PUT", QStringLiteral("/v1/sites/www/chunks/") + hash, chunk.left(4000));
    QVERIFY(response.ok());
    QCOMPARE(response->status, 400);
    QVERIFY2(response->errorText().startsWith(QStringLiteral("The chunk's content does not match its hash")),
             qPrintable(response->errorText()));
    QVERIFY(servesNo(hash));
    const QStringList leftovers = QDir(chunkStore()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : leftovers) {
        QVERIFY2(!name.startsWith(hash), qPrintable(name));
    }
}

void TestAgentTransfer::inlineContentIsCheckedAndWrittenOnce()
{
    // A new file of several chunks whose content travels inside the apply batch.
    const QByteArray content = pageOf(200 * 1024, 11);
    const ApplyItem item = newFileWithContent(QStringLiteral("inline/new.bin"), content);
    const std::vector<Chunk>& chunks = item.chunks;
    QVERIFY(chunks.size() > 1);

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
    for (const Chunk& chunk : chunks) {
        QVERIFY(!QFileInfo::exists(chunkStore() + QChar(u'/') + ChunkListCodec::toHex(chunk.hash)));
    }
    // The agent serves its chunks from the file, as for any other file it holds.
    auto lacking = request(m_puller, "POST", QStringLiteral("/v1/sites/www/chunks/lacking"),
                           ChunkListCodec::encode({chunks[0].hash, chunks[1].hash}));
    QCOMPARE(lacking->status, 200);
    QVERIFY(ChunkListCodec::decode(lacking->body).value().empty());
    const QString second = ChunkListCodec::toHex(chunks[1].hash);
    auto served = request(m_puller, "GET", QStringLiteral("/v1/sites/www/chunks/") + second);
    QCOMPARE(served->status, 200);
    QCOMPARE(served->body, content.mid(qsizetype(chunks[1].offset), qsizetype(chunks[1].length)));
}

void TestAgentTransfer::otherRequestsAreAnsweredWhileASiteIsWritten()
{
    // An apply waits here for the site's write lock, which this test holds (as a run on the
    // agent's machine would): the agent writes sites on a thread of its own, so it goes on
    // answering everyone else meanwhile, and the apply goes through once the lock is free.
    // Were the apply handled on the server's thread, the hello would wait until the apply gave up
    // on the lock (5 s), and the apply would fail.
    AgentClient pusher(connectionFor(&m_pusher));  // outlives the lock: the apply never waits on a gone client
    auto acquired = SiteLock::acquire(m_home.homePath(), QUuid::fromString(m_siteUuid), QStringLiteral("www"));
    QVERIFY2(acquired.ok(), acquired.ok() ? "" : qPrintable(acquired.errorMessage()));
    std::optional<SiteLock> lock(std::move(acquired).value());
    const QByteArray content("written while the agent answered others\n");
    const ApplyItem item = newFileWithContent(QStringLiteral("waited/for-the-lock.txt"), content);
    const quint64 apply = pusher.sendAhead("POST", QStringLiteral("/v1/sites/www/apply"), ApplyBatchCodec::encode({item}),
                                           "application/cbor");
    QTest::qWait(300);  // the apply arrives and waits for the lock

    // Well within the 5 s the apply waits for the lock, which would hold up both answers.
    QElapsedTimer answered;
    answered.start();
    auto hello = request(m_puller, "GET", QStringLiteral("/v1/hello"));
    QVERIFY(hello.ok());
    QCOMPARE(hello->status, 200);
    auto feed = request(m_puller, "GET", QStringLiteral("/v1/sites/www/changes?after=0"));
    QVERIFY(feed.ok());
    QCOMPARE(feed->status, 200);
    QVERIFY2(answered.elapsed() < 2500, qPrintable(QStringLiteral("answered in %1 ms").arg(answered.elapsed())));
    QVERIFY(!QFileInfo::exists(m_home.root() + QStringLiteral("/www/waited/for-the-lock.txt")));

    lock.reset();  // the apply, still waiting, takes the lock now
    const std::atomic_bool notCancelled = false;
    auto applied = pusher.answerTo(apply, notCancelled);
    QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.errorMessage()));
    QCOMPARE(applied->status, 200);
    auto outcomes = ApplyBatchCodec::decodeOutcomes(applied->body, 1);
    QVERIFY(outcomes.ok());
    QVERIFY2(outcomes->at(0).applied, qPrintable(outcomes->at(0).error));
    QCOMPARE(readAll(m_home.root() + QStringLiteral("/www/waited/for-the-lock.txt")), content);
}

void TestAgentTransfer::aClientGoneDuringAWriteLeavesTheAgentServing()
{
    // The client gives up (cancelled, timed out, killed) while its apply waits for the lock: the
    // agent finishes the write, has nobody to answer, and goes on serving.
    auto acquired = SiteLock::acquire(m_home.homePath(), QUuid::fromString(m_siteUuid), QStringLiteral("www"));
    QVERIFY2(acquired.ok(), acquired.ok() ? "" : qPrintable(acquired.errorMessage()));
    std::optional<SiteLock> lock(std::move(acquired).value());
    const QByteArray content("nobody waits for this answer\n");
    {
        AgentClient pusher(connectionFor(&m_pusher));
        pusher.sendAhead("POST", QStringLiteral("/v1/sites/www/apply"),
                         ApplyBatchCodec::encode({newFileWithContent(QStringLiteral("waited/abandoned.txt"), content)}),
                         "application/cbor");
        QTest::qWait(300);
    }  // the client and its connection go
    QTest::qWait(200);
    lock.reset();
    const QString written = m_home.root() + QStringLiteral("/www/waited/abandoned.txt");
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(written), 5000);
    QCOMPARE(readAll(written), content);
    QTest::qWait(200);  // its answer, with nobody to take it, has been dropped by now
    auto hello = request(m_puller, "GET", QStringLiteral("/v1/hello"));
    QVERIFY2(hello.ok(), hello.ok() ? "" : qPrintable(hello.errorMessage()));
    QCOMPARE(hello->status, 200);
}

void TestAgentTransfer::queuedApplyBatchesAreWrittenTogether()
{
    // While one apply waits for the site's lock, three more arrive: the two without deletions are
    // written as one when their turn comes, the one with a deletion on its own; each client gets
    // the outcomes of its own items, a refused one included.
    auto acquired = SiteLock::acquire(m_home.homePath(), QUuid::fromString(m_siteUuid), QStringLiteral("www"));
    QVERIFY2(acquired.ok(), acquired.ok() ? "" : qPrintable(acquired.errorMessage()));
    std::optional<SiteLock> lock(std::move(acquired).value());
    ApplyItem deletion;
    deletion.path = QStringLiteral("joined/never-was.txt");
    deletion.deleted = true;
    deletion.version.bump(QUuid::createUuid());
    const std::vector<std::vector<ApplyItem>> batches{
        {newFileWithContent(QStringLiteral("joined/first.txt"), "first, alone\n")},
        {newFileWithContent(QStringLiteral("joined/second.txt"), "second, joined\n")},
        {newFileWithContent(QStringLiteral("joined/third.txt"), "third, joined\n"),
         newFileWithContent(QStringLiteral("index.html"), "not new: refused\n")},
        {deletion},
    };
    std::vector<std::unique_ptr<AgentClient>> clients;
    std::vector<quint64> sent;
    for (const auto& batch : batches) {
        clients.push_back(std::make_unique<AgentClient>(connectionFor(&m_pusher)));
        sent.push_back(clients.back()->sendAhead("POST", QStringLiteral("/v1/sites/www/apply"),
                                                 ApplyBatchCodec::encode(batch), "application/cbor"));
        QTest::qWait(250);  // in this order; the first is taken at once and waits for the lock
    }
    lock.reset();
    const std::atomic_bool notCancelled = false;
    std::vector<std::vector<ApplyOutcome>> outcomes;
    for (std::size_t i = 0; i < batches.size(); ++i) {
        auto answer = clients[i]->answerTo(sent[i], notCancelled);
        QVERIFY2(answer.ok(), answer.ok() ? "" : qPrintable(answer.errorMessage()));
        QCOMPARE(answer->status, 200);
        auto decoded = ApplyBatchCodec::decodeOutcomes(answer->body, batches[i].size());
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.errorMessage()));
        outcomes.push_back(decoded.value());
    }
    QVERIFY2(outcomes[0][0].applied, qPrintable(outcomes[0][0].error));
    QVERIFY2(outcomes[1][0].applied, qPrintable(outcomes[1][0].error));
    QVERIFY2(outcomes[2][0].applied, qPrintable(outcomes[2][0].error));
    QVERIFY(!outcomes[2][1].applied);
    QCOMPARE(outcomes[2][1].error, QStringLiteral("index.html appeared on site www since this run planned; the next run "
                                                  "will look again."));
    QVERIFY2(outcomes[3][0].applied, qPrintable(outcomes[3][0].error));
    QCOMPARE(readAll(m_home.root() + QStringLiteral("/www/joined/second.txt")), QByteArray("second, joined\n"));
    QCOMPARE(readAll(m_home.root() + QStringLiteral("/www/joined/third.txt")), QByteArray("third, joined\n"));
    QCOMPARE(readAll(m_home.root() + QStringLiteral("/www/index.html")), m_indexHtml);
    // The agent's log says which batches went together.
    QString log;
    QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(m_agent->readAllStandardError()))
                                 .contains(QStringLiteral("applied 1 of 2 items to www from pusher (2 batches written as one)")),
                             5000);
    QVERIFY2(log.contains(QStringLiteral("applied 1 of 1 items to www from pusher (2 batches written as one)")), qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("(3 batches written as one)")), qPrintable(log));
}

QTEST_GUILESS_MAIN(TestAgentTransfer)
#include "tst_agenttransfer.moc"
