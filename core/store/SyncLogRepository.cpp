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
                           QStringLiteral("SELECT l.id, l.time, l.run_id, l.relationship, l.site, l.resource, l.mode, "
                                          "l.action, l.result, l.remote_error, l.message FROM ")
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
    return select(QStringLiteral("sync_log l ORDER BY l.id DESC LIMIT ?"), {limit});
}

Result<std::vector<LogEntry>> SyncLogRepository::after(qint64 lastSeenId, int limit) const
{
    return select(QStringLiteral("sync_log l WHERE l.id > ? ORDER BY l.id LIMIT ?"), {lastSeenId, limit});
}

Result<std::vector<LogEntry>> SyncLogRepository::page(const SyncLogFilter& filter, qint64 beforeId, int limit) const
{
    return filtered(filter, beforeId, true, limit);
}

Result<std::vector<LogEntry>> SyncLogRepository::after(const SyncLogFilter& filter, qint64 lastSeenId, int limit) const
{
    return filtered(filter, lastSeenId, false, limit);
}

Result<std::vector<LogEntry>> SyncLogRepository::filtered(const SyncLogFilter& filter, qint64 boundId, bool newestFirst,
                                                          int limit) const
{
    QStringList where;
    QVariantList values;
    QString from = QStringLiteral("sync_log l");
    // With a search the full-text index leads: it hands out ids in order and honours the id
    // bound itself, so a page costs the same for a rare word as for a common one.
    QString id = QStringLiteral("l.id");
    const QString search = searchExpression(filter.text);
    if (!filter.text.trimmed().isEmpty() && search.isEmpty()) {
        return std::vector<LogEntry>{};  // only punctuation: no message contains "no word"
    }
    if (!search.isEmpty()) {
        from = QStringLiteral("sync_log_text t CROSS JOIN sync_log l ON l.id = t.rowid");
        id = QStringLiteral("t.rowid");
        where << QStringLiteral("sync_log_text MATCH ?");
        values << search;
    }
    auto equals = [&](const char* column, const QString& value) {
        if (!value.isEmpty()) {
            where << QStringLiteral("l.%1 = ?").arg(QLatin1String(column));
            values << value;
        }
    };
    equals("relationship", filter.relationship);
    equals("site", filter.site);
    equals("resource", filter.resource);
    if (filter.mode) {
        equals("mode", enumKey(logModeKeys, *filter.mode));
    }
    if (filter.result) {
        equals("result", enumKey(logResultKeys, *filter.result));
    }
    if (filter.runId > 0) {
        where << QStringLiteral("l.run_id = ?");
        values << filter.runId;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("l.time >= ?");
        values << sql::fromTime(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("l.time <= ?");
        values << sql::fromTime(filter.to);
    }
    if (newestFirst && boundId > 0) {
        where << id + QStringLiteral(" < ?");
        values << boundId;
    } else if (!newestFirst) {
        where << id + QStringLiteral(" > ?");
        values << boundId;
    }
    QString tail = from;
    if (!where.isEmpty()) {
        tail += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
    tail += QStringLiteral(" ORDER BY %1 %2 LIMIT ?").arg(id, newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    values << limit;
    return select(tail, values);
}

QString SyncLogRepository::searchExpression(const QString& text)
{
    // Words as the index's tokenizer sees them (letters and digits); each one quoted, so that
    // nothing a person types is read as query syntax, and made a prefix.
    QStringList terms;
    QString word;
    auto flush = [&]() {
        if (!word.isEmpty()) {
            terms << QStringLiteral("\"%1\"*").arg(word);
            word.clear();
        }
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word += c;
        } else {
            flush();
        }
    }
    flush();
    return terms.join(QLatin1Char(' '));
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
