#pragma once
// Small helpers shared by the repositories: run a statement with bound values and turn a
// failure into a message, and convert the column types state.db uses (times as UTC
// milliseconds, lists as JSON arrays).

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace ferry::sql {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(StateStore)

public:
    static QString failure(const QSqlError& error);
};

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});
// For reading many rows once, front to back: Qt then keeps no copy of the rows already read.
Result<QSqlQuery> scan(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

// Runs a statement expected to change exactly one row, e.g. an UPDATE by id.
Result<void> execOne(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                     const QString& notFoundMessage);

// Runs work between `begin` (e.g. "BEGIN IMMEDIATE") and COMMIT; rolls back when work or the
// commit fails, so a failure leaves nothing half-written.
Result<void> transaction(const QSqlDatabase& db, const QString& begin, const std::function<Result<void>()>& work);

// Switches a database to WAL and returns the journal mode in effect afterwards ("wal" unless the
// file system cannot do it).
Result<QString> enableWriteAheadLog(const QSqlDatabase& db);

QVariant fromTime(const QDateTime& time);
QDateTime toTime(const QVariant& value);
QVariant fromText(const QString& text);          // empty text is stored as NULL
QVariant fromRequiredText(const QString& text);  // for NOT NULL columns: a null string is stored as ''
QString fromList(const QStringList& list);
QStringList toList(const QVariant& value);

} // namespace ferry::sql
