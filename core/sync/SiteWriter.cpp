#include "SiteWriter.h"

#include "FileApplier.h"
#include "common/Logging.h"
#include "common/TestKillPoint.h"
#include "net/ChunkStoreCleanup.h"
#include "site/ChangeCapture.h"
#include "site/ContentDatabase.h"
#include "site/RowStore.h"
#include "site/SiteIndex.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QFile>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <set>

#include <sys/stat.h>

#include <algorithm>
#include <numeric>

namespace ferry {

namespace {

std::pair<int, QString> identity(FeedEntry::Kind kind, const QString& path, const QString& table, const QString& key)
{
    return kind == FeedEntry::Kind::File ? std::pair{0, path} : std::pair{1, table + QChar(0x1F) + key};
}

AppliedItem recordFor(const ApplyItem& item)
{
    AppliedItem applied;
    applied.kind = item.kind;
    applied.path = item.path;
    applied.table = item.table;
    applied.key = item.key;
    applied.deleted = item.deleted;
    applied.version = item.version;
    applied.timestamp = item.timestamp;
    applied.hash = item.hash;
    applied.size = item.size;
    return applied;
}

} // namespace

SiteWriter::SiteWriter(QString homePath, Site site, SiteLock lock, std::shared_ptr<SiteIndex> index)
    : m_homePath(std::move(homePath))
    , m_site(std::move(site))
    , m_lock(std::move(lock))
    , m_index(std::move(index))
{
}

SiteWriter::~SiteWriter() = default;

Result<std::unique_ptr<SiteWriter>> SiteWriter::open(const QString& homePath, const Site& site, int lockWaitMs)
{
    return open(homePath, site, lockWaitMs, nullptr);
}

Result<std::unique_ptr<SiteWriter>> SiteWriter::open(const QString& homePath, const Site& site, int lockWaitMs,
                                                     std::shared_ptr<SiteIndex> index)
{
    auto lock = SiteLock::acquire(homePath, site.uuid, site.name, lockWaitMs);
    if (!lock) {
        return lock.error();
    }
    std::unique_ptr<SiteWriter> writer(new SiteWriter(homePath, site, std::move(lock).value(), std::move(index)));
    if (auto loaded = writer->load(); !loaded) {
        return loaded.error();
    }
    return writer;
}

Result<std::unique_ptr<SiteWriter>> SiteWriter::open(const QString& homePath, const Site& site, SiteLock lock)
{
    std::unique_ptr<SiteWriter> writer(new SiteWriter(homePath, site, std::move(lock), nullptr));
    if (auto loaded = writer->load(); !loaded) {
        return loaded.error();
    }
    return writer;
}

Result<void> SiteWriter::load()
{
    if (!m_index) {
        auto index = SiteIndex::open(SiteIndex::pathFor(m_homePath, m_site.uuid), m_site.uuid);
        if (!index) {
            return index.error();
        }
        m_index = std::move(index).value();
    }
    m_versions = std::make_unique<VersionsArea>(m_homePath, m_site.uuid);
    auto files = FileApplier::open(m_site.filesRoot, *m_versions);
    if (!files) {
        return files.error();
    }
    m_files = std::move(files).value();
    // A writer killed between writing a temporary file and renaming it left that file behind; we
    // hold the site's write lock, so no temporary file here is still being written. Only a
    // process that died leaves them, so once per process and site is enough (the agent opens a
    // writer for every batch, and a walk of a large files root is not free).
    static QMutex cleanedMutex;
    static QSet<QUuid> cleaned;
    static QHash<QUuid, qint64> prunedAt;  // when this process last pruned each site's old files
    // What runs replaced is kept for the site's days and no longer, and chunks no run used for a
    // week leave the chunk store: pruned when a writer opens, at most once an hour per site (the
    // agent opens a writer for every batch).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool prune = false;
    {
        const QMutexLocker locker(&cleanedMutex);
        if (!cleaned.contains(m_site.uuid)) {
            if (auto removed = m_files->removeLeftoverTemporaryFiles(); !removed) {
                return removed.error();
            }
            cleaned.insert(m_site.uuid);
        }
        const auto last = prunedAt.constFind(m_site.uuid);
        prune = last == prunedAt.cend() || now - *last >= pruneEveryMs;
        if (prune) {
            prunedAt.insert(m_site.uuid, now);
        }
    }
    if (prune) {
        pruneKept();  // outside the lock: writers of other sites need not wait for it
    }
    return {};
}

void SiteWriter::pruneKept()
{
    // A failure to prune never stops a run: what it was to remove is only kept longer.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime cutOff = now.addDays(-m_site.keepVersionsDays);
    if (auto pruned = m_versions->prune(cutOff); !pruned) {
        qCWarning(lcSite) << "site" << m_site.name << "keeps its old versions longer:" << pruned.errorMessage();
    } else if (pruned.value() > 0) {
        qCDebug(lcSite) << "site" << m_site.name << "pruned" << pruned.value() << "versions kept before" << cutOff;
    }
    const QString store = ChunkLocator::storeFolder(m_homePath, m_site.uuid);
    if (auto swept = ChunkStoreCleanup::sweep(store, now.addDays(-ChunkStoreCleanup::keepUnusedDays)); !swept) {
        qCWarning(lcSite) << "site" << m_site.name << "keeps unused chunks longer:" << swept.errorMessage();
    } else if (swept.value() > 0) {
        qCDebug(lcSite) << "site" << m_site.name << "swept" << swept.value() << "unused chunks from its store";
    }
}

void SiteWriter::releaseStoredChunks(const std::vector<ApplyItem>& items, const std::vector<ApplyOutcome>& outcomes)
{
    // Files built from chunks are in place and recorded: the index now places their chunks in
    // them, so the store's copies are no longer needed. (Chunks only files that failed hold stay,
    // for the next run to use.) This writer's locator learns where they are now, for its next
    // batches.
    std::vector<Sha256> used;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const ApplyItem& item = items[i];
        if (outcomes[i].applied && item.kind == FeedEntry::Kind::File && !item.deleted && !item.versionOnly
            && !item.content) {
            for (const Chunk& chunk : item.chunks) {
                used.push_back(chunk.hash);
            }
            if (m_chunks) {
                m_chunks->noteInFile(item.path, item.chunks);
            }
        }
    }
    if (!used.empty()) {
        ChunkStoreCleanup::release(ChunkLocator::storeFolder(m_homePath, m_site.uuid), used);
    }
}

