#include "SyncLogRepository.h"

#include "Sql.h"

namespace ferry {

SyncLogRepository::SyncLogRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<LogEntry> SyncLogRepository::append(LogEntry entry)
{
    auto query = sql::exec(m_db,
                           QStringLiteral("INSERT INTO sync_log (time, run_id, relationship, site, resource, mode, "
                                          "action, result, remote_error, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {sql::fromTime(entry.time), entry.runId > 0 ? QVariant(entry.runId) : QVariant(),
                            sql::fromRequiredText(entry.relationship), sql::fromRequiredText(entry.site),
                            sql::fromRequiredText(entry.resource), enumKey(logModeKeys, entry.mode),
                            sql::fromRequiredText(entry.action), enumKey(logResultKeys, entry.result),
                            entry.remoteError, sql::fromRequiredText(entry.message)});
    if (!query) {
        return query.error();
    }
    entry.id = query->lastInsertId().toLongLong();
    return entry;
}

Result<std::vector<LogEntry>> SyncLogRepository::select(const QString& tail, const QVariantList& values) const
{
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT id, time, run_id, relationship, site, resource, mode, action, result, "
                                          "remote_error, message FROM sync_log ")
                               + tail,
                           values);
    if (!query) {
        return query.error();
    }
    std::vector<LogEntry> entries;
    while (query->next()) {
        LogEntry e;
        e.id = query->value(0).toLongLong();
        e.time = sql::toTime(query->value(1));
        e.runId = query->value(2).toLongLong();
        e.relationship = query->value(3).toString();
        e.site = query->value(4).toString();
        e.resource = query->value(5).toString();
        e.mode = enumFromKey(logModeKeys, query->value(6).toString()).value_or(LogMode::Pull);
        e.action = query->value(7).toString();
        e.result = enumFromKey(logResultKeys, query->value(8).toString()).value_or(LogResult::Error);
        e.remoteError = query->value(9).toBool();
        e.message = query->value(10).toString();
        entries.push_back(std::move(e));
    }
    return entries;
}

Result<std::vector<LogEntry>> SyncLogRepository::latest(int limit) const
{
    return select(QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
}

Result<std::vector<LogEntry>> SyncLogRepository::after(qint64 lastSeenId, int limit) const
{
    return select(QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"), {lastSeenId, limit});
}

Result<qint64> SyncLogRepository::count() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT count(*) FROM sync_log"));
    if (!query) {
        return query.error();
    }
    query->next();
    return query->value(0).toLongLong();
}

} // namespace ferry
