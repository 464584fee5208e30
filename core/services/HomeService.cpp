#include "HomeService.h"

#include "ServiceTasks.h"
#include "common/Logging.h"
#include "home/Home.h"
#include "store/StateStore.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace ferry {

using tasks::whenDone;
using tasks::withStore;

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
