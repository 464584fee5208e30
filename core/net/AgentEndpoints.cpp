#include "AgentEndpoints.h"

#include "CheckpointMessage.h"
#include "ChunkBatchCodec.h"
#include "common/TestKillPoint.h"
#include "ChunkCompression.h"
#include "ChunkListCodec.h"
#include "ChunkLocator.h"
#include "DeltaEndpoints.h"
#include "FeedPageCodec.h"
#include "ApplyBatchCodec.h"
#include "ApplyWrite.h"
#include "FileManifestCodec.h"
#include "HelloMessage.h"
#include "RowValuesCodec.h"
#include "NetLogging.h"
#include "WireLimits.h"
#include "security/TrustStore.h"
#include "site/ChangeCapture.h"
#include "site/ContentDatabase.h"
#include "site/RowStore.h"
#include "site/SiteIndex.h"
#include "site/SiteScanner.h"
#include "site/SiteRegistry.h"
#include "store/CheckpointRepository.h"
#include "store/Sql.h"
#include "store/StateStore.h"

#include "ferry/BuildInfo.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ferry {

namespace {

const QByteArray jsonType = QByteArrayLiteral("application/json");
const QByteArray cborType = QByteArrayLiteral("application/cbor");
const QByteArray octetType = QByteArrayLiteral("application/octet-stream");
const QByteArray zstdType = QByteArrayLiteral("application/zstd");

bool isMethod(const AgentRequest& request, const char* method)
{
    return request.method == method;
}

bool isDeltaEndpoint(const QString& name)
{
    return name == QStringLiteral("signatures") || name == QStringLiteral("deltas") || name == QStringLiteral("delta-fetch");
}

} // namespace

AgentEndpoints::AgentEndpoints(QString homePath, std::unique_ptr<StateStore> store)
    : m_homePath(std::move(homePath))
    , m_store(std::move(store))
{
}

AgentEndpoints::~AgentEndpoints() = default;

Result<std::unique_ptr<AgentEndpoints>> AgentEndpoints::open(const QString& homePath)
{
    auto store = StateStore::open(homePath + QStringLiteral("/state.db"));
    if (!store) {
        return store.error();
    }
    return std::unique_ptr<AgentEndpoints>(new AgentEndpoints(homePath, std::move(store).value()));
}

