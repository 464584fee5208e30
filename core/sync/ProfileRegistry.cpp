#include "ProfileRegistry.h"

#include "RelationshipRegistry.h"
#include "site/GlobMatcher.h"
#include "store/ProfileRepository.h"
#include "store/SiteRepository.h"
#include "store/StateStore.h"

namespace ferry {

ProfileRegistry::ProfileRegistry(StateStore& store)
    : m_store(store)
{
}

Result<Profile> ProfileRegistry::build(const ProfileDraft& draft) const
{
    if (auto valid = RelationshipRegistry::validateName(draft.name, tr("profile")); !valid) {
        return valid.error();
    }
    auto relationship = RelationshipRegistry(m_store, {}).find(draft.relationshipName);
    if (!relationship) {
        return relationship.error();
    }
    if (auto patterns = GlobMatcher::create(draft.includes, draft.excludes); !patterns) {
        return patterns.error();
    }
    if (draft.bandwidthLimitKiBps < 0) {
        return fail(tr("The bandwidth limit is a number of KiB/s, 0 for none."));
    }
    if (draft.deleteGuardPercent < 0 || draft.deleteGuardPercent > 100) {
        return fail(tr("The deletion guard is a share of a resource, from 0 to 100 percent."));
    }
    if (!draft.tables.isEmpty()) {
        auto sites = SiteRepository(m_store.database()).list();
        if (!sites) {
            return sites.error();
        }
        for (const Site& site : sites.value()) {
            if (site.id != relationship->siteId) {
                continue;
            }
            for (const QString& table : draft.tables) {
                if (!site.tables.contains(table)) {
                    return fail(tr("Site '%1' does not capture table %2 (it captures: %3).")
                                    .arg(site.name, table,
                                         site.tables.isEmpty() ? tr("no tables") : site.tables.join(QStringLiteral(", "))));
                }
            }
        }
    }
    Profile profile;
    profile.name = draft.name;
    profile.relationshipId = relationship->id;
    profile.direction = draft.direction;
    profile.includes = draft.includes;
    profile.excludes = draft.excludes;
    profile.tables = draft.tables;
    profile.propagateDeletes = draft.propagateDeletes;
    profile.conflictPolicy = draft.conflictPolicy;
    profile.bandwidthLimitKiBps = draft.bandwidthLimitKiBps;
    profile.deleteGuardPercent = draft.deleteGuardPercent;
    profile.createdAt = QDateTime::currentDateTimeUtc();
    return profile;
}

Result<Profile> ProfileRegistry::add(const ProfileDraft& draft)
{
    auto built = build(draft);
    if (!built) {
        return built.error();
    }
    Profile profile = built.value();
    ProfileRepository profiles(m_store.database());
    auto written = m_store.write([&]() -> Result<void> {
        auto existing = profiles.findByName(profile.name);
        if (!existing) {
            return existing.error();
        }
        if (existing->has_value()) {
            return fail(tr("A profile named '%1' already exists.").arg((*existing)->name));
        }
        auto inserted = profiles.insert(profile);
        if (!inserted) {
            return inserted.error();
        }
        profile = inserted.value();
        return {};
    });
    if (!written) {
        return written.error();
    }
    return profile;
}

Result<Profile> ProfileRegistry::update(const QString& name, const ProfileDraft& draft)
{
    auto built = build(draft);
    if (!built) {
        return built.error();
    }
    Profile profile = built.value();
    ProfileRepository profiles(m_store.database());
    auto written = m_store.write([&]() -> Result<void> {
        auto existing = profiles.findByName(name);
        if (!existing) {
            return existing.error();
        }
        if (!existing->has_value()) {
            return fail(tr("There is no profile named '%1'. See 'ferryctl profile list'.").arg(name));
        }
        if (profile.name.compare(name, Qt::CaseInsensitive) != 0) {
            auto clash = profiles.findByName(profile.name);
            if (!clash) {
                return clash.error();
            }
            if (clash->has_value()) {
                return fail(tr("A profile named '%1' already exists.").arg((*clash)->name));
            }
        }
        profile.id = (*existing)->id;
        profile.createdAt = (*existing)->createdAt;
        return profiles.update(profile);
    });
    if (!written) {
        return written.error();
    }
    return profile;
}

Result<Profile> ProfileRegistry::remove(const QString& name)
{
    ProfileRepository profiles(m_store.database());
    auto found = profiles.findByName(name);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return fail(tr("There is no profile named '%1'. See 'ferryctl profile list'.").arg(name));
    }
    if (auto removed = profiles.remove((*found)->id); !removed) {
        return removed.error();
    }
    return **found;
}

Result<std::vector<Profile>> ProfileRegistry::list() const
{
    return ProfileRepository(m_store.database()).list();
}

} // namespace ferry
