#include "SiteIndex.h"

#include "common/Logging.h"
#include "store/Sql.h"
#include "store/SqliteStatement.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <limits>
#include <map>
#include <sqlite3.h>
#include <sys/stat.h>

namespace ferry {
namespace {

// 2: a file of several chunks is named by the hash of its chunks' hashes (ContentHasher), not of
// its bytes.
constexpr int indexFormatVersion = 2;

const QStringList schema{
    QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
    QStringLiteral(R"(CREATE TABLE files (
        path TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        inode INTEGER NOT NULL,
        mode INTEGER NOT NULL,
        hash BLOB,
        chunks BLOB,
        link_target TEXT,
        version TEXT NOT NULL,
        hlc INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        seq INTEGER NOT NULL))"),
    QStringLiteral("CREATE INDEX files_seq ON files(seq)"),
    QStringLiteral(R"(CREATE TABLE rows (
        table_name TEXT NOT NULL,
        key TEXT NOT NULL,
        version TEXT NOT NULL,
        hlc INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        seq INTEGER NOT NULL,
        PRIMARY KEY (table_name, key)) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX rows_seq ON rows(seq)"),
    QStringLiteral("CREATE TABLE taken_changes (id INTEGER PRIMARY KEY)"),
};

// The index's two upserts: an item recorded anew, or over what was recorded of it.
const char upsertFile[] =
    "INSERT INTO files (path, size, mtime_ns, inode, mode, hash, chunks, link_target, version, hlc, deleted, seq) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET size = excluded.size, "
    "mtime_ns = excluded.mtime_ns, inode = excluded.inode, mode = excluded.mode, hash = excluded.hash, "
    "chunks = excluded.chunks, link_target = excluded.link_target, version = excluded.version, "
    "hlc = excluded.hlc, deleted = excluded.deleted, seq = excluded.seq";
const char upsertRow[] = "INSERT INTO rows (table_name, key, version, hlc, deleted, seq) VALUES (?, ?, ?, ?, ?, ?) "
                         "ON CONFLICT (table_name, key) DO UPDATE SET version = excluded.version, "
                         "hlc = excluded.hlc, deleted = excluded.deleted, seq = excluded.seq";

QByteArray hashBytes(const Sha256& hash)
{
    return QByteArray(reinterpret_cast<const char*>(hash.data()), 32);
}

Sha256 hashFrom(QByteArrayView bytes)
{
    Sha256 hash{};
    if (bytes.size() == 32) {
        std::copy(bytes.begin(), bytes.end(), hash.begin());
    }
    return hash;
}

Sha256 hashFrom(const QVariant& value)
{
    return hashFrom(QByteArrayView(value.toByteArray()));
}

// The next sequence number and the last hybrid timestamp, read once per transaction and written
// back at its end, not once per item.
struct Counters {
    qint64 nextSequence = 1;
    HybridTimestamp lastTimestamp;
};

Result<Counters> readCounters(const QSqlDatabase& db)
{
    auto meta = sql::exec(db, QStringLiteral("SELECT (SELECT value FROM meta WHERE key = 'next_seq'), "
                                             "(SELECT value FROM meta WHERE key = 'hlc')"));
    if (!meta) {
        return meta.error();
    }
    meta->next();
    return Counters{meta->value(0).toLongLong(), HybridTimestamp::fromPacked(meta->value(1).toULongLong())};
}

Result<void> writeCounters(const QSqlDatabase& db, const Counters& counters)
{
    for (const auto& [key, value] : {std::pair{QStringLiteral("next_seq"), QString::number(counters.nextSequence)},
                                     std::pair{QStringLiteral("hlc"), QString::number(counters.lastTimestamp.packed())}}) {
        if (auto done = sql::exec(db, QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"), {value, key}); !done) {
            return done.error();
        }
    }
    return {};
}

// Runs one prepared statement per key, in one read transaction (outside one, every statement
// takes and drops its own snapshot): bind(query, k) binds key k, and read(query, k) makes what
// the row found for it says. What a batch looks up item by item, through SQLite's own API (Qt's
// binding and result caching cost more than the look-ups themselves).
template <typename Found>
Result<std::vector<std::optional<Found>>> lookUpEach(const QSqlDatabase& db, const char* statement, std::size_t count,
                                                     const std::function<void(SqliteStatement&, std::size_t)>& bind,
                                                     const std::function<Found(const SqliteStatement&, std::size_t)>& read)
{
    std::vector<std::optional<Found>> found;
    found.reserve(count);
    auto looked = sql::transaction(db, QStringLiteral("BEGIN"), [&]() -> Result<void> {
        auto query = SqliteStatement::prepare(db, statement);
        if (!query) {
            return query.error();
        }
        for (std::size_t k = 0; k < count; ++k) {
            bind(query.value(), k);
            auto row = query->next();
            if (!row) {
                return row.error();
            }
            if (row.value()) {
                found.emplace_back(read(query.value(), k));
            } else {
                found.emplace_back();
            }
            query->reset();
        }
        return {};
    });
    if (!looked) {
        return looked.error();
    }
    return found;
}

} // namespace

FileStamp FileStamp::of(const struct stat& status)
{
    return {.size = status.st_size, .mtimeNs = mtimeNsOf(status), .inode = quint64(status.st_ino)};
}

qint64 FileStamp::mtimeNsOf(const struct stat& status)
{
    return qint64(status.st_mtim.tv_sec) * 1000000000LL + status.st_mtim.tv_nsec;
}

QString SiteIndex::pathFor(const QString& homePath, const QUuid& siteUuid)
{
    return homePath + QStringLiteral("/sites/") + siteUuid.toString(QUuid::WithoutBraces) + QStringLiteral("/index.db");
}

SiteIndex::SiteIndex(QString connectionName, QUuid siteUuid)
    : m_connectionName(std::move(connectionName))
    , m_siteUuid(siteUuid)
{
}

SiteIndex::~SiteIndex()
{
    m_digestQuery.reset();  // before its connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        foldLargeLog(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SiteIndex::foldLargeLog(const QSqlDatabase& db)
{
    // The log outlives the connection (see open), and the next process to open the index reads
    // every page of it to rebuild its in-memory map: some 15 ms for the 4 MB a large run leaves,
    // paid by every run after it, however little those runs do. Past a megabyte the connection
    // closing folds the log into the database and empties it, without waiting: while another
    // connection is reading or writing, SQLite answers "busy" at once, and a later close does it.
    constexpr qint64 largeLogBytes = 1024 * 1024;
    if (!db.isOpen() || QFileInfo(db.databaseName() + QStringLiteral("-wal")).size() <= largeLogBytes) {
        return;
    }
    auto folded = sql::exec(db, QStringLiteral("PRAGMA busy_timeout = 0"));
    if (folded) {
        folded = sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (!folded) {
        qCWarning(lcSite) << "Cannot fold the log of the site index" << db.databaseName() << folded.errorMessage();
    }
}

QSqlDatabase SiteIndex::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<SiteIndex>> SiteIndex::open(const QString& path, const QUuid& siteUuid)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return fail(tr("Cannot create the folder for the site index %1.").arg(path));
    }
    const QString connectionName = QStringLiteral("ferry-index-") + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<SiteIndex> index(new SiteIndex(connectionName, siteUuid));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        return fail(tr("Cannot open the site index %1 (%2).").arg(path, db.lastError().databaseText()));
    }
    auto mode = sql::enableWriteAheadLog(db);
    if (!mode) {
        return fail(tr("Cannot use the site index %1 (%2).").arg(path, mode.errorMessage()));
    }
    // The agent opens the index for every request: closing the last connection would copy the
    // log into the database and sync it every time. SQLite's automatic checkpoints (every
    // thousand pages of log) do that work in bulk instead; the log stays durable meanwhile.
    if (sqlite3* connection = SqliteStatement::handleOf(db)) {
        sqlite3_db_config(connection, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
    if (auto durable = sql::exec(db, QStringLiteral("PRAGMA synchronous = FULL")); !durable) {
        return durable.error();
    }
    if (auto migrated = index->migrate(); !migrated) {
        return migrated.error();
    }
    auto owner = sql::exec(db, QStringLiteral("SELECT value FROM meta WHERE key = 'site'"));
    if (!owner) {
        return owner.error();
    }
    if (owner->next() && QUuid::fromString(owner->value(0).toString()) != siteUuid) {
        return fail(tr("The site index %1 belongs to another site (%2).").arg(path, owner->value(0).toString()));
    }
    // A name for this index's sequence: an index made anew (deleted, restored from a backup)
    // counts again from 1, and a sequence number read from the old one means nothing in it.
    auto generation = sql::exec(db, QStringLiteral("SELECT value FROM meta WHERE key = 'generation'"));
    if (!generation) {
        return generation.error();
    }
    if (generation->next()) {
        index->m_generation = generation->value(0).toString();
    } else {
        const QString made = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto stored = sql::exec(
                db, QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('generation', ?)"), { made });
            !stored) {
            return stored.error();
        }
        auto kept = sql::exec(db, QStringLiteral("SELECT value FROM meta WHERE key = 'generation'"));
        if (!kept || !kept->next()) {
            return fail(tr("Cannot use the site index %1 (%2).").arg(path, kept ? QString() : kept.errorMessage()));
        }
        index->m_generation = kept->value(0).toString();
    }
    return index;
}

Result<void> SiteIndex::migrate()
{
    return inTransaction([this]() -> Result<void> {
        const QSqlDatabase db = database();
        auto version = sql::exec(db, QStringLiteral("PRAGMA user_version"));
        if (!version) {
            return version.error();
        }
        version->next();
        const int found = version->value(0).toInt();
        if (found > indexFormatVersion) {
            return fail(tr("The site index was written by a newer version of Ferry (format %1). Upgrade Ferry.")
                            .arg(found));
        }
        if (found == indexFormatVersion) {
            return {};
        }
        if (found == 1) {
            if (auto renamed = renameContentOfSeveralChunks(db); !renamed) {
                return renamed.error();
            }
            auto stamped = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(indexFormatVersion));
            return stamped ? Result<void>() : stamped.error();
        }
        for (const QString& statement : schema) {
            if (auto done = sql::exec(db, statement); !done) {
                return done.error();
            }
        }
        for (const auto& [key, value] : {std::pair{QStringLiteral("site"), m_siteUuid.toString(QUuid::WithoutBraces)},
                                         std::pair{QStringLiteral("next_seq"), QStringLiteral("1")},
                                         std::pair{QStringLiteral("hlc"), QStringLiteral("0")}}) {
            if (auto done = sql::exec(db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"), {key, value});
                !done) {
                return done.error();
            }
        }
        auto stamped = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(indexFormatVersion));
        return stamped ? Result<void>() : stamped.error();
    });
}

Result<void> SiteIndex::renameContentOfSeveralChunks(const QSqlDatabase& db)
{
    // The content is the same, so nothing else changes (no new sequence: peers' mirrors start
    // again on their own, see PeerMirror). Read from the stored chunk lists, not the files.
    auto several = sql::exec(db, QStringLiteral("SELECT path, chunks FROM files WHERE hash IS NOT NULL AND "
                                                "length(chunks) > 36"));
    if (!several) {
        return several.error();
    }
    std::vector<std::pair<QString, QByteArray>> renamed;
    while (several->next()) {
        const Sha256 hash = ContentHasher::hashOfChunks(ContentDigest::chunksFromBytes(several->value(1).toByteArray()));
        renamed.emplace_back(several->value(0).toString(),
                             QByteArray(reinterpret_cast<const char*>(hash.data()), qsizetype(hash.size())));
    }
    for (const auto& [path, hash] : renamed) {
        if (auto updated = sql::exec(db, QStringLiteral("UPDATE files SET hash = ? WHERE path = ?"), {hash, path});
            !updated) {
            return updated.error();
        }
    }
    return {};
}

Result<void> SiteIndex::inTransaction(const std::function<Result<void>()>& work)
{
    return sql::transaction(database(), QStringLiteral("BEGIN IMMEDIATE"), work);
}

Result<std::vector<IndexedFile>> SiteIndex::files() const
{
    // Every rescan reads every row: through SQLite's own API, not one QVariant per column,
    // this is several times faster (the rescan's budget is twice a bare `find`).
    auto query = SqliteStatement::prepare(database(),
                                          "SELECT path, size, mtime_ns, inode, mode, hash, deleted FROM files ORDER BY path");
    if (!query) {
        return query.error();
    }
    std::vector<IndexedFile> files;
    // Counted from the small index on seq first: growing the vector row by row moved every
    // entry read so far each time it doubled.
    if (auto count = sql::exec(database(), QStringLiteral("SELECT count(*) FROM files")); count && count->next()) {
        files.reserve(std::size_t(count->value(0).toLongLong()));
    }
    for (;;) {
        auto row = query->next();
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            break;
        }
        const QByteArrayView path = query->view(0);
        files.push_back(IndexedFile{.path = std::string(path.constData(), std::size_t(path.size())),
                                    .size = query->int64(1),
                                    .mtimeNs = query->int64(2),
                                    .inode = quint64(query->int64(3)),
                                    .mode = quint32(query->int64(4)),
                                    .hash = hashFrom(query->view(5)),
                                    .deleted = query->int64(6) != 0});
    }
    // SQLite sorts TEXT by its bytes (BINARY collation): the same order as std::string.
    return files;
}

