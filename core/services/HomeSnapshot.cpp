#include "HomeSnapshot.h"

#include "store/ConflictRepository.h"
#include "store/ProfileRepository.h"
#include "store/RelationshipRepository.h"
#include "store/RunRepository.h"
#include "store/ScheduleRepository.h"
#include "store/SiteRepository.h"
#include "store/StateStore.h"
#include "store/SyncLogRepository.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace ferry {
namespace {

template<typename Container>
QString nameOf(const Container& items, qint64 id)
{
    for (const auto& item : items) {
        if (item.id == id) {
            return item.name;
        }
    }
    return {};
}

// Copies a result's value into target, or keeps its error for the caller.
template<typename T>
bool take(Result<T>&& result, T& target, std::optional<Error>& error)
{
    if (!result) {
        error = result.error();
        return false;
    }
    target = std::move(result).value();
    return true;
}

} // namespace

QString HomeSnapshot::siteName(qint64 siteId) const
{
    return nameOf(sites, siteId);
}

QString HomeSnapshot::relationshipName(qint64 relationshipId) const
{
    return nameOf(relationships, relationshipId);
}

QString HomeSnapshot::profileName(qint64 profileId) const
{
    return nameOf(profiles, profileId);
}

Result<HomeSnapshot> HomeSnapshot::read(StateStore& store, const QString& homePath)
{
    const QSqlDatabase db = store.database();
    HomeSnapshot snapshot;
    snapshot.homePath = homePath;
    std::optional<Error> error;

    // One read transaction: every list comes from the same moment, even while the agent writes.
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    const bool complete = take(SiteRepository(db).list(), snapshot.sites, error)
        && take(RelationshipRepository(db).list(), snapshot.relationships, error)
        && take(ProfileRepository(db).list(), snapshot.profiles, error)
        && take(ScheduleRepository(db).list(), snapshot.schedules, error)
        && take(RunRepository(db).recent(recentRunLimit), snapshot.recentRuns, error)
        && take(RunRepository(db).startedSince(QDateTime::currentDateTimeUtc().addDays(-7), weekRunLimit),
                snapshot.weekRuns, error)
        && take(SyncLogRepository(db).latest(recentLogLimit), snapshot.recentLog, error)
        && take(SyncLogRepository(db).count(), snapshot.logEntryCount, error)
        && take(ConflictRepository(db).latest(conflictLimit), snapshot.conflicts, error)
        && take(ConflictRepository(db).pendingCount(), snapshot.pendingConflictCount, error);
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    if (!complete) {
        return *error;
    }
    snapshot.readTrust();
    return snapshot;
}

void HomeSnapshot::readTrust()
{
    // Only look: a home without a trust store has nothing to expire, and reading must not make one.
    if (!QFileInfo::exists(homePath + QStringLiteral("/trust"))) {
        return;
    }
    auto trust = TrustStore::open(homePath);
    if (!trust) {
        return;  // the Certificates view says why; the dashboard shows what it can
    }
    hasCertificateAuthority = trust->hasCa() || !trust->trustedCas().empty();
    certificateWarningDays = trust->expiryWarningDays();
    expiringCertificates = trust->expiringSoon(QDateTime::currentDateTimeUtc());
}

} // namespace ferry
