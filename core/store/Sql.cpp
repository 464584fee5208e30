#include "Sql.h"

#include "common/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QThread>

namespace ferry::sql {

QString Messages::failure(const QSqlError& error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (detail.contains(QLatin1String("locked")) || detail.contains(QLatin1String("busy"))) {
        return tr("The state database is busy: another Ferry process kept it locked for too long. Try again.");
    }
    return tr("The state database could not be read or written (%1).").arg(detail);
}

namespace {

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values, bool forwardOnly)
{
    QSqlQuery query(db);
    query.setForwardOnly(forwardOnly);  // must be set before the statement runs
    if (values.isEmpty()) {
        // Run as it is: PostgreSQL cannot prepare statements such as CREATE FUNCTION.
        if (!query.exec(statement)) {
            qCWarning(lcStore) << "statement failed:" << statement << query.lastError().text();
            return fail(Messages::failure(query.lastError()));
        }
        return query;
    }
    if (!query.prepare(statement)) {
        qCWarning(lcStore) << "prepare failed:" << statement << query.lastError().text();
        return fail(Messages::failure(query.lastError()));
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qCWarning(lcStore) << "statement failed:" << statement << query.lastError().text();
        return fail(Messages::failure(query.lastError()));
    }
    return query;
}

} // namespace

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    return run(db, statement, values, false);
}

Result<QSqlQuery> scan(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    return run(db, statement, values, true);
}

Result<void> execOne(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                     const QString& notFoundMessage)
{
    auto query = exec(db, statement, values);
    if (!query) {
        return query.error();
    }
    if (query->numRowsAffected() != 1) {
        return fail(notFoundMessage);
    }
    return {};
}

Result<void> transaction(const QSqlDatabase& db, const QString& begin, const std::function<Result<void>()>& work)
{
    if (auto begun = exec(db, begin); !begun) {
        return begun.error();
    }
    Result<void> outcome = work();
    if (outcome) {
        auto committed = exec(db, QStringLiteral("COMMIT"));
        if (committed) {
            return {};
        }
        outcome = committed.error();
    }
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return outcome;
}

Result<QString> enableWriteAheadLog(const QSqlDatabase& db)
{
    // Switching a new file to WAL needs a moment's exclusive access, and SQLite does not wait for
    // it with the busy timeout: another process opening the same new file at the same moment
    // makes it fail with "locked". Wait and try again, as the busy timeout would.
    QString lastError;
    for (int attempt = 0; attempt < 100; ++attempt) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next()) {
            return query.value(0).toString();
        }
        lastError = query.lastError().databaseText();
        if (!lastError.contains(QLatin1String("locked")) && !lastError.contains(QLatin1String("busy"))) {
            break;
        }
        QThread::msleep(100);
    }
    return fail(lastError);
}

QVariant fromTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime toTime(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant fromText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant fromRequiredText(const QString& text)
{
    // Qt binds a null QString as SQL NULL; a required column wants the empty string instead.
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QString fromList(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList toList(const QVariant& value)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const auto& item : array) {
        list << item.toString();
    }
    return list;
}

} // namespace ferry::sql