Result<void> SiteIndex::applyFileChanges(const std::vector<FileChange>& changes, qint64 nowMs)
{
    if (changes.empty()) {
        return {};
    }
    return inTransaction([&]() -> Result<void> {
        const QSqlDatabase db = database();
        auto counters = readCounters(db);
        if (!counters) {
            return counters.error();
        }
        qint64 sequence = counters->nextSequence;
        HybridClock clock(counters->lastTimestamp);

        QSqlQuery versionOf(db);
        versionOf.prepare(QStringLiteral("SELECT version FROM files WHERE path = ?"));
        QSqlQuery upsert(db);
        upsert.prepare(QString::fromLatin1(upsertFile));
        QSqlQuery touch(db);
        touch.prepare(QStringLiteral("UPDATE files SET size = ?, mtime_ns = ?, inode = ?, mode = ? WHERE path = ?"));
        QSqlQuery tombstone(db);
        tombstone.prepare(QStringLiteral("UPDATE files SET deleted = 1, version = ?, hlc = ?, seq = ?, chunks = NULL "
                                         "WHERE path = ?"));

        for (const FileChange& change : changes) {
            const QString path = QString::fromStdString(change.path);
            if (change.kind == FileChange::Kind::Touched) {
                touch.addBindValue(change.size);
                touch.addBindValue(change.mtimeNs);
                touch.addBindValue(change.inode);
                touch.addBindValue(change.mode);
                touch.addBindValue(path);
                if (!touch.exec()) {
                    return fail(sql::Messages::failure(touch.lastError()));
                }
                continue;
            }
            versionOf.addBindValue(path);
            if (!versionOf.exec()) {
                return fail(sql::Messages::failure(versionOf.lastError()));
            }
            VersionVector version;
            if (versionOf.next()) {
                version = VersionVector::fromText(versionOf.value(0).toByteArray()).value_or(VersionVector());
            }
            versionOf.finish();
            version.bump(m_siteUuid);
            const quint64 stamp = clock.tick(nowMs).packed();
            if (change.kind == FileChange::Kind::Deleted) {
                tombstone.addBindValue(QString::fromLatin1(version.toText()));
                tombstone.addBindValue(stamp);
                tombstone.addBindValue(sequence++);
                tombstone.addBindValue(path);
                if (!tombstone.exec()) {
                    return fail(sql::Messages::failure(tombstone.lastError()));
                }
                continue;
            }
            for (const QVariant& value :
                 {QVariant(path), QVariant(change.size), QVariant(change.mtimeNs), QVariant(change.inode),
                  QVariant(change.mode), QVariant(hashBytes(change.digest.hash)), QVariant(change.digest.chunkListBytes()),
                  sql::fromText(change.linkTarget), QVariant(QString::fromLatin1(version.toText())), QVariant(stamp),
                  QVariant(0), QVariant(sequence++)}) {
                upsert.addBindValue(value);
            }
            if (!upsert.exec()) {
                return fail(sql::Messages::failure(upsert.lastError()));
            }
        }
        return writeCounters(db, {sequence, clock.last()});
    });
}

