#pragma once
// Schedules in state.db.

#include "common/Result.h"
#include "model/Schedule.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace ferry {

class ScheduleRepository
{
public:
    explicit ScheduleRepository(QSqlDatabase db);

    Result<Schedule> insert(Schedule schedule);
    Result<void> update(const Schedule& schedule);
    Result<void> recordRun(qint64 id, const QDateTime& when);
    // Records a run only if the schedule's last run is still `previous` (invalid: never run), so of
    // two schedulers on one home (the GUI's and the agent's) only one starts it. False when the
    // other was first or the schedule is gone.
    Result<bool> claimRun(qint64 id, const QDateTime& previous, const QDateTime& when);
    Result<std::vector<Schedule>> list() const;
    Result<std::optional<Schedule>> find(qint64 id) const;
    Result<void> remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace ferry
