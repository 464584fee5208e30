#include "ChangeCapture.h"

#include "PostgresChangeCapture.h"
#include "SqliteChangeCapture.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace ferry {

std::unique_ptr<ChangeCapture> ChangeCapture::forDatabase(ContentDatabase& database)
{
    if (database.dialect() == DatabaseUrl::Dialect::Postgres) {
        return std::make_unique<PostgresChangeCapture>(database);
    }
    return std::make_unique<SqliteChangeCapture>(database);
}

ChangeCapture::ChangeCapture(ContentDatabase& database)
    : m_database(database)
{
}

Result<void> ChangeCapture::checkTables(const QStringList& tables)
{
    if (tables.isEmpty()) {
        return fail(tr("Name the tables to keep in step (--tables T1,T2)."));
    }
    for (const QString& table : tables) {
        if (auto valid = ContentDatabase::checkIdentifier(table); !valid) {
            return valid;
        }
        if (table.startsWith(QLatin1String("_ferry"))) {
            return fail(tr("%1 is Ferry's own table.").arg(table));
        }
        auto key = primaryKey(table);
        if (!key) {
            return key.error();
        }
    }
    return {};
}

Result<void> ChangeCapture::inTransaction(const std::function<Result<void>()>& work)
{
    // SQLite: take the write lock up front; PostgreSQL locks rows as it goes.
    const bool sqlite = m_database.dialect() == DatabaseUrl::Dialect::Sqlite;
    return sql::transaction(db(), sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), work);
}

Result<std::vector<CapturedRowChange>> ChangeCapture::pending(int limit)
{
    auto query = sql::scan(db(), QStringLiteral("SELECT id, table_name, row_key, op FROM _ferry_changes ORDER BY id "
                                                "LIMIT ?"),
                           {limit});
    if (!query) {
        return query.error();
    }
    std::vector<CapturedRowChange> changes;
    while (query->next()) {
        // Both databases write JSON arrays, with their own spacing: one canonical form, so peers
        // agree on a row's identity.
        const QByteArray key = QJsonDocument::fromJson(query->value(2).toByteArray()).toJson(QJsonDocument::Compact);
        changes.push_back({query->value(0).toLongLong(), query->value(1).toString(), QString::fromUtf8(key),
                           query->value(3).toString() == QLatin1String("delete")});
    }
    return changes;
}

Result<void> ChangeCapture::acknowledge(const std::vector<qint64>& ids)
{
    return inTransaction([&]() -> Result<void> {
        QSqlQuery remove(db());
        remove.prepare(QStringLiteral("DELETE FROM _ferry_changes WHERE id = ?"));
        for (qint64 id : ids) {
            remove.addBindValue(id);
            if (!remove.exec()) {
                return fail(sql::Messages::failure(remove.lastError()));
            }
        }
        return {};
    });
}

} // namespace ferry
