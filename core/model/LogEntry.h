#pragma once
// A sync-log entry: one thing a run did to one resource, as administrators read it.

#include "EnumKeys.h"

#include <QDateTime>
#include <QString>

namespace ferry {

enum class LogMode { Pull, Push, In, Out };

inline constexpr EnumKeyTable<LogMode, 4> logModeKeys{{
    {LogMode::Pull, "pull"},
    {LogMode::Push, "push"},
    {LogMode::In, "in"},
    {LogMode::Out, "out"},
}};

enum class LogResult { Ok, Warning, Error };

inline constexpr EnumKeyTable<LogResult, 3> logResultKeys{{
    {LogResult::Ok, "ok"},
    {LogResult::Warning, "warning"},
    {LogResult::Error, "error"},
}};

struct LogEntry {
    qint64 id = 0;
    QDateTime time;
    qint64 runId = 0;          // 0 when not part of a run
    QString relationship;      // names, so history survives deletions and renames
    QString site;
    QString resource;          // a folder or a table
    LogMode mode = LogMode::Pull;
    QString action;            // e.g. "update", "delete", "initial copy"
    LogResult result = LogResult::Ok;
    bool remoteError = false;  // the failure happened on the peer
    QString message;
};

} // namespace ferry
