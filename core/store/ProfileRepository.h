#pragma once
// Profiles in state.db.

#include "common/Result.h"
#include "model/Profile.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace ferry {

class ProfileRepository
{
public:
    explicit ProfileRepository(QSqlDatabase db);

    Result<Profile> insert(Profile profile);
    Result<void> update(const Profile& profile);
    Result<std::vector<Profile>> list() const;
    Result<std::optional<Profile>> findByName(const QString& name) const;
    Result<void> remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace ferry
