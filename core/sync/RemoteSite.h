#pragma once
// One remote site as a run talks to it: protocol 2 over an AgentClient configured from the
// relationship (client certificate, the agent's CA, pinning, proxy). Calls wait for their answer
// (a run is on a worker thread); chunk transfers keep several requests in flight at once and
// honour the profile's bandwidth limit. Counts the bytes each way, for the run's report.

#include "common/Result.h"
#include "model/Relationship.h"
#include "net/AgentClient.h"
#include "net/ApplyBatch.h"
#include "net/ChunkDeltaCodec.h"
#include "net/FileManifestCodec.h"
#include "net/RowValuesCodec.h"
#include "store/CheckpointRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace ferry {

struct ChunkRef {
    Sha256 hash{};
    quint32 length = 0;
};

struct RemoteScan {
    qint64 files = 0;
    qint64 changed = 0;       // added, changed or deleted by this scan
    QString emptyRoot;        // set, and nothing scanned, when the remote's files root is empty
};

class RemoteSite
{
    Q_DECLARE_TR_FUNCTIONS(RemoteSite)

public:
    using ChunkSource = std::function<Result<QByteArray>(const Sha256&)>;
    using ChunkSink = std::function<Result<void>(const Sha256&, const QByteArray&)>;
    using Moved = std::function<void(qint64 bytes)>;

    // Connects (hello, protocol check) and finds the relationship's remote site.
    static Result<std::unique_ptr<RemoteSite>> connect(const QString& homePath, const Relationship& relationship,
                                                       int bandwidthLimitKiBps = 0);
    ~RemoteSite();

    const HelloSite& site() const { return m_site; }
    qint64 clockSkewMs() const { return m_clockSkewMs; }
    qint64 bytesOut() const { return m_bytesOut; }
    qint64 bytesIn() const { return m_bytesIn; }
    QString describe() const;

    // allowEmpty: the administrator confirmed that an empty files root is meant. meanwhile, if
    // given, runs on this thread while the agent scans (the request is on its way first); once
    // it is done, cancelled stops the wait for the agent's answer.
    Result<RemoteScan> scan(bool allowEmpty, const std::function<void()>& meanwhile, const std::atomic_bool& cancelled);
    Result<FeedPage> changes(qint64 after, int limit);
    Result<std::vector<FileManifest>> manifest(const QStringList& paths);
    Result<std::vector<RowValues>> rows(const std::vector<RowValues>& keys);
    Result<std::vector<Sha256>> lacking(const std::vector<Sha256>& hashes);
    // Chunks travel in batches of up to ChunkBatchCodec::targetBytes, several batches in flight.
    // source is called on a worker thread, for one batch at a time.
    Result<void> upload(const std::vector<ChunkRef>& chunks, const ChunkSource& source, const Moved& moved,
                        const std::atomic_bool& cancelled);
    // sink receives each chunk checked against its hash already.
    Result<void> download(const std::vector<ChunkRef>& chunks, const ChunkSink& sink, const Moved& moved,
                          const std::atomic_bool& cancelled);
    Result<std::vector<ApplyOutcome>> apply(const std::vector<ApplyItem>& items);
    // The delta exchange (RemoteSiteDelta.cpp; DeltaTransfer drives it), one message each.
    bool hasCapability(const QString& capability) const { return m_capabilities.contains(capability); }
    Result<std::vector<BasisSignature>> signatures(const std::vector<BasisQuestion>& questions);
    // The chunks the remote could not rebuild (they go whole).
    Result<std::vector<Sha256>> sendDeltas(const std::vector<ChunkDeltaBytes>& deltas);
    Result<std::vector<ChunkDeltaBytes>> fetchDeltas(const std::vector<DeltaQuestion>& questions);
    // At most count apply batches, six in flight (as many connections as Qt opens to one host),
    // their bodies made side by side: the next ones are read, compressed and sent while the
    // agent applies the ones before, and those that wait there are written together. make(b)
    // builds batch b, in order, or returns none when the items have run out; its finish, if set,
    // completes the items on a worker thread before they are encoded (reading files' content) and
    // may drop some. done(b, outcomes) takes the answer (or why there is none): one outcome per
    // item left in the batch after finish. A batch for which alone(b) holds once made (deletions:
    // a file renamed there is built from the chunks of the file it deletes) is sent by itself,
    // after every batch before it is answered.
    struct Batch {
        std::vector<ApplyItem> items;
        std::function<void(std::vector<ApplyItem>&)> finish;
    };
    using BatchMaker = std::function<Batch(std::size_t)>;
    using BatchDone = std::function<void(std::size_t, Result<std::vector<ApplyOutcome>>)>;
    Result<void> applyBatches(std::size_t count, const BatchMaker& make, const std::function<bool(std::size_t)>& alone,
                              const BatchDone& done, const std::atomic_bool& cancelled);
    // Small files' content may travel inside apply batches: the agent takes it ("apply-inline"),
    // and no bandwidth limit is set. Under a limit the link is what costs, and chunks are better:
    // paced evenly, and each one kept by the agent as it arrives, so a run cut short resumes
    // where it stopped rather than at the start of a batch of files.
    bool takesInlineContent() const
    {
        return m_bandwidthLimitKiBps <= 0 && m_capabilities.contains(QStringLiteral("apply-inline"));
    }
    Result<void> writeCheckpoints(const QUuid& peer, const Checkpoints& checkpoints);

