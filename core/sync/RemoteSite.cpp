#include "RemoteSite.h"

#include "RelationshipRegistry.h"
#include "common/TestKillPoint.h"
#include "net/ApplyBatchCodec.h"
#include "net/AgentCredentialLoader.h"
#include "net/CheckpointMessage.h"
#include "net/ChunkBatchCodec.h"
#include "net/ChunkCompression.h"
#include "net/ChunkListCodec.h"
#include "net/FeedPageCodec.h"
#include "net/NetLogging.h"
#include "net/WireLimits.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFutureWatcher>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent>

#include <algorithm>
#include <deque>
#include <map>

namespace ferry {

namespace {

const QByteArray cborType = QByteArrayLiteral("application/cbor");

QString encoded(const QString& segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace

RemoteSite::RemoteSite(std::unique_ptr<AgentClient> client, QString address, int bandwidthLimitKiBps)
    : m_client(std::move(client))
    , m_address(std::move(address))
    , m_bandwidthLimitKiBps(bandwidthLimitKiBps)
{
    m_since.start();
}

RemoteSite::~RemoteSite() = default;

Result<std::unique_ptr<RemoteSite>> RemoteSite::connect(const QString& homePath, const Relationship& relationship,
                                                        int bandwidthLimitKiBps)
{
    auto url = RemoteSiteUrl::parse(relationship.remoteUrl.toString());
    if (!url) {
        return url.error();
    }
    auto credentials = AgentCredentialLoader::load(
        homePath, {relationship.clientCertificatePath, relationship.clientKeyPath, relationship.caCertificatePath});
    if (!credentials) {
        return credentials.error();
    }
    AgentConnection connection;
    connection.base.setScheme(QStringLiteral("https"));
    connection.base.setHost(url->host);
    connection.base.setPort(url->port);
    connection.clientCertificate = credentials->tls.certificate;
    connection.clientKey = credentials->tls.key;
    connection.trustedCas = credentials->tls.trustedCas;
    connection.pinnedFingerprint = relationship.pinnedFingerprint;
    if (relationship.bypassProxy) {
        connection.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    } else if (relationship.proxyUrl.isValid() && !relationship.proxyUrl.host().isEmpty()) {
        connection.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, relationship.proxyUrl.host(),
                                         quint16(relationship.proxyUrl.port(3128)));
    }
    const QString address = url->host + QLatin1Char(':') + QString::number(url->port);
    std::unique_ptr<RemoteSite> remote(
        new RemoteSite(std::make_unique<AgentClient>(connection), address, bandwidthLimitKiBps));
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    auto hello = remote->m_client->hello();
    if (!hello) {
        return hello.error();
    }
    const QDateTime answered = QDateTime::currentDateTimeUtc();
    remote->m_clockSkewMs = hello->serverTime.toMSecsSinceEpoch() - (asked.toMSecsSinceEpoch() + answered.toMSecsSinceEpoch()) / 2;
    if (const HelloSite* site = hello->site(url->site)) {
        remote->m_site = *site;
        remote->m_capabilities = hello->capabilities;
        return remote;
    }
    return fail(tr("The agent at %1 serves no site '%2' to this certificate. On that server, `ferryctl site list` "
                   "shows its sites and `ferryctl peer list` who may use them.")
                    .arg(address, url->site));
}

QString RemoteSite::describe() const
{
    return m_site.name + QStringLiteral(" (") + m_address + QLatin1Char(')');
}

QString RemoteSite::sitePath(const QString& tail) const
{
    return QStringLiteral("/v1/sites/") + m_site.uuid.toString(QUuid::WithoutBraces) + QLatin1Char('/') + tail;
}

Result<AgentResponse> RemoteSite::send(const QByteArray& method, const QString& tail, const QByteArray& body,
                                       const QByteArray& contentType)
{
    m_bytesOut += body.size();
    return counted(method, tail, body.size(), m_client->sendAndWait(method, sitePath(tail), body, contentType));
}

Result<AgentResponse> RemoteSite::sendAhead(const QByteArray& method, const QString& tail,
                                            const std::function<void()>& meanwhile, const std::atomic_bool& cancelled)
{
    const quint64 id = m_client->sendAhead(method, sitePath(tail));
    meanwhile();
    return counted(method, tail, 0, m_client->answerTo(id, cancelled));
}

Result<AgentResponse> RemoteSite::counted(const QByteArray& method, const QString& tail, qsizetype bytesOut,
                                          Result<AgentResponse> response)
{
    if (response) {
        m_bytesIn += response->body.size();
    }
    // Where the bytes go, request by request: QT_LOGGING_RULES="ferry.net.client.debug=true".
    qCDebug(lcClient).noquote() << "bytes" << method << tail.section(QLatin1Char('?'), 0, 0) << "out" << bytesOut
                                << "in" << (response ? response->body.size() : 0);
    return response;
}

Result<AgentResponse> RemoteSite::expect(Result<AgentResponse> response, int status) const
{
    if (response && response->status != status) {
        return fail(tr("Site %1 answered %2: %3").arg(describe()).arg(response->status).arg(response->errorText()));
    }
    return response;
}

Result<AgentResponse> RemoteSite::call(const QByteArray& method, const QString& tail, const QByteArray& body,
                                       const QByteArray& contentType, int expectedStatus)
{
    return expect(send(method, tail, body, contentType), expectedStatus);
}

Result<RemoteScan> RemoteSite::scan(bool allowEmpty, const std::function<void()>& meanwhile,
                                    const std::atomic_bool& cancelled)
{
    const QString tail = allowEmpty ? QStringLiteral("scan?allow-empty=1") : QStringLiteral("scan");
    auto response = meanwhile ? sendAhead("POST", tail, meanwhile, cancelled) : send("POST", tail);
    if (response && response->status == 412) {
        return RemoteScan{.emptyRoot = response->errorText()};
    }
    response = expect(std::move(response), 200);
    if (!response) {
        return response.error();
    }
    const QJsonObject report = QJsonDocument::fromJson(response->body).object();
    return RemoteScan{report.value(QStringLiteral("files")).toInteger(),
                      report.value(QStringLiteral("added")).toInteger() + report.value(QStringLiteral("changed")).toInteger()
                          + report.value(QStringLiteral("deleted")).toInteger()};
}

Result<FeedPage> RemoteSite::changes(qint64 after, int limit)
{
    auto response = call("GET", QStringLiteral("changes?after=%1&limit=%2").arg(after).arg(limit));
    if (!response) {
        return response.error();
    }
    return FeedPageCodec::decode(response->body);
}

Result<std::vector<FileManifest>> RemoteSite::manifest(const QStringList& paths)
{
    std::vector<FileManifest> all;
    for (qsizetype from = 0; from < paths.size(); from += wire::maxManifestPaths) {
        const QStringList part = paths.mid(from, wire::maxManifestPaths);
        auto response = call("POST", QStringLiteral("manifest"), FileManifestCodec::encodeRequest(part), cborType);
        if (!response) {
            return response.error();
        }
        auto files = FileManifestCodec::decode(response->body);
        if (!files) {
            return files.error();
        }
        if (files->size() != std::size_t(part.size())) {
            return fail(tr("Site %1 described %2 files when asked about %3.").arg(describe()).arg(files->size()).arg(part.size()));
        }
        for (std::size_t i = 0; i < files->size(); ++i) {
            if (files->at(i).path != part.at(qsizetype(i))) {
                return fail(tr("Site %1 answered about other files than it was asked.").arg(describe()));
            }
        }
        std::move(files->begin(), files->end(), std::back_inserter(all));
    }
    return all;
}

Result<std::vector<RowValues>> RemoteSite::rows(const std::vector<RowValues>& keys)
{
    std::vector<RowValues> all;
    for (std::size_t from = 0; from < keys.size(); from += RowValuesCodec::maxRows) {
        const std::vector<RowValues> part(keys.begin() + qsizetype(from),
                                          keys.begin() + qsizetype(std::min(keys.size(), from + RowValuesCodec::maxRows)));
        auto response = call("POST", QStringLiteral("rows"), RowValuesCodec::encodeRequest(part), cborType);
        if (!response) {
            return response.error();
        }
        auto rows = RowValuesCodec::decode(response->body);
        if (!rows) {
            return rows.error();
        }
        if (rows->size() != part.size()) {
            return fail(tr("Site %1 answered about %2 rows when asked about %3.").arg(describe()).arg(rows->size()).arg(part.size()));
        }
        std::move(rows->begin(), rows->end(), std::back_inserter(all));
    }
    return all;
}

Result<std::vector<Sha256>> RemoteSite::lacking(const std::vector<Sha256>& hashes)
{
    std::vector<Sha256> missing;
    for (std::size_t from = 0; from < hashes.size(); from += wire::maxChunksPerList) {
        const std::vector<Sha256> part(hashes.begin() + qsizetype(from),
                                       hashes.begin() + qsizetype(std::min(hashes.size(), from + wire::maxChunksPerList)));
        auto response = call("POST", QStringLiteral("chunks/lacking"), ChunkListCodec::encode(part), cborType);
        if (!response) {
            return response.error();
        }
        auto lacked = ChunkListCodec::decode(response->body);
        if (!lacked) {
            return lacked.error();
        }
        std::move(lacked->begin(), lacked->end(), std::back_inserter(missing));
    }
    return missing;
}

int RemoteSite::pauseForBandwidthMs() const
{
    if (m_bandwidthLimitKiBps <= 0) {
        return 0;
    }
    // Both directions count against the limit: it is the link the administrator protects.
    const qint64 moved = m_bytesIn + m_bytesOut;
    const qint64 dueMs = moved * 1000 / (qint64(m_bandwidthLimitKiBps) * 1024);
    return int(std::max<qint64>(0, dueMs - m_since.elapsed()));
}

Result<void> RemoteSite::runParallel(std::size_t count, const std::function<Job(std::size_t)>& make,
                                     const std::function<Result<void>(std::size_t, const AgentResponse&)>& done,
                                     const std::atomic_bool& cancelled, int atOnce,
                                     const std::function<bool(std::size_t)>& alone)
{
    QEventLoop loop;
    std::map<quint64, std::size_t> inFlight;
    std::optional<QString> failure;
    QTimer pacer;
    pacer.setSingleShot(true);
    const std::size_t limit = std::size_t(atOnce > 0 ? std::min(atOnce, transfersAtOnce()) : transfersAtOnce());
    const auto mustWait = [&](std::size_t position) {
        if (!alone || inFlight.empty()) {
            return false;
        }
        return alone(position)
               || std::any_of(inFlight.begin(), inFlight.end(), [&](const auto& job) { return alone(job.second); });
    };

    // Jobs made and not sent yet, in order. Their bodies are made on worker threads side by side
    // (one at a time left the agent waiting for the next body while it had nothing else to do);
    // they are sent in the order they were made, so that the agent applies batches as planned.
    struct Made {
        std::size_t position;
        Job job;
        std::unique_ptr<QFutureWatcher<QByteArray>> body;  // set while the body is being made
    };
    std::deque<Made> made;
    // Watchers whose body was taken: kept to the end, since one is often taken in the handler of
    // its own finished signal.
    std::vector<std::unique_ptr<QFutureWatcher<QByteArray>>> spent;
    std::size_t next = 0;       // the position make is asked for next
    std::size_t total = count;  // lowered when make says there is nothing more to send
    // Under a bandwidth limit: whether the next job must wait for the pace (the pacer then runs).
    const auto mustPause = [&] {
        const int pause = pauseForBandwidthMs();
        if (pause > 0 && !pacer.isActive()) {
            pacer.start(std::min(pause, 1000));
        }
        return pause > 0;
    };
    const auto idle = [&] {
        return std::all_of(made.begin(), made.end(), [](const Made& m) { return !m.body || m.body->isFinished(); });
    };
    std::function<void()> startMore;
    startMore = [&]() {
        while (!failure && !cancelled && next < total && inFlight.size() + made.size() < limit) {
            if (mustPause()) {
                break;
            }
            Job job = make(next);
            if (job.method.isEmpty()) {
                total = next;
                break;
            }
            Made entry{next++, std::move(job), nullptr};
            if (entry.job.bodyLater) {
                entry.body = std::make_unique<QFutureWatcher<QByteArray>>();
                QObject::connect(entry.body.get(), &QFutureWatcher<QByteArray>::finished, &loop, [&] { startMore(); });
                entry.body->setFuture(QtConcurrent::run(std::move(entry.job.bodyLater)));
                entry.job.bodyLater = nullptr;
            }
            made.push_back(std::move(entry));
        }
        while (!failure && !cancelled && !made.empty()) {
            Made& front = made.front();
            if (front.body) {
                if (!front.body->isFinished()) {
                    break;  // on when its body is made
                }
                front.job.body = front.body->result();
                spent.push_back(std::move(front.body));
            }
            if (mustWait(front.position)) {
                break;
            }
            if (mustPause()) {
                break;  // bodies made ahead wait for the pace as well
            }
            m_bytesOut += front.job.body.size();
            qCDebug(lcClient).noquote() << "bytes" << front.job.method << front.job.path << "out" << front.job.body.size();
            inFlight.emplace(m_client->send(front.job.method, sitePath(front.job.path), front.job.body, front.job.contentType),
                             front.position);
            made.pop_front();
        }
        // Done when nothing is on its way and nothing more will be sent; a stop leaves what was
        // made unsent, once its bodies are finished.
        const bool stopping = failure || cancelled;
        if (inFlight.empty() && (made.empty() || stopping) && idle() && !(pacer.isActive() && !stopping)) {
            loop.quit();
        }
    };
    QObject::connect(&pacer, &QTimer::timeout, &loop, [&] { startMore(); });
    auto connection = QObject::connect(m_client.get(), &AgentClient::finished, &loop,
                                       [&](quint64 id, const AgentResponse& response, const QString& error) {
                                           const auto it = inFlight.find(id);
                                           if (it == inFlight.end()) {
                                               return;
                                           }
                                           const std::size_t position = it->second;
                                           inFlight.erase(it);
                                           m_bytesIn += response.body.size();
                                           qCDebug(lcClient).noquote() << "bytes parallel in" << response.body.size();
                                           if (!error.isEmpty()) {
                                               failure = failure.value_or(error);
                                           } else if (auto handled = done(position, response); !handled) {
                                               failure = failure.value_or(handled.errorMessage());
                                           }
                                           startMore();
                                       });
    QTimer::singleShot(0, &loop, [&] { startMore(); });
    loop.exec();
    for (Made& entry : made) {
        if (entry.body) {
            entry.body->waitForFinished();  // no body outlives what it refers to
        }
    }
    QObject::disconnect(connection);
    if (failure) {
        return fail(*failure);
    }
    if (cancelled) {
        return fail(tr("Cancelled."));
    }
    return {};
}

qsizetype RemoteSite::batchBytes() const
{
    if (m_bandwidthLimitKiBps <= 0) {
        return ChunkBatchCodec::targetBytes;
    }
    // About a quarter of a second's worth at the limit.
    return std::clamp<qsizetype>(qsizetype(m_bandwidthLimitKiBps) * 1024 / 4, 64 * 1024, ChunkBatchCodec::targetBytes);
}

int RemoteSite::transfersAtOnce() const
{
    return m_bandwidthLimitKiBps > 0 ? 2 : parallelTransfers;
}

std::vector<std::pair<std::size_t, std::size_t>> RemoteSite::batches(const std::vector<ChunkRef>& chunks) const
{
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    std::size_t from = 0;
    qsizetype bytes = 0;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        if (i > from && (bytes + qsizetype(chunks[i].length) > batchBytes()
                         || i - from >= std::size_t(ChunkBatchCodec::maxChunks))) {
            ranges.emplace_back(from, i);
            from = i;
            bytes = 0;
        }
        bytes += qsizetype(chunks[i].length);
    }
    if (from < chunks.size()) {
        ranges.emplace_back(from, chunks.size());
    }
    return ranges;
}

Result<void> RemoteSite::upload(const std::vector<ChunkRef>& chunks, const ChunkSource& source, const Moved& moved,
                                const std::atomic_bool& cancelled)
{
    const auto ranges = batches(chunks);
    // Each batch's own: written by the worker that makes its body, read once its answer is in.
    std::vector<std::optional<QString>> unreadable(ranges.size());
    std::vector<qint64> sizes(ranges.size(), 0);
    return runParallel(
        ranges.size(),
        [&](std::size_t b) -> Job {
            Job job{"POST", QStringLiteral("chunks"), {}, cborType, {}};
            job.bodyLater = [&, b] {  // source reads files: on a worker thread, like the encoding
                std::vector<ChunkBytes> batch;
                for (std::size_t i = ranges[b].first; i < ranges[b].second; ++i) {
                    auto bytes = source(chunks[i].hash);
                    if (!bytes) {
                        unreadable[b] = bytes.errorMessage();
                        return QByteArray();  // refused by the agent; the run stops on this batch's answer
                    }
                    sizes[b] += bytes->size();
                    batch.push_back({chunks[i].hash, std::move(bytes).value()});
                }
                return ChunkBatchCodec::encode(batch);
            };
            return job;
        },
        [&](std::size_t b, const AgentResponse& response) -> Result<void> {
            if (unreadable[b]) {
                return fail(*unreadable[b]);
            }
            if (response.status != 201) {
                return fail(tr("Site %1 refused %n chunk(s): %2", nullptr, int(ranges[b].second - ranges[b].first))
                                .arg(describe(), response.errorText()));
            }
            if (moved) {
                moved(sizes[b]);
            }
            testKillPoint("chunk-sent");
            return {};
        },
        cancelled);
}

Result<void> RemoteSite::download(const std::vector<ChunkRef>& chunks, const ChunkSink& sink, const Moved& moved,
                                  const std::atomic_bool& cancelled)
{
    const auto ranges = batches(chunks);
    return runParallel(
        ranges.size(),
        [&](std::size_t b) -> Job {
            std::vector<Sha256> hashes;
            for (std::size_t i = ranges[b].first; i < ranges[b].second; ++i) {
                hashes.push_back(chunks[i].hash);
            }
            return {"POST", QStringLiteral("chunks/fetch"), ChunkBatchCodec::encodeRequest(hashes), cborType};
        },
        [&](std::size_t b, const AgentResponse& response) -> Result<void> {
            if (response.status != 200) {
                return fail(tr("Site %1 did not send its chunks: %2").arg(describe(), response.errorText()));
            }
            // Every chunk arrives checked against its hash (decode does it).
            auto received = ChunkBatchCodec::decode(response.body, wire::maxManifestBytes);
            if (!received) {
                return received.error();
            }
            if (received->size() != ranges[b].second - ranges[b].first) {
                return fail(tr("Site %1 sent other chunks than were asked for.").arg(describe()));
            }
            qint64 bytes = 0;
            for (std::size_t i = 0; i < received->size(); ++i) {
                if (received->at(i).hash != chunks[ranges[b].first + i].hash) {
                    return fail(tr("Site %1 sent other chunks than were asked for.").arg(describe()));
                }
                bytes += received->at(i).bytes.size();
                if (auto stored = sink(received->at(i).hash, received->at(i).bytes); !stored) {
                    return stored;
                }
            }
            if (moved) {
                moved(bytes);
            }
            testKillPoint("chunk-fetched");
            return {};
        },
        cancelled);
}

Result<std::vector<ApplyOutcome>> RemoteSite::apply(const std::vector<ApplyItem>& items)
{
    auto response = call("POST", QStringLiteral("apply"), ApplyBatchCodec::encode(items), cborType);
    if (!response) {
        return response.error();
    }
    return ApplyBatchCodec::decodeOutcomes(response->body, items.size());
}

Result<void> RemoteSite::applyBatches(std::size_t count, const BatchMaker& make,
                                      const std::function<bool(std::size_t)>& alone, const BatchDone& done,
                                      const std::atomic_bool& cancelled)
{
    std::vector<std::size_t> sizes(count, 0);
    return runParallel(
        count,
        [&](std::size_t b) -> Job {
            auto batch = std::make_shared<Batch>(make(b));
            if (batch->items.empty()) {
                return {};  // no batch b: the items ran out
            }
            Job job{"POST", QStringLiteral("apply"), {}, cborType, {}};
            job.bodyLater = [batch, &size = sizes[b]] {
                if (batch->finish) {
                    batch->finish(batch->items);
                }
                size = batch->items.size();  // read once the answer is in, long after this
                return ApplyBatchCodec::encode(batch->items);
            };
            return job;
        },
        [&](std::size_t b, const AgentResponse& response) -> Result<void> {
            if (response.status != 200) {
                done(b, fail(tr("Site %1 answered %2: %3").arg(describe()).arg(response.status).arg(response.errorText())));
            } else {
                done(b, ApplyBatchCodec::decodeOutcomes(response.body, sizes[b]));
            }
            return {};
        },
        cancelled, 6, alone);
}

Result<void> RemoteSite::writeCheckpoints(const QUuid& peer, const Checkpoints& checkpoints)
{
    auto response = call("PUT", QStringLiteral("checkpoints/") + encoded(peer.toString(QUuid::WithoutBraces)),
                         CheckpointMessage::encode({peer, checkpoints}), QByteArrayLiteral("application/json"));
    return response ? Result<void>() : response.error();
}

} // namespace ferry
