#pragma once
// The sync log in state.db: appended by runs, read by id ranges (newest first, or everything
// after the last id a reader has seen), never loaded whole.

#include "common/Result.h"
#include "model/LogEntry.h"
#include "model/SyncLogFilter.h"

#include <QSqlDatabase>

#include <vector>

namespace ferry {

class SyncLogRepository
{
public:
    explicit SyncLogRepository(QSqlDatabase db);

    Result<LogEntry> append(LogEntry entry);
    Result<std::vector<LogEntry>> latest(int limit) const;
    Result<std::vector<LogEntry>> after(qint64 lastSeenId, int limit) const;
    Result<qint64> count() const;

    // Keyset paging for the Activity view and exports: the newest `limit` entries matching
    // filter with an id below beforeId (0: from the newest), newest first. Cost grows with the
    // page, not with the log, whenever an index serves the filter.
    Result<std::vector<LogEntry>> page(const SyncLogFilter& filter, qint64 beforeId, int limit) const;
    // The live tail: entries matching filter with an id above lastSeenId, oldest first.
    Result<std::vector<LogEntry>> after(const SyncLogFilter& filter, qint64 lastSeenId, int limit) const;

    // The full-text query for the words a person typed: each word matched at a word's start,
    // all words required. Empty when the text holds no word at all.
    static QString searchExpression(const QString& text);

private:
    Result<std::vector<LogEntry>> select(const QString& tail, const QVariantList& values) const;
    Result<std::vector<LogEntry>> filtered(const SyncLogFilter& filter, qint64 boundId, bool newestFirst,
                                           int limit) const;

    QSqlDatabase m_db;
};

} // namespace ferry
