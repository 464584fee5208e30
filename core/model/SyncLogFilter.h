#pragma once
// Which sync-log entries a reader wants: every field left empty matches everything. Compared by
// value so a view can tell whether a new filter differs from the one it shows.

#include "LogEntry.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ferry {

struct SyncLogFilter {
    QString relationship; // exact names, as stored
    QString site;
    QString resource;
    std::optional<LogMode> mode;
    std::optional<LogResult> result;
    QDateTime from; // inclusive; invalid = no lower bound
    QDateTime to; // inclusive; invalid = no upper bound
    QString text; // words the message contains (each matched at a word's start)
    qint64 runId = 0; // 0 = any run

    bool isEmpty() const { return *this == SyncLogFilter {}; }
    bool operator==(const SyncLogFilter&) const = default;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::SyncLogFilter)
