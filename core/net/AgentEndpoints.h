#pragma once
// What the agent answers, independent of sockets and TLS: protocol 2 over one home. Each
// request arrives already authenticated (its TLS client certificate chains to a trusted CA) and
// carries the peer's fingerprint, which decides per site who may read (a site with pinned peers
// serves only them) and who may push (pinned with the push right). Every reply a person may
// read (curl, a log) is JSON {"error": "..."} with a sentence that says what to do.
//
//   GET  /v1/hello                                  agent version, protocol range, sites, time
//   GET  /v1/sites/SITE/changes?after=N&limit=M     a CBOR page of the change feed
//   POST /v1/sites/SITE/chunks/lacking              CBOR chunk list in, the ones we lack out
//   GET  /v1/sites/SITE/chunks/SHA256[?encoding=zstd]  one chunk's bytes, optionally compressed
//   PUT  /v1/sites/SITE/chunks/SHA256               store a pushed chunk (push right needed),
//                                                   compressed when sent as application/zstd
//   POST /v1/sites/SITE/chunks                      store several pushed chunks (CBOR batch; push right)
//   POST /v1/sites/SITE/chunks/fetch                several chunks' bytes (CBOR hashes in, batch out)
//   POST /v1/sites/SITE/chunks/signatures           signatures of basis chunks (see DeltaEndpoints)
//   POST /v1/sites/SITE/chunks/deltas               chunks rebuilt from deltas (push right)
//   POST /v1/sites/SITE/chunks/delta-fetch          deltas of chunks against the client's signatures
//   POST /v1/sites/SITE/scan[?allow-empty=1]        bring the site's index up to date (JSON report);
//                                                   412 when its files root is empty and not allowed
//   POST /v1/sites/SITE/manifest                    CBOR paths in, their hashes and chunk lists out
//   POST /v1/sites/SITE/rows                        CBOR row keys in, their values out
//   POST /v1/sites/SITE/apply                       a CBOR batch of files, rows and deletions to
//                                                   take (push right needed), one result per item
//   GET  /v1/sites/SITE/checkpoints/PEER            a peer site's checkpoints (JSON)
//   PUT  /v1/sites/SITE/checkpoints/PEER            record them (push right needed)

#include "common/Result.h"
#include "model/Site.h"
#include "site/SiteIndexCache.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QUrlQuery>

#include <QUuid>

#include <functional>

#include <map>
#include <memory>
#include <variant>

namespace ferry {

class StateStore;

struct AgentRequest {
    QByteArray method;      // "GET", "POST", …
    QStringList segments;   // the path's segments, each percent-decoded: {"v1", "hello"}
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;   // "application/zstd" for a compressed chunk upload
    QString peerFingerprint;  // SHA-256 of the client certificate, "AB:CD:…"
    QString peerName;         // its common name, for messages and logs
};

struct AgentReply {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
};

class ChunkLocator;
class SiteIndex;

// What a request that writes a site (POST …/apply, …/chunks, …/scan) still has to do once it is
// checked and decoded: work that touches no state of the endpoints, and so may run on another
// thread, with that thread's open site indexes.
struct ApplyBatchWrite;
struct SiteWrite {
    std::function<AgentReply(SiteIndexCache& indexes)> work;
    // Set for an apply batch: the site-writing thread may write it together with the apply
    // batches queued behind it (ApplyWrite), instead of running work.
    std::shared_ptr<const ApplyBatchWrite> apply;
};
// A request's answer, or the site write that makes it.
using Routed = std::variant<AgentReply, SiteWrite>;

class AgentEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(AgentEndpoints)

public:
    static constexpr int defaultFeedLimit = 1000;

    static Result<std::unique_ptr<AgentEndpoints>> open(const QString& homePath);
    ~AgentEndpoints();

    // The answer, with any site write done here, at once (tests and tools).
    AgentReply handle(const AgentRequest& request);
    // The answer, or for a request that writes a site, checked and decoded here, the write left
    // to the caller (the agent runs it on its site-writing thread).
    Routed route(const AgentRequest& request);
    // Closes the site indexes no request has used for a minute (called by the server's timer).
    void closeIdleIndexes() { m_indexes.closeIdle(); }

    static AgentReply error(int status, const QString& message);
    // The capabilities this agent announces in its hello.
    static QStringList capabilities();
    // A site's index from a thread's open indexes (the server's, or the site-writing thread's).
    static Result<std::shared_ptr<SiteIndex>> indexIn(SiteIndexCache& indexes, const QString& homePath, const Site& site);

private:
    AgentEndpoints(QString homePath, std::unique_ptr<StateStore> store);

    AgentReply hello(const AgentRequest& request);
    Routed site(const AgentRequest& request);
    AgentReply changes(const Site& site, const AgentRequest& request);
    AgentReply lacking(const Site& site, const AgentRequest& request);
    AgentReply download(const Site& site, const QString& hash, const AgentRequest& request);
    AgentReply upload(const Site& site, const QString& hash, const AgentRequest& request);
    Routed uploadBatch(const Site& site, const AgentRequest& request);
    AgentReply downloadBatch(const Site& site, const AgentRequest& request);
    // chunks/signatures, chunks/deltas, chunks/delta-fetch: DeltaEndpoints.
    AgentReply deltas(const Site& site, const QString& name, const AgentRequest& request);
    Routed scan(const Site& site, const AgentRequest& request);
    AgentReply manifest(const Site& site, const AgentRequest& request);
    AgentReply rows(const Site& site, const AgentRequest& request);
    Routed apply(const Site& site, const AgentRequest& request);
    AgentReply readCheckpoints(const Site& site, const QString& peer);
    AgentReply writeCheckpoints(const Site& site, const QString& peer, const AgentRequest& request);

    Result<Site> findSite(const QString& nameOrUuid) const;
    Result<void> checkPull(const Site& site, const AgentRequest& request) const;
    Result<void> checkPush(const Site& site, const AgentRequest& request) const;
    // The site's chunk locator, built again only when the site's index has changed since: building
    // one reads every chunk list of the site, far too slow to do for every chunk a peer asks for.
    Result<std::shared_ptr<const ChunkLocator>> locatorFor(const Site& site);
    // The site's index, kept open between requests (see SiteIndexCache).
    Result<std::shared_ptr<SiteIndex>> indexOf(const Site& site);  // from this thread's open indexes

    struct CachedLocator {
        qint64 sequence = -1;
        std::shared_ptr<const ChunkLocator> locator;
    };

    QString m_homePath;
    std::unique_ptr<StateStore> m_store;
    std::map<QUuid, CachedLocator> m_locators;  // by site
    SiteIndexCache m_indexes;
};

} // namespace ferry