Result<int> SiteIndex::takeRowChanges(const std::vector<CapturedRowChange>& changes, qint64 nowMs)
{
    int changedRows = 0;
    auto outcome = inTransaction([&]() -> Result<void> {
        const QSqlDatabase db = database();
        // The last change of each row wins; rows changed several times since the last look
        // count (and get a new version) once.
        std::map<std::pair<QString, QString>, bool> latest;
        // A change already taken (by a harvest cut short before the capture forgot it) is
        // remembered already: the insert is then ignored, and the change not counted twice.
        auto remember = SqliteStatement::prepare(db, "INSERT OR IGNORE INTO taken_changes (id) VALUES (?)");
        if (!remember) {
            return remember.error();
        }
        for (const CapturedRowChange& change : changes) {
            if (auto done = remember->bind(1, change.id).run(); !done) {
                return done;
            }
            if (remember->changes() == 0) {
                continue;
            }
            latest[{change.table, change.key}] = change.deleted;
        }
        if (latest.empty()) {
            return {};
        }
        auto counters = readCounters(db);
        if (!counters) {
            return counters.error();
        }
        qint64 sequence = counters->nextSequence;
        HybridClock clock(counters->lastTimestamp);
        auto versionOf = SqliteStatement::prepare(db, "SELECT version FROM rows WHERE table_name = ? AND key = ?");
        auto upsert = SqliteStatement::prepare(db, upsertRow);
        if (!versionOf || !upsert) {
            return !versionOf ? versionOf.error() : upsert.error();
        }
        for (const auto& [row, deleted] : latest) {
            const QByteArray table = row.first.toUtf8();
            const QByteArray key = row.second.toUtf8();
            auto found = versionOf->bindText(1, table).bindText(2, key).next();
            if (!found) {
                return found.error();
            }
            VersionVector version;
            if (found.value()) {
                version = VersionVector::fromText(versionOf->bytes(0)).value_or(VersionVector());
            }
            versionOf->reset();
            version.bump(m_siteUuid);
            upsert->bindText(1, table).bindText(2, key).bindText(3, version.toText());
            upsert->bind(4, qint64(clock.tick(nowMs).packed())).bind(5, deleted ? 1 : 0).bind(6, sequence++);
            if (auto done = upsert->run(); !done) {
                return done;
            }
            ++changedRows;
        }
        return writeCounters(db, {sequence, clock.last()});
    });
    if (!outcome) {
        return outcome.error();
    }
    return changedRows;
}

