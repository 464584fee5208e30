#include "StateFileCheck.h"

#include "Migrations.h"
#include "common/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

namespace ferry {

Error StateFileCheck::damaged(const QString& path, const QString& reason)
{
    return fail(tr("%1 is damaged (%2). Ferry has not changed it: restore it from a backup, or move it away to "
                   "start with an empty home.")
                    .arg(path, reason));
}

Result<void> StateFileCheck::check(const QString& path)
{
    // SQLite creates an empty file before the first write: if that first open was interrupted, the
    // file holds nothing to lose, and is set up like a new one.
    const QFileInfo info(path);
    if (!info.exists() || (info.isFile() && info.size() == 0)) {
        return {};
    }
    if (auto header = checkHeader(path); !header) {
        return header;
    }
    return checkContents(path);
}

Result<void> StateFileCheck::checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(tr("Cannot read %1 (%2).").arg(path, file.errorString()));
    }
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return damaged(path, tr("it is not an SQLite database"));
    }
    // Page size at offset 16 (1 means 65536), page count at offset 28. A file shorter than its
    // header says was cut off: SQLite would only notice once it reached the missing pages.
    const quint32 storedPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = storedPageSize == 1 ? 65536 : storedPageSize;
    const qint64 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
    if (file.size() < pageSize * pageCount) {
        return damaged(path, tr("the file is truncated: %1 bytes of %2").arg(file.size()).arg(pageSize * pageCount));
    }
    return {};
}

Result<void> StateFileCheck::checkContents(const QString& path)
{
    const QString connectionName = QStringLiteral("ferry-check-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<void> verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            verdict = damaged(path, db.lastError().databaseText());
        } else {
            QSqlQuery query(db);
            auto pragma = [&query](const QString& statement) -> std::optional<qint64> {
                if (query.exec(statement) && query.next()) {
                    return query.value(0).toLongLong();
                }
                return std::nullopt;
            };
            // One read transaction: separate reads could straddle another process's first
            // migration and see its tables without its application id.
            QSqlQuery(db).exec(QStringLiteral("BEGIN"));
            const auto applicationId = pragma(QStringLiteral("PRAGMA application_id"));
            const auto version = pragma(QStringLiteral("PRAGMA user_version"));
            const auto tableCount = pragma(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            query.finish();
            QSqlQuery(db).exec(QStringLiteral("COMMIT"));
            if (!applicationId || !version || !tableCount) {
                verdict = damaged(path, query.lastError().databaseText());
            } else if (*applicationId != Migrations::applicationId && (*applicationId != 0 || *tableCount > 0)) {
                verdict = fail(tr("%1 is an SQLite database, but not Ferry's state. Ferry has not changed it: choose "
                                  "another home folder.")
                                   .arg(path));
            } else if (*version > Migrations::latestVersion()) {
                verdict = fail(tr("%1 was written by a newer version of Ferry (state format %2; this version reads up "
                                  "to %3). Ferry has not changed it: upgrade Ferry to use this home.")
                                   .arg(path)
                                   .arg(*version)
                                   .arg(Migrations::latestVersion()));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!verdict) {
        qCWarning(lcStore) << "refused" << path << ":" << verdict.errorMessage();
    }
    return verdict;
}

} // namespace ferry
