#include "PeerMirror.h"

#include "store/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ferry {

namespace {

const QStringList schema{
    QStringLiteral("CREATE TABLE IF NOT EXISTS position (id INTEGER PRIMARY KEY CHECK (id = 1), last_seq INTEGER NOT NULL)"),
    QStringLiteral(R"(CREATE TABLE IF NOT EXISTS items (
        kind INTEGER NOT NULL,
        name TEXT NOT NULL,
        deleted INTEGER NOT NULL,
        version TEXT NOT NULL,
        hlc INTEGER NOT NULL,
        hash BLOB,
        size INTEGER NOT NULL,
        PRIMARY KEY (kind, name)) WITHOUT ROWID)"),
    QStringLiteral("INSERT OR IGNORE INTO position (id, last_seq) VALUES (1, 0)"),
};

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
    for (const QString& statement : schema) {
        if (auto done = sql::exec(db, statement); !done) {
            return done.error();
        }
    }
    return mirror;
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
        upsert.prepare(QStringLiteral("INSERT OR REPLACE INTO items (kind, name, deleted, version, hlc, hash, size) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const FeedEntry& entry : page.entries) {
            const ItemState state = itemStateOf(entry);
            for (const QVariant& value :
                 {QVariant(int(state.key.kind)), QVariant(state.key.name), QVariant(state.deleted ? 1 : 0),
                  QVariant(QString::fromLatin1(state.version.toText())), QVariant(state.timestamp.packed()),
                  QVariant(QByteArray(reinterpret_cast<const char*>(state.hash.data()), 32)), QVariant(state.size)}) {
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

Result<std::vector<ItemState>> PeerMirror::states() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT kind, name, deleted, version, hlc, hash, size FROM items"))) {
        return fail(sql::Messages::failure(query.lastError()));
    }
    std::vector<ItemState> states;
    while (query.next()) {
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
        states.push_back(std::move(state));
    }
    return states;
}

} // namespace ferry
