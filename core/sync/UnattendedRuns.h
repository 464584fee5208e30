#pragma once
// Runs profiles for a Scheduler where no one is watching (ferryd): each run is a SyncRun on the
// thread pool with the "schedule" trigger, never confirming anything itself (an initial copy or
// a deletion past the guard stops and waits for an administrator, as recorded in the run), and a
// profile has at most one run going at a time. launch() is the Scheduler's launcher.

#include <QFutureSynchronizer>
#include <QObject>

#include <atomic>
#include <memory>
#include <set>

namespace ferry {

class UnattendedRuns : public QObject
{
    Q_OBJECT

public:
    explicit UnattendedRuns(QString homePath, QObject* parent = nullptr);
    // Cancels what is running and waits for it: every run stops at a safe point.
    ~UnattendedRuns() override;

    // Starts a run of the profile; false when it already has one going.
    bool launch(qint64 profileId, qint64 scheduleId);
    bool isRunning(qint64 profileId) const { return m_running.contains(profileId); }
    void cancelAll();

signals:
    // After each run, with what it did or why it failed, in a sentence.
    void finished(qint64 profileId, bool ok, const QString& message);

private:
    QString m_homePath;
    std::set<qint64> m_running;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QFutureSynchronizer<void> m_futures;
};

} // namespace ferry
