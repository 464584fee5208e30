#include "UnattendedRuns.h"

#include "SyncRun.h"
#include "store/ProfileRepository.h"
#include "store/StateStore.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcUnattended, "ferry.core.sync.runs", QtInfoMsg)

namespace ferry {
namespace {

struct Outcome {
    QString profileName;
    bool ok = false;
    QString message;
};

// On a worker thread: the scheduler knows profiles by id, a run by name.
Outcome runProfile(const QString& homePath, qint64 profileId, const std::atomic_bool& cancelled)
{
    Outcome outcome;
    auto store = StateStore::open(homePath + QStringLiteral("/state.db"));
    if (!store) {
        outcome.message = store.errorMessage();
        return outcome;
    }
    auto profiles = ProfileRepository(store.value()->database()).list();
    if (!profiles) {
        outcome.message = profiles.errorMessage();
        return outcome;
    }
    for (const Profile& profile : profiles.value()) {
        if (profile.id == profileId) {
            outcome.profileName = profile.name;
        }
    }
    store.value().reset();  // the run opens its own
    if (outcome.profileName.isEmpty()) {
        outcome.message = UnattendedRuns::tr("The profile was removed before its scheduled run.");
        return outcome;
    }
    auto result = SyncRun::execute({.homePath = homePath,
                                    .profileName = outcome.profileName,
                                    .dryRun = false,
                                    .confirmed = false,
                                    .initialDirection = std::nullopt,
                                    .trigger = RunTrigger::Schedule},
                                   cancelled);
    if (!result) {
        outcome.message = result.errorMessage();
    } else if (result->needsConfirmation()) {
        outcome.message = result->stops.join(QLatin1Char(' '));
    } else {
        outcome.ok = true;
        outcome.message = SyncRun::summary(result.value());
    }
    return outcome;
}

} // namespace

UnattendedRuns::UnattendedRuns(QString homePath, QObject* parent)
    : QObject(parent)
    , m_homePath(std::move(homePath))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
}

UnattendedRuns::~UnattendedRuns()
{
    cancelAll();
    m_futures.waitForFinished();
}

void UnattendedRuns::cancelAll()
{
    *m_cancelled = true;
}

bool UnattendedRuns::launch(qint64 profileId, qint64 scheduleId)
{
    if (*m_cancelled || !m_running.insert(profileId).second) {
        return false;
    }
    qCInfo(lcUnattended) << "schedule" << scheduleId << "starts profile" << profileId;
    QPointer<UnattendedRuns> self(this);
    m_futures.addFuture(QtConcurrent::run([self, homePath = m_homePath, profileId, cancelled = m_cancelled]() {
        const Outcome outcome = runProfile(homePath, profileId, *cancelled);
        // Back on the owner's thread, where m_running lives; nothing to tell if it is gone.
        QMetaObject::invokeMethod(
            self.data(),
            [self, profileId, outcome]() {
                if (!self) {
                    return;
                }
                self->m_running.erase(profileId);
                if (outcome.ok) {
                    qCInfo(lcUnattended).noquote() << "scheduled run of" << outcome.profileName << "done:" << outcome.message;
                } else {
                    qCWarning(lcUnattended).noquote() << "scheduled run of" << outcome.profileName << "failed:" << outcome.message;
                }
                emit self->finished(profileId, outcome.ok, outcome.message);
            },
            Qt::QueuedConnection);
    }));
    return true;
}

} // namespace ferry
