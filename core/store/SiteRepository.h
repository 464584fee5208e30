#pragma once
// Sites in state.db. Validation of what a site may be lives in SiteRegistry; this class only
// stores and reads.

#include "common/Result.h"
#include "model/Site.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace ferry {

class SiteRepository
{
public:
    explicit SiteRepository(QSqlDatabase db);

    Result<Site> insert(Site site);
    Result<std::vector<Site>> list() const;
    Result<std::optional<Site>> findByName(const QString& name) const;
    Result<std::optional<Site>> findByUuid(const QUuid& uuid) const;
    Result<void> setKeepVersionsDays(qint64 id, int days);
    Result<void> remove(qint64 id);

private:
    Result<std::optional<Site>> findOne(const QString& where, const QVariant& value) const;

    QSqlDatabase m_db;
};

} // namespace ferry
