#include "SiteWriteThread.h"

namespace ferry {

class SiteWriteThread::Worker : public QObject
{
public:
    SiteIndexCache indexes;
};

SiteWriteThread::SiteWriteThread(QObject* parent)
    : QObject(parent)
    , m_worker(new Worker)
{
    m_thread.setObjectName(QStringLiteral("site writes"));
    m_worker->moveToThread(&m_thread);
    // The worker's index connections are closed on the thread that opened them.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SiteWriteThread::~SiteWriteThread()
{
    m_stopping = true;
    m_thread.quit();
    m_thread.wait();
}

void SiteWriteThread::run(Work work, QObject* receiver, Done done)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, work = std::move(work), receiver, done = std::move(done)] {
            if (m_stopping) {
                return;  // its client sees the connection close; nothing of it was written
            }
            AgentReply reply = work(worker->indexes);
            // Queued to the receiver as its context: dropped if the receiver goes before it runs.
            QMetaObject::invokeMethod(
                receiver, [done, reply = std::move(reply)] { done(reply); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SiteWriteThread::closeIdleIndexes()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->indexes.closeIdle(); }, Qt::QueuedConnection);
}

} // namespace ferry
