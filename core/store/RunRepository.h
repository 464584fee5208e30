#pragma once
// Runs in state.db: started, updated as they go through their phases, finished with totals.

#include "common/Result.h"
#include "model/Run.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace ferry {

class RunRepository
{
public:
    explicit RunRepository(QSqlDatabase db);

    Result<Run> start(Run run);
    Result<void> setPhase(qint64 id, const QString& phase);
    Result<void> setClockSkew(qint64 id, qint64 milliseconds);
    // Runs of these relationships still marked running, other than except, as failed: their
    // process stopped without finishing them (killed, or the machine went down). Called by a run
    // that holds its site's write lock, which any of them that were alive would hold.
    Result<qint64> markInterrupted(const QStringList& relationships, qint64 except, const QString& message,
                                   const QDateTime& when);
    Result<void> finish(qint64 id, RunState state, const RunTotals& totals, const QString& message,
                        const QDateTime& finishedAt);
    Result<Run> byId(qint64 id) const;
    Result<std::vector<Run>> recent(int limit) const;
    // Runs started at or after since, newest first (the dashboard's week of bytes moved).
    Result<std::vector<Run>> startedSince(const QDateTime& since, int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace ferry
