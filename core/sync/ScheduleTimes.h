#pragma once
// When a schedule runs: pure arithmetic over a Schedule, an instant and a time zone, no clock and no
// I/O, so the scheduler, the GUI's preview and ferryctl agree to the minute and tests can name
// their own zone.
//
// Interval schedules run at their start, then every N minutes of elapsed time (a DST change does
// not stretch or shrink an interval). Daily and weekday schedules run at a wall-clock time in the
// zone: a time that a spring-forward skips runs once, at the first valid instant after the gap;
// a time that a fall-back repeats runs once, at its first occurrence. Nothing runs before the start.

#include "model/Schedule.h"

#include <QTimeZone>

#include <vector>

namespace ferry {

class ScheduleTimes
{
public:
    // The first run strictly after `after`, in `zone`; invalid when the schedule can never run
    // (an interval of zero, no weekday chosen, no time of day).
    static QDateTime nextAfter(const Schedule& schedule, const QDateTime& after, const QTimeZone& zone);
    // The next `count` runs strictly after `after`.
    static std::vector<QDateTime> nextRuns(const Schedule& schedule, const QDateTime& after, int count,
                                           const QTimeZone& zone);

    // The instant runs are counted from: the last run, else just before the start, else the
    // schedule's creation.
    static QDateTime reference(const Schedule& schedule);
    // The run the schedule owes: the first one after its reference. When it is at or before `now`
    // the schedule is due; however many runs were missed since, it owes this one only.
    static QDateTime pendingRun(const Schedule& schedule, const QTimeZone& zone);
    static bool isDue(const Schedule& schedule, const QDateTime& now, const QTimeZone& zone);
    // When the schedule starts its profile next, as the front ends show it: its pending run, or
    // `now` when that is overdue (the scheduler starts it at its next look); invalid when disabled.
    static QDateTime nextRun(const Schedule& schedule, const QDateTime& now, const QTimeZone& zone);

    // The instant a wall-clock time on a date names in a zone, under the rules above.
    static QDateTime wallClock(const QDate& date, const QTime& time, const QTimeZone& zone);
};

} // namespace ferry
