#pragma once
// Carries out a plan between this site and a remote one: pulls first (fetch the manifests, the
// chunks this side lacks, then apply here through SiteWriter), then pushes (ask which chunks the
// remote lacks, send them, then apply there), and last the version-only updates that make both
// sides agree on what they now hold. Each item succeeds or fails on its own; a failed item is
// reported and the rest go on. Every write goes through SiteWriter, on either side, so nothing
// is torn and every overwritten version is kept.

#include "DeltaTransfer.h"
#include "Plan.h"
#include "RemoteSite.h"
#include "common/Progress.h"
#include "model/Run.h"
#include "model/Site.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

#include <atomic>
#include <map>
#include <memory>
#include <set>

namespace ferry {

class ChangeCapture;
class ChunkLocator;
class ContentDatabase;
class RowStore;
class SiteIndex;
class SiteWriter;

struct ItemOutcome {
    bool done = false;
    bool remoteError = false;  // the failure happened on the peer
    QString error;
    QString loserCopy;  // keep-both: where the losing version was saved (a path in the files root)
};

// Seconds spent in one step of a run (for `ferryctl sync --json` and the benchmarks).
struct PhaseTime {
    QString name;
    double seconds = 0;
};

struct ExecutionContext {
    QString homePath;
    Site localSite;
    SiteIndex& localIndex;
    SiteWriter& localWriter;
    RemoteSite& remote;
    const std::atomic_bool& cancelled;
    ProgressMeter& progress;
};

class PlanExecutor
{
    Q_DECLARE_TR_FUNCTIONS(PlanExecutor)

public:
    explicit PlanExecutor(ExecutionContext context);
    ~PlanExecutor();

    // One outcome per plan item, in the plan's order (Hold items are left not done, no error).
    std::vector<ItemOutcome> execute(const Plan& plan);
    const RunTotals& totals() const { return m_totals; }
    // download, upload, apply, versions: the seconds each step of execute() took, in order.
    const std::vector<PhaseTime>& phases() const { return m_phases; }

    static VersionVector joined(const PlannedItem& item);
    // "dir/name (conflict SITE 2026-11-24 031500).ext"
    static QString conflictCopyName(const QString& path, const QString& siteName, const QDateTime& when);

private:
    // Keep-both: the remote's losing version is saved beside the item on both sides, before the
    // local winner overwrites it there.
    void keepLosers(const Plan& plan);
    // Fetches the files' manifests and the chunks this side lacks; those of files this side holds
    // a version of (withBasis) travel as deltas where that pays.
    Result<std::vector<FileManifest>> fetchFiles(const QStringList& paths, const QSet<QString>& withBasis = {});
    // Asks the remote which of these chunks (hash → length) it lacks, and sends those: as deltas
    // against the remote's basis where places says where they sit and that pays, else whole.
    Result<void> sendLacking(const std::map<Sha256, quint32>& chunks, bool reportProgress,
                             const ChunkPlaces* places = nullptr);
    Result<std::set<Sha256>> askLacking(const std::map<Sha256, quint32>& chunks);
    // Sends those of chunks that are in lacking (as deltas where places allows and that pays).
    Result<void> sendChunks(const std::map<Sha256, quint32>& chunks, const std::set<Sha256>& lacking, bool reportProgress,
                            const ChunkPlaces* places = nullptr);
    // The pushed files that travel with their content inside the apply batch (plan indexes).
    // Files the remote holds a version of (in places) are left to deltas when the agent takes them.
    std::set<std::size_t> chooseInline(const std::vector<std::pair<std::size_t, ApplyItem>>& applies,
                                       const std::set<Sha256>& lacking, const ChunkPlaces& places) const;
    // Where this site's chunks are, built once for the run, for sending: it reads files unchanged
    // since the scan without hashing them again (ChunkLocator::Checks::ChangedFilesOnly).
    Result<const ChunkLocator*> localChunks();
    void pull(const Plan& plan, const std::vector<std::size_t>& items);
    void push(const Plan& plan, const std::vector<std::size_t>& items);
    void settleVersions(const Plan& plan);
    void applyLocally(const Plan& plan, std::vector<std::pair<std::size_t, ApplyItem>> items, bool content);
    void applyRemotely(const Plan& plan, std::vector<std::pair<std::size_t, ApplyItem>> items, bool content,
                       const std::set<std::size_t>& inlined = {});
    // A row of this site's database, read inside the read transaction the first read of a batch
    // begins, and endRowReading ends once the batch is made.
    Result<QCborMap> readLocalRow(const QString& table, const QString& key);
    void endRowReading();
    ApplyItem baseItem(const PlannedItem& item, bool toRemote) const;
    void failAll(const std::vector<std::size_t>& items, const QString& error, bool remote);
    void noteFailure(const PlannedItem& item, const QString& error);  // for the live log
    void count(const PlannedItem& item, bool incoming);
    void report(const QString& current);
    void timed(const QString& phase, const QElapsedTimer& clock);

    ExecutionContext m_context;
    std::vector<ItemOutcome> m_outcomes;
    std::vector<bool> m_needsVersionOnly;  // moved: the sending side still records the joined version
    RunTotals m_totals;
    Progress m_progress;
    std::vector<PhaseTime> m_phases;
    std::unique_ptr<ContentDatabase> m_database;
    std::unique_ptr<ChangeCapture> m_capture;
    std::unique_ptr<RowStore> m_rows;  // one for the run: it keeps each table's key columns
    bool m_readingRows = false;        // a read transaction is open on m_database
    std::unique_ptr<ChunkLocator> m_localChunks;
};

} // namespace ferry