Result<void> SiteWriter::lookUp(const std::vector<ApplyItem>& items)
{
    // Rows with one statement prepared once: a thousand of them are common, and a statement
    // prepared for each one cost more than the rows' own writes.
    std::vector<std::pair<QString, QString>> rows;
    for (const ApplyItem& item : items) {
        if (item.kind == FeedEntry::Kind::Row
            && !m_current.contains(identity(item.kind, item.path, item.table, item.key))) {
            rows.emplace_back(item.table, item.key);
        }
    }
    if (!rows.empty()) {
        auto states = m_index->rowItems(rows);
        if (!states) {
            return states.error();
        }
        for (std::optional<FeedEntry>& state : states.value()) {
            if (state) {
                m_current.emplace(identity(state->kind, {}, state->table, state->key), std::move(*state));
            }
        }
    }
    // Files likewise: what the index says of each (its version) and what the last scan saw on
    // disk come from the same row.
    QStringList paths;
    QSet<QString> asked;
    for (const ApplyItem& item : items) {
        if (item.kind == FeedEntry::Kind::File && !asked.contains(item.path)
            && (!m_current.contains(identity(item.kind, item.path, {}, {})) || !m_onDisk.contains(item.path))) {
            asked.insert(item.path);
            paths.append(item.path);
        }
    }
    if (paths.isEmpty()) {
        return {};
    }
    auto states = m_index->fileStates(paths);
    if (!states) {
        return states.error();
    }
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (auto& state = states.value()[std::size_t(i)]) {
            m_current.try_emplace(identity(FeedEntry::Kind::File, paths[i], {}, {}), std::move(state->item));
            m_onDisk.try_emplace(paths[i], std::move(state->file));
        }
    }
    return {};
}

