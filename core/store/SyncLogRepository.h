#pragma once
// The sync log in state.db: appended by runs, read by id ranges (newest first, or everything
// after the last id a reader has seen), never loaded whole.

#include "common/Result.h"
#include "model/LogEntry.h"

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

private:
    Result<std::vector<LogEntry>> select(const QString& tail, const QVariantList& values) const;

    QSqlDatabase m_db;
};

} // namespace ferry
