#include "SqliteChangeCapture.h"

#include "store/Sql.h"

#include <QSqlQuery>

#include <map>

namespace ferry {
namespace {

QString jsonKey(const QString& row, const QStringList& key)
{
    QStringList parts;
    for (const QString& column : key) {
        parts << row + QLatin1Char('.') + ContentDatabase::quoted(column);
    }
    return QStringLiteral("json_array(%1)").arg(parts.join(QStringLiteral(", ")));
}

QString triggerName(const QString& table, const char* event)
{
    return ContentDatabase::quoted(QStringLiteral("_ferry_%1_%2").arg(table, QLatin1String(event)));
}

} // namespace

SqliteChangeCapture::SqliteChangeCapture(ContentDatabase& database)
    : ChangeCapture(database)
{
}

Result<QStringList> SqliteChangeCapture::columns(const QString& table)
{
    auto query = sql::exec(db(), QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
    if (!query) {
        return query.error();
    }
    QStringList names;
    while (query->next()) {
        names << query->value(0).toString();
    }
    return names;
}

Result<QStringList> SqliteChangeCapture::primaryKey(const QString& table)
{
    auto query = sql::exec(db(), QStringLiteral("SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0"), {table});
    if (!query) {
        return query.error();
    }
    std::map<int, QString> byPosition;
    while (query->next()) {
        byPosition[query->value(1).toInt()] = query->value(0).toString();
    }
    auto all = columns(table);
    if (!all) {
        return all.error();
    }
    if (all->isEmpty()) {
        return fail(tr("The database has no table %1.").arg(table));
    }
    if (byPosition.empty()) {
        return fail(tr("Table %1 has no primary key. Ferry recognises a row on every server by its key (SQLite's "
                       "hidden rowid differs from one database to the next): add a PRIMARY KEY to %1.")
                        .arg(table));
    }
    QStringList key;
    for (const auto& [position, name] : byPosition) {
        key << name;
    }
    for (const QString& column : key) {
        if (auto valid = ContentDatabase::checkIdentifier(column); !valid) {
            return valid.error();
        }
    }
    return key;
}

Result<bool> SqliteChangeCapture::isInstalled()
{
    auto query = sql::exec(db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '_ferry_changes'"));
    if (!query) {
        return query.error();
    }
    query->next();
    return query->value(0).toInt() > 0;
}

Result<void> SqliteChangeCapture::install(const QStringList& tables)
{
    if (auto checked = checkTables(tables); !checked) {
        return checked;
    }
    return inTransaction([&]() -> Result<void> {
        QStringList statements{
            QStringLiteral("CREATE TABLE IF NOT EXISTS _ferry_changes (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "table_name TEXT NOT NULL, row_key TEXT NOT NULL, op TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS _ferry_capture (id INTEGER PRIMARY KEY CHECK (id = 1), "
                           "suppressed INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("INSERT OR IGNORE INTO _ferry_capture (id, suppressed) VALUES (1, 0)"),
        };
        const QString active = QStringLiteral("(SELECT suppressed FROM _ferry_capture) = 0");
        for (const QString& table : tables) {
            const QStringList key = primaryKey(table).value();
            const QStringList all = columns(table).value();
            const QString quotedTable = ContentDatabase::quoted(table);
            const QString name = QStringLiteral("'%1'").arg(table);
            // An UPDATE that changes nothing is not a change: it would make a false conflict.
            QStringList differs;
            for (const QString& column : all) {
                differs << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(ContentDatabase::quoted(column));
            }
            statements << QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN %3 BEGIN "
                                         "INSERT INTO _ferry_changes (table_name, row_key, op) VALUES (%4, %5, 'upsert'); END")
                              .arg(triggerName(table, "insert"), quotedTable, active, name, jsonKey(QStringLiteral("NEW"), key))
                       << QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN %3 AND (%4) BEGIN "
                                         "INSERT INTO _ferry_changes (table_name, row_key, op) SELECT %5, %6, 'delete' "
                                         "WHERE %6 IS NOT %7; "
                                         "INSERT INTO _ferry_changes (table_name, row_key, op) VALUES (%5, %7, 'upsert'); END")
                              .arg(triggerName(table, "update"), quotedTable, active,
                                   differs.join(QStringLiteral(" OR ")), name, jsonKey(QStringLiteral("OLD"), key),
                                   jsonKey(QStringLiteral("NEW"), key))
                       << QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 WHEN %3 BEGIN "
                                         "INSERT INTO _ferry_changes (table_name, row_key, op) VALUES (%4, %5, 'delete'); END")
                              .arg(triggerName(table, "delete"), quotedTable, active, name, jsonKey(QStringLiteral("OLD"), key))
                       // Every row there already counts as a change once, so the first sync sees it.
                       << QStringLiteral("INSERT INTO _ferry_changes (table_name, row_key, op) "
                                         "SELECT %1, %2, 'upsert' FROM %3 AS ROW_")
                              .arg(name, jsonKey(QStringLiteral("ROW_"), key), quotedTable);
        }
        for (const QString& statement : statements) {
            if (auto done = sql::exec(db(), statement); !done) {
                return done.error();
            }
        }
        return {};
    });
}

Result<void> SqliteChangeCapture::remove(const QStringList& tables)
{
    return inTransaction([&]() -> Result<void> {
        QStringList statements;
        for (const QString& table : tables) {
            for (const char* event : {"insert", "update", "delete"}) {
                statements << QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(triggerName(table, event));
            }
        }
        statements << QStringLiteral("DROP TABLE IF EXISTS _ferry_changes")
                   << QStringLiteral("DROP TABLE IF EXISTS _ferry_capture");
        for (const QString& statement : statements) {
            if (auto done = sql::exec(db(), statement); !done) {
                return done.error();
            }
        }
        return {};
    });
}

Result<void> SqliteChangeCapture::applyAsPeer(const std::function<Result<void>(const QSqlDatabase&)>& work)
{
    return inTransaction([&]() -> Result<void> {
        if (auto off = sql::exec(db(), QStringLiteral("UPDATE _ferry_capture SET suppressed = 1")); !off) {
            return off.error();
        }
        if (auto done = work(db()); !done) {
            return done;
        }
        auto on = sql::exec(db(), QStringLiteral("UPDATE _ferry_capture SET suppressed = 0"));
        return on ? Result<void>() : on.error();
    });
}

} // namespace ferry
