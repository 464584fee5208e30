#include "SiteRepository.h"

#include "Sql.h"

namespace ferry {
namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, uuid, name, files_root, database_url, tables_json, stage, created_at, keep_versions_days FROM sites ");

Site siteFrom(const QSqlQuery& query)
{
    Site site;
    site.id = query.value(0).toLongLong();
    site.uuid = QUuid::fromString(query.value(1).toString());
    site.name = query.value(2).toString();
    site.filesRoot = query.value(3).toString();
    site.databaseUrl = query.value(4).toString();
    site.tables = sql::toList(query.value(5));
    site.stage = query.value(6).toInt();
    site.createdAt = sql::toTime(query.value(7));
    site.keepVersionsDays = query.value(8).toInt();
    return site;
}

} // namespace

SiteRepository::SiteRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<Site> SiteRepository::insert(Site site)
{
    auto query = sql::exec(m_db,
                           QStringLiteral("INSERT INTO sites (uuid, name, files_root, database_url, tables_json, stage, "
                                          "created_at, keep_versions_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {site.uuid.toString(QUuid::WithoutBraces), site.name, site.filesRoot,
                            sql::fromText(site.databaseUrl), sql::fromList(site.tables), site.stage,
                            sql::fromTime(site.createdAt), site.keepVersionsDays});
    if (!query) {
        return query.error();
    }
    site.id = query->lastInsertId().toLongLong();
    return site;
}

Result<std::vector<Site>> SiteRepository::list() const
{
    auto query = sql::exec(m_db, selectColumns + QStringLiteral("ORDER BY stage, name"));
    if (!query) {
        return query.error();
    }
    std::vector<Site> sites;
    while (query->next()) {
        sites.push_back(siteFrom(*query));
    }
    return sites;
}

Result<std::optional<Site>> SiteRepository::findOne(const QString& where, const QVariant& value) const
{
    auto query = sql::exec(m_db, selectColumns + where, {value});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<Site>();
    }
    return std::optional<Site>(siteFrom(*query));
}

Result<std::optional<Site>> SiteRepository::findByName(const QString& name) const
{
    return findOne(QStringLiteral("WHERE name = ?"), name);
}

Result<std::optional<Site>> SiteRepository::findByUuid(const QUuid& uuid) const
{
    return findOne(QStringLiteral("WHERE uuid = ?"), uuid.toString(QUuid::WithoutBraces));
}

Result<void> SiteRepository::setKeepVersionsDays(qint64 id, int days)
{
    return sql::execOne(m_db, QStringLiteral("UPDATE sites SET keep_versions_days = ? WHERE id = ?"), {days, id},
                        sql::Messages::tr("No site with id %1.").arg(id));
}

Result<void> SiteRepository::remove(qint64 id)
{
    return sql::execOne(m_db, QStringLiteral("DELETE FROM sites WHERE id = ?"), {id},
                        sql::Messages::tr("No site with id %1.").arg(id));
}

} // namespace ferry
