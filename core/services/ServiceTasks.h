#pragma once
// How the GUI's services run work: on the global thread pool, with a connection to state.db of
// the worker's own, and the outcome delivered on the service's thread (or not at all if the
// service is gone).

#include "common/Result.h"
#include "home/Home.h"
#include "store/StateStore.h"

#include <QFutureWatcher>
#include <QObject>

namespace ferry::tasks {

// Runs on a worker thread: everything it touches (the connection included) is its own.
template<typename T, typename Work>
Result<T> withStore(const QString& homePath, Work work)
{
    auto home = Home::open(homePath);
    if (!home) {
        return home.error();
    }
    auto store = StateStore::open(home->stateDatabasePath());
    if (!store) {
        return store.error();
    }
    return work(*store.value(), home->path());
}

// Delivers a future's result on owner's thread, or nothing if owner is gone.
template<typename T, typename Deliver>
void whenDone(QObject* owner, QFuture<T> future, Deliver deliver)
{
    auto* watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, deliver]() {
        deliver(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(future);
}

} // namespace ferry::tasks
