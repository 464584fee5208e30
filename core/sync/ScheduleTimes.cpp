#include "ScheduleTimes.h"

#include <algorithm>
#include <optional>

namespace ferry {
namespace {

constexpr qint64 msPerMinute = 60 * 1000;
constexpr qint64 msPerHour = 60 * msPerMinute;

bool runsOn(const Schedule& schedule, const QDate& date)
{
    if (schedule.kind == ScheduleKind::Daily) {
        return true;
    }
    return (schedule.weekdays & (1 << (date.dayOfWeek() - 1))) != 0;
}

QDateTime nextInterval(const Schedule& schedule, qint64 after, const QTimeZone& zone)
{
    const qint64 step = qint64(schedule.intervalMinutes) * msPerMinute;
    const QDateTime anchorTime = schedule.startAt.isValid() ? schedule.startAt : schedule.createdAt;
    const qint64 anchor = anchorTime.isValid() ? anchorTime.toMSecsSinceEpoch() : 0;
    if (after < anchor) {
        return QDateTime::fromMSecsSinceEpoch(anchor, zone);
    }
    const qint64 steps = (after - anchor) / step + 1;
    return QDateTime::fromMSecsSinceEpoch(anchor + steps * step, zone);
}

QDateTime nextWallClock(const Schedule& schedule, qint64 after, const QTimeZone& zone)
{
    if (schedule.kind == ScheduleKind::Weekdays && (schedule.weekdays & 0x7f) == 0) {
        return {};
    }
    // The day before `after`'s date too: a late time there may map past midnight after a gap.
    QDate date = QDateTime::fromMSecsSinceEpoch(after, zone).date().addDays(-1);
    for (int day = 0; day < 10; ++day, date = date.addDays(1)) {
        if (!runsOn(schedule, date)) {
            continue;
        }
        const QDateTime candidate = ScheduleTimes::wallClock(date, schedule.timeOfDay, zone);
        if (candidate.isValid() && candidate.toMSecsSinceEpoch() > after) {
            return candidate;
        }
    }
    return {};
}

} // namespace

QDateTime ScheduleTimes::wallClock(const QDate& date, const QTime& time, const QTimeZone& zone)
{
    if (!date.isValid() || !time.isValid() || !zone.isValid()) {
        return {};
    }
    // The wall-clock reading as if it were UTC; each offset the zone uses around it gives one
    // instant, and an instant counts only if the zone really has that offset then.
    const qint64 naive = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    const int before = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(naive - 36 * msPerHour, Qt::UTC));
    const int after = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(naive + 36 * msPerHour, Qt::UTC));
    std::optional<qint64> earliest;
    for (const int offset : {before, after}) {
        const qint64 instant = naive - qint64(offset) * 1000;
        if (zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(instant, Qt::UTC)) == offset) {
            earliest = earliest ? std::min(*earliest, instant) : instant;  // a repeated hour: its first time
        }
    }
    if (earliest) {
        return QDateTime::fromMSecsSinceEpoch(*earliest, zone);
    }
    // Skipped by a spring-forward: the first instant after the gap, i.e. the transition itself.
    const qint64 pastGap = naive - qint64(before) * 1000;
    const QTimeZone::OffsetData transition =
        zone.previousTransition(QDateTime::fromMSecsSinceEpoch(pastGap + 1, Qt::UTC));
    if (transition.atUtc.isValid() && transition.atUtc.toMSecsSinceEpoch() <= pastGap) {
        return transition.atUtc.toTimeZone(zone);
    }
    return QDateTime::fromMSecsSinceEpoch(pastGap, zone);
}

QDateTime ScheduleTimes::nextAfter(const Schedule& schedule, const QDateTime& after, const QTimeZone& zone)
{
    if (!after.isValid() || !zone.isValid()) {
        return {};
    }
    qint64 from = after.toMSecsSinceEpoch();
    if (schedule.startAt.isValid()) {
        from = std::max(from, schedule.startAt.toMSecsSinceEpoch() - 1);  // the start itself may be a run
    }
    switch (schedule.kind) {
    case ScheduleKind::Interval:
        return schedule.intervalMinutes > 0 ? nextInterval(schedule, from, zone) : QDateTime();
    case ScheduleKind::Daily:
    case ScheduleKind::Weekdays:
        return schedule.timeOfDay.isValid() ? nextWallClock(schedule, from, zone) : QDateTime();
    }
    return {};
}

std::vector<QDateTime> ScheduleTimes::nextRuns(const Schedule& schedule, const QDateTime& after, int count,
                                               const QTimeZone& zone)
{
    std::vector<QDateTime> runs;
    QDateTime from = after;
    for (int i = 0; i < count; ++i) {
        const QDateTime next = nextAfter(schedule, from, zone);
        if (!next.isValid()) {
            break;
        }
        runs.push_back(next);
        from = next;
    }
    return runs;
}

QDateTime ScheduleTimes::reference(const Schedule& schedule)
{
    if (schedule.lastRunAt.isValid()) {
        return schedule.lastRunAt;
    }
    if (schedule.startAt.isValid()) {
        return schedule.startAt.addMSecs(-1);
    }
    if (schedule.createdAt.isValid()) {
        return schedule.createdAt;
    }
    return QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
}

QDateTime ScheduleTimes::pendingRun(const Schedule& schedule, const QTimeZone& zone)
{
    return nextAfter(schedule, reference(schedule), zone);
}

bool ScheduleTimes::isDue(const Schedule& schedule, const QDateTime& now, const QTimeZone& zone)
{
    const QDateTime pending = pendingRun(schedule, zone);
    return schedule.enabled && pending.isValid() && pending <= now;
}

QDateTime ScheduleTimes::nextRun(const Schedule& schedule, const QDateTime& now, const QTimeZone& zone)
{
    if (!schedule.enabled) {
        return {};
    }
    const QDateTime pending = pendingRun(schedule, zone);
    if (pending.isValid() && pending <= now) {
        return now.toTimeZone(zone);
    }
    return pending;
}

} // namespace ferry
