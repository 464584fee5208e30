#include "SyncLogQuery.h"

#include "SyncLogExport.h"
#include "common/Logging.h"
#include "home/Home.h"
#include "store/StateStore.h"
#include "store/SyncLogRepository.h"

#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent>

namespace ferry {
namespace {

Result<std::unique_ptr<StateStore>> openStore(const QString& homePath)
{
    auto home = Home::open(homePath);
    if (!home) {
        return home.error();
    }
    return StateStore::open(home->stateDatabasePath());
}

} // namespace

// Lives on the query thread; the connection it opens belongs to that thread alone.
class SyncLogQuery::Worker : public QObject
{
public:
    explicit Worker(QString homePath)
        : m_homePath(std::move(homePath))
    {
    }

    Result<SyncLogRepository> log()
    {
        if (!m_store) {
            auto store = openStore(m_homePath);
            if (!store) {
                return store.error();
            }
            m_store = std::move(store).value();
        }
        return SyncLogRepository(m_store->database());
    }

private:
    QString m_homePath;
    std::unique_ptr<StateStore> m_store;
};

SyncLogQuery::SyncLogQuery(QString homePath, QObject* parent)
    : QObject(parent)
    , m_homePath(std::move(homePath))
    , m_thread(new QThread)
    , m_worker(new Worker(m_homePath))
    , m_oldestWanted(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread->setObjectName(QStringLiteral("ferry-synclog"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SyncLogQuery::~SyncLogQuery()
{
    // Let the query under way finish, then drop the rest; the worker's connection closes on the
    // thread that opened it.
    m_oldestWanted->store(std::numeric_limits<quint64>::max());
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void SyncLogQuery::forgetBefore(quint64 ticket)
{
    m_oldestWanted->store(ticket);
}

void SyncLogQuery::fetchPage(quint64 ticket, const SyncLogFilter& filter, qint64 beforeId, int limit)
{
    QMetaObject::invokeMethod(
        m_worker,
        [self = this, worker = m_worker, wanted = m_oldestWanted, ticket, filter, beforeId, limit]() {
            if (ticket < wanted->load()) {
                return;
            }
            auto log = worker->log();
            auto page = log ? log->page(filter, beforeId, limit) : Result<std::vector<LogEntry>>(log.error());
            QMetaObject::invokeMethod(
                self, // dropped with the event should the query be gone by then
                [self, ticket, limit, page = std::move(page)]() {
                    if (page) {
                        emit self->pageReady(ticket, *page, page->size() < std::size_t(limit));
                    } else {
                        qCWarning(lcServices) << "could not read the sync log:" << page.errorMessage();
                        emit self->failed(ticket, page.errorMessage());
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SyncLogQuery::fetchNewer(quint64 ticket, const SyncLogFilter& filter, qint64 afterId, int limit)
{
    QMetaObject::invokeMethod(
        m_worker,
        [self = this, worker = m_worker, wanted = m_oldestWanted, ticket, filter, afterId, limit]() {
            if (ticket < wanted->load()) {
                return;
            }
            auto log = worker->log();
            auto newer = log ? log->after(filter, afterId, limit) : Result<std::vector<LogEntry>>(log.error());
            QMetaObject::invokeMethod(
                self, // dropped with the event should the query be gone by then
                [self, ticket, newer = std::move(newer)]() {
                    if (newer) {
                        emit self->newerReady(ticket, *newer);
                    } else {
                        emit self->failed(ticket, newer.errorMessage());
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SyncLogQuery::exportCsv(const SyncLogFilter& filter, const QString& path)
{
    m_exporting = true;
    auto future = QtConcurrent::run([homePath = m_homePath, filter, path]() -> Result<qint64> {
        auto store = openStore(homePath);
        if (!store) {
            return store.error();
        }
        return SyncLogExport::write(SyncLogRepository(store.value()->database()), filter, path);
    });
    auto* watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcher<Result<qint64>>::finished, this, [this, watcher, path]() {
        m_exporting = false;
        const Result<qint64> result = watcher->result();
        watcher->deleteLater();
        if (result) {
            emit exported(*result, path);
        } else {
            emit exportFailed(result.errorMessage());
        }
    });
    watcher->setFuture(future);
}

} // namespace ferry
