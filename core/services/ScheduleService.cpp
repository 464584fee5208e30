#include "ScheduleService.h"

#include "common/Logging.h"
#include "home/Home.h"
#include "store/StateStore.h"
#include "sync/ScheduleRegistry.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace ferry {

ScheduleService::ScheduleService(QString homePath, QObject* parent)
    : QObject(parent)
    , m_homePath(std::move(homePath))
{
}

void ScheduleService::start(std::function<Result<Schedule>(StateStore&)> work, QObject* context, Done<Schedule> done)
{
    // On a worker thread, with a connection of its own: ferryctl and the agent change the home too.
    auto future = QtConcurrent::run([homePath = m_homePath, work = std::move(work)]() -> Result<Schedule> {
        auto home = Home::open(homePath);
        if (!home) {
            return home.error();
        }
        auto store = StateStore::open(home->stateDatabasePath());
        if (!store) {
            return store.error();
        }
        return work(*store.value());
    });
    auto* watcher = new QFutureWatcher<Result<Schedule>>(this);
    connect(watcher, &QFutureWatcher<Result<Schedule>>::finished, this,
            [this, watcher, guard = QPointer<QObject>(context), done = std::move(done)]() {
                const Result<Schedule> result = watcher->result();
                watcher->deleteLater();
                if (!result) {
                    qCInfo(lcServices) << "schedule change failed:" << result.errorMessage();
                }
                if (guard && done) {
                    done(result);
                }
                if (result) {
                    emit changed();
                }
            });
    watcher->setFuture(future);
}

void ScheduleService::add(const Schedule& schedule, QObject* context, Done<Schedule> done)
{
    start([schedule](StateStore& store) { return ScheduleRegistry(store).add(schedule); }, context, std::move(done));
}

void ScheduleService::update(const Schedule& schedule, QObject* context, Done<Schedule> done)
{
    start([schedule](StateStore& store) { return ScheduleRegistry(store).update(schedule); }, context, std::move(done));
}

void ScheduleService::setEnabled(qint64 id, bool enabled, QObject* context, Done<Schedule> done)
{
    start([id, enabled](StateStore& store) { return ScheduleRegistry(store).setEnabled(id, enabled); }, context,
          std::move(done));
}

void ScheduleService::remove(qint64 id, QObject* context, Done<Schedule> done)
{
    start([id](StateStore& store) { return ScheduleRegistry(store).remove(id); }, context, std::move(done));
}

} // namespace ferry
