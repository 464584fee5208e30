#include "LiveRunWatch.h"

#include "ServiceTasks.h"
#include "store/LiveRunRepository.h"
#include "store/RunRepository.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>
#include <set>
#include <signal.h>

namespace ferry {

LiveRunWatch::LiveRunWatch(QString homePath, QObject* parent)
    : QObject(parent)
    , m_homePath(std::move(homePath))
{
    m_timer.setInterval(pollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveRunWatch::poll);
}

void LiveRunWatch::start()
{
    m_timer.start();
    poll();
}

bool LiveRunWatch::processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

void LiveRunWatch::poll()
{
    if (m_polling) {
        return;  // the last read has not come back yet (a busy database): skip a beat
    }
    m_polling = true;
    auto future = QtConcurrent::run([home = m_homePath]() {
        return tasks::withStore<std::vector<LiveRun>>(home, [](StateStore& store, const QString&) {
            return LiveRunRepository(store.database()).running();
        });
    });
    tasks::whenDone(this, future, [this](const Result<std::vector<LiveRun>>& running) {
        m_polling = false;
        if (running) {
            show(*running);
        }
    });
}

void LiveRunWatch::show(const std::vector<LiveRun>& running)
{
    const qint64 self = QCoreApplication::applicationPid();
    std::set<qint64> seen;
    for (const LiveRun& run : running) {
        if (run.ownerPid == self || !processAlive(run.ownerPid)) {
            continue;  // ours come from the run queue; a dead process's run is not running
        }
        seen.insert(run.run.id);
        const bool known = m_shown.count(run.run.id) > 0;
        m_shown[run.run.id] = run;
        emit known ? runProgressed(run) : runAppeared(run);
    }
    std::vector<qint64> ended;
    for (auto it = m_shown.begin(); it != m_shown.end();) {
        if (seen.count(it->first) == 0) {
            ended.push_back(it->first);
            it = m_shown.erase(it);
        } else {
            ++it;
        }
    }
    if (!ended.empty()) {
        readEnded(std::move(ended));
    }
}

void LiveRunWatch::readEnded(std::vector<qint64> ids)
{
    auto future = QtConcurrent::run([home = m_homePath, ids]() {
        return tasks::withStore<std::vector<Run>>(home, [&ids](StateStore& store, const QString&) -> Result<std::vector<Run>> {
            std::vector<Run> runs;
            for (qint64 id : ids) {
                auto run = RunRepository(store.database()).byId(id);
                if (!run) {
                    return run.error();
                }
                runs.push_back(*run);
            }
            return runs;
        });
    });
    tasks::whenDone(this, future, [this](const Result<std::vector<Run>>& runs) {
        if (runs) {
            for (const Run& run : *runs) {
                emit runEnded(run);
            }
        }
    });
}

void LiveRunWatch::requestCancel(qint64 runId)
{
    auto future = QtConcurrent::run([home = m_homePath, runId]() {
        return tasks::withStore<bool>(home, [runId](StateStore& store, const QString&) -> Result<bool> {
            auto asked = LiveRunRepository(store.database()).requestCancel(runId);
            return asked ? Result<bool>(true) : asked.error();
        });
    });
    tasks::whenDone(this, future, [this, runId](const Result<bool>& asked) {
        if (!asked) {
            emit cancelFailed(runId, asked.errorMessage());
        }
    });
}

} // namespace ferry
