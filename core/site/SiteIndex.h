#pragma once
// A site's index: what Ferry knows of every file and row of one site, kept in the home
// (HOME/sites/UUID/index.db). Every item has a version vector and a hybrid timestamp; a deletion
// is kept as a tombstone. Every change takes the next number of one per-site sequence, so
// "changes since N" over files and rows together is a range query that skips nothing and
// doubles nothing, however pages and writes interleave.

#include "ContentHasher.h"
#include "HybridClock.h"
#include "VersionVector.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <memory>
#include <optional>
#include <string>
#include <vector>

struct stat;

namespace ferry {

// What identifies a file's content without reading it, as the scanner compares it: a file whose
// size, modification time and inode are what the index recorded is taken as unchanged.
struct FileStamp {
    qint64 size = 0;
    qint64 mtimeNs = 0;
    quint64 inode = 0;
    bool operator==(const FileStamp&) const = default;

    static FileStamp of(const struct stat& status);
    static qint64 mtimeNsOf(const struct stat& status);
};

// The compact view of an indexed file a rescan compares the tree with.
struct IndexedFile {
    std::string path;  // UTF-8, relative to the files root, '/'-separated
    qint64 size = 0;
    qint64 mtimeNs = 0;
    quint64 inode = 0;
    quint32 mode = 0;
    Sha256 hash{};
    bool deleted = false;

    FileStamp stamp() const { return {.size = size, .mtimeNs = mtimeNs, .inode = inode}; }
};

// What a scan found about one path.
struct FileChange {
    enum class Kind { Added, Changed, Touched, Deleted };  // Touched: same content, new metadata
    Kind kind = Kind::Added;
    std::string path;
    qint64 size = 0;
    qint64 mtimeNs = 0;
    quint64 inode = 0;
    quint32 mode = 0;
    ContentDigest digest;
    QString linkTarget;  // for symbolic links inside the root
};

// A row change taken from the content database's capture table.
struct CapturedRowChange {
    qint64 id = 0;      // the capture table's id: taking the same change twice counts it once
    QString table;
    QString key;        // the primary key as a canonical JSON array
    bool deleted = false;
};

struct FeedEntry {
    enum class Kind { File, Row };
    qint64 sequence = 0;
    Kind kind = Kind::File;
    QString path;   // File
    QString table;  // Row
    QString key;    // Row
    bool deleted = false;
    VersionVector version;
    HybridTimestamp timestamp;
    Sha256 hash{};  // File
    qint64 size = 0;
};

struct FeedPage {
    std::vector<FeedEntry> entries;
    qint64 lastSequence = 0;  // ask for the next page after this
    bool more = false;
};

// An item written on behalf of a peer. It is recorded with the version and timestamp it arrived
// with, so it is not mistaken for a local change (and never echoes back), and for a file with its
// metadata as it now is on disk, so that the next scan finds nothing to re-hash.
struct AppliedItem {
    FeedEntry::Kind kind = FeedEntry::Kind::File;
    QString path;   // File
    QString table;  // Row
    QString key;    // Row
    bool deleted = false;
    VersionVector version;
    HybridTimestamp timestamp;
    // A live file only:
    qint64 size = 0;
    qint64 mtimeNs = 0;
    quint64 inode = 0;
    quint32 mode = 0;
    Sha256 hash{};
    QByteArray chunkList;  // ContentDigest::chunkListBytes()
};

struct IndexTotals {
    qint64 files = 0;
    qint64 bytes = 0;
    qint64 rows = 0;
    qint64 lastSequence = 0;
};

class SiteIndex
{
    Q_DECLARE_TR_FUNCTIONS(SiteIndex)

public:
    static QString pathFor(const QString& homePath, const QUuid& siteUuid);
    static Result<std::unique_ptr<SiteIndex>> open(const QString& path, const QUuid& siteUuid);
    ~SiteIndex();

    SiteIndex(const SiteIndex&) = delete;
    SiteIndex& operator=(const SiteIndex&) = delete;

    // Every file the index knows, tombstones included, sorted by path.
    Result<std::vector<IndexedFile>> files() const;
    // Records what a scan found, in one transaction, bumping versions of real changes.
    Result<void> applyFileChanges(const std::vector<FileChange>& changes, qint64 nowMs);
    // Takes captured row changes in (once each, by capture id); returns how many rows changed.
    Result<int> takeRowChanges(const std::vector<CapturedRowChange>& changes, qint64 nowMs);
    // Capture ids taken in and since removed from the content database: no need to remember them.
    Result<void> forgetTakenChanges(const std::vector<qint64>& ids);

    // Records items a run wrote for a peer, in one transaction; each takes the next sequence.
    Result<void> recordApplied(const std::vector<AppliedItem>& items, qint64 nowMs);

    Result<FeedPage> changesSince(qint64 afterSequence, int limit) const;
    // Every file and row the index knows, tombstones included, as feed entries (sequence order).
    Result<std::vector<FeedEntry>> allItems() const;
    // One item's state as allItems() has it, looked up by its path (a file) or table and key (a row).
    Result<std::optional<FeedEntry>> item(FeedEntry::Kind kind, const QString& pathOrTable, const QString& key = {}) const;
    // Rows by table and key, as item() has them, looked up with one prepared statement.
    Result<std::vector<std::optional<FeedEntry>>> rowItems(const std::vector<std::pair<QString, QString>>& rows) const;
    // Files by path, each as item() and files() have it, read with one prepared statement in one
    // read transaction: an apply batch looks up a few hundred at once.
    struct FileState {
        FeedEntry item;
        IndexedFile file;
    };
    Result<std::vector<std::optional<FileState>>> fileStates(const QStringList& paths) const;
    // Every live file's chunk list, with what the scan that listed them saw of the file.
    struct FileChunks {
        QString path;
        FileStamp stamp;
        Sha256 hash{};
        std::vector<Chunk> chunks;
    };
    // Read in one statement.
    Result<std::vector<FileChunks>> allChunks() const;
    // Without countRows, rows is 0: counting a large table's rows costs more than the rest.
    Result<IndexTotals> totals(bool countRows = true) const;
    // The sequence number of the latest change in the feed: moves with every change to the index.
    Result<qint64> lastSequence() const;
    Result<std::vector<Chunk>> chunksOf(const QString& path) const;
    // A live file's hash, size and chunks; nothing when the index has no live file there.
    Result<std::optional<ContentDigest>> digestOf(const QString& path) const;

    const QUuid& siteUuid() const { return m_siteUuid; }
    // Made with the index: sequence numbers are comparable only within one generation.
    const QString& generation() const { return m_generation; }

private:
    SiteIndex(QString connectionName, QUuid siteUuid);
    Result<void> migrate();
    // Format 1 named a file of several chunks by the SHA-256 of its bytes; format 2 by its chunks' hashes.
    static Result<void> renameContentOfSeveralChunks(const QSqlDatabase& db);
    Result<void> inTransaction(const std::function<Result<void>()>& work);
    static void foldLargeLog(const QSqlDatabase& db);

    QSqlDatabase database() const;

    QString m_connectionName;
    QUuid m_siteUuid;
    QString m_generation;
    // digestOf()'s statement, prepared once: a push asks it for every file it sends.
    mutable std::unique_ptr<QSqlQuery> m_digestQuery;
};

} // namespace ferry
