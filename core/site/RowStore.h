#pragma once
// Reads and writes rows of a site's content database by table and primary key (the canonical
// JSON array the change capture records), with their values as CBOR: what a run moves between
// two sites' tables. Writes are upserts and deletes meant to run inside
// ChangeCapture::applyAsPeer, so rows written for a peer are not captured and never echo back.
// Table and column names are checked as plain identifiers before they are quoted into SQL.

#include "ChangeCapture.h"
#include "common/Result.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>

namespace ferry {

class RowStore
{
    Q_DECLARE_TR_FUNCTIONS(RowStore)

public:
    explicit RowStore(ChangeCapture& capture);

    // The row's values, or an empty map when there is no such row. A table's column names are
    // read with its first row and kept, with the prepared statements, until forgetSchema(): read
    // rows inside one read transaction, and call it when the transaction ends, since a table may
    // gain or lose columns between two transactions (never within one).
    Result<QCborMap> read(const QString& table, const QString& key);
    void forgetSchema();
    Result<void> write(const QSqlDatabase& db, const QString& table, const QString& key, const QCborMap& values);
    Result<void> remove(const QSqlDatabase& db, const QString& table, const QString& key);

private:
    Result<QStringList> keyColumns(const QString& table);
    // The key's values to bind (its columns read and kept in m_keys first).
    Result<QVariantList> keyValues(const QString& table, const QString& key);
    // "a = ? AND b = ?" over the key's columns, quoted.
    static QString keyCondition(const QStringList& columns);
    // Runs a statement prepared once per RowStore: preparing one that writes a captured table
    // also compiles its triggers, which took longer than the write itself.
    Result<QSqlQuery*> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values);
    // The upsert of a row with these columns (names checked as plain identifiers).
    Result<QString> upsertFor(const QString& table, const QString& key, const QCborMap& values);

    ChangeCapture& m_capture;
    std::map<QString, QStringList> m_keys;
    std::map<QString, QSqlQuery> m_statements; // statement text → prepared query
    std::map<QString, QString> m_upserts;      // table and column names → the upsert's text
    std::map<QString, QString> m_selects;      // table → the read of one row by its key
    std::map<QString, QStringList> m_columnNames;  // table → its columns, in SELECT * order
};

} // namespace ferry
