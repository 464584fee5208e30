#include "RelationshipRepository.h"

#include "Sql.h"

namespace ferry {
namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, name, site_id, remote_url, client_certificate_path, client_key_path, ca_certificate_path, "
    "pinned_fingerprint, proxy_url, bypass_proxy, accept_pushes, initial_copy_done, created_at FROM relationships ");

Relationship relationshipFrom(const QSqlQuery& query)
{
    Relationship r;
    r.id = query.value(0).toLongLong();
    r.name = query.value(1).toString();
    r.siteId = query.value(2).toLongLong();
    r.remoteUrl = QUrl(query.value(3).toString());
    r.clientCertificatePath = query.value(4).toString();
    r.clientKeyPath = query.value(5).toString();
    r.caCertificatePath = query.value(6).toString();
    r.pinnedFingerprint = query.value(7).toString();
    r.proxyUrl = QUrl(query.value(8).toString());
    r.bypassProxy = query.value(9).toBool();
    r.acceptPushes = query.value(10).toBool();
    r.initialCopyDone = query.value(11).toBool();
    r.createdAt = sql::toTime(query.value(12));
    return r;
}

QVariantList settingsOf(const Relationship& r)
{
    return {r.name,
            r.siteId,
            r.remoteUrl.toString(),
            sql::fromText(r.clientCertificatePath),
            sql::fromText(r.clientKeyPath),
            sql::fromText(r.caCertificatePath),
            sql::fromText(r.pinnedFingerprint),
            sql::fromText(r.proxyUrl.toString(QUrl::RemoveUserInfo)),  // credentials belong in the keychain
            r.bypassProxy,
            r.acceptPushes,
            r.initialCopyDone};
}

} // namespace

RelationshipRepository::RelationshipRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<Relationship> RelationshipRepository::insert(Relationship relationship)
{
    QVariantList values = settingsOf(relationship);
    values << sql::fromTime(relationship.createdAt);
    auto query = sql::exec(m_db,
                           QStringLiteral("INSERT INTO relationships (name, site_id, remote_url, client_certificate_path, "
                                          "client_key_path, ca_certificate_path, pinned_fingerprint, proxy_url, "
                                          "bypass_proxy, accept_pushes, initial_copy_done, created_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           values);
    if (!query) {
        return query.error();
    }
    relationship.id = query->lastInsertId().toLongLong();
    return relationship;
}

Result<void> RelationshipRepository::update(const Relationship& relationship)
{
    QVariantList values = settingsOf(relationship);
    values << relationship.id;
    return sql::execOne(m_db,
                        QStringLiteral("UPDATE relationships SET name = ?, site_id = ?, remote_url = ?, "
                                       "client_certificate_path = ?, client_key_path = ?, ca_certificate_path = ?, "
                                       "pinned_fingerprint = ?, proxy_url = ?, bypass_proxy = ?, accept_pushes = ?, "
                                       "initial_copy_done = ? WHERE id = ?"),
                        values, sql::Messages::tr("No relationship with id %1.").arg(relationship.id));
}

Result<std::vector<Relationship>> RelationshipRepository::list() const
{
    auto query = sql::exec(m_db, selectColumns + QStringLiteral("ORDER BY name"));
    if (!query) {
        return query.error();
    }
    std::vector<Relationship> relationships;
    while (query->next()) {
        relationships.push_back(relationshipFrom(*query));
    }
    return relationships;
}

Result<std::optional<Relationship>> RelationshipRepository::findByName(const QString& name) const
{
    auto query = sql::exec(m_db, selectColumns + QStringLiteral("WHERE name = ?"), {name});
    if (!query) {
        return query.error();
    }
    return query->next() ? std::optional<Relationship>(relationshipFrom(*query)) : std::nullopt;
}

Result<void> RelationshipRepository::remove(qint64 id)
{
    return sql::execOne(m_db, QStringLiteral("DELETE FROM relationships WHERE id = ?"), {id},
                        sql::Messages::tr("No relationship with id %1.").arg(id));
}

} // namespace ferry
