#include "ConflictRepository.h"

#include "Sql.h"

#include <QJsonDocument>

namespace ferry {
namespace {

QString toJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

ConflictRepository::ConflictRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<Conflict> ConflictRepository::record(Conflict c)
{
    auto query = sql::exec(m_db,
                           QStringLiteral("INSERT INTO conflicts (run_id, relationship, site, resource, item, local_json, "
                                          "remote_json, policy, winner, loser_location, status, resolved_by, "
                                          "resolved_at, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {c.runId > 0 ? QVariant(c.runId) : QVariant(), sql::fromRequiredText(c.relationship),
                            sql::fromRequiredText(c.site), sql::fromRequiredText(c.resource),
                            sql::fromRequiredText(c.item), toJson(c.local), toJson(c.remote),
                            sql::fromRequiredText(c.policy), enumKey(conflictWinnerKeys, c.winner),
                            sql::fromText(c.loserLocation), enumKey(conflictStatusKeys, c.status),
                            sql::fromText(c.resolvedBy), sql::fromTime(c.resolvedAt), sql::fromTime(c.detectedAt)});
    if (!query) {
        return query.error();
    }
    c.id = query->lastInsertId().toLongLong();
    return c;
}

Result<void> ConflictRepository::resolve(qint64 id, ConflictWinner winner, const QString& resolvedBy,
                                         const QDateTime& when)
{
    return sql::execOne(m_db,
                        QStringLiteral("UPDATE conflicts SET winner = ?, status = 'resolved', resolved_by = ?, "
                                       "resolved_at = ? WHERE id = ? AND status = 'pending'"),
                        {enumKey(conflictWinnerKeys, winner), resolvedBy, sql::fromTime(when), id},
                        sql::Messages::tr("Conflict %1 does not exist or is not waiting for review.").arg(id));
}

Result<std::vector<Conflict>> ConflictRepository::latest(int limit) const
{
    return select(QStringLiteral("ORDER BY status = 'pending' DESC, id DESC LIMIT ?"), {limit});
}

Result<std::optional<Conflict>> ConflictRepository::latestFor(const QString& relationship, const QString& resource,
                                                              const QString& item) const
{
    auto found = select(QStringLiteral("WHERE relationship = ? AND resource = ? AND item = ? ORDER BY id DESC LIMIT 1"),
                        {relationship, resource, item});
    if (!found) {
        return found.error();
    }
    return found->empty() ? std::optional<Conflict>() : std::optional<Conflict>(found->front());
}

Result<std::vector<Conflict>> ConflictRepository::select(const QString& tail, const QVariantList& values) const
{
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT id, run_id, relationship, site, resource, item, local_json, "
                                          "remote_json, policy, winner, loser_location, status, resolved_by, "
                                          "resolved_at, detected_at FROM conflicts ")
                               + tail,
                           values);
    if (!query) {
        return query.error();
    }
    std::vector<Conflict> conflicts;
    while (query->next()) {
        Conflict c;
        c.id = query->value(0).toLongLong();
        c.runId = query->value(1).toLongLong();
        c.relationship = query->value(2).toString();
        c.site = query->value(3).toString();
        c.resource = query->value(4).toString();
        c.item = query->value(5).toString();
        c.local = fromJson(query->value(6));
        c.remote = fromJson(query->value(7));
        c.policy = query->value(8).toString();
        c.winner = enumFromKey(conflictWinnerKeys, query->value(9).toString()).value_or(ConflictWinner::None);
        c.loserLocation = query->value(10).toString();
        c.status = enumFromKey(conflictStatusKeys, query->value(11).toString()).value_or(ConflictStatus::PendingReview);
        c.resolvedBy = query->value(12).toString();
        c.resolvedAt = sql::toTime(query->value(13));
        c.detectedAt = sql::toTime(query->value(14));
        conflicts.push_back(std::move(c));
    }
    return conflicts;
}

Result<qint64> ConflictRepository::pendingCount() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT count(*) FROM conflicts WHERE status = 'pending'"));
    if (!query) {
        return query.error();
    }
    query->next();
    return query->value(0).toLongLong();
}

Result<QList<qint64>> ConflictRepository::profilesThatFound(const QList<qint64>& ids) const
{
    QList<qint64> profiles;
    for (qint64 id : ids) {
        auto query = sql::exec(m_db,
                               QStringLiteral("SELECT p.id FROM conflicts c JOIN runs r ON r.id = c.run_id "
                                              "JOIN profiles p ON p.id = r.profile_id WHERE c.id = ?"),
                               {id});
        if (!query) {
            return query.error();
        }
        if (query->next() && !profiles.contains(query->value(0).toLongLong())) {
            profiles.append(query->value(0).toLongLong());
        }
    }
    return profiles;
}

} // namespace ferry
