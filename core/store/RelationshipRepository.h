#pragma once
// Relationships in state.db.

#include "common/Result.h"
#include "model/Relationship.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace ferry {

class RelationshipRepository
{
public:
    explicit RelationshipRepository(QSqlDatabase db);

    Result<Relationship> insert(Relationship relationship);
    Result<void> update(const Relationship& relationship);
    Result<std::vector<Relationship>> list() const;
    Result<std::optional<Relationship>> findByName(const QString& name) const;
    Result<void> remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace ferry
