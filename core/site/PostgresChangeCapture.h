#pragma once
// Change capture for PostgreSQL content databases: one PL/pgSQL trigger function shared by the
// synced tables, given each table's key columns as arguments. Rows applied on behalf of a peer
// run with the transaction-local setting ferry.applying = on, which the function honours.

#include "ChangeCapture.h"

namespace ferry {

class PostgresChangeCapture : public ChangeCapture
{
public:
    explicit PostgresChangeCapture(ContentDatabase& database);

    Result<QStringList> primaryKey(const QString& table) override;
    Result<void> install(const QStringList& tables) override;
    Result<void> remove(const QStringList& tables) override;
    Result<bool> isInstalled() override;
    Result<void> applyAsPeer(const std::function<Result<void>(const QSqlDatabase&)>& work) override;
};

} // namespace ferry