    static constexpr int parallelTransfers = 8;

private:
    struct Job {
        QByteArray method;
        QString path;
        QByteArray body;
        QByteArray contentType;
        // The body, when making it is real work (reading files, compressing): made on a worker
        // thread. This thread keeps its event loop turning meanwhile, which Qt's network thread
        // needs to be handed the bodies of the requests already on their way.
        std::function<QByteArray()> bodyLater;
    };
    RemoteSite(std::unique_ptr<AgentClient> client, QString address, int bandwidthLimitKiBps);
    QString sitePath(const QString& tail) const;
    // Counts an answer's bytes in, and logs both ways (bytesOut counted by the caller).
    Result<AgentResponse> counted(const QByteArray& method, const QString& tail, qsizetype bytesOut,
                                  Result<AgentResponse> response);
    // Sends a request without a body, runs meanwhile, then takes the answer.
    Result<AgentResponse> sendAhead(const QByteArray& method, const QString& tail, const std::function<void()>& meanwhile,
                                    const std::atomic_bool& cancelled);
    // Sends a request to this site's paths and counts the bytes each way.
    Result<AgentResponse> send(const QByteArray& method, const QString& tail, const QByteArray& body = {},
                               const QByteArray& contentType = {});
    // The response when its status is the one expected; otherwise the agent's reason.
    Result<AgentResponse> expect(Result<AgentResponse> response, int status) const;
    Result<AgentResponse> call(const QByteArray& method, const QString& tail, const QByteArray& body = {},
                               const QByteArray& contentType = {}, int expectedStatus = 200);
    // make(i) builds job i, in order (its bodyLater, if any, runs on a worker thread before it is
    // sent); a job without a method means there are no more. alone(i),
    // asked once job i is made: it waits for every job before it to be answered, and none
    // starts until it is.
    Result<void> runParallel(std::size_t count, const std::function<Job(std::size_t)>& make,
                             const std::function<Result<void>(std::size_t, const AgentResponse&)>& done,
                             const std::atomic_bool& cancelled, int atOnce = 0,
                             const std::function<bool(std::size_t)>& alone = {});
    int pauseForBandwidthMs() const;
    // Consecutive ranges of chunks, each within a batch's size and count.
    std::vector<std::pair<std::size_t, std::size_t>> batches(const std::vector<ChunkRef>& chunks) const;
    // Under a bandwidth limit, small batches and few in flight, so the pace stays even.
    qsizetype batchBytes() const;
    int transfersAtOnce() const;

    std::unique_ptr<AgentClient> m_client;
    QString m_address;
    HelloSite m_site;
    QStringList m_capabilities;
    qint64 m_clockSkewMs = 0;
    int m_bandwidthLimitKiBps = 0;
    QElapsedTimer m_since;
    qint64 m_bytesOut = 0;
    qint64 m_bytesIn = 0;
};

} // namespace ferry
