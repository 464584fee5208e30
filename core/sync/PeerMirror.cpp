#include "PeerMirror.h"

#include "store/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ferry {

namespace {

const QStringList schema {
    QStringLiteral(
        "CREATE TABLE IF NOT EXISTS position (id INTEGER PRIMARY KEY CHECK (id = 1), last_seq INTEGER NOT NULL)"),
    QStringLiteral(R"(CREATE TABLE IF NOT EXISTS items (
        kind INTEGER NOT NULL,
        name TEXT NOT NULL,
        deleted INTEGER NOT NULL,
        version TEXT NOT NULL,
        hlc INTEGER NOT NULL,
        hash BLOB,
        size INTEGER NOT NULL,
        seq INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (kind, name)) WITHOUT ROWID)"),
    QStringLiteral("INSERT OR IGNORE INTO position (id, last_seq) VALUES (1, 0)"),
    QStringLiteral("CREATE TABLE IF NOT EXISTS settled (fingerprint TEXT PRIMARY KEY, local_generation TEXT NOT NULL, "
                   "local_seq INTEGER NOT NULL, remote_seq INTEGER NOT NULL)"),
};

const QString itemColumns = QStringLiteral("kind, name, deleted, version, hlc, hash, size");

} // namespace

ItemState itemStateOf(const FeedEntry& entry)
{
    ItemState state;
    state.key = entry.kind == FeedEntry::Kind::File ? ItemKey::file(entry.path) : ItemKey::row(entry.table, entry.key);
    state.deleted = entry.deleted;
    state.version = entry.version;
    state.timestamp = entry.timestamp;
    state.hash = entry.kind == FeedEntry::Kind::File ? entry.hash : Sha256{};
    state.size = entry.size;
    return state;
}

QString PeerMirror::pathFor(const QString& homePath, const QUuid& localSite, const QUuid& remoteSite)
{
    return homePath + QStringLiteral("/sites/") + localSite.toString(QUuid::WithoutBraces) + QStringLiteral("/peers/")
           + remoteSite.toString(QUuid::WithoutBraces) + QStringLiteral(".db");
}

