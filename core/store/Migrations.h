#pragma once
// The history of state.db's format. Each migration moves the file one version up; a file is
// upgraded in place, in one transaction, after a copy of the old file is kept beside it.

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace ferry {

struct Migration {
    int version;          // the version the file has once this migration is applied
    const char* summary;  // for the log
    QStringList statements;
};

class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(StateStore)

public:
    // 'FRRY' in the SQLite header tells a Ferry state file from any other SQLite database.
    static constexpr int applicationId = 0x46525259;

    static const std::vector<Migration>& all();
    static int latestVersion();

    // Brings db (opened read-write, not inside a transaction) from its version to the latest.
    // Safe against another process migrating the same file at the same moment.
    static Result<void> upgrade(const QSqlDatabase& db, const QString& databasePath);

private:
    static Result<void> keepBackup(const QSqlDatabase& db, const QString& databasePath, int fromVersion);
};

} // namespace ferry