Result<void> SiteIndex::forgetTakenChanges(const std::vector<qint64>& ids)
{
    return inTransaction([&]() -> Result<void> {
        auto forget = SqliteStatement::prepare(database(), "DELETE FROM taken_changes WHERE id = ?");
        if (!forget) {
            return forget.error();
        }
        for (qint64 id : ids) {
            if (auto done = forget->bind(1, id).run(); !done) {
                return done;
            }
        }
        return {};
    });
}

Result<FeedPage> SiteIndex::changesSince(qint64 afterSequence, int limit) const
{
    // One statement reads one consistent snapshot, even while a scan writes. Through SQLite's own
    // API, a row at a time: a plan in full reads every item of the index (110,000 in a large
    // site's initial copy), for which a QVariant per column cost more than SQLite's work.
    auto query = SqliteStatement::prepare(database(),
                                          "SELECT seq, 0, path, NULL, deleted, version, hlc, hash, size FROM files "
                                          "WHERE seq > ?1 UNION ALL "
                                          "SELECT seq, 1, table_name, key, deleted, version, hlc, NULL, 0 FROM rows "
                                          "WHERE seq > ?1 ORDER BY 1 LIMIT ?2");
    if (!query) {
        return query.error();
    }
    query->bind(1, afterSequence).bind(2, qint64(limit) + 1);
    FeedPage page;
    page.lastSequence = afterSequence;
    for (;;) {
        auto row = query->next();
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            break;
        }
        if (int(page.entries.size()) == limit) {
            page.more = true;
            break;
        }
        FeedEntry entry;
        entry.sequence = query->int64(0);
        entry.kind = query->int64(1) == 0 ? FeedEntry::Kind::File : FeedEntry::Kind::Row;
        if (entry.kind == FeedEntry::Kind::File) {
            entry.path = query->text(2);
        } else {
            entry.table = query->text(2);
            entry.key = query->text(3);
        }
        entry.deleted = query->int64(4) != 0;
        entry.version = VersionVector::fromText(query->bytes(5)).value_or(VersionVector());
        entry.timestamp = HybridTimestamp::fromPacked(quint64(query->int64(6)));
        entry.hash = hashFrom(query->view(7));
        entry.size = query->int64(8);
        page.lastSequence = entry.sequence;
        page.entries.push_back(std::move(entry));
    }
    return page;
}