Result<void> SiteWriter::checkBase(const ApplyItem& item) const
{
    const auto it = m_current.find(identity(item.kind, item.path, item.table, item.key));
    const bool live = it != m_current.end() && !it->second.deleted;
    if (item.base) {
        if (it == m_current.end() || !(it->second.version == *item.base)) {
            return fail(tr("%1 changed on site %2 since this run planned; the next run will look again.")
                            .arg(item.describe(), m_site.name));
        }
    } else if (live) {
        return fail(tr("%1 appeared on site %2 since this run planned; the next run will look again.")
                        .arg(item.describe(), m_site.name));
    }
    if (item.kind != FeedEntry::Kind::File) {
        return {};
    }
    // The index may be older than the disk: a file edited since the last scan is not overwritten.
    struct stat status {};
    const QByteArray native = QFile::encodeName(m_site.filesRoot + QLatin1Char('/') + item.path);
    const bool exists = ::lstat(native.constData(), &status) == 0;
    const auto seen = m_onDisk.find(item.path);
    const bool indexed = seen != m_onDisk.end() && !seen->second.deleted;
    const bool same = exists == indexed && (!exists || FileStamp::of(status) == seen->second.stamp());
    if (!same) {
        return fail(tr("%1 changed on disk on site %2 since its last scan; the next run will look again.")
                        .arg(item.path, m_site.name));
    }
    return {};
}

