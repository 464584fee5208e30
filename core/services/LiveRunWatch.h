#pragma once
// Watches state.db for runs other processes on the home are running (ferryd's schedules,
// ferryctl in a shell) and tells the GUI as they appear, move on and end; asks them to stop on
// request. Polls once a second on a worker thread: the GUI thread never waits for the database.

#include "model/LiveRun.h"

#include <QObject>
#include <QTimer>

#include <map>
#include <vector>

namespace ferry {

class LiveRunWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int pollIntervalMs = 1000;

    explicit LiveRunWatch(QString homePath, QObject* parent = nullptr);

    void start();
    void requestCancel(qint64 runId);
    // A run whose process is gone (killed) still says "running" in state.db; it is not shown.
    static bool processAlive(qint64 pid);

signals:
    void runAppeared(const ferry::LiveRun& run);
    void runProgressed(const ferry::LiveRun& run);
    void runEnded(const ferry::Run& run);  // as state.db has it now: state, totals, message
    void cancelFailed(qint64 runId, const QString& message);

private:
    void poll();
    void show(const std::vector<LiveRun>& running);
    void readEnded(std::vector<qint64> ids);

    QString m_homePath;
    QTimer m_timer;
    bool m_polling = false;
    std::map<qint64, LiveRun> m_shown;  // by run id
};

} // namespace ferry
