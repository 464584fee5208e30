#include "HomeService.h"

#include "common/Logging.h"
#include "home/Home.h"
#include "store/StateStore.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace ferry {
namespace {

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

// Delivers a future's result on this object's thread, or nothing if the object is gone.
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

} // namespace

HomeService::HomeService(QString homePath, QObject* parent)
    : QObject(parent)
    , m_homePath(std::move(homePath))
{
    qRegisterMetaType<ferry::HomeSnapshot>();
    qRegisterMetaType<ferry::Site>();
}

HomeService::~HomeService() = default;

void HomeService::refresh()
{
    if (m_refreshRunning) {
        m_refreshPending = true;
        return;
    }
    startRefresh();
}

void HomeService::startRefresh()
{
    m_refreshRunning = true;
    auto future = QtConcurrent::run([homePath = m_homePath]() {
        return withStore<HomeSnapshot>(
            homePath, [](StateStore& store, const QString& path) { return HomeSnapshot::read(store, path); });
    });
    whenDone(this, future, [this](const Result<HomeSnapshot>& result) {
        m_refreshRunning = false;
        if (result) {
            emit snapshotReady(result.value());
        } else {
            qCWarning(lcServices) << "could not read the home:" << result.errorMessage();
            emit loadFailed(result.errorMessage());
        }
        if (m_refreshPending) {
            m_refreshPending = false;
            startRefresh();
        }
    });
}

void HomeService::addSite(const SiteDraft& draft)
{
    auto future = QtConcurrent::run([homePath = m_homePath, draft]() {
        return withStore<Site>(homePath,
                               [&draft](StateStore& store, const QString&) { return SiteRegistry(store).add(draft); });
    });
    whenDone(this, future, [this](const Result<Site>& result) {
        if (result) {
            emit siteAdded(result.value());
            refresh();
        } else {
            emit siteAddFailed(result.errorMessage());
        }
    });
}

} // namespace ferry
