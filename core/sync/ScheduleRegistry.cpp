#include "ScheduleRegistry.h"

#include "ScheduleTimes.h"

#include "store/ProfileRepository.h"
#include "store/ScheduleRepository.h"
#include "store/StateStore.h"

namespace ferry {

ScheduleRegistry::ScheduleRegistry(StateStore& store)
    : m_store(store)
{
}

Result<void> ScheduleRegistry::validate(const Schedule& schedule)
{
    switch (schedule.kind) {
    case ScheduleKind::Interval:
        if (schedule.intervalMinutes < 1 || schedule.intervalMinutes > maxIntervalMinutes) {
            return fail(tr("A schedule runs every 1 minute to every 31 days; %1 minutes is outside that.")
                            .arg(schedule.intervalMinutes));
        }
        return {};
    case ScheduleKind::Weekdays:
        if ((schedule.weekdays & 0x7f) == 0 || (schedule.weekdays & ~0x7f) != 0) {
            return fail(tr("Choose at least one weekday for the schedule."));
        }
        [[fallthrough]];
    case ScheduleKind::Daily:
        if (!schedule.timeOfDay.isValid()) {
            return fail(tr("Give the time of day the schedule runs at, as HH:MM."));
        }
        return {};
    }
    return fail(tr("Unknown kind of schedule."));
}

QDateTime ScheduleRegistry::defaultStart(const QDateTime& now)
{
    // Every zone in use today is a whole number of minutes from UTC, so this is a whole minute locally too.
    const qint64 later = now.toMSecsSinceEpoch() + 60 * 1000;
    return QDateTime::fromMSecsSinceEpoch(later - later % (60 * 1000), Qt::UTC);
}

QString ScheduleRegistry::describe(const Schedule& schedule)
{
    static const char* const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    const QString time = schedule.timeOfDay.toString(QStringLiteral("HH:mm"));
    switch (schedule.kind) {
    case ScheduleKind::Interval:
        // In ferryctl's own notation (--every 30m, 2h), which needs no plural forms.
        return schedule.intervalMinutes % 60 == 0 ? tr("every %1h").arg(schedule.intervalMinutes / 60)
                                                  : tr("every %1m").arg(schedule.intervalMinutes);
    case ScheduleKind::Daily:
        return tr("daily at %1").arg(time);
    case ScheduleKind::Weekdays: {
        QStringList names;
        for (int day = 0; day < 7; ++day) {
            if (schedule.weekdays & (1 << day)) {
                names << QString::fromLatin1(days[day]);
            }
        }
        return tr("%1 at %2").arg(names.join(QStringLiteral(",")), time);
    }
    }
    return {};
}

Schedule ScheduleRegistry::withoutArrears(Schedule schedule, const QDateTime& now, const QTimeZone& zone)
{
    const QDateTime pending = ScheduleTimes::pendingRun(schedule, zone);
    if (!schedule.enabled || !pending.isValid() || pending >= now) {
        return schedule;
    }
    if (schedule.kind == ScheduleKind::Interval && schedule.startAt.isValid()) {
        // The first run of the same rhythm at or after now.
        const qint64 step = qint64(schedule.intervalMinutes) * 60 * 1000;
        const qint64 behind = schedule.startAt.msecsTo(now);
        schedule.startAt = schedule.startAt.addMSecs((behind + step - 1) / step * step);
    } else {
        schedule.startAt = now.toUTC();
    }
    return schedule;
}

Result<void> ScheduleRegistry::checkProfile(qint64 profileId) const
{
    auto profiles = ProfileRepository(m_store.database()).list();
    if (!profiles) {
        return profiles.error();
    }
    for (const Profile& profile : profiles.value()) {
        if (profile.id == profileId) {
            return {};
        }
    }
    return fail(tr("The schedule's profile no longer exists; choose another."));
}

Result<Schedule> ScheduleRegistry::add(Schedule schedule)
{
    if (auto valid = validate(schedule); !valid) {
        return valid.error();
    }
    schedule.createdAt = QDateTime::currentDateTimeUtc();
    if (!schedule.startAt.isValid()) {
        schedule.startAt = defaultStart(schedule.createdAt);
    }
    schedule.lastRunAt = {};
    schedule = withoutArrears(schedule, schedule.createdAt, QTimeZone::systemTimeZone());
    auto written = m_store.write([&]() -> Result<void> {
        if (auto profile = checkProfile(schedule.profileId); !profile) {
            return profile.error();
        }
        auto inserted = ScheduleRepository(m_store.database()).insert(schedule);
        if (!inserted) {
            return inserted.error();
        }
        schedule = inserted.value();
        return {};
    });
    if (!written) {
        return written.error();
    }
    return schedule;
}

Result<Schedule> ScheduleRegistry::update(const Schedule& changed)
{
    if (auto valid = validate(changed); !valid) {
        return valid.error();
    }
    auto stored = find(changed.id);
    if (!stored) {
        return stored.error();
    }
    Schedule schedule = changed;
    schedule.lastRunAt = stored->lastRunAt;  // the scheduler's, not the editor's possibly older copy
    schedule = withoutArrears(schedule, QDateTime::currentDateTimeUtc(), QTimeZone::systemTimeZone());
    auto written = m_store.write([&]() -> Result<void> {
        if (auto profile = checkProfile(schedule.profileId); !profile) {
            return profile.error();
        }
        return ScheduleRepository(m_store.database()).update(schedule);
    });
    if (!written) {
        return written.error();
    }
    return find(schedule.id);
}

Result<Schedule> ScheduleRegistry::setEnabled(qint64 id, bool enabled)
{
    auto found = find(id);
    if (!found) {
        return found.error();
    }
    Schedule schedule = found.value();
    schedule.enabled = enabled;
    return update(schedule);
}

Result<Schedule> ScheduleRegistry::remove(qint64 id)
{
    auto found = find(id);
    if (!found) {
        return found.error();
    }
    if (auto removed = ScheduleRepository(m_store.database()).remove(id); !removed) {
        return removed.error();
    }
    return found;
}

Result<Schedule> ScheduleRegistry::find(qint64 id) const
{
    auto found = ScheduleRepository(m_store.database()).find(id);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return fail(tr("There is no schedule with id %1. See 'ferryctl schedule list'.").arg(id));
    }
    return **found;
}

Result<std::vector<Schedule>> ScheduleRegistry::list() const
{
    return ScheduleRepository(m_store.database()).list();
}

} // namespace ferry
