#pragma once
// Profiles: what a relationship keeps in step (folders by pattern, tables), in which direction,
// how conflicts are settled, whether deletions travel, how fast, and when to stop and ask.

#include "common/Result.h"
#include "model/Profile.h"

#include <QCoreApplication>

#include <vector>

namespace ferry {

class StateStore;

struct ProfileDraft {
    QString name;
    QString relationshipName;
    Direction direction = Direction::Upload;
    QStringList includes;
    QStringList excludes;
    QStringList tables;  // empty: every table the site captures
    bool propagateDeletes = true;
    ConflictPolicy conflictPolicy = ConflictPolicy::Manual;
    int bandwidthLimitKiBps = 0;
    int deleteGuardPercent = 25;
};

class ProfileRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRegistry)

public:
    explicit ProfileRegistry(StateStore& store);

    Result<Profile> add(const ProfileDraft& draft);
    // Replaces the settings of the profile called name (the draft may rename it).
    Result<Profile> update(const QString& name, const ProfileDraft& draft);
    Result<Profile> remove(const QString& name);
    Result<std::vector<Profile>> list() const;

private:
    // The profile a draft describes, checked against the store; not yet written.
    Result<Profile> build(const ProfileDraft& draft) const;

    StateStore& m_store;
};

} // namespace ferry
