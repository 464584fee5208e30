#pragma once
// Applies items a peer sent (ApplyItem) to one site: files through FileApplier (assembled from
// chunks found in the site's files or its chunk store, verified, durable, the old version kept),
// rows in one transaction per batch with capture suppressed, deletions to the versions area, and
// every applied item recorded in the site's index with the version it arrived with. The same
// code serves the agent (a peer pushes) and a run on this machine (it pulls).
//
// An item is refused, not applied, when the site no longer holds what the sender planned
// against: another version in the index, or a file that changed on disk since the last scan.
// The next run sees the change and plans again; nothing is overwritten unseen.

#include "SiteLock.h"
#include "VersionsArea.h"
#include "model/Site.h"
#include "net/ApplyBatch.h"
#include "net/ChunkLocator.h"

#include <QCoreApplication>

#include <map>
#include <memory>

namespace ferry {

class ChangeCapture;
class ContentDatabase;
class FileApplier;
class PendingFile;
class SiteIndex;

class SiteWriter
{
    Q_DECLARE_TR_FUNCTIONS(SiteWriter)

public:
    // Opens the site for writing and takes its write lock (waiting at most lockWaitMs).
    static Result<std::unique_ptr<SiteWriter>> open(const QString& homePath, const Site& site, int lockWaitMs = 0);
    // The same, over the site's index the caller keeps open (the agent's SiteIndexCache).
    static Result<std::unique_ptr<SiteWriter>> open(const QString& homePath, const Site& site, int lockWaitMs,
                                                    std::shared_ptr<SiteIndex> index);
    // Opens the site for writing under a lock the caller already holds (a run holds it from its scan on).
    static Result<std::unique_ptr<SiteWriter>> open(const QString& homePath, const Site& site, SiteLock lock);
    ~SiteWriter();

    // One outcome per item, in order. Rows are all-or-nothing for the batch.
    std::vector<ApplyOutcome> apply(const std::vector<ApplyItem>& items);

private:
    SiteWriter(QString homePath, Site site, SiteLock lock, std::shared_ptr<SiteIndex> index);
    Result<void> load();
    // Removes what the versions area has kept longer than the site's days, and what the chunk
    // store has kept a week without a run writing it or being told it is held.
    void pruneKept();
    // Once a batch is recorded: the store's copies of the chunks its files were built from go.
    void releaseStoredChunks(const std::vector<ApplyItem>& items, const std::vector<ApplyOutcome>& outcomes);
    static constexpr qint64 pruneEveryMs = 3600 * 1000;
    // Reads what the index holds about the batch's items (not every item of the site: a batch of
    // a thousand rows must not pay for reading a site of a hundred thousand).
    Result<void> lookUp(const std::vector<ApplyItem>& items);
    Result<void> checkBase(const ApplyItem& item) const;
    Result<AppliedItem> applyFile(const ApplyItem& item);
    // A file written, checked and sealed beside its target, waiting to be put in place.
    struct Staged {
        std::size_t position;
        std::unique_ptr<PendingFile> pending;
        AppliedItem record;
    };
    // At most this many files wait at once (each holds its folder open).
    static constexpr std::size_t stagedAtOnce = 128;
    // Writes the files at these positions of items, several at once; one result per position.
    std::vector<Result<std::unique_ptr<PendingFile>>> stageAll(const std::vector<ApplyItem>& items,
                                                               const std::vector<std::size_t>& positions);
    // Writes one file beside its target, from its content or from chunks. Safe on several threads
    // at once: only reads chunks (made beforehand) and writes nothing shared.
    Result<std::unique_ptr<PendingFile>> stage(const ApplyItem& item, const ChunkLocator* chunks);
    // A file whose content came with the item: checked against its chunk list, then written.
    Result<std::unique_ptr<PendingFile>> stageInline(const ApplyItem& item);
    // One flush makes every staged file durable, then each is put in place and recorded.
    void installStaged(std::vector<Staged>& staged, std::vector<ApplyOutcome>& outcomes,
                       std::vector<AppliedItem>& applied);
    void applyRows(const std::vector<const ApplyItem*>& rows, std::vector<ApplyOutcome>& outcomes,
                   const std::vector<std::size_t>& positions, std::vector<AppliedItem>& applied);
    Result<void> openDatabase();
    Result<void> loadChunks();
    void keepChunksOfReplacedFiles(const std::vector<ApplyItem>& items);

    QString m_homePath;
    Site m_site;
    SiteLock m_lock;
    std::shared_ptr<SiteIndex> m_index;
    std::unique_ptr<VersionsArea> m_versions;
    std::unique_ptr<FileApplier> m_files;
    std::optional<ChunkLocator> m_chunks;
    std::unique_ptr<ContentDatabase> m_database;
    std::unique_ptr<ChangeCapture> m_capture;
    // Of the items looked up so far: (kind, path or table+key) → index state, absent when the index has none
    std::map<std::pair<int, QString>, FeedEntry> m_current;
    std::map<QString, IndexedFile> m_onDisk;  // path → what the last scan saw
};

} // namespace ferry
