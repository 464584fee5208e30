#include "Migrations.h"

#include "Sql.h"
#include "common/Logging.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace ferry {
namespace {

// Version 1: configuration (Ferry 0.1 development series).
QStringList configurationTables()
{
    return {
        QStringLiteral(R"(CREATE TABLE sites (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            files_root TEXT NOT NULL,
            database_url TEXT,
            tables_json TEXT NOT NULL DEFAULT '[]',
            stage INTEGER NOT NULL DEFAULT 0 CHECK (stage >= 0),
            created_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE relationships (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE RESTRICT,
            remote_url TEXT NOT NULL,
            client_certificate_path TEXT,
            client_key_path TEXT,
            ca_certificate_path TEXT,
            pinned_fingerprint TEXT,
            proxy_url TEXT,
            bypass_proxy INTEGER NOT NULL DEFAULT 0,
            accept_pushes INTEGER NOT NULL DEFAULT 0,
            initial_copy_done INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE profiles (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            relationship_id INTEGER NOT NULL REFERENCES relationships(id) ON DELETE CASCADE,
            direction TEXT NOT NULL CHECK (direction IN ('upload', 'download', 'bidirectional')),
            includes_json TEXT NOT NULL DEFAULT '[]',
            excludes_json TEXT NOT NULL DEFAULT '[]',
            tables_json TEXT NOT NULL DEFAULT '[]',
            propagate_deletes INTEGER NOT NULL DEFAULT 1,
            conflict_policy TEXT NOT NULL,
            bandwidth_limit_kibps INTEGER NOT NULL DEFAULT 0,
            delete_guard_percent INTEGER NOT NULL DEFAULT 25 CHECK (delete_guard_percent BETWEEN 0 AND 100),
            created_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE schedules (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('interval', 'daily', 'weekdays')),
            interval_minutes INTEGER NOT NULL DEFAULT 60 CHECK (interval_minutes > 0),
            time_of_day TEXT,
            weekdays INTEGER NOT NULL DEFAULT 0,
            start_at INTEGER,
            enabled INTEGER NOT NULL DEFAULT 1,
            last_run_at INTEGER,
            created_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX schedules_profile ON schedules(profile_id)"),
    };
}

// Version 2: history (runs, the sync log, conflicts).
QStringList historyTables()
{
    return {
        QStringLiteral(R"(CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER REFERENCES profiles(id) ON DELETE SET NULL,
            profile_name TEXT NOT NULL,
            relationship_name TEXT NOT NULL,
            trigger TEXT NOT NULL,
            dry_run INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL,
            phase TEXT,
            started_at INTEGER NOT NULL,
            finished_at INTEGER,
            files_sent INTEGER NOT NULL DEFAULT 0,
            files_received INTEGER NOT NULL DEFAULT 0,
            files_deleted INTEGER NOT NULL DEFAULT 0,
            rows_sent INTEGER NOT NULL DEFAULT 0,
            rows_received INTEGER NOT NULL DEFAULT 0,
            rows_deleted INTEGER NOT NULL DEFAULT 0,
            conflicts INTEGER NOT NULL DEFAULT 0,
            bytes_out INTEGER NOT NULL DEFAULT 0,
            bytes_in INTEGER NOT NULL DEFAULT 0,
            message TEXT))"),
        QStringLiteral("CREATE INDEX runs_started ON runs(started_at)"),
        QStringLiteral(R"(CREATE TABLE sync_log (
            id INTEGER PRIMARY KEY,
            time INTEGER NOT NULL,
            run_id INTEGER,
            relationship TEXT NOT NULL,
            site TEXT NOT NULL,
            resource TEXT NOT NULL,
            mode TEXT NOT NULL,
            action TEXT NOT NULL,
            result TEXT NOT NULL,
            remote_error INTEGER NOT NULL DEFAULT 0,
            message TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX sync_log_time ON sync_log(time)"),
        QStringLiteral("CREATE INDEX sync_log_run ON sync_log(run_id)"),
        QStringLiteral(R"(CREATE TABLE conflicts (
            id INTEGER PRIMARY KEY,
            run_id INTEGER,
            relationship TEXT NOT NULL,
            site TEXT NOT NULL,
            resource TEXT NOT NULL,
            item TEXT NOT NULL,
            local_json TEXT NOT NULL,
            remote_json TEXT NOT NULL,
            policy TEXT NOT NULL,
            winner TEXT NOT NULL,
            loser_location TEXT,
            status TEXT NOT NULL,
            resolved_by TEXT,
            resolved_at INTEGER,
            detected_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX conflicts_status ON conflicts(status)"),
    };
}

// Version 3: where peers' sync runs have got to with this installation's sites, as they record it
// through the agent (GET/PUT /v1/sites/SITE/checkpoints/PEER), so that an interrupted run resumes.
QStringList checkpointTables()
{
    return {
        QStringLiteral(R"(CREATE TABLE peer_checkpoints (
            site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
            peer TEXT NOT NULL,
            resource TEXT NOT NULL,
            sequence INTEGER NOT NULL CHECK (sequence >= 0),
            written_by TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (site_id, peer, resource)) WITHOUT ROWID)"),
    };
}

// Version 4: the Activity view filters a log of millions of entries. Each single-column index
// also orders by id, so "newest first where relationship = ?" reads no more rows than it shows;
// the message is searched through a full-text index kept by triggers (the log is append-only,
// but retention may delete). Existing entries are indexed once, here.
QStringList syncLogSearch()
{
    return {
        QStringLiteral("CREATE INDEX sync_log_relationship ON sync_log(relationship)"),
        QStringLiteral("CREATE INDEX sync_log_site ON sync_log(site)"),
        QStringLiteral("CREATE INDEX sync_log_resource ON sync_log(resource)"),
        QStringLiteral("CREATE INDEX sync_log_mode ON sync_log(mode)"),
        QStringLiteral("CREATE INDEX sync_log_result ON sync_log(result)"),
        QStringLiteral("CREATE INDEX runs_relationship ON runs(relationship_name, started_at)"),
        QStringLiteral("CREATE INDEX conflicts_relationship ON conflicts(relationship, status)"),
        QStringLiteral("CREATE VIRTUAL TABLE sync_log_text USING fts5(message, content='sync_log', "
                       "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER sync_log_text_insert AFTER INSERT ON sync_log BEGIN "
                       "INSERT INTO sync_log_text(rowid, message) VALUES (new.id, new.message); END"),
        QStringLiteral("CREATE TRIGGER sync_log_text_delete AFTER DELETE ON sync_log BEGIN "
                       "INSERT INTO sync_log_text(sync_log_text, rowid, message) VALUES ('delete', old.id, old.message); "
                       "END"),
        QStringLiteral("CREATE TRIGGER sync_log_text_update AFTER UPDATE OF message ON sync_log BEGIN "
                       "INSERT INTO sync_log_text(sync_log_text, rowid, message) VALUES ('delete', old.id, old.message); "
                       "INSERT INTO sync_log_text(rowid, message) VALUES (new.id, new.message); END"),
        QStringLiteral("INSERT INTO sync_log_text(sync_log_text) VALUES ('rebuild')"),
    };
}

// Version 5: runs as they happen, whichever process on the home runs them (the GUI, ferryd,
// ferryctl): live progress, written about once a second by the run's own process and removed when
// it ends; a request to cancel, which the run reads back; and the clock skew each run measured.
QStringList liveRunTables()
{
    return {
        QStringLiteral("ALTER TABLE runs ADD COLUMN clock_skew_ms INTEGER"),
        QStringLiteral(R"(CREATE TABLE run_progress (
            run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
            owner TEXT NOT NULL,
            owner_pid INTEGER NOT NULL,
            phase TEXT,
            items_done INTEGER NOT NULL DEFAULT 0,
            items_total INTEGER NOT NULL DEFAULT -1,
            bytes_done INTEGER NOT NULL DEFAULT 0,
            bytes_total INTEGER NOT NULL DEFAULT -1,
            bytes_per_second REAL NOT NULL DEFAULT 0,
            eta_seconds INTEGER NOT NULL DEFAULT -1,
            current_item TEXT,
            updated_at INTEGER NOT NULL,
            cancel_requested INTEGER NOT NULL DEFAULT 0))"),
    };
}

// Version 6: how many days a site keeps the files runs overwrote or deleted (its versions area).
QStringList versionRetention()
{
    return {QStringLiteral("ALTER TABLE sites ADD COLUMN keep_versions_days INTEGER NOT NULL DEFAULT 30")};
}

int userVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

const std::vector<Migration>& Migrations::all()
{
    static const std::vector<Migration> migrations{
        {1, "configuration: sites, relationships, profiles, schedules", configurationTables()},
        {2, "history: runs, sync log, conflicts", historyTables()},
        {3, "agent: peers' checkpoints", checkpointTables()},
        {4, "sync log: filter indexes and message search", syncLogSearch()},
        {5, "runs: live progress, cancel requests, clock skew", liveRunTables()},
        {6, "sites: days the versions area keeps a file", versionRetention()},
    };
    return migrations;
}

int Migrations::latestVersion()
{
    return all().back().version;
}

Result<void> Migrations::keepBackup(const QSqlDatabase& db, const QString& databasePath, int fromVersion)
{
    const QString backupPath = QStringLiteral("%1.v%2.bak").arg(databasePath).arg(fromVersion);
    if (QFileInfo::exists(backupPath)) {
        return {};  // an earlier (or concurrent) upgrade already kept this version
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("VACUUM INTO '%1'").arg(QString(backupPath).replace(QLatin1Char('\''), QLatin1String("''"))))
        && !QFileInfo::exists(backupPath)) {
        return fail(tr("Could not keep a copy of %1 before upgrading it (%2). Nothing was changed.")
                        .arg(databasePath, query.lastError().databaseText()));
    }
    qCInfo(lcStore) << "kept a copy of the version" << fromVersion << "state database at" << backupPath;
    return {};
}

Result<void> Migrations::upgrade(const QSqlDatabase& db, const QString& databasePath)
{
    const int found = userVersion(db);
    if (found == latestVersion()) {
        return {};
    }
    if (found > 0) {
        if (auto kept = keepBackup(db, databasePath, found); !kept) {
            return kept;
        }
    }
    // IMMEDIATE takes the write lock now, so a second process waits here and then sees the
    // version this one wrote instead of applying the same migrations again.
    if (auto begun = sql::exec(db, QStringLiteral("BEGIN IMMEDIATE")); !begun) {
        return begun.error();
    }
    auto rollback = [&db](const Error& error) -> Result<void> {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    const int current = userVersion(db);
    for (const Migration& migration : all()) {
        if (migration.version <= current) {
            continue;
        }
        for (const QString& statement : migration.statements) {
            if (auto done = sql::exec(db, statement); !done) {
                return rollback(done.error());
            }
        }
        if (auto stamped = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version)); !stamped) {
            return rollback(stamped.error());
        }
        qCInfo(lcStore) << "state database now at version" << migration.version << "-" << migration.summary;
    }
    if (auto stamped = sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId)); !stamped) {
        return rollback(stamped.error());
    }
    if (auto committed = sql::exec(db, QStringLiteral("COMMIT")); !committed) {
        return rollback(committed.error());
    }
    return {};
}

} // namespace ferry
