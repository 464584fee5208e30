#pragma once
// A schedule: when a profile runs.

#include "EnumKeys.h"

#include <QDateTime>
#include <QTime>

namespace ferry {

enum class ScheduleKind { Interval, Daily, Weekdays };

inline constexpr EnumKeyTable<ScheduleKind, 3> scheduleKindKeys{{
    {ScheduleKind::Interval, "interval"},
    {ScheduleKind::Daily, "daily"},
    {ScheduleKind::Weekdays, "weekdays"},
}};

struct Schedule {
    qint64 id = 0;
    qint64 profileId = 0;
    ScheduleKind kind = ScheduleKind::Interval;
    int intervalMinutes = 60;  // Interval
    QTime timeOfDay;           // Daily and Weekdays
    int weekdays = 0;          // Weekdays: bit 0 = Monday … bit 6 = Sunday
    QDateTime startAt;
    bool enabled = true;
    QDateTime lastRunAt;
    QDateTime createdAt;
};

} // namespace ferry
