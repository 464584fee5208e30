#include "Formatting.h"

#include "sync/ScheduleTimes.h"

#include <QLocale>

namespace ferry::ui {

QString Formatting::dateTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : tr("never");
}

QString Formatting::direction(Direction direction)
{
    switch (direction) {
    case Direction::Upload:
        return tr("Upload");
    case Direction::Download:
        return tr("Download");
    case Direction::Bidirectional:
        return tr("Both ways");
    }
    return {};
}

QString Formatting::conflictPolicy(ConflictPolicy policy)
{
    switch (policy) {
    case ConflictPolicy::MasterWins:
        return tr("Master site wins");
    case ConflictPolicy::NewerWins:
        return tr("Newer change wins");
    case ConflictPolicy::LocalWins:
        return tr("Local wins");
    case ConflictPolicy::RemoteWins:
        return tr("Remote wins");
    case ConflictPolicy::KeepBoth:
        return tr("Keep both");
    case ConflictPolicy::Manual:
        return tr("Ask me");
    }
    return {};
}

QString Formatting::runState(RunState state)
{
    switch (state) {
    case RunState::Queued:
        return tr("Queued");
    case RunState::Running:
        return tr("Running");
    case RunState::Succeeded:
        return tr("Succeeded");
    case RunState::Failed:
        return tr("Failed");
    case RunState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString Formatting::logMode(LogMode mode)
{
    switch (mode) {
    case LogMode::Pull:
        return tr("Pull");
    case LogMode::Push:
        return tr("Push");
    case LogMode::In:
        return tr("In");
    case LogMode::Out:
        return tr("Out");
    }
    return {};
}

QString Formatting::logResult(LogResult result)
{
    switch (result) {
    case LogResult::Ok:
        return tr("OK");
    case LogResult::Warning:
        return tr("Warning");
    case LogResult::Error:
        return tr("Error");
    }
    return {};
}

QString Formatting::conflictStatus(ConflictStatus status)
{
    switch (status) {
    case ConflictStatus::AutoResolved:
        return tr("Resolved by policy");
    case ConflictStatus::PendingReview:
        return tr("Needs review");
    case ConflictStatus::Resolved:
        return tr("Resolved");
    }
    return {};
}

QString Formatting::conflictWinner(ConflictWinner winner)
{
    switch (winner) {
    case ConflictWinner::None:
        return tr("Undecided");
    case ConflictWinner::Local:
        return tr("Local");
    case ConflictWinner::Remote:
        return tr("Remote");
    case ConflictWinner::Both:
        return tr("Both kept");
    }
    return {};
}

QString Formatting::schedule(const Schedule& s)
{
    const QString time = QLocale().toString(s.timeOfDay, QLocale::ShortFormat);
    switch (s.kind) {
    case ScheduleKind::Interval:
        return s.intervalMinutes % 60 == 0 ? tr("Every %n hour(s)", nullptr, s.intervalMinutes / 60)
                                           : tr("Every %n minute(s)", nullptr, s.intervalMinutes);
    case ScheduleKind::Daily:
        return tr("Daily at %1").arg(time);
    case ScheduleKind::Weekdays: {
        QStringList days;
        for (int day = 0; day < 7; ++day) {
            if (s.weekdays & (1 << day)) {
                days << QLocale().dayName(day + 1, QLocale::ShortFormat);
            }
        }
        return tr("%1 at %2").arg(days.join(QStringLiteral(", ")), time);
    }
    }
    return {};
}

QString Formatting::runTime(const QDateTime& time)
{
    const QDateTime local = time.toLocalTime();
    return tr("%1 at %2").arg(QLocale().toString(local.date(), QLocale::LongFormat),
                              QLocale().toString(local.time(), QLocale::ShortFormat));
}

QString Formatting::nextRun(const Schedule& schedule, const QDateTime& now)
{
    if (!schedule.enabled) {
        return tr("Disabled");
    }
    const QDateTime next = ScheduleTimes::nextRun(schedule, now, QTimeZone::systemTimeZone());
    if (!next.isValid()) {
        return tr("Never");
    }
    return next <= now ? tr("Due now") : dateTime(next);
}

QString Formatting::bandwidth(int kibPerSecond)
{
    return kibPerSecond <= 0 ? tr("Unlimited") : QLocale().formattedDataSize(qint64(kibPerSecond) * 1024) + tr("/s");
}

QString Formatting::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

} // namespace ferry::ui
