#include "ScheduleRepository.h"

#include "Sql.h"

namespace ferry {
namespace {

const QString selectAll = QStringLiteral("SELECT id, profile_id, kind, interval_minutes, time_of_day, weekdays, start_at, "
                                         "enabled, last_run_at, created_at FROM schedules");

Schedule scheduleFrom(const QSqlQuery& query)
{
    Schedule s;
    s.id = query.value(0).toLongLong();
    s.profileId = query.value(1).toLongLong();
    s.kind = enumFromKey(scheduleKindKeys, query.value(2).toString()).value_or(ScheduleKind::Interval);
    s.intervalMinutes = query.value(3).toInt();
    s.timeOfDay = QTime::fromString(query.value(4).toString(), QStringLiteral("HH:mm"));
    s.weekdays = query.value(5).toInt();
    s.startAt = sql::toTime(query.value(6));
    s.enabled = query.value(7).toBool();
    s.lastRunAt = sql::toTime(query.value(8));
    s.createdAt = sql::toTime(query.value(9));
    return s;
}

QVariantList settingsOf(const Schedule& s)
{
    return {s.profileId,
            enumKey(scheduleKindKeys, s.kind),
            s.intervalMinutes,
            sql::fromText(s.timeOfDay.isValid() ? s.timeOfDay.toString(QStringLiteral("HH:mm")) : QString()),
            s.weekdays,
            sql::fromTime(s.startAt),
            s.enabled};
}

} // namespace

ScheduleRepository::ScheduleRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<Schedule> ScheduleRepository::insert(Schedule schedule)
{
    QVariantList values = settingsOf(schedule);
    values << sql::fromTime(schedule.createdAt);
    auto query = sql::exec(m_db,
                           QStringLiteral("INSERT INTO schedules (profile_id, kind, interval_minutes, time_of_day, "
                                          "weekdays, start_at, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           values);
    if (!query) {
        return query.error();
    }
    schedule.id = query->lastInsertId().toLongLong();
    return schedule;
}

Result<void> ScheduleRepository::update(const Schedule& schedule)
{
    QVariantList values = settingsOf(schedule);
    values << schedule.id;
    return sql::execOne(m_db,
                        QStringLiteral("UPDATE schedules SET profile_id = ?, kind = ?, interval_minutes = ?, "
                                       "time_of_day = ?, weekdays = ?, start_at = ?, enabled = ? WHERE id = ?"),
                        values, sql::Messages::tr("No schedule with id %1.").arg(schedule.id));
}

Result<void> ScheduleRepository::recordRun(qint64 id, const QDateTime& when)
{
    return sql::execOne(m_db, QStringLiteral("UPDATE schedules SET last_run_at = ? WHERE id = ?"),
                        {sql::fromTime(when), id}, sql::Messages::tr("No schedule with id %1.").arg(id));
}

Result<bool> ScheduleRepository::claimRun(qint64 id, const QDateTime& previous, const QDateTime& when)
{
    auto query = previous.isValid()
        ? sql::exec(m_db, QStringLiteral("UPDATE schedules SET last_run_at = ? WHERE id = ? AND last_run_at = ?"),
                    {sql::fromTime(when), id, sql::fromTime(previous)})
        : sql::exec(m_db, QStringLiteral("UPDATE schedules SET last_run_at = ? WHERE id = ? AND last_run_at IS NULL"),
                    {sql::fromTime(when), id});
    if (!query) {
        return query.error();
    }
    return query->numRowsAffected() == 1;
}

Result<std::optional<Schedule>> ScheduleRepository::find(qint64 id) const
{
    auto query = sql::exec(m_db, selectAll + QStringLiteral(" WHERE id = ?"), {id});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<Schedule>();
    }
    return std::optional<Schedule>(scheduleFrom(*query));
}

Result<std::vector<Schedule>> ScheduleRepository::list() const
{
    auto query = sql::exec(m_db, selectAll + QStringLiteral(" ORDER BY id"));
    if (!query) {
        return query.error();
    }
    std::vector<Schedule> schedules;
    while (query->next()) {
        schedules.push_back(scheduleFrom(*query));
    }
    return schedules;
}

Result<void> ScheduleRepository::remove(qint64 id)
{
    return sql::execOne(m_db, QStringLiteral("DELETE FROM schedules WHERE id = ?"), {id},
                        sql::Messages::tr("No schedule with id %1.").arg(id));
}

} // namespace ferry
