#include "StateStore.h"

#include "Migrations.h"
#include "Sql.h"
#include "StateFileCheck.h"
#include "common/Logging.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ferry {
namespace {

// How many stores of this process have each state file open (see open()).
QMutex openFilesMutex;
QHash<QString, int> openFiles;

} // namespace

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
    const QMutexLocker lock(&openFilesMutex);
    const QString key = QFileInfo(m_path).absoluteFilePath();
    if (--openFiles[key] <= 0) {
        openFiles.remove(key);
    }
}

Result<std::unique_ptr<StateStore>> StateStore::open(const QString& databasePath)
{
    // The check reads the file's header through a descriptor of its own, and closing any descriptor
    // of a file drops every POSIX lock this process holds on it, SQLite's included (a known SQLite
    // hazard): another process may then checkpoint away a write-ahead log this one is still
    // writing, so its commits stay invisible or are lost. So the file is checked only while no
    // store of this process has it open; opens alongside (the scheduler's, a run's, a view's
    // refresh, on other threads) leave it alone.
    {
        const QMutexLocker lock(&openFilesMutex);
        int& count = openFiles[QFileInfo(databasePath).absoluteFilePath()];
        if (count == 0) {
            if (auto verdict = StateFileCheck::check(databasePath); !verdict) {
                openFiles.remove(QFileInfo(databasePath).absoluteFilePath());
                return verdict.error();
            }
        }
        ++count;  // the store made next owns this count, whatever happens to it
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
