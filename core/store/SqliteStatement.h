#pragma once
// One prepared statement run through SQLite's own API on a Qt Sql connection (the QSQLITE
// driver's handle, the same system library). For loops over thousands of items in one
// transaction, such as the site index's rows: there, Qt's binding (a QVariant per value, text
// handed over as UTF-16) and its result caching cost more than SQLite's own work. Everything else
// goes through Qt Sql.

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace ferry {

class SqliteStatement
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)

public:
    // Fails when db is not an open SQLite connection, when Qt's driver runs on another copy of
    // SQLite than the one linked here, or when the statement does not compile.
    static Result<SqliteStatement> prepare(const QSqlDatabase& db, const char* statement);
    // The connection's own SQLite handle, or nullptr when db is not an open SQLite connection.
    static sqlite3* handleOf(const QSqlDatabase& db);

    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    ~SqliteStatement();

    // Parameters count from 1, as in SQLite. Values are copied: the arguments need not outlive
    // the call. Null text (a null QString or view) and a null blob bind NULL, as in Qt Sql.
    SqliteStatement& bind(int parameter, qint64 value);
    SqliteStatement& bind(int parameter, const QString& text);
    SqliteStatement& bindText(int parameter, QByteArrayView utf8);
    SqliteStatement& bindBlob(int parameter, QByteArrayView bytes);

    // The next row: true when there is one, false once the statement is done.
    Result<bool> next();
    // Runs a statement that returns no rows, then readies it for the next bindings.
    Result<void> run();
    // Readies the statement to run again (bindings are kept until bound anew).
    void reset();
    // Rows the last run inserted, updated or deleted.
    int changes() const;

    // Columns of the current row, counted from 0.
    qint64 int64(int column) const;
    QByteArray bytes(int column) const;  // text or blob, as stored
    QByteArrayView view(int column) const;  // the same, without a copy: valid until the next row
    QString text(int column) const;

private:
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement);
    QString failure() const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace ferry
