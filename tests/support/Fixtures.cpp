#include "Fixtures.h"

#include "store/ProfileRepository.h"
#include "store/RelationshipRepository.h"
#include "store/SiteRepository.h"

#include <QTest>

namespace ferry::test {
namespace {

template<typename T>
T valueOrDie(Result<T> result, const char* what)
{
    if (!result) {
        qFatal("cannot store the test %s: %s", what, qPrintable(result.errorMessage()));
    }
    return std::move(result).value();
}

} // namespace

Site storeSite(StateStore& store, const QString& name, const QString& filesRoot)
{
    Site site;
    site.uuid = QUuid::createUuid();
    site.name = name;
    site.filesRoot = filesRoot.isEmpty() ? QStringLiteral("/srv/") + name : filesRoot;
    site.createdAt = QDateTime::currentDateTimeUtc();
    return valueOrDie(SiteRepository(store.database()).insert(site), "site");
}

Relationship storeRelationship(StateStore& store, const Site& site, const QString& name)
{
    Relationship relationship;
    relationship.name = name;
    relationship.siteId = site.id;
    relationship.remoteUrl = QUrl(QStringLiteral("https://prod.example.org:7443/") + site.name);
    relationship.createdAt = QDateTime::currentDateTimeUtc();
    return valueOrDie(RelationshipRepository(store.database()).insert(relationship), "relationship");
}

Profile storeProfile(StateStore& store, const Relationship& relationship, const QString& name)
{
    Profile profile;
    profile.name = name;
    profile.relationshipId = relationship.id;
    profile.createdAt = QDateTime::currentDateTimeUtc();
    return valueOrDie(ProfileRepository(store.database()).insert(profile), "profile");
}

Profile storeProfileChain(StateStore& store, const QString& name)
{
    return storeProfile(store, storeRelationship(store, storeSite(store, QStringLiteral("www")), QStringLiteral("r")), name);
}

} // namespace ferry::test
