#pragma once
// Runs profiles on worker threads for the GUI and the agent's scheduler: a profile never has two
// runs queued or running, at most a few run at once, each reports Progress (throttled by the
// run itself) through queued signals and can be cancelled. The thread that owns the queue (the
// GUI thread) never waits for a run.

#include "common/Progress.h"
#include "model/Run.h"
#include "sync/Plan.h"

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace ferry {

// Runs started and finished, for the agent's journal ("ferry.core.sync.runs").
Q_DECLARE_LOGGING_CATEGORY(lcRuns)

struct SyncJob {
    quint64 id = 0;
    qint64 profileId = 0;
    QString profileName;
    RunTrigger trigger = RunTrigger::Manual;
    bool dryRun = false;
    bool running = false;  // false: queued, or finished when finished is set
    bool finished = false;
    RunState result = RunState::Queued;
    qint64 runId = 0;      // the run's id in state.db, once finished
    Progress progress;
    QString message;       // the run's summary, or why it failed
    Plan plan;             // a dry run's plan: what it would do (empty for other runs)
};

class SyncJobQueue : public QObject
{
    Q_OBJECT

public:
    explicit SyncJobQueue(QString homePath, int concurrentRuns = 2, QObject* parent = nullptr);
    ~SyncJobQueue() override;  // cancels what runs and waits for it

    // Queues a run of the profile; 0 when it already has one queued or running. confirmed: the
    // administrator already agreed to an initial copy (the relationship wizard's last page);
    // unsaved: a dry run of settings being edited.
    quint64 enqueue(qint64 profileId, const QString& profileName, RunTrigger trigger, bool dryRun = false,
                    bool confirmed = false, const std::optional<Profile>& unsaved = {});
    bool isActive(qint64 profileId) const;
    void cancel(quint64 jobId);
    void cancelAll();
    std::vector<SyncJob> jobs() const;

signals:
    void jobQueued(const ferry::SyncJob& job);
    void jobStarted(const ferry::SyncJob& job);
    void jobProgress(quint64 jobId, const ferry::Progress& progress);
    void jobFinished(const ferry::SyncJob& job);

private:
    struct Entry {
        SyncJob job;
        std::shared_ptr<std::atomic_bool> cancelled;
    };
    void named(quint64 id, const QString& profileName);
    void started(quint64 id);
    void progressed(quint64 id, const Progress& progress);
    void finished(quint64 id, RunState state, qint64 runId, const QString& message, const Plan& plan = {});

    QString m_homePath;
    QThreadPool m_pool;
    quint64 m_nextId = 1;
    QHash<quint64, Entry> m_entries;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::SyncJob)
