#include "SiteWriteThread.h"

#include "ApplyWrite.h"

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

void SiteWriteThread::run(SiteWrite write, QObject* receiver, Done done)
{
    {
        const QMutexLocker locker(&m_queueMutex);
        m_queue.push_back({std::move(write), receiver, std::move(done)});
    }
    // One call per write queued; a call finds the queue empty when an earlier one took its write
    // along with its own.
    QMetaObject::invokeMethod(m_worker, [this] { runNext(); }, Qt::QueuedConnection);
}

void SiteWriteThread::runNext()
{
    std::vector<Queued> taken;
    {
        const QMutexLocker locker(&m_queueMutex);
        if (m_queue.empty()) {
            return;
        }
        taken.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
        const auto& first = taken.front().write.apply;
        while (first && taken.size() < ApplyWrite::maxJoined && !m_queue.empty() && m_queue.front().write.apply
               && ApplyWrite::joinable(*first, *m_queue.front().write.apply)) {
            taken.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
        }
    }
    if (m_stopping) {
        return;  // their clients see the connection close; nothing of them was written
    }
    std::vector<AgentReply> replies;
    if (taken.size() == 1) {
        replies.push_back(taken.front().write.work(m_worker->indexes));
    } else {
        std::vector<const ApplyBatchWrite*> batches;
        for (const Queued& queued : taken) {
            batches.push_back(queued.write.apply.get());
        }
        replies = ApplyWrite::run(m_worker->indexes, batches);
    }
    for (std::size_t i = 0; i < taken.size(); ++i) {
        // Queued to the receiver as its context: dropped if the receiver goes before it runs.
        QMetaObject::invokeMethod(
            taken[i].receiver, [done = std::move(taken[i].done), reply = std::move(replies[i])] { done(reply); },
            Qt::QueuedConnection);
    }
}

void SiteWriteThread::closeIdleIndexes()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->indexes.closeIdle(); }, Qt::QueuedConnection);
}

} // namespace ferry
