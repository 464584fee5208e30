#pragma once
// Change capture for SQLite content databases. SQLite has no session variables, so capture is
// suppressed through a one-row table that an apply transaction sets and clears before it
// commits: SQLite lets one writer in at a time, so no other writer ever sees it set.

#include "ChangeCapture.h"

namespace ferry {

class SqliteChangeCapture : public ChangeCapture
{
public:
    explicit SqliteChangeCapture(ContentDatabase& database);

    Result<QStringList> primaryKey(const QString& table) override;
    Result<void> install(const QStringList& tables) override;
    Result<void> remove(const QStringList& tables) override;
    Result<bool> isInstalled() override;
    Result<void> applyAsPeer(const std::function<Result<void>(const QSqlDatabase&)>& work) override;

private:
    Result<QStringList> columns(const QString& table);
};

} // namespace ferry
