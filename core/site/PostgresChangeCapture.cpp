#include "PostgresChangeCapture.h"

#include "store/Sql.h"

#include <QSqlQuery>

namespace ferry {
namespace {

const QString captureFunction = QStringLiteral(R"(
CREATE OR REPLACE FUNCTION _ferry_capture() RETURNS trigger LANGUAGE plpgsql AS $ferry$
DECLARE
    new_key jsonb;
    old_key jsonb;
BEGIN
    IF current_setting('ferry.applying', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND to_jsonb(NEW) = to_jsonb(OLD) THEN
        RETURN NULL;  -- an update that changes nothing is not a change
    END IF;
    IF TG_OP <> 'DELETE' THEN
        SELECT jsonb_agg(to_jsonb(NEW) -> k ORDER BY n) INTO new_key FROM unnest(TG_ARGV) WITH ORDINALITY AS a(k, n);
    END IF;
    IF TG_OP <> 'INSERT' THEN
        SELECT jsonb_agg(to_jsonb(OLD) -> k ORDER BY n) INTO old_key FROM unnest(TG_ARGV) WITH ORDINALITY AS a(k, n);
    END IF;
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND old_key IS DISTINCT FROM new_key) THEN
        INSERT INTO _ferry_changes (table_name, row_key, op) VALUES (TG_TABLE_NAME, old_key::text, 'delete');
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO _ferry_changes (table_name, row_key, op) VALUES (TG_TABLE_NAME, new_key::text, 'upsert');
    END IF;
    RETURN NULL;
END
$ferry$)");

QString literal(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

} // namespace

PostgresChangeCapture::PostgresChangeCapture(ContentDatabase& database)
    : ChangeCapture(database)
{
}

Result<QStringList> PostgresChangeCapture::primaryKey(const QString& table)
{
    auto exists = sql::exec(db(), QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {ContentDatabase::quoted(table)});
    if (!exists) {
        return exists.error();
    }
    exists->next();
    if (!exists->value(0).toBool()) {
        return fail(tr("The database has no table %1.").arg(table));
    }
    auto query = sql::exec(db(),
                           QStringLiteral("SELECT a.attname FROM pg_index i "
                                          "JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON true "
                                          "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
                                          "WHERE i.indrelid = to_regclass(?) AND i.indisprimary ORDER BY k.n"),
                           {ContentDatabase::quoted(table)});
    if (!query) {
        return query.error();
    }
    QStringList key;
    while (query->next()) {
        key << query->value(0).toString();
    }
    if (key.isEmpty()) {
        return fail(tr("Table %1 has no primary key. Ferry recognises a row on every server by its key: add a "
                       "PRIMARY KEY to %1.")
                        .arg(table));
    }
    for (const QString& column : key) {
        if (auto valid = ContentDatabase::checkIdentifier(column); !valid) {
            return valid.error();
        }
    }
    return key;
}

Result<bool> PostgresChangeCapture::isInstalled()
{
    auto query = sql::exec(db(), QStringLiteral("SELECT to_regclass('_ferry_changes') IS NOT NULL"));
    if (!query) {
        return query.error();
    }
    query->next();
    return query->value(0).toBool();
}

Result<void> PostgresChangeCapture::install(const QStringList& tables)
{
    if (auto checked = checkTables(tables); !checked) {
        return checked;
    }
    return inTransaction([&]() -> Result<void> {
        QStringList statements{
            // "does not exist, skipping" notices from the DROP ... IF EXISTS below are noise.
            QStringLiteral("SET LOCAL client_min_messages = warning"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS _ferry_changes (id BIGSERIAL PRIMARY KEY, "
                           "table_name TEXT NOT NULL, row_key TEXT NOT NULL, op TEXT NOT NULL)"),
            captureFunction,
        };
        for (const QString& table : tables) {
            QStringList keyLiterals;
            for (const QString& column : primaryKey(table).value()) {
                keyLiterals << literal(column);
            }
            const QString quotedTable = ContentDatabase::quoted(table);
            statements << QStringLiteral("DROP TRIGGER IF EXISTS _ferry_capture ON %1").arg(quotedTable)
                       << QStringLiteral("CREATE TRIGGER _ferry_capture AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                         "FOR EACH ROW EXECUTE FUNCTION _ferry_capture(%2)")
                              .arg(quotedTable, keyLiterals.join(QStringLiteral(", ")))
                       // Every row there already counts as a change once, so the first sync sees it.
                       << QStringLiteral("INSERT INTO _ferry_changes (table_name, row_key, op) "
                                         "SELECT %1, (SELECT jsonb_agg(to_jsonb(r) -> k ORDER BY n) "
                                         "FROM unnest(ARRAY[%2]) WITH ORDINALITY AS a(k, n))::text, 'upsert' FROM %3 AS r")
                              .arg(literal(table), keyLiterals.join(QStringLiteral(", ")), quotedTable);
        }
        for (const QString& statement : statements) {
            if (auto done = sql::exec(db(), statement); !done) {
                return done.error();
            }
        }
        return {};
    });
}

Result<void> PostgresChangeCapture::remove(const QStringList& tables)
{
    return inTransaction([&]() -> Result<void> {
        QStringList statements{QStringLiteral("SET LOCAL client_min_messages = warning")};
        for (const QString& table : tables) {
            statements << QStringLiteral("DROP TRIGGER IF EXISTS _ferry_capture ON %1").arg(ContentDatabase::quoted(table));
        }
        statements << QStringLiteral("DROP FUNCTION IF EXISTS _ferry_capture()")
                   << QStringLiteral("DROP TABLE IF EXISTS _ferry_changes");
        for (const QString& statement : statements) {
            if (auto done = sql::exec(db(), statement); !done) {
                return done.error();
            }
        }
        return {};
    });
}

Result<void> PostgresChangeCapture::applyAsPeer(const std::function<Result<void>(const QSqlDatabase&)>& work)
{
    return inTransaction([&]() -> Result<void> {
        if (auto off = sql::exec(db(), QStringLiteral("SET LOCAL ferry.applying = 'on'")); !off) {
            return off.error();
        }
        return work(db());
    });
}

} // namespace ferry
