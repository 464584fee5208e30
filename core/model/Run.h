#pragma once
// A run: one execution of a profile, and what it moved.

#include "EnumKeys.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ferry {

enum class RunState { Queued, Running, Succeeded, Failed, Cancelled };

inline constexpr EnumKeyTable<RunState, 5> runStateKeys{{
    {RunState::Queued, "queued"},
    {RunState::Running, "running"},
    {RunState::Succeeded, "succeeded"},
    {RunState::Failed, "failed"},
    {RunState::Cancelled, "cancelled"},
}};

enum class RunTrigger { Manual, Schedule, CommandLine };

inline constexpr EnumKeyTable<RunTrigger, 3> runTriggerKeys{{
    {RunTrigger::Manual, "manual"},
    {RunTrigger::Schedule, "schedule"},
    {RunTrigger::CommandLine, "cli"},
}};

struct RunTotals {
    qint64 filesSent = 0;
    qint64 filesReceived = 0;
    qint64 filesDeleted = 0;
    qint64 rowsSent = 0;
    qint64 rowsReceived = 0;
    qint64 rowsDeleted = 0;
    qint64 conflicts = 0;
    qint64 bytesOut = 0;
    qint64 bytesIn = 0;

    bool operator==(const RunTotals&) const = default;
};

struct Run {
    qint64 id = 0;
    qint64 profileId = 0;
    QString profileName;       // kept as text so history survives the profile's deletion
    QString relationshipName;
    RunTrigger trigger = RunTrigger::Manual;
    bool dryRun = false;
    RunState state = RunState::Queued;
    QString phase;
    QDateTime startedAt;
    QDateTime finishedAt;
    RunTotals totals;
    QString message;
    std::optional<qint64> clockSkewMs;  // the remote's clock minus ours, when the run got that far
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::Run)
