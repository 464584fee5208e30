#pragma once
// The conflict log in state.db.

#include "common/Result.h"
#include "model/Conflict.h"

#include <QSqlDatabase>

#include <vector>

namespace ferry {

class ConflictRepository
{
public:
    explicit ConflictRepository(QSqlDatabase db);

    Result<Conflict> record(Conflict conflict);
    Result<void> resolve(qint64 id, ConflictWinner winner, const QString& resolvedBy, const QDateTime& when);
    Result<std::vector<Conflict>> latest(int limit) const;
    Result<qint64> pendingCount() const;

private:
    QSqlDatabase m_db;
};

} // namespace ferry
