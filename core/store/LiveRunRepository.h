#pragma once
// The progress of running runs in state.db, so that every process on a home sees every run: the
// GUI shows the runs ferryd and ferryctl started, and can ask them to stop.

#include "common/Progress.h"
#include "common/Result.h"
#include "model/LiveRun.h"

#include <QSqlDatabase>

#include <vector>

namespace ferry {

class LiveRunRepository
{
public:
    explicit LiveRunRepository(QSqlDatabase db);

    // Records how far the run has got; answers whether another process asked it to stop.
    Result<bool> report(qint64 runId, const QString& owner, qint64 ownerPid, const Progress& progress);
    Result<void> requestCancel(qint64 runId);
    Result<void> remove(qint64 runId);
    // Runs marked running that have reported progress, oldest first.
    Result<std::vector<LiveRun>> running() const;

private:
    QSqlDatabase m_db;
};

} // namespace ferry
