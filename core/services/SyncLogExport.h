#pragma once
// Writes the sync-log entries a filter selects to a CSV file, newest first, a page at a time so
// a log of millions never sits in memory. The file appears whole or not at all.

#include "common/Result.h"
#include "model/SyncLogFilter.h"

#include <QCoreApplication>

#include <atomic>

namespace ferry {

class SyncLogRepository;

class SyncLogExport
{
    Q_DECLARE_TR_FUNCTIONS(SyncLogExport)

public:
    static constexpr int batchSize = 2000;

    // Returns the number of entries written. cancel, when set, stops the export and leaves no file.
    static Result<qint64> write(const SyncLogRepository& log, const SyncLogFilter& filter, const QString& path,
        const std::atomic_bool* cancel = nullptr);

    static QStringList header();
    static QStringList fields(const LogEntry& entry);
};

} // namespace ferry