Result<IndexTotals> SiteIndex::totals(bool countRows) const
{
    auto query = sql::exec(database(),
        QStringLiteral("SELECT (SELECT count(*) FROM files WHERE deleted = 0), "
                       "(SELECT coalesce(sum(size), 0) FROM files WHERE deleted = 0), %1, "
                       "(SELECT value FROM meta WHERE key = 'next_seq') - 1")
            .arg(countRows ? QStringLiteral("(SELECT count(*) FROM rows WHERE deleted = 0)") : QStringLiteral("0")));
    if (!query) {
        return query.error();
    }
    query->next();
    return IndexTotals{query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toLongLong(),
                       query->value(3).toLongLong()};
}

Result<qint64> SiteIndex::lastSequence() const
{
    auto query = sql::exec(database(), QStringLiteral("SELECT value FROM meta WHERE key = 'next_seq'"));
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toLongLong() - 1 : 0;
}

Result<std::vector<Chunk>> SiteIndex::chunksOf(const QString& path) const
{
    auto query = sql::exec(database(), QStringLiteral("SELECT chunks FROM files WHERE path = ? AND deleted = 0"), {path});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return fail(tr("The index has no file %1.").arg(path));
    }
    return ContentDigest::chunksFromBytes(query->value(0).toByteArray());
}

