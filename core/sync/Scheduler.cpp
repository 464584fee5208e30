#include "Scheduler.h"

#include "ScheduleTimes.h"
#include "common/Result.h"
#include "home/Home.h"
#include "store/ScheduleRepository.h"
#include "store/StateStore.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QTimer>
#include <QtConcurrent>

#include <set>

Q_LOGGING_CATEGORY(lcScheduler, "ferry.core.sync.scheduler", QtInfoMsg)

namespace ferry {

// What one look at the schedules found: the enabled ones (with the runs just claimed recorded)
// and the runs this scheduler claimed and must now start.
struct Scheduler::Pass {
    std::vector<Schedule> enabled;
    std::vector<Schedule> claimed;
    QString error;
};

// Runs on a worker thread with a connection of its own.
Scheduler::Pass Scheduler::look(const QString& homePath, const QDateTime& now, const QTimeZone& zone)
{
    Scheduler::Pass pass;
    auto home = Home::open(homePath);
    if (!home) {
        pass.error = home.errorMessage();
        return pass;
    }
    auto store = StateStore::open(home->stateDatabasePath());
    if (!store) {
        pass.error = store.errorMessage();
        return pass;
    }
    ScheduleRepository repository(store.value()->database());
    auto schedules = repository.list();
    if (!schedules) {
        pass.error = schedules.errorMessage();
        return pass;
    }
    for (Schedule& schedule : schedules.value()) {
        if (!schedule.enabled) {
            continue;
        }
        if (ScheduleTimes::isDue(schedule, now, zone)) {
            auto claimed = repository.claimRun(schedule.id, schedule.lastRunAt, now);
            if (!claimed) {
                pass.error = claimed.errorMessage();
            } else if (claimed.value()) {
                schedule.lastRunAt = now;
                pass.claimed.push_back(schedule);
            } else {
                qCInfo(lcScheduler) << "schedule" << schedule.id << "was started by another scheduler";
                schedule.lastRunAt = now;
            }
        }
        pass.enabled.push_back(schedule);
    }
    return pass;
}

Scheduler::Scheduler(QString homePath, Launcher launcher, QObject* parent)
    : QObject(parent)
    , m_homePath(std::move(homePath))
    , m_launcher(std::move(launcher))
    , m_clock([]() { return QDateTime::currentDateTimeUtc(); })
    , m_zone(QTimeZone::systemTimeZone())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &Scheduler::reload);
}

Scheduler::~Scheduler() = default;

void Scheduler::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void Scheduler::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
}

void Scheduler::start()
{
    m_active = true;
    reload();
}

void Scheduler::stop()
{
    m_active = false;
    m_timer->stop();
}

int Scheduler::sleepMs() const
{
    return m_timer->isActive() ? m_timer->interval() : -1;
}

void Scheduler::reload()
{
    if (!m_active) {
        return;
    }
    if (m_passRunning) {
        m_passPending = true;
        return;
    }
    startPass();
}

void Scheduler::startPass()
{
    m_passRunning = true;
    m_timer->stop();
    auto future = QtConcurrent::run(&Scheduler::look, m_homePath, m_clock(), m_zone);
    auto* watcher = new QFutureWatcher<Pass>(this);
    connect(watcher, &QFutureWatcher<Pass>::finished, this, [this, watcher]() {
        watcher->deleteLater();
        finishPass(watcher->result());
    });
    watcher->setFuture(future);
}

void Scheduler::finishPass(const Pass& pass)
{
    m_passRunning = false;
    if (!pass.error.isEmpty()) {
        qCWarning(lcScheduler) << "could not read the schedules:" << pass.error;
        emit failed(pass.error);
    }
    std::set<qint64> handedOver;  // a profile at most once per look, however many schedules came due
    for (const Schedule& schedule : pass.claimed) {
        if (!m_active || !handedOver.insert(schedule.profileId).second) {
            continue;
        }
        if (m_launcher(schedule.profileId, schedule.id)) {
            qCInfo(lcScheduler) << "started profile" << schedule.profileId << "for schedule" << schedule.id;
            emit launched(schedule.profileId, schedule.id);
        } else {
            qCInfo(lcScheduler) << "profile" << schedule.profileId << "already has a run queued or running; schedule"
                                << schedule.id << "adds none";
        }
    }
    m_nextRun = {};
    for (const Schedule& schedule : pass.enabled) {
        const QDateTime next = ScheduleTimes::pendingRun(schedule, m_zone);
        if (next.isValid() && (!m_nextRun.isValid() || next < m_nextRun)) {
            m_nextRun = next;
        }
    }
    if (m_passPending) {
        m_passPending = false;
        startPass();
    } else if (m_active) {
        arm(m_clock());
    }
    emit passFinished();
}

void Scheduler::arm(const QDateTime& now)
{
    qint64 sleep = maxSleepMs;
    if (m_nextRun.isValid()) {
        // A run still owed after a look (another process holds it, or storing failed) is looked at
        // again in a second, not in a busy loop.
        sleep = m_nextRun > now ? std::min<qint64>(now.msecsTo(m_nextRun), maxSleepMs) : 1000;
    }
    m_timer->start(int(sleep));
}

} // namespace ferry