AgentReply AgentEndpoints::error(int status, const QString& message)
{
    qCDebug(lcCodec).noquote() << "answering" << status << ":" << message;
    const QJsonObject object{{QStringLiteral("error"), message}};
    return {status, jsonType, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n'};
}

QStringList AgentEndpoints::capabilities()
{
    return {QStringLiteral("feed-cbor"), QStringLiteral("chunks-lacking"), QStringLiteral("chunk-download"),
            QStringLiteral("chunk-upload"), QStringLiteral("checkpoints"), QStringLiteral("chunk-zstd"),
            QStringLiteral("scan"),         QStringLiteral("manifest"),    QStringLiteral("rows"),
            QStringLiteral("apply"),        QStringLiteral("chunk-batches"), QStringLiteral("chunk-deltas"),
            QStringLiteral("apply-inline")};
}

AgentReply AgentEndpoints::handle(const AgentRequest& request)
{
    Routed routed = route(request);
    if (auto* write = std::get_if<SiteWrite>(&routed)) {
        return write->work(m_indexes);
    }
    return std::get<AgentReply>(std::move(routed));
}

Routed AgentEndpoints::route(const AgentRequest& request)
{
    const QStringList& path = request.segments;
    if (path.isEmpty() || path.first() != QStringLiteral("v1")) {
        if (!path.isEmpty() && path.first().size() >= 2 && path.first().startsWith(QChar(u'v'))) {
            // The paths' /v1/ names their layout, not the protocol version (the hello tells that).
            return error(404, tr("This agent's paths start with /v1/; there is no %1 here.")
                                  .arg(QStringLiteral("/") + path.first().left(16) + QStringLiteral("/")));
        }
        return error(404, tr("There is nothing here; the agent's paths start with /v1/ (try /v1/hello)."));
    }
    if (path.size() == 2 && path.at(1) == QStringLiteral("hello")) {
        if (!isMethod(request, "GET")) {
            return error(405, tr("/v1/hello only answers GET."));
        }
        return hello(request);
    }
    if (path.size() >= 3 && path.at(1) == QStringLiteral("sites")) {
        return site(request);
    }
    return error(404, tr("This agent has no endpoint %1.").arg(QStringLiteral("/") + path.join(QChar(u'/')).left(200)));
}

AgentReply AgentEndpoints::hello(const AgentRequest& request)
{
    auto sites = SiteRegistry(*m_store).list();
    if (!sites) {
        qCWarning(lcAgent) << "cannot list the sites:" << sites.errorMessage();
        return error(500, sites.errorMessage());
    }
    Hello hello;
    hello.agentVersion = QString::fromLatin1(build::version);
    hello.protocolMin = wire::minProtocolVersion;
    hello.protocolMax = wire::protocolVersion;
    hello.serverTime = QDateTime::currentDateTimeUtc();
    hello.capabilities = capabilities();
    for (const Site& site : sites.value()) {
        if (!checkPull(site, request)) {
            continue;  // a site pinned to other peers is not even named to this one
        }
        // The same check a push meets, so that a client can tell before it tries.
        HelloSite entry{site.uuid, site.name, site.stage, {QStringLiteral("files")}, checkPush(site, request).ok()};
        for (const QString& table : site.tables) {
            entry.resources.append(QStringLiteral("table:") + table);
        }
        hello.sites.push_back(std::move(entry));
    }
    return {200, jsonType, HelloMessage::encode(hello)};
}

Routed AgentEndpoints::site(const AgentRequest& request)
{
    const QStringList& path = request.segments;  // v1 sites SITE …
    auto found = findSite(path.at(2));
    if (!found) {
        return error(404, found.errorMessage());
    }
    const Site& site = found.value();
    if (auto allowed = checkPull(site, request); !allowed) {
        qCWarning(lcAgent).noquote() << "refused" << site.name << "to" << request.peerFingerprint;
        return error(403, allowed.errorMessage());
    }
    if (path.size() == 4 && path.at(3) == QStringLiteral("changes")) {
        if (!isMethod(request, "GET")) {
            return error(405, tr("The change feed only answers GET."));
        }
        return changes(site, request);
    }
    if (path.size() == 4 && path.at(3) == QStringLiteral("chunks")) {
        if (!isMethod(request, "POST")) {
            return error(405, tr("A chunk batch only answers POST."));
        }
        return uploadBatch(site, request);
    }
    if (path.size() == 5 && path.at(3) == QStringLiteral("chunks") && path.at(4) == QStringLiteral("fetch")) {
        if (!isMethod(request, "POST")) {
            return error(405, tr("A chunk batch only answers POST."));
        }
        return downloadBatch(site, request);
    }
    if (path.size() == 5 && path.at(3) == QStringLiteral("chunks") && path.at(4) == QStringLiteral("lacking")) {
        if (!isMethod(request, "POST")) {
            return error(405, tr("The chunk question only answers POST."));
        }
        return lacking(site, request);
    }
    if (path.size() == 5 && path.at(3) == QStringLiteral("chunks") && isDeltaEndpoint(path.at(4))) {
        return deltas(site, path.at(4), request);
    }
    if (path.size() == 5 && path.at(3) == QStringLiteral("chunks")) {
        if (isMethod(request, "GET")) {
            return download(site, path.at(4), request);
        }
        if (isMethod(request, "PUT")) {
            return upload(site, path.at(4), request);
        }
        return error(405, tr("A chunk answers GET and PUT only."));
    }
    if (path.size() == 4 && (path.at(3) == QStringLiteral("scan") || path.at(3) == QStringLiteral("manifest")
                             || path.at(3) == QStringLiteral("rows") || path.at(3) == QStringLiteral("apply"))) {
        if (!isMethod(request, "POST")) {
            return error(405, tr("%1 only answers POST.").arg(path.at(3)));
        }
        if (path.at(3) == QStringLiteral("scan")) {
            return scan(site, request);
        }
        if (path.at(3) == QStringLiteral("manifest")) {
            return manifest(site, request);
        }
        if (path.at(3) == QStringLiteral("rows")) {
            return rows(site, request);
        }
        return apply(site, request);
    }
    if (path.size() == 5 && path.at(3) == QStringLiteral("checkpoints")) {
        if (isMethod(request, "GET")) {
            return readCheckpoints(site, path.at(4));
        }
        if (isMethod(request, "PUT")) {
            return writeCheckpoints(site, path.at(4), request);
        }
        return error(405, tr("Checkpoints answer GET and PUT only."));
    }
    return error(404, tr("This agent has no endpoint %1.").arg(QStringLiteral("/") + path.join(QChar(u'/')).left(200)));
}

Routed AgentEndpoints::scan(const Site& site, const AgentRequest& request)
{
    const bool allowEmpty = request.query.queryItemValue(QStringLiteral("allow-empty")) == QStringLiteral("1");
    // A scan writes the site's index too: on the site-writing thread, never beside an apply.
    return SiteWrite{[site, allowEmpty, indexPath = SiteIndex::pathFor(m_homePath, site.uuid)](SiteIndexCache&) {
                if (!allowEmpty && SiteScanner::isEmptyRoot(site.filesRoot)) {
                    // Not a failure: a question only the administrator can answer.
                    return error(412, SiteScanner::checkRoot(site.name, site.filesRoot).errorMessage());
                }
                const std::atomic_bool cancelled = false;
                auto report = SiteScanner::scan({.siteUuid = site.uuid,
                                                 .siteName = site.name,
                                                 .filesRoot = site.filesRoot,
                                                 .indexPath = indexPath,
                                                 .databaseUrl = site.databaseUrl,
                                                 .allowEmptyRoot = allowEmpty},
                                                cancelled);
                if (!report) {
                    qCWarning(lcAgent).noquote() << "scan of" << site.name << "failed:" << report.errorMessage();
                    return error(409, report.errorMessage());
                }
                const QJsonObject object{{QStringLiteral("files"), report->files},
                                         {QStringLiteral("bytes"), report->bytes},
                                         {QStringLiteral("added"), report->added},
                                         {QStringLiteral("changed"), report->changed},
                                         {QStringLiteral("deleted"), report->deleted},
                                         {QStringLiteral("rowsChanged"), report->rowsChanged},
                                         {QStringLiteral("elapsedMs"), report->elapsedMs}};
                return AgentReply{200, jsonType, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n'};
            }};
}

AgentReply AgentEndpoints::manifest(const Site& site, const AgentRequest& request)
{
    auto paths = FileManifestCodec::decodeRequest(request.body);
    if (!paths) {
        return error(400, paths.errorMessage());
    }
    auto index = indexOf(site);
    if (!index) {
        return error(500, index.errorMessage());
    }
    std::vector<FileManifest> files;
    for (const QString& path : paths.value()) {
        auto digest = index.value()->digestOf(path);
        if (!digest) {
            return error(500, digest.errorMessage());
        }
        if (!digest.value()) {
            files.push_back({.path = path, .missing = true});
            continue;
        }
        files.push_back({.path = path,
                         .hash = digest.value()->hash,
                         .size = qint64(digest.value()->size),
                         .chunks = std::move(digest.value()->chunks)});
    }
    return {200, cborType, FileManifestCodec::encode(files)};
}

AgentReply AgentEndpoints::rows(const Site& site, const AgentRequest& request)
{
    auto wanted = RowValuesCodec::decodeRequest(request.body);
    if (!wanted) {
        return error(400, wanted.errorMessage());
    }
    for (const RowValues& row : wanted.value()) {
        if (!site.tables.contains(row.table)) {
            return error(404, tr("Site %1 does not keep table %2 in step.").arg(site.name, row.table.left(80)));
        }
    }
    auto url = DatabaseUrl::parse(site.databaseUrl);
    if (!url) {
        return error(404, tr("Site %1 has no content database.").arg(site.name));
    }
    auto database = ContentDatabase::open(url.value());
    if (!database) {
        return error(503, database.errorMessage());
    }
    auto capture = ChangeCapture::forDatabase(*database.value());
    RowStore store(*capture);
    std::vector<RowValues> answer;
    // One read transaction: the rows as of one moment, and the tables' columns stay as they are
    // while the store reads them (see RowStore::read).
    bool rowRefused = false;  // a row asked for wrongly (400), not a database failing (503)
    auto read = sql::transaction(database.value()->database(), QStringLiteral("BEGIN"), [&]() -> Result<void> {
        for (const RowValues& row : wanted.value()) {
            auto values = store.read(row.table, row.key);
            if (!values) {
                rowRefused = true;
                return values.error();
            }
            answer.push_back({row.table, row.key, !values->isEmpty(), values.value()});
        }
        return {};
    });
    if (!read) {
        return error(rowRefused ? 400 : 503, read.errorMessage());
    }
    return {200, cborType, RowValuesCodec::encode(answer)};
}

Routed AgentEndpoints::apply(const Site& site, const AgentRequest& request)
{
    if (auto allowed = checkPush(site, request); !allowed) {
        qCWarning(lcAgent).noquote() << "refused an apply to" << site.name << "from" << request.peerFingerprint;
        return error(403, allowed.errorMessage());
    }
    auto items = ApplyBatchCodec::decode(request.body);
    if (!items) {
        return error(400, items.errorMessage());
    }
    auto batch = std::make_shared<const ApplyBatchWrite>(ApplyBatchWrite{
        m_homePath, site, request.peerName, std::make_shared<const std::vector<ApplyItem>>(std::move(items).value())});
    return SiteWrite{[batch](SiteIndexCache& indexes) { return ApplyWrite::run(indexes, {batch.get()}).front(); }, batch};
}

AgentReply AgentEndpoints::readCheckpoints(const Site& site, const QString& peerText)
{
    const QUuid peer = QUuid::fromString(peerText);
    if (peer.isNull()) {
        return error(400, tr("'%1' is not a site UUID.").arg(peerText.left(80)));
    }
    auto checkpoints = CheckpointRepository(*m_store).read(site.id, peer);
    if (!checkpoints) {
        return error(500, checkpoints.errorMessage());
    }
    return {200, jsonType, CheckpointMessage::encode({peer, checkpoints.value()})};
}

AgentReply AgentEndpoints::writeCheckpoints(const Site& site, const QString& peerText, const AgentRequest& request)
{
    if (auto allowed = checkPush(site, request); !allowed) {
        qCWarning(lcAgent).noquote() << "refused checkpoints for" << site.name << "from" << request.peerFingerprint;
        return error(403, allowed.errorMessage());
    }
    const QUuid peer = QUuid::fromString(peerText);
    if (peer.isNull()) {
        return error(400, tr("'%1' is not a site UUID.").arg(peerText.left(80)));
    }
    auto set = CheckpointMessage::decode(request.body);
    if (!set) {
        return error(400, set.errorMessage());
    }
    if (set->peer != peer) {
        return error(400, tr("The checkpoints are for peer %1, but the path names %2.")
                              .arg(set->peer.toString(QUuid::WithoutBraces), peer.toString(QUuid::WithoutBraces)));
    }
    testKillPoint("checkpoint");
    auto written = CheckpointRepository(*m_store).write(site.id, peer, set->checkpoints, request.peerFingerprint,
                                                        QDateTime::currentDateTimeUtc());
    if (!written) {
        return error(500, written.errorMessage());
    }
    return readCheckpoints(site, peerText);
}

AgentReply AgentEndpoints::changes(const Site& site, const AgentRequest& request)
{
    bool afterOk = true;
    bool limitOk = true;
    const QString afterText = request.query.queryItemValue(QStringLiteral("after"));
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&afterOk);
    const int limit = limitText.isEmpty() ? defaultFeedLimit : limitText.toInt(&limitOk);
    if (!afterOk || after < 0) {
        return error(400, tr("'after' must be a change number of 0 or more."));
    }
    if (!limitOk || limit < 1 || limit > wire::maxFeedEntries) {
        return error(400, tr("'limit' must be between 1 and %1.").arg(wire::maxFeedEntries));
    }
    auto index = indexOf(site);
    if (!index) {
        return error(500, index.errorMessage());
    }
    auto page = index.value()->changesSince(after, limit);
    if (!page) {
        return error(500, page.errorMessage());
    }
    return {200, cborType, FeedPageCodec::encode(page.value())};
}

AgentReply AgentEndpoints::lacking(const Site& site, const AgentRequest& request)
{
    auto hashes = ChunkListCodec::decode(request.body);
    if (!hashes) {
        return error(400, hashes.errorMessage());
    }
    auto locator = locatorFor(site);
    if (!locator) {
        return error(500, locator.errorMessage());
    }
    std::vector<Sha256> missing;
    for (const Sha256& hash : hashes.value()) {
        if (!locator.value()->hasAndKeeps(hash)) {
            missing.push_back(hash);
        }
    }
    return {200, cborType, ChunkListCodec::encode(missing)};
}

AgentReply AgentEndpoints::download(const Site& site, const QString& hashText, const AgentRequest& request)
{
    const QString encoding = request.query.queryItemValue(QStringLiteral("encoding"));
    if (!encoding.isEmpty() && encoding != QStringLiteral("zstd")) {
        return error(400, tr("This agent compresses chunks with zstd only (encoding=zstd), not '%1'.").arg(encoding.left(40)));
    }
    auto hash = ChunkListCodec::parseHex(hashText);
    if (!hash) {
        return error(400, hash.errorMessage());
    }
    auto locator = locatorFor(site);
    if (!locator) {
        return error(500, locator.errorMessage());
    }
    if (!locator.value()->has(hash.value())) {
        return error(404, tr("Site %1 has no chunk %2.").arg(site.name, hashText));
    }
    auto bytes = locator.value()->read(hash.value());
    if (!bytes) {
        return error(409, bytes.errorMessage());
    }
    if (encoding == QStringLiteral("zstd")) {
        // Sent compressed only when that pays; the content type says which the client got.
        if (auto compressed = ChunkCompression::compressIfWorthIt(bytes.value())) {
            return {200, zstdType, std::move(*compressed)};
        }
    }
    return {200, octetType, bytes.value()};
}

AgentReply AgentEndpoints::upload(const Site& site, const QString& hashText, const AgentRequest& request)
{
    // Rights first: a peer without them learns nothing from how its input would have been judged.
    if (auto allowed = checkPush(site, request); !allowed) {
        qCWarning(lcAgent).noquote() << "refused a push to" << site.name << "from" << request.peerFingerprint;
        return error(403, allowed.errorMessage());
    }
    auto hash = ChunkListCodec::parseHex(hashText);
    if (!hash) {
        return error(400, hash.errorMessage());
    }
    QByteArray chunk = request.body;
    if (request.contentType == zstdType) {
        auto expanded = ChunkCompression::decompress(request.body, wire::maxChunkBytes);
        if (!expanded) {
            return error(400, expanded.errorMessage());
        }
        chunk = std::move(expanded).value();
    }
    if (chunk.size() > wire::maxChunkBytes) {
        return error(413, tr("A chunk is at most %1 bytes; this one has %2.").arg(wire::maxChunkBytes).arg(chunk.size()));
    }
    // A pushed chunk waits in the home, never in the files root, until a run applies it.
    auto stored = ChunkLocator::store(ChunkLocator::storeFolder(m_homePath, site.uuid), hash.value(), chunk);
    if (!stored) {
        return error(400, stored.errorMessage());
    }
    testKillPoint("chunk-stored");
    qCInfo(lcAgent).noquote() << "stored chunk" << hashText << "for" << site.name << "from" << request.peerName;
    return {201, jsonType, QByteArrayLiteral("{\"stored\":true}\n")};
}

Routed AgentEndpoints::uploadBatch(const Site& site, const AgentRequest& request)
{
    if (auto allowed = checkPush(site, request); !allowed) {
        qCWarning(lcAgent).noquote() << "refused a push to" << site.name << "from" << request.peerFingerprint;
        return error(403, allowed.errorMessage());
    }
    auto decoded = ChunkBatchCodec::decode(request.body, wire::maxApplyBodyBytes);
    if (!decoded) {
        return error(400, decoded.errorMessage());
    }
    // A pushed chunk waits in the home, never in the files root, until a run applies it.
    auto chunks = std::make_shared<std::vector<ChunkBytes>>(std::move(decoded).value());
    return SiteWrite{[store = ChunkLocator::storeFolder(m_homePath, site.uuid), name = site.name, chunks,
                      peer = request.peerName](SiteIndexCache&) -> AgentReply {
                for (const ChunkBytes& chunk : *chunks) {
                    // Checked against its hash as the batch was decoded.
                    if (auto stored = ChunkLocator::storeChecked(store, chunk.hash, chunk.bytes); !stored) {
                        return error(507, stored.errorMessage());
                    }
                    testKillPoint("chunk-stored");
                }
                qCInfo(lcAgent).noquote() << "stored" << chunks->size() << "chunks for" << name << "from" << peer;
                return {201, jsonType,
                        QByteArrayLiteral("{\"stored\":") + QByteArray::number(qsizetype(chunks->size())) + "}\n"};
            }};
}

AgentReply AgentEndpoints::deltas(const Site& site, const QString& name, const AgentRequest& request)
{
    if (!isMethod(request, "POST")) {
        return error(405, tr("%1 only answers POST.").arg(name));
    }
    if (name == QStringLiteral("deltas")) {
        if (auto allowed = checkPush(site, request); !allowed) {
            qCWarning(lcAgent).noquote() << "refused a push to" << site.name << "from" << request.peerFingerprint;
            return error(403, allowed.errorMessage());
        }
    }
    auto locator = locatorFor(site);
    if (!locator) {
        return error(500, locator.errorMessage());
    }
    if (name == QStringLiteral("signatures")) {
        auto index = indexOf(site);
        if (!index) {
            return error(500, index.errorMessage());
        }
        return DeltaEndpoints::signatures(*index.value(), *locator.value(), request);
    }
    if (name == QStringLiteral("deltas")) {
        return DeltaEndpoints::storeDeltas(m_homePath, site, *locator.value(), request);
    }
    return DeltaEndpoints::fetchDeltas(site, *locator.value(), request);
}

AgentReply AgentEndpoints::downloadBatch(const Site& site, const AgentRequest& request)
{
    auto hashes = ChunkBatchCodec::decodeRequest(request.body);
    if (!hashes) {
        return error(400, hashes.errorMessage());
    }
    auto locator = locatorFor(site);
    if (!locator) {
        return error(500, locator.errorMessage());
    }
    std::vector<ChunkBytes> chunks;
    for (const Sha256& hash : hashes.value()) {
        if (!locator.value()->has(hash)) {
            return error(404, tr("Site %1 has no chunk %2.").arg(site.name, ChunkListCodec::toHex(hash)));
        }
        auto bytes = locator.value()->read(hash);
        if (!bytes) {
            return error(409, bytes.errorMessage());
        }
        chunks.push_back({hash, std::move(bytes).value()});
    }
    return {200, cborType, ChunkBatchCodec::encode(chunks)};
}

Result<std::shared_ptr<SiteIndex>> AgentEndpoints::indexIn(SiteIndexCache& indexes, const QString& homePath,
                                                            const Site& site)
{
    return indexes.open(SiteIndex::pathFor(homePath, site.uuid), site.uuid);
}

Result<std::shared_ptr<SiteIndex>> AgentEndpoints::indexOf(const Site& site)
{
    return indexIn(m_indexes, m_homePath, site);
}

Result<std::shared_ptr<const ChunkLocator>> AgentEndpoints::locatorFor(const Site& site)
{
    auto opened = indexOf(site);
    if (!opened) {
        return opened.error();
    }
    const SiteIndex& index = *opened.value();
    // Keyed on the index's last change: a scan or an apply moves it. A file edited on disk since
    // the last scan is caught as before, by read() checking every chunk against its hash.
    auto sequence = index.lastSequence();
    if (!sequence) {
        return sequence.error();
    }
    CachedLocator& cached = m_locators[site.uuid];
    if (!cached.locator || cached.sequence != sequence.value() || cached.locator->filesRoot() != site.filesRoot) {
        auto built = ChunkLocator::build(index, site.filesRoot, ChunkLocator::storeFolder(m_homePath, site.uuid));
        if (!built) {
            m_locators.erase(site.uuid);
            return built.error();
        }
        cached = {sequence.value(), std::make_shared<const ChunkLocator>(std::move(built).value())};
    }
    return cached.locator;
}

Result<Site> AgentEndpoints::findSite(const QString& nameOrUuid) const
{
    auto sites = SiteRegistry(*m_store).list();
    if (!sites) {
        return sites.error();
    }
    const QUuid uuid = QUuid::fromString(nameOrUuid);
    for (const Site& site : sites.value()) {
        if (site.name.compare(nameOrUuid, Qt::CaseInsensitive) == 0 || (!uuid.isNull() && site.uuid == uuid)) {
            return site;
        }
    }
    return fail(tr("This agent serves no site '%1'; GET /v1/hello lists the sites it serves.").arg(nameOrUuid.left(80)));
}

Result<void> AgentEndpoints::checkPull(const Site& site, const AgentRequest& request) const
{
    // A site no peer is pinned to is open to every certificate from a trusted CA; once peers are
    // pinned to it (or to every site), only those may use it.
    auto trust = TrustStore::open(m_homePath);
    if (!trust) {
        return trust.error();
    }
    bool pinned = false;
    for (const PinnedPeer& peer : trust->peers()) {
        if (peer.site.isEmpty() || peer.site.compare(site.name, Qt::CaseInsensitive) == 0) {
            if (peer.fingerprint == request.peerFingerprint) {
                return {};
            }
            pinned = true;
        }
    }
    if (!pinned) {
        return {};
    }
    return fail(tr("The peer with certificate %1 may not use site %2: it is pinned to other peers. On this server: "
                   "ferryctl peer allow %1 --site %2")
                    .arg(request.peerFingerprint, site.name));
}

Result<void> AgentEndpoints::checkPush(const Site& site, const AgentRequest& request) const
{
    // Read the trust store on every push, so that `ferryctl peer allow|deny` takes effect at once.
    auto trust = TrustStore::open(m_homePath);
    if (!trust) {
        return trust.error();
    }
    for (const PinnedPeer& peer : trust->peers()) {
        if (peer.fingerprint == request.peerFingerprint && peer.mayPush
            && (peer.site.isEmpty() || peer.site.compare(site.name, Qt::CaseInsensitive) == 0)) {
            return {};
        }
    }
    return fail(tr("The peer with certificate %1 may not push to site %2. On this server: ferryctl peer allow %1 "
                   "--site %2 --push")
                    .arg(request.peerFingerprint, site.name));
}

} // namespace ferry