Result<void> SiteIndex::recordApplied(const std::vector<AppliedItem>& items, qint64 nowMs)
{
    if (items.empty()) {
        return {};
    }
    return inTransaction([&]() -> Result<void> {
        const QSqlDatabase db = database();
        auto counters = readCounters(db);
        if (!counters) {
            return counters.error();
        }
        qint64 sequence = counters->nextSequence;
        HybridClock clock(counters->lastTimestamp);
        auto file = SqliteStatement::prepare(db, upsertFile);
        auto row = SqliteStatement::prepare(db, upsertRow);
        if (!file || !row) {
            return !file ? file.error() : row.error();
        }
        for (const AppliedItem& item : items) {
            clock.receive(item.timestamp, nowMs);
            const QByteArray version = item.version.toText();
            const auto stamp = qint64(item.timestamp.packed());
            SqliteStatement& query = item.kind == FeedEntry::Kind::File ? file.value() : row.value();
            if (item.kind == FeedEntry::Kind::File) {
                const bool gone = item.deleted;
                query.bind(1, item.path)
                    .bind(2, gone ? 0 : qint64(item.size))
                    .bind(3, gone ? 0 : item.mtimeNs)
                    .bind(4, gone ? 0 : qint64(item.inode))
                    .bind(5, gone ? 0 : qint64(item.mode))
                    .bindBlob(6, gone ? QByteArrayView() : QByteArrayView(item.hash.data(), qsizetype(item.hash.size())))
                    .bindBlob(7, gone ? QByteArrayView() : QByteArrayView(item.chunkList))
                    .bindText(8, QByteArrayView())  // no link: an applied file is a regular file
                    .bindText(9, version)
                    .bind(10, stamp)
                    .bind(11, gone ? 1 : 0)
                    .bind(12, sequence++);
            } else {
                query.bind(1, item.table).bind(2, item.key).bindText(3, version);
                query.bind(4, stamp).bind(5, item.deleted ? 1 : 0).bind(6, sequence++);
            }
            if (auto done = query.run(); !done) {
                return done;
            }
        }
        return writeCounters(db, {sequence, clock.last()});
    });
}

Result<std::vector<FeedEntry>> SiteIndex::allItems() const
{
    auto page = changesSince(0, std::numeric_limits<int>::max() - 1);
    if (!page) {
        return page.error();
    }
    return std::move(page->entries);
}

Result<std::optional<FeedEntry>> SiteIndex::item(FeedEntry::Kind kind, const QString& pathOrTable, const QString& key) const
{
    const bool file = kind == FeedEntry::Kind::File;
    auto query = file ? sql::exec(database(),
                                  QStringLiteral("SELECT seq, deleted, version, hlc, hash, size FROM files WHERE path = ?"),
                                  {pathOrTable})
                      : sql::exec(database(),
                                  QStringLiteral("SELECT seq, deleted, version, hlc, NULL, 0 FROM rows "
                                                 "WHERE table_name = ? AND key = ?"),
                                  {pathOrTable, key});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<FeedEntry>();
    }
    FeedEntry entry;
    entry.sequence = query->value(0).toLongLong();
    entry.kind = kind;
    (file ? entry.path : entry.table) = pathOrTable;
    if (!file) {
        entry.key = key;
    }
    entry.deleted = query->value(1).toBool();
    entry.version = VersionVector::fromText(query->value(2).toByteArray()).value_or(VersionVector());
    entry.timestamp = HybridTimestamp::fromPacked(query->value(3).toULongLong());
    entry.hash = hashFrom(query->value(4));
    entry.size = query->value(5).toLongLong();
    return std::optional<FeedEntry>(std::move(entry));
}

