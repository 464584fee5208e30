#pragma once
// Schedules in state.db.

#include "common/Result.h"
#include "model/Schedule.h"

#include <QSqlDatabase>

#include <vector>

namespace ferry {

class ScheduleRepository
{
public:
    explicit ScheduleRepository(QSqlDatabase db);

    Result<Schedule> insert(Schedule schedule);
    Result<void> update(const Schedule& schedule);
    Result<void> recordRun(qint64 id, const QDateTime& when);
    Result<std::vector<Schedule>> list() const;
    Result<void> remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace ferry