std::vector<ApplyOutcome> SiteWriter::apply(const std::vector<ApplyItem>& items)
{
    std::vector<ApplyOutcome> outcomes(items.size());
    if (auto known = lookUp(items); !known) {
        for (ApplyOutcome& outcome : outcomes) {
            outcome = {false, known.errorMessage()};
        }
        return outcomes;
    }
    std::vector<AppliedItem> applied;
    std::vector<Staged> staged;
    std::vector<const ApplyItem*> rows;
    std::vector<std::size_t> rowPositions;
    // Deletions last: a file renamed on the other side arrives as a deletion and an addition, and
    // the addition is assembled from the chunks of the file about to be deleted.
    std::vector<std::size_t> order(items.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_partition(order.begin(), order.end(), [&](std::size_t i) { return !items[i].deleted; });
    keepChunksOfReplacedFiles(items);
    std::vector<std::size_t> waiting;           // files whose content is still to be written, by position
    std::vector<AppliedItem> waitingRecords;    // what the index records for each of them
    const auto writeWaiting = [&]() {
        std::vector<Result<std::unique_ptr<PendingFile>>> written = stageAll(items, waiting);
        for (std::size_t k = 0; k < waiting.size(); ++k) {
            if (!written[k]) {
                outcomes[waiting[k]] = {false, written[k].errorMessage()};
                continue;
            }
            staged.push_back({waiting[k], std::move(written[k]).value(), std::move(waitingRecords[k])});
        }
        waiting.clear();
        waitingRecords.clear();
        installStaged(staged, outcomes, applied);
    };
    for (const std::size_t i : order) {
        const ApplyItem& item = items[i];
        if (auto base = checkBase(item); !base) {
            outcomes[i] = {false, base.errorMessage()};
            continue;
        }
        if (item.kind == FeedEntry::Kind::Row) {
            rows.push_back(&item);
            rowPositions.push_back(i);
            continue;
        }
        if (item.deleted) {
            // Deletions come after every file of the batch is in place (see the order above).
            writeWaiting();
        }
        auto done = applyFile(item);
        if (!done) {
            outcomes[i] = {false, done.errorMessage()};
            continue;
        }
        if (!item.deleted && !item.versionOnly) {
            AppliedItem record = std::move(done).value();
            ContentDigest digest;
            digest.chunks = item.chunks;
            record.chunkList = digest.chunkListBytes();
            waiting.push_back(i);
            waitingRecords.push_back(std::move(record));
            if (waiting.size() >= stagedAtOnce) {
                writeWaiting();
            }
            continue;
        }
        outcomes[i] = {true, {}};
        applied.push_back(std::move(done).value());
    }
    writeWaiting();
    // The renames themselves (and the deletions) made durable before the index says "applied".
    // A batch of rows only touched no file: a flush of the whole file system would be for nothing.
    const bool touchedFiles = std::any_of(
        items.begin(), items.end(), [](const ApplyItem& item) { return item.kind == FeedEntry::Kind::File; });
    if (auto flushed = touchedFiles ? m_files->flush() : Result<void>(); !flushed) {
        for (ApplyOutcome& outcome : outcomes) {
            if (outcome.applied) {
                outcome = {false, flushed.errorMessage()};
            }
        }
        return outcomes;
    }
    if (!rows.empty()) {
        applyRows(rows, outcomes, rowPositions, applied);
    }
    if (auto recorded = m_index->recordApplied(applied, QDateTime::currentMSecsSinceEpoch()); !recorded) {
        // The content is in place but not recorded: the next scan sees it as a change here, and
        // the next run finds both sides equal. Report every item of the batch as not applied.
        for (ApplyOutcome& outcome : outcomes) {
            if (outcome.applied) {
                outcome = {false, recorded.errorMessage()};
            }
        }
        return outcomes;
    }
    testKillPoint("batch-recorded");
    releaseStoredChunks(items, outcomes);
    for (const AppliedItem& item : applied) {
        FeedEntry entry;
        entry.kind = item.kind;
        entry.path = item.path;
        entry.table = item.table;
        entry.key = item.key;
        entry.deleted = item.deleted;
        entry.version = item.version;
        entry.timestamp = item.timestamp;
        entry.hash = item.hash;
        entry.size = item.size;
        m_current[identity(item.kind, item.path, item.table, item.key)] = entry;
        if (item.kind == FeedEntry::Kind::File) {
            m_onDisk[item.path] = IndexedFile{item.path.toStdString(), item.size,  item.mtimeNs, item.inode,
                                              item.mode,                item.hash, item.deleted};
        }
    }
    return outcomes;
}

Result<AppliedItem> SiteWriter::applyFile(const ApplyItem& item)
{
    AppliedItem applied = recordFor(item);
    const auto seen = m_onDisk.find(item.path);
    if (item.deleted) {
        if (seen != m_onDisk.end() && !seen->second.deleted) {
            if (auto removed = m_files->remove(item.path, QDateTime::currentDateTimeUtc()); !removed) {
                return removed.error();
            }
        }
        return applied;
    }
    if (item.versionOnly) {
        if (seen == m_onDisk.end() || seen->second.deleted || seen->second.hash != item.hash
            || seen->second.size != item.size) {
            return fail(tr("%1 on site %2 does not hold the content the run expected.").arg(item.path, m_site.name));
        }
        applied.size = seen->second.size;
        applied.mtimeNs = seen->second.mtimeNs;
        applied.inode = seen->second.inode;
        applied.mode = seen->second.mode;
        auto chunks = m_index->chunksOf(item.path);
        if (!chunks) {
            return chunks.error();
        }
        ContentDigest digest;
        digest.chunks = std::move(chunks).value();
        applied.chunkList = digest.chunkListBytes();
        return applied;
    }
    return applied;  // content to write: the caller stages it
}

Result<void> SiteWriter::loadChunks()
{
    if (!m_chunks) {
        auto locator = ChunkLocator::build(*m_index, m_site.filesRoot, ChunkLocator::storeFolder(m_homePath, m_site.uuid));
        if (!locator) {
            return locator.error();
        }
        m_chunks.emplace(std::move(locator).value());
    }
    return {};
}

// A file of the batch may be built from chunks the index places in another file the batch
// replaces or deletes (a rename and a new file at the old name, a folder move, two files
// swapped): those chunks go to the chunk store before anything is touched, so building the new
// file does not depend on the order of the batch. A chunk that cannot be kept fails its file
// later, with that file's own message.
void SiteWriter::keepChunksOfReplacedFiles(const std::vector<ApplyItem>& items)
{
    QSet<QString> replaced;
    for (const ApplyItem& item : items) {
        const auto seen = m_onDisk.find(item.path);
        if (item.kind == FeedEntry::Kind::File && !item.versionOnly && seen != m_onDisk.end() && !seen->second.deleted) {
            replaced.insert(item.path);
        }
    }
    if (replaced.isEmpty() || !loadChunks()) {
        return;
    }
    const QString store = ChunkLocator::storeFolder(m_homePath, m_site.uuid);
    for (const ApplyItem& item : items) {
        if (item.kind != FeedEntry::Kind::File || item.deleted || item.versionOnly || item.content) {
            continue;  // only files assembled from chunks need them
        }
        for (const Chunk& chunk : item.chunks) {
            if (replaced.contains(m_chunks->fileHolding(chunk.hash))) {
                if (auto bytes = m_chunks->read(chunk.hash); bytes) {
                    (void)ChunkLocator::store(store, chunk.hash, bytes.value());
                }
            }
        }
    }
}

namespace {

// Threads for writing files, shared by every writer of the process, made once.
class StagingPool : public QThreadPool
{
public:
    StagingPool() { setMaxThreadCount(std::clamp(QThread::idealThreadCount(), 2, 4)); }
};
Q_GLOBAL_STATIC(StagingPool, stagingPool)

} // namespace

std::vector<Result<std::unique_ptr<PendingFile>>> SiteWriter::stageAll(const std::vector<ApplyItem>& items,
                                                                        const std::vector<std::size_t>& positions)
{
    std::vector<Result<std::unique_ptr<PendingFile>>> written;
    written.reserve(positions.size());
    for (std::size_t k = 0; k < positions.size(); ++k) {
        written.emplace_back(std::unique_ptr<PendingFile>());
    }
    // Files assembled from chunks need a chunk locator, made here once: stage() only reads it.
    // When the store holds every chunk they need (a copy's large files, their chunks just
    // uploaded), one that knows the store alone will do: the full one reads every file's chunk
    // list from the index, tens of milliseconds on a large site, for every write.
    std::vector<std::size_t> fromChunks;
    std::copy_if(positions.begin(), positions.end(), std::back_inserter(fromChunks),
                 [&](std::size_t i) { return !items[i].content; });
    const QString store = ChunkLocator::storeFolder(m_homePath, m_site.uuid);
    const bool allStored = std::all_of(fromChunks.begin(), fromChunks.end(), [&](std::size_t i) {
        return std::all_of(items[i].chunks.begin(), items[i].chunks.end(),
                           [&](const Chunk& chunk) { return ChunkLocator::isStored(store, chunk.hash); });
    });
    std::optional<ChunkLocator> storeOnly;
    if (!fromChunks.empty() && allStored) {
        storeOnly.emplace(ChunkLocator::storeOnly(m_site.filesRoot, store));
    }
    const Result<void> located = fromChunks.empty() || storeOnly ? Result<void>() : loadChunks();
    const ChunkLocator* chunks = storeOnly ? &*storeOnly : m_chunks ? &*m_chunks : nullptr;
    const auto stageOne = [&](std::size_t k) {
        const ApplyItem& item = items[positions[k]];
        written[k] = !item.content && !located ? Result<std::unique_ptr<PendingFile>>(located.error()) : stage(item, chunks);
    };
    // Writing files is most of an apply's time, and each file is written on its own: on several
    // threads, the disk and the hashing of one overlap the system calls of another.
    if (positions.size() < 2) {
        for (std::size_t k = 0; k < positions.size(); ++k) {
            stageOne(k);
        }
    } else {
        std::vector<std::size_t> indexes(positions.size());
        std::iota(indexes.begin(), indexes.end(), std::size_t(0));
        QtConcurrent::blockingMap(stagingPool(), indexes, stageOne);
    }
    if (storeOnly) {
        // A chunk gone from the store since it was looked for (swept, or found damaged as it was
        // read and dropped) may still be in one of the site's files: what failed is written again
        // with the full locator, which finds chunks there too.
        for (std::size_t k = 0; k < positions.size(); ++k) {
            const ApplyItem& item = items[positions[k]];
            if (!item.content && !written[k]) {
                const Result<void> loaded = loadChunks();
                written[k] = loaded ? stage(item, &*m_chunks) : Result<std::unique_ptr<PendingFile>>(loaded.error());
            }
        }
    }
    return written;
}

Result<std::unique_ptr<PendingFile>> SiteWriter::stage(const ApplyItem& item, const ChunkLocator* chunks)
{
    if (item.content) {
        return stageInline(item);
    }
    if (chunks == nullptr) {  // stageAll makes one first; a guard for any other caller
        return fail(tr("Site %1 lacks a chunk of %2; it must be sent before the file.").arg(m_site.name, item.path));
    }
    auto pending = m_files->begin(item.path);
    if (!pending) {
        return pending.error();
    }
    for (const Chunk& chunk : item.chunks) {
        if (!chunks->has(chunk.hash)) {
            return fail(tr("Site %1 lacks a chunk of %2; it must be sent before the file.").arg(m_site.name, item.path));
        }
        auto bytes = chunks->read(chunk.hash);
        if (!bytes) {
            return bytes.error();
        }
        // The chunk store checked the chunk's hash as it read it (ChunkLocator::read).
        if (auto appended = pending.value()->appendCheckedChunk(bytes.value(), chunk); !appended) {
            return appended.error();
        }
    }
    if (auto sealed = pending.value()->seal(item.hash, false); !sealed) {
        return sealed.error();
    }
    return pending;
}

Result<std::unique_ptr<PendingFile>> SiteWriter::stageInline(const ApplyItem& item)
{
    // The index records the item's chunk list, and this site later serves those chunks (and
    // answers "which do you lack" from them): the writing checks each against the content, and
    // the sealing the file's hash, made of theirs.
    auto pending = m_files->begin(item.path);
    if (!pending) {
        return pending.error();
    }
    if (auto appended = pending.value()->appendChunks(*item.content, item.chunks); !appended) {
        return appended.error();
    }
    if (auto sealed = pending.value()->seal(item.hash, false); !sealed) {
        return sealed.error();
    }
    return pending;
}

void SiteWriter::installStaged(std::vector<Staged>& staged, std::vector<ApplyOutcome>& outcomes,
                               std::vector<AppliedItem>& applied)
{
    if (staged.empty()) {
        return;
    }
    // Every sealed file's content is durable before any of them replaces what was there.
    if (auto flushed = m_files->flush(); !flushed) {
        for (Staged& file : staged) {
            outcomes[file.position] = {false, flushed.errorMessage()};
        }
        staged.clear();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Staged& file : staged) {
        if (auto installed = file.pending->install(now); !installed) {
            outcomes[file.position] = {false, installed.errorMessage()};
            continue;
        }
        struct stat status {};
        const QByteArray native = QFile::encodeName(m_site.filesRoot + QLatin1Char('/') + file.record.path);
        if (::lstat(native.constData(), &status) != 0) {
            outcomes[file.position] = {false, tr("%1 vanished from site %2 right after it was written.")
                                                  .arg(file.record.path, m_site.name)};
            continue;
        }
        file.record.mtimeNs = FileStamp::mtimeNsOf(status);
        file.record.inode = quint64(status.st_ino);
        file.record.mode = quint32(status.st_mode);
        outcomes[file.position] = {true, {}};
        applied.push_back(std::move(file.record));
        testKillPoint("file-placed");
    }
    staged.clear();
}

Result<void> SiteWriter::openDatabase()
{
    if (m_capture) {
        return {};
    }
    if (m_site.databaseUrl.isEmpty()) {
        return fail(tr("Site %1 has no content database to take rows into.").arg(m_site.name));
    }
    auto database = ContentDatabase::open(m_site.databaseUrl);
    if (!database) {
        return database.error();
    }
    m_database = std::move(database).value();
    m_capture = ChangeCapture::forDatabase(*m_database);
    return {};
}

void SiteWriter::applyRows(const std::vector<const ApplyItem*>& rows, std::vector<ApplyOutcome>& outcomes,
                           const std::vector<std::size_t>& positions, std::vector<AppliedItem>& applied)
{
    const auto failAll = [&](const QString& message) {
        for (std::size_t position : positions) {
            outcomes[position] = {false, message};
        }
    };
    if (auto opened = openDatabase(); !opened) {
        failAll(opened.errorMessage());
        return;
    }
    for (const ApplyItem* row : rows) {
        if (!m_site.tables.contains(row->table)) {
            failAll(tr("Site %1 does not keep table %2 in step.").arg(m_site.name, row->table));
            return;
        }
    }
    RowStore store(*m_capture);
    std::set<std::size_t> changedHere;
    auto done = m_capture->applyAsPeer([&](const QSqlDatabase& db) -> Result<void> {
        // A row changed here since the scan (its change not yet harvested) is left alone: rows
        // have no versions area, so overwriting it would lose that edit without a trace. The
        // next run sees both changes and settles them as a conflict. Read under the write lock
        // applyAsPeer has taken, so no edit slips in between.
        QSet<QString> pending;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT table_name, row_key FROM _ferry_changes"))) {
            return fail(sql::Messages::failure(query.lastError()));
        }
        while (query.next()) {
            pending.insert(query.value(0).toString() + QChar(0x1F)
                           + QString::fromUtf8(QJsonDocument::fromJson(query.value(1).toByteArray()).toJson(QJsonDocument::Compact)));
        }
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const ApplyItem* row = rows[i];
            if (row->versionOnly) {
                continue;
            }
            if (pending.contains(row->table + QChar(0x1F) + row->key)) {
                changedHere.insert(i);
                continue;
            }
            auto written = row->deleted ? store.remove(db, row->table, row->key)
                                        : store.write(db, row->table, row->key, row->values);
            if (!written) {
                return written;
            }
        }
        testKillPoint("rows");
        return {};
    });
    if (!done) {
        failAll(done.errorMessage());
        return;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (changedHere.count(i) > 0) {
            outcomes[positions[i]] = {false, tr("Row %1 changed on %2 during the run; it was left as it is, and the next run "
                                                "settles both changes.")
                                                 .arg(rows[i]->describe(), m_site.name)};
            continue;
        }
        outcomes[positions[i]] = {true, {}};
        applied.push_back(recordFor(*rows[i]));
    }
}

} // namespace ferry