Result<std::vector<std::optional<FeedEntry>>> SiteIndex::rowItems(
    const std::vector<std::pair<QString, QString>>& rows) const
{
    return lookUpEach<FeedEntry>(
        database(), "SELECT seq, deleted, version, hlc FROM rows WHERE table_name = ? AND key = ?", rows.size(),
        [&](SqliteStatement& query, std::size_t k) { query.bind(1, rows[k].first).bind(2, rows[k].second); },
        [&](const SqliteStatement& query, std::size_t k) {
            FeedEntry entry;
            entry.sequence = query.int64(0);
            entry.kind = FeedEntry::Kind::Row;
            entry.table = rows[k].first;
            entry.key = rows[k].second;
            entry.deleted = query.int64(1) != 0;
            entry.version = VersionVector::fromText(query.bytes(2)).value_or(VersionVector());
            entry.timestamp = HybridTimestamp::fromPacked(quint64(query.int64(3)));
            return entry;
        });
}

Result<std::vector<std::optional<SiteIndex::FileState>>> SiteIndex::fileStates(const QStringList& paths) const
{
    return lookUpEach<FileState>(
        database(), "SELECT seq, deleted, version, hlc, hash, size, mtime_ns, inode, mode FROM files WHERE path = ?",
        std::size_t(paths.size()), [&](SqliteStatement& query, std::size_t k) { query.bind(1, paths[qsizetype(k)]); },
        [&](const SqliteStatement& query, std::size_t k) {
            const QString& path = paths[qsizetype(k)];
            FileState state;
            state.item.sequence = query.int64(0);
            state.item.kind = FeedEntry::Kind::File;
            state.item.path = path;
            state.item.deleted = query.int64(1) != 0;
            state.item.version = VersionVector::fromText(query.bytes(2)).value_or(VersionVector());
            state.item.timestamp = HybridTimestamp::fromPacked(quint64(query.int64(3)));
            state.item.hash = hashFrom(query.view(4));
            state.item.size = query.int64(5);
            state.file = IndexedFile{.path = path.toStdString(),
                                     .size = state.item.size,
                                     .mtimeNs = query.int64(6),
                                     .inode = quint64(query.int64(7)),
                                     .mode = quint32(query.int64(8)),
                                     .hash = state.item.hash,
                                     .deleted = state.item.deleted};
            return state;
        });
}

Result<std::vector<SiteIndex::FileChunks>> SiteIndex::allChunks() const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT path, chunks, size, mtime_ns, inode, hash FROM files WHERE deleted = 0 AND chunks IS NOT NULL"))) {
        return fail(sql::Messages::failure(query.lastError()));
    }
    std::vector<FileChunks> all;
    while (query.next()) {
        all.push_back({.path = query.value(0).toString(),
                       .stamp = {.size = query.value(2).toLongLong(),
                                 .mtimeNs = query.value(3).toLongLong(),
                                 .inode = quint64(query.value(4).toLongLong())},
                       .hash = hashFrom(query.value(5)),
                       .chunks = ContentDigest::chunksFromBytes(query.value(1).toByteArray())});
    }
    return all;
}

Result<std::optional<ContentDigest>> SiteIndex::digestOf(const QString& path) const
{
    if (!m_digestQuery) {
        auto prepared = std::make_unique<QSqlQuery>(database());
        prepared->setForwardOnly(true);
        if (!prepared->prepare(QStringLiteral("SELECT hash, size, chunks FROM files WHERE path = ? AND deleted = 0"))) {
            return fail(sql::Messages::failure(prepared->lastError()));
        }
        m_digestQuery = std::move(prepared);
    }
    QSqlQuery& query = *m_digestQuery;
    query.bindValue(0, path);
    if (!query.exec()) {
        return fail(sql::Messages::failure(query.lastError()));
    }
    std::optional<ContentDigest> found;
    if (query.next()) {
        ContentDigest digest;
        digest.hash = hashFrom(query.value(0));
        digest.size = quint64(query.value(1).toLongLong());
        digest.chunks = ContentDigest::chunksFromBytes(query.value(2).toByteArray());
        found = std::move(digest);
    }
    query.finish();  // a statement left open would hold its read snapshot
    return found;
}

} // namespace ferry
