#pragma once
// Schedules as the front ends change them: checked (a kind with what it needs, an existing
// profile), stored in one write transaction, and described in the same words by ferryctl and the
// GUI. The scheduler only reads them.

#include "common/Result.h"
#include "model/Schedule.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <vector>

namespace ferry {

class StateStore;

class ScheduleRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleRegistry)

public:
    static constexpr int maxIntervalMinutes = 31 * 24 * 60;

    explicit ScheduleRegistry(StateStore& store);

    // Why a schedule cannot be stored, in a sentence; the profile is not looked at.
    static Result<void> validate(const Schedule& schedule);
    // The start a new schedule gets when none is given: the next whole minute.
    static QDateTime defaultStart(const QDateTime& now);
    // "every 30m", "daily at 02:30", "mon,wed at 08:15": for ferryctl and logs.
    static QString describe(const Schedule& schedule);

    // Runs owed from before a change are not made up: a schedule added with a start in the past,
    // switched on again after a pause, or changed, counts from the moment of the change (an
    // interval keeps its rhythm). Only downtime of the scheduler itself is made up, once.
    static Schedule withoutArrears(Schedule schedule, const QDateTime& now, const QTimeZone& zone);

    Result<Schedule> add(Schedule schedule);
    Result<Schedule> update(const Schedule& schedule);
    Result<Schedule> setEnabled(qint64 id, bool enabled);
    Result<Schedule> remove(qint64 id);
    Result<Schedule> find(qint64 id) const;
    Result<std::vector<Schedule>> list() const;

private:
    Result<void> checkProfile(qint64 profileId) const;

    StateStore& m_store;
};

} // namespace ferry
