#pragma once
// How the GUI words the core's values: enums, times, sizes. One place, so every view says the
// same thing the same way, in the user's language.

#include "model/Conflict.h"
#include "model/LogEntry.h"
#include "model/Profile.h"
#include "model/Run.h"
#include "model/Schedule.h"

#include <QCoreApplication>

namespace ferry::ui {

class Formatting
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)

public:
    static QString dateTime(const QDateTime& time);
    static QString direction(Direction direction);
    static QString conflictPolicy(ConflictPolicy policy);
    static QString runState(RunState state);
    static QString logMode(LogMode mode);
    static QString logResult(LogResult result);
    static QString conflictStatus(ConflictStatus status);
    static QString conflictWinner(ConflictWinner winner);
    static QString schedule(const Schedule& schedule);
    // A run time with its weekday and date spelled out: "Monday, January 7, 2030 at 8:15 AM".
    static QString runTime(const QDateTime& time);
    // When a schedule starts its profile next, or why it does not.
    static QString nextRun(const Schedule& schedule, const QDateTime& now);
    static QString bandwidth(int kibPerSecond);
    static QString yesNo(bool value);
};

} // namespace ferry::ui
