#include "RowStore.h"

#include "store/Sql.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ferry {

RowStore::RowStore(ChangeCapture& capture)
    : m_capture(capture)
{
}

Result<QStringList> RowStore::keyColumns(const QString& table)
{
    if (auto it = m_keys.find(table); it != m_keys.end()) {
        return it->second;
    }
    if (auto ok = ContentDatabase::checkIdentifier(table); !ok) {
        return ok.error();
    }
    auto key = m_capture.primaryKey(table);
    if (!key) {
        return key.error();
    }
    m_keys[table] = key.value();
    return key;
}

QString RowStore::keyCondition(const QStringList& columns)
{
    QStringList where;
    for (const QString& column : columns) {
        where.append(ContentDatabase::quoted(column) + QStringLiteral(" = ?"));
    }
    return where.join(QStringLiteral(" AND "));
}

Result<QVariantList> RowStore::keyValues(const QString& table, const QString& key)
{
    auto columns = keyColumns(table);
    if (!columns) {
        return columns.error();
    }
    const QJsonDocument document = QJsonDocument::fromJson(key.toUtf8());
    const QJsonArray values = document.array();
    if (!document.isArray() || values.size() != columns->size()) {
        return fail(tr("The key %1 does not fit table %2's primary key (%3).")
                        .arg(key.left(200), table, columns->join(QStringLiteral(", "))));
    }
    QVariantList bound;
    for (const QJsonValue& value : values) {
        // JSON numbers arrive as doubles; an integral one binds as an integer, so a key compares
        // equal to an INTEGER column in both databases.
        if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble()))) {
            bound.append(qint64(value.toDouble()));
        } else {
            bound.append(value.toVariant());
        }
    }
    return bound;
}

Result<QSqlQuery*> RowStore::run(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    auto it = m_statements.find(statement);
    if (it == m_statements.end()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(statement)) {
            return fail(sql::Messages::failure(query.lastError()));
        }
        it = m_statements.emplace(statement, std::move(query)).first;
    }
    QSqlQuery& query = it->second;
    query.finish();
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return fail(sql::Messages::failure(query.lastError()));
    }
    return &query;
}

void RowStore::forgetSchema()
{
    // PostgreSQL refuses to run a prepared SELECT * whose columns changed: prepared anew too.
    m_statements.clear();
    m_columnNames.clear();
}

Result<QCborMap> RowStore::read(const QString& table, const QString& key)
{
    auto values = keyValues(table, key);
    if (!values) {
        return values.error();
    }
    auto select = m_selects.find(table);
    if (select == m_selects.end()) {
        select = m_selects
                     .emplace(table, QStringLiteral("SELECT * FROM %1 WHERE %2")
                                         .arg(ContentDatabase::quoted(table), keyCondition(m_keys.at(table))))
                     .first;  // keyValues has read the key's columns
    }
    const QSqlDatabase db = m_capture.database().database();
    auto query = run(db, select->second, values.value());
    if (!query) {
        return query.error();
    }
    QCborMap row;
    if (query.value()->next()) {
        // The column names once per table, not a record of every field per row.
        auto names = m_columnNames.find(table);
        if (names == m_columnNames.end()) {
            const QSqlRecord record = query.value()->record();
            QStringList fields;
            for (int i = 0; i < record.count(); ++i) {
                fields.append(record.fieldName(i));
            }
            names = m_columnNames.emplace(table, fields).first;
        }
        for (qsizetype i = 0; i < names->second.size(); ++i) {
            const QVariant value = query.value()->value(int(i));
            row.insert(names->second[i], value.isNull() ? QCborValue(nullptr) : QCborValue::fromVariant(value));
        }
    }
    query.value()->finish();
    return row;
}

Result<void> RowStore::write(const QSqlDatabase& db, const QString& table, const QString& key, const QCborMap& values)
{
    // The statement depends only on the table and the row's column names: made once for each
    // (a batch of rows of one table has them all alike), and every name checked that once.
    QString signature = table;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        signature += QChar(0x1F) + it.key().toString();
    }
    auto statement = m_upserts.find(signature);
    if (statement == m_upserts.end()) {
        auto made = upsertFor(table, key, values);
        if (!made) {
            return made.error();
        }
        statement = m_upserts.emplace(signature, std::move(made).value()).first;
    }
    QVariantList bound;
    bound.reserve(values.size());
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        bound.append(it.value().isNull() ? QVariant() : it.value().toVariant());
    }
    auto done = run(db, statement->second, bound);
    if (!done) {
        return fail(tr("Cannot write row %1 of %2: %3").arg(key.left(200), table, done.errorMessage()));
    }
    return {};
}

Result<QString> RowStore::upsertFor(const QString& table, const QString& key, const QCborMap& values)
{
    auto columns = keyColumns(table);
    if (!columns) {
        return columns.error();
    }
    QStringList names;
    QStringList placeholders;
    QStringList updates;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString column = it.key().toString();
        if (auto ok = ContentDatabase::checkIdentifier(column); !ok) {
            return fail(tr("Row %1 of %2 names a column that is not a plain name: %3").arg(key.left(200), table, ok.errorMessage()));
        }
        names.append(ContentDatabase::quoted(column));
        placeholders.append(QStringLiteral("?"));
        if (!columns->contains(column)) {
            updates.append(ContentDatabase::quoted(column) + QStringLiteral(" = excluded.") + ContentDatabase::quoted(column));
        }
    }
    QStringList keyNames;
    for (const QString& column : columns.value()) {
        keyNames.append(ContentDatabase::quoted(column));
    }
    const QString conflict = updates.isEmpty() ? QStringLiteral("DO NOTHING")
                                               : QStringLiteral("DO UPDATE SET ") + updates.join(QStringLiteral(", "));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) %5")
        .arg(ContentDatabase::quoted(table), names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
             keyNames.join(QStringLiteral(", ")), conflict);
}

Result<void> RowStore::remove(const QSqlDatabase& db, const QString& table, const QString& key)
{
    auto values = keyValues(table, key);
    if (!values) {
        return values.error();
    }
    auto done = run(db,
        QStringLiteral("DELETE FROM %1 WHERE %2").arg(ContentDatabase::quoted(table), keyCondition(m_keys.at(table))),
        values.value());
    if (!done) {
        return fail(tr("Cannot delete row %1 of %2: %3").arg(key.left(200), table, done.errorMessage()));
    }
    return {};
}

} // namespace ferry
