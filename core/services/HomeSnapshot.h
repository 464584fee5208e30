#pragma once
// Everything the GUI shows about a home, read in one go on a worker thread and handed to the GUI
// thread as a value.

#include "common/Result.h"
#include "model/Conflict.h"
#include "model/LogEntry.h"
#include "model/Profile.h"
#include "model/Relationship.h"
#include "model/Run.h"
#include "model/Schedule.h"
#include "model/Site.h"
#include "security/TrustStore.h"

#include <QMetaType>

#include <vector>

namespace ferry {

class StateStore;

struct HomeSnapshot {
    static constexpr int recentRunLimit = 200;
    static constexpr int recentLogLimit = 500;
    static constexpr int conflictLimit = 500;
    static constexpr int weekRunLimit = 20000;

    QString homePath;
    std::vector<Site> sites;
    std::vector<Relationship> relationships;
    std::vector<Profile> profiles;
    std::vector<Schedule> schedules;
    std::vector<Run> recentRuns;        // newest first
    std::vector<Run> weekRuns;          // started in the last seven days, newest first
    std::vector<LogEntry> recentLog;    // newest first
    qint64 logEntryCount = 0;
    std::vector<Conflict> conflicts;    // pending first, then newest
    qint64 pendingConflictCount = 0;
    bool hasCertificateAuthority = false;  // its own CA, or one it trusts (a home set up from a bundle)
    int certificateWarningDays = TrustStore::defaultExpiryWarningDays;
    std::vector<TrustEntry> expiringCertificates;  // within the warning threshold, or expired

    QString siteName(qint64 siteId) const;
    QString relationshipName(qint64 relationshipId) const;
    QString profileName(qint64 profileId) const;

    static Result<HomeSnapshot> read(StateStore& store, const QString& homePath);

private:
    void readTrust();
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::HomeSnapshot)
