#pragma once
// The conflict log in state.db.

#include "common/Result.h"
#include "model/Conflict.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace ferry {

class ConflictRepository
{
public:
    explicit ConflictRepository(QSqlDatabase db);

    Result<Conflict> record(Conflict conflict);
    Result<void> resolve(qint64 id, ConflictWinner winner, const QString& resolvedBy, const QDateTime& when);
    Result<std::vector<Conflict>> latest(int limit) const;
    // The newest conflict recorded for one item of a relationship, if any: a run uses it to apply
    // a reviewer's decision, and not to record the same pending conflict twice.
    Result<std::optional<Conflict>> latestFor(const QString& relationship, const QString& resource,
                                              const QString& item) const;
    Result<qint64> pendingCount() const;
    // The profiles whose runs found these conflicts (those that still exist): the runs that apply
    // a decision at once.
    Result<QList<qint64>> profilesThatFound(const QList<qint64>& ids) const;

private:
    Result<std::vector<Conflict>> select(const QString& tail, const QVariantList& values) const;

    QSqlDatabase m_db;
};

} // namespace ferry