PeerMirror::PeerMirror(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

PeerMirror::~PeerMirror()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<PeerMirror>> PeerMirror::open(const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return fail(tr("Cannot create the folder for %1.").arg(path));
    }
    const QString name = QStringLiteral("ferry-mirror-") + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<PeerMirror> mirror(new PeerMirror(name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        return fail(tr("Cannot open %1 (%2).").arg(path, db.lastError().databaseText()));
    }
    if (auto wal = sql::enableWriteAheadLog(db); !wal) {
        return wal.error();
    }
    if (auto migrated = mirror->migrate(); !migrated) {
        return migrated.error();
    }
    return mirror;
}

Result<void> PeerMirror::migrate()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return sql::transaction(db, QStringLiteral("BEGIN IMMEDIATE"), [&]() -> Result<void> {
        for (const QString& statement : schema) {
            if (auto done = sql::exec(db, statement); !done) {
                return done.error();
            }
        }
        // A mirror from before items kept their feed position: they count as taken at 0, which
        // is before any settled point (the first ones are written by this version).
        auto column
            = sql::exec(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('items') WHERE name = 'seq'"));
        if (!column) {
            return column.error();
        }
        column->next();
        if (column->value(0).toInt() == 0) {
            if (auto added
                = sql::exec(db, QStringLiteral("ALTER TABLE items ADD COLUMN seq INTEGER NOT NULL DEFAULT 0"));
                !added) {
                return added.error();
            }
        }
        // An older Ferry that takes the remote's feed in writes items without their position
        // (0): points settled before then would not see those items move, so they go.
        for (const QString& statement :
            { QStringLiteral("CREATE INDEX IF NOT EXISTS items_seq ON items(seq)"),
                QStringLiteral("CREATE TRIGGER IF NOT EXISTS items_unpositioned AFTER INSERT ON items WHEN NEW.seq = 0 "
                               "BEGIN DELETE FROM settled; END") }) {
            if (auto done = sql::exec(db, statement); !done) {
                return done.error();
            }
        }
        return startAgainBeforeFormat(db);
    });
}

Result<void> PeerMirror::startAgainBeforeFormat(const QSqlDatabase& db)
{
    // Format 2 names a file of several chunks by its chunks' hashes (ContentHasher), format 1 (and
    // a mirror that says nothing) by its bytes'. What a mirror took under the old name is taken
    // again from the start of the remote's feed: a cache, emptied, never wrong.
    constexpr int mirrorFormatVersion = 2;
    auto format = sql::exec(db, QStringLiteral("PRAGMA user_version"));
    if (!format) {
        return format.error();
    }
    if (format->next() && format->value(0).toInt() >= mirrorFormatVersion) {
        return {};
    }
    for (const QString& statement :
         {QStringLiteral("DELETE FROM items"), QStringLiteral("UPDATE position SET last_seq = 0"),
          QStringLiteral("DELETE FROM settled"), QStringLiteral("PRAGMA user_version = %1").arg(mirrorFormatVersion)}) {
        if (auto done = sql::exec(db, statement); !done) {
            return done.error();
        }
    }
    return {};
}

Result<qint64> PeerMirror::lastSequence() const
{
    auto query = sql::exec(QSqlDatabase::database(m_connectionName, false), QStringLiteral("SELECT last_seq FROM position"));
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<void> PeerMirror::take(const FeedPage& page)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return sql::transaction(db, QStringLiteral("BEGIN IMMEDIATE"), [&]() -> Result<void> {
        QSqlQuery upsert(db);
        upsert.prepare(
            QStringLiteral("INSERT OR REPLACE INTO items (kind, name, deleted, version, hlc, hash, size, seq) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const FeedEntry& entry : page.entries) {
            const ItemState state = itemStateOf(entry);
            for (const QVariant& value :
                { QVariant(int(state.key.kind)), QVariant(state.key.name), QVariant(state.deleted ? 1 : 0),
                    QVariant(QString::fromLatin1(state.version.toText())), QVariant(state.timestamp.packed()),
                    QVariant(QByteArray(reinterpret_cast<const char*>(state.hash.data()), 32)), QVariant(state.size),
                    QVariant(entry.sequence) }) {
                upsert.addBindValue(value);
            }
            if (!upsert.exec()) {
                return fail(sql::Messages::failure(upsert.lastError()));
            }
        }
        auto moved = sql::exec(db, QStringLiteral("UPDATE position SET last_seq = ?"), {page.lastSequence});
        return moved ? Result<void>() : moved.error();
    });
}

namespace {

ItemState stateFrom(const QSqlQuery& query)
{
    ItemState state;
    state.key.kind = ItemKey::Kind(query.value(0).toInt());
    state.key.name = query.value(1).toString();
    state.deleted = query.value(2).toBool();
    state.version = VersionVector::fromText(query.value(3).toByteArray()).value_or(VersionVector());
    state.timestamp = HybridTimestamp::fromPacked(query.value(4).toULongLong());
    const QByteArray hash = query.value(5).toByteArray();
    if (hash.size() == 32) {
        std::copy(hash.cbegin(), hash.cend(), state.hash.begin());
    }
    state.size = query.value(6).toLongLong();
    return state;
}

} // namespace

Result<std::vector<ItemState>> PeerMirror::select(const QString& statement, const QVariantList& values) const
{
    auto query = sql::scan(QSqlDatabase::database(m_connectionName, false), statement, values);
    if (!query) {
        return query.error();
    }
    std::vector<ItemState> states;
    while (query->next()) {
        states.push_back(stateFrom(query.value()));
    }
    return states;
}

Result<std::vector<ItemState>> PeerMirror::states() const
{
    return select(QStringLiteral("SELECT %1 FROM items").arg(itemColumns), {});
}

Result<std::vector<ItemState>> PeerMirror::statesSince(qint64 sequence) const
{
    return select(QStringLiteral("SELECT %1 FROM items WHERE seq > ?").arg(itemColumns), { sequence });
}

Result<std::vector<std::optional<ItemState>>> PeerMirror::statesOf(const std::vector<ItemKey>& keys) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM items WHERE kind = ? AND name = ?").arg(itemColumns))) {
        return fail(sql::Messages::failure(query.lastError()));
    }
    std::vector<std::optional<ItemState>> states;
    states.reserve(keys.size());
    for (const ItemKey& key : keys) {
        query.addBindValue(int(key.kind));
        query.addBindValue(key.name);
        if (!query.exec()) {
            return fail(sql::Messages::failure(query.lastError()));
        }
        states.push_back(query.next() ? std::optional(stateFrom(query)) : std::nullopt);
        query.finish();
    }
    return states;
}

Result<std::optional<SettledPoint>> PeerMirror::settled(const QString& fingerprint) const
{
    auto query = sql::exec(QSqlDatabase::database(m_connectionName, false),
        QStringLiteral("SELECT local_generation, local_seq, remote_seq FROM settled WHERE fingerprint = ?"),
        { fingerprint });
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<SettledPoint>();
    }
    return std::optional(SettledPoint { .fingerprint = fingerprint,
        .localGeneration = query->value(0).toString(),
        .localSequence = query->value(1).toLongLong(),
        .remoteSequence = query->value(2).toLongLong() });
}

Result<void> PeerMirror::settle(const SettledPoint& point)
{
    // A run that found nothing moved settles where the last one did: no write, no sync.
    if (auto known = settled(point.fingerprint); known && known.value()
        && known.value()->localGeneration == point.localGeneration
        && known.value()->localSequence == point.localSequence
        && known.value()->remoteSequence == point.remoteSequence) {
        return {};
    }
    auto done = sql::exec(QSqlDatabase::database(m_connectionName, false),
        QStringLiteral("INSERT OR REPLACE INTO settled (fingerprint, local_generation, local_seq, remote_seq) "
                       "VALUES (?, ?, ?, ?)"),
        { point.fingerprint, point.localGeneration, point.localSequence, point.remoteSequence });
    return done ? Result<void>() : done.error();
}

} // namespace ferry
