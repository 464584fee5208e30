#include "StateStore.h"

#include "Migrations.h"
#include "Sql.h"
#include "StateFileCheck.h"
#include "common/Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ferry {

StateStore::StateStore(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

StateStore::~StateStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<StateStore>> StateStore::open(const QString& databasePath)
{
    if (auto verdict = StateFileCheck::check(databasePath); !verdict) {
        return verdict.error();
    }

    const QString connectionName = QStringLiteral("ferry-state-") + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<StateStore> store(new StateStore(databasePath, connectionName));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(databasePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        return fail(tr("Cannot open %1 (%2).").arg(databasePath, db.lastError().databaseText()));
    }

    // WAL lets readers (the GUI) go on while a writer (the agent) commits; FULL makes every
    // commit durable, because sync checkpoints are recorded here and must survive a power cut.
    auto mode = sql::enableWriteAheadLog(db);
    if (!mode) {
        return fail(tr("Cannot open %1 (%2).").arg(databasePath, mode.errorMessage()));
    }
    if (mode->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return fail(tr("Cannot use %1: its folder does not support the write-ahead log SQLite needs for safe "
                       "sharing between processes (a network file system?).")
                        .arg(databasePath));
    }
    for (const char* pragma : {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
        if (auto done = sql::exec(db, QString::fromLatin1(pragma)); !done) {
            return done.error();
        }
    }
    if (auto upgraded = Migrations::upgrade(db, databasePath); !upgraded) {
        return upgraded.error();
    }
    return store;
}

QSqlDatabase StateStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> StateStore::write(const std::function<Result<void>()>& work)
{
    return sql::transaction(database(), QStringLiteral("BEGIN IMMEDIATE"), work);
}

} // namespace ferry
