#pragma once
// Row change capture in a site's content database: triggers on each synced table record every
// insert, update and delete (by primary key) into a change table, _ferry_changes. Installing it
// records every existing row once; removing it leaves the database as it was before. Rows that
// Ferry writes on behalf of a peer are not recorded, so they do not echo back.
//
// The change table is consumed, not paged by id: PostgreSQL transactions can commit out of id
// order, so "ids after N" could skip a change; reading what is there and deleting what was
// taken cannot.

#include "ContentDatabase.h"
#include "SiteIndex.h"

#include <functional>
#include <memory>
#include <vector>

namespace ferry {

class ChangeCapture
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCapture)

public:
    static std::unique_ptr<ChangeCapture> forDatabase(ContentDatabase& database);
    virtual ~ChangeCapture() = default;

    // The table's primary key columns, in key order; an error saying why when it has none.
    virtual Result<QStringList> primaryKey(const QString& table) = 0;
    // Installs capture on the tables (all or nothing) and records their existing rows.
    virtual Result<void> install(const QStringList& tables) = 0;
    virtual Result<void> remove(const QStringList& tables) = 0;
    virtual Result<bool> isInstalled() = 0;

    // Up to limit captured changes, oldest first, keys in canonical JSON.
    Result<std::vector<CapturedRowChange>> pending(int limit);
    Result<void> acknowledge(const std::vector<qint64>& ids);

    ContentDatabase& database() const { return m_database; }
    // Runs work in one transaction whose row changes are not captured.
    virtual Result<void> applyAsPeer(const std::function<Result<void>(const QSqlDatabase&)>& work) = 0;

protected:
    explicit ChangeCapture(ContentDatabase& database);
    Result<void> checkTables(const QStringList& tables);
    Result<void> inTransaction(const std::function<Result<void>()>& work);
    QSqlDatabase db() const { return m_database.database(); }

    ContentDatabase& m_database;
};

} // namespace ferry
