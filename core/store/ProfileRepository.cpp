#include "ProfileRepository.h"

#include "Sql.h"

namespace ferry {
namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, name, relationship_id, direction, includes_json, excludes_json, tables_json, propagate_deletes, "
    "conflict_policy, bandwidth_limit_kibps, delete_guard_percent, created_at FROM profiles ");

Profile profileFrom(const QSqlQuery& query)
{
    Profile p;
    p.id = query.value(0).toLongLong();
    p.name = query.value(1).toString();
    p.relationshipId = query.value(2).toLongLong();
    p.direction = enumFromKey(directionKeys, query.value(3).toString()).value_or(Direction::Upload);
    p.includes = sql::toList(query.value(4));
    p.excludes = sql::toList(query.value(5));
    p.tables = sql::toList(query.value(6));
    p.propagateDeletes = query.value(7).toBool();
    p.conflictPolicy = enumFromKey(conflictPolicyKeys, query.value(8).toString()).value_or(ConflictPolicy::Manual);
    p.bandwidthLimitKiBps = query.value(9).toInt();
    p.deleteGuardPercent = query.value(10).toInt();
    p.createdAt = sql::toTime(query.value(11));
    return p;
}

QVariantList settingsOf(const Profile& p)
{
    return {p.name,
            p.relationshipId,
            enumKey(directionKeys, p.direction),
            sql::fromList(p.includes),
            sql::fromList(p.excludes),
            sql::fromList(p.tables),
            p.propagateDeletes,
            enumKey(conflictPolicyKeys, p.conflictPolicy),
            p.bandwidthLimitKiBps,
            p.deleteGuardPercent};
}

} // namespace

ProfileRepository::ProfileRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<Profile> ProfileRepository::insert(Profile profile)
{
    QVariantList values = settingsOf(profile);
    values << sql::fromTime(profile.createdAt);
    auto query = sql::exec(m_db,
                           QStringLiteral("INSERT INTO profiles (name, relationship_id, direction, includes_json, "
                                          "excludes_json, tables_json, propagate_deletes, conflict_policy, "
                                          "bandwidth_limit_kibps, delete_guard_percent, created_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           values);
    if (!query) {
        return query.error();
    }
    profile.id = query->lastInsertId().toLongLong();
    return profile;
}

Result<void> ProfileRepository::update(const Profile& profile)
{
    QVariantList values = settingsOf(profile);
    values << profile.id;
    return sql::execOne(m_db,
                        QStringLiteral("UPDATE profiles SET name = ?, relationship_id = ?, direction = ?, "
                                       "includes_json = ?, excludes_json = ?, tables_json = ?, propagate_deletes = ?, "
                                       "conflict_policy = ?, bandwidth_limit_kibps = ?, delete_guard_percent = ? "
                                       "WHERE id = ?"),
                        values, sql::Messages::tr("No profile with id %1.").arg(profile.id));
}

Result<std::vector<Profile>> ProfileRepository::list() const
{
    auto query = sql::exec(m_db, selectColumns + QStringLiteral("ORDER BY name"));
    if (!query) {
        return query.error();
    }
    std::vector<Profile> profiles;
    while (query->next()) {
        profiles.push_back(profileFrom(*query));
    }
    return profiles;
}

Result<std::optional<Profile>> ProfileRepository::findByName(const QString& name) const
{
    auto query = sql::exec(m_db, selectColumns + QStringLiteral("WHERE name = ?"), {name});
    if (!query) {
        return query.error();
    }
    return query->next() ? std::optional<Profile>(profileFrom(*query)) : std::nullopt;
}

Result<void> ProfileRepository::remove(qint64 id)
{
    return sql::execOne(m_db, QStringLiteral("DELETE FROM profiles WHERE id = ?"), {id},
                        sql::Messages::tr("No profile with id %1.").arg(id));
}

} // namespace ferry
