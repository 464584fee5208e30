#include "SyncJobQueue.h"

#include "store/ProfileRepository.h"
#include "store/StateStore.h"
#include "sync/SyncRun.h"

#include <sys/resource.h>
#include <unistd.h>

namespace ferry {
namespace {

// A run's threads (this pool thread, and the hashing and transfer threads it starts, which inherit
// its niceness) yield the processor to the window the administrator is using: on two busy cores,
// a run at the same priority as the GUI thread delays its paints by tens of milliseconds. Linux
// keeps niceness per thread; a pool thread stays lowered, as it only ever runs syncs.
void runInBackground()
{
    constexpr int backgroundNice = 10;
    (void)::setpriority(PRIO_PROCESS, id_t(::gettid()), backgroundNice);
}

} // namespace


Q_LOGGING_CATEGORY(lcRuns, "ferry.core.sync.runs", QtInfoMsg)

SyncJobQueue::SyncJobQueue(QString homePath, int concurrentRuns, QObject* parent)
    : QObject(parent)
    , m_homePath(std::move(homePath))
{
    qRegisterMetaType<ferry::SyncJob>();
    qRegisterMetaType<ferry::Progress>();
    m_pool.setMaxThreadCount(concurrentRuns);
}

SyncJobQueue::~SyncJobQueue()
{
    cancelAll();
    m_pool.waitForDone();
}

quint64 SyncJobQueue::enqueue(qint64 profileId, const QString& profileName, RunTrigger trigger, bool dryRun,
                              bool confirmed, const std::optional<Profile>& unsaved)
{
    if (isActive(profileId)) {
        return 0;
    }
    const quint64 id = m_nextId++;
    Entry entry;
    entry.job.id = id;
    entry.job.profileId = profileId;
    entry.job.profileName = profileName;
    entry.job.trigger = trigger;
    entry.job.dryRun = dryRun;
    entry.job.progress.phase = QStringLiteral("queued");
    entry.cancelled = std::make_shared<std::atomic_bool>(false);
    m_entries.insert(id, entry);
    emit jobQueued(entry.job);

    SyncRunParams params;
    params.homePath = m_homePath;
    params.profileId = profileId;
    params.profileName = profileName;
    params.dryRun = dryRun;
    params.confirmed = confirmed;
    params.profile = unsaved;
    params.trigger = trigger;
    const std::shared_ptr<std::atomic_bool> cancelled = entry.cancelled;
    // The destructor waits for the pool, so the queue outlives every task that posts to it.
    SyncJobQueue* self = this;
    m_pool.start([self, id, params, cancelled]() {
        runInBackground();
        const auto post = [self](auto&& call) {
            QMetaObject::invokeMethod(self, std::forward<decltype(call)>(call), Qt::QueuedConnection);
        };
        if (*cancelled) {
            post([self, id]() { self->finished(id, RunState::Cancelled, 0, SyncJobQueue::tr("Cancelled before it started.")); });
            return;
        }
        if (params.profileName.isEmpty()) {
            // A run started by id alone (a schedule): its log lines and its row name the profile.
            if (auto store = StateStore::open(params.homePath + QStringLiteral("/state.db")); store) {
                if (auto profiles = ProfileRepository(store.value()->database()).list(); profiles) {
                    for (const Profile& profile : profiles.value()) {
                        if (profile.id == params.profileId) {
                            post([self, id, name = profile.name]() { self->named(id, name); });
                        }
                    }
                }
            }
        }
        post([self, id]() { self->started(id); });
        auto result = SyncRun::execute(params, *cancelled, [&](const Progress& progress) {
            post([self, id, progress]() { self->progressed(id, progress); });
        });
        if (!result) {
            const QString message = result.errorMessage();
            const RunState state = *cancelled ? RunState::Cancelled : RunState::Failed;
            post([self, id, state, message]() { self->finished(id, state, 0, message); });
            return;
        }
        const RunState state = result->needsConfirmation() ? RunState::Failed : result->run.state;
        const QString message = result->needsConfirmation() ? result->stops.join(QLatin1Char(' ')) : result->run.message;
        const qint64 runId = result->run.id;
        // Only a dry run's plan is wanted (the profile editor's preview); a real run's stays out of
        // the queue, which ferryd keeps for as long as it runs.
        Plan plan = params.dryRun ? std::move(result->plan) : Plan{};
        post([self, id, state, runId, message, plan = std::move(plan)]() { self->finished(id, state, runId, message, plan); });
    });
    return id;
}

bool SyncJobQueue::isActive(qint64 profileId) const
{
    for (const Entry& entry : m_entries) {
        if (entry.job.profileId == profileId && !entry.job.finished) {
            return true;
        }
    }
    return false;
}

void SyncJobQueue::cancel(quint64 jobId)
{
    if (auto it = m_entries.find(jobId); it != m_entries.end()) {
        *it->cancelled = true;
    }
}

void SyncJobQueue::cancelAll()
{
    for (Entry& entry : m_entries) {
        *entry.cancelled = true;
    }
}

std::vector<SyncJob> SyncJobQueue::jobs() const
{
    std::vector<SyncJob> all;
    for (const Entry& entry : m_entries) {
        all.push_back(entry.job);
    }
    std::sort(all.begin(), all.end(), [](const SyncJob& a, const SyncJob& b) { return a.id < b.id; });
    return all;
}

void SyncJobQueue::named(quint64 id, const QString& profileName)
{
    if (auto it = m_entries.find(id); it != m_entries.end() && it->job.profileName.isEmpty()) {
        it->job.profileName = profileName;
    }
}

void SyncJobQueue::started(quint64 id)
{
    if (auto it = m_entries.find(id); it != m_entries.end()) {
        it->job.running = true;
        it->job.result = RunState::Running;
        emit jobStarted(it->job);
    }
}

void SyncJobQueue::progressed(quint64 id, const Progress& progress)
{
    if (auto it = m_entries.find(id); it != m_entries.end()) {
        it->job.progress = progress;
        emit jobProgress(id, progress);
    }
}

void SyncJobQueue::finished(quint64 id, RunState state, qint64 runId, const QString& message, const Plan& plan)
{
    if (auto it = m_entries.find(id); it != m_entries.end()) {
        it->job.running = false;
        it->job.finished = true;
        it->job.result = state;
        it->job.runId = runId;
        it->job.message = message;
        it->job.plan = plan;
        emit jobFinished(it->job);
    }
}

} // namespace ferry
