#pragma once
// One connection to a home's state.db, for the thread that opened it. Opening checks the file
// before writing anything to it: a damaged file, another program's database or one written by
// a newer Ferry is refused and left exactly as it was. Several processes (the GUI, the agent,
// ferryctl) may hold a StateStore on the same file at once: WAL mode and write transactions
// that take the lock up front keep them from corrupting it or each other.

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace ferry {

class StateStore
{
    Q_DECLARE_TR_FUNCTIONS(StateStore)

public:
    static Result<std::unique_ptr<StateStore>> open(const QString& databasePath);
    ~StateStore();

    StateStore(const StateStore&) = delete;
    StateStore& operator=(const StateStore&) = delete;

    QSqlDatabase database() const;
    const QString& path() const { return m_path; }

    // Runs work inside one write transaction: committed when work succeeds, rolled back when it
    // fails, so a failure leaves nothing half-written.
    Result<void> write(const std::function<Result<void>()>& work);

private:
    StateStore(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

} // namespace ferry
