#pragma once
// The agent's thread for the requests that write a site (an apply batch, a chunk batch, a scan).
// They run here one at a time, in the order they arrived, while the server's thread goes on receiving,
// decrypting and parsing the next requests and answering the others: a push keeps the next
// batches ready while this one is written, made durable and recorded. Apply batches of one site
// that are waiting one behind the other when their turn comes are written as one (ApplyWrite),
// each answered with its own outcomes. Qt's SQL connections belong to the thread that opened
// them, so this thread keeps site indexes of its own.

#include "AgentEndpoints.h"
#include "site/SiteIndexCache.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <deque>
#include <functional>

namespace ferry {

class SiteWriteThread : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const AgentReply& reply)>;

    explicit SiteWriteThread(QObject* parent = nullptr);
    // Waits for the work under way to end; work not begun yet is dropped (its client sees the
    // connection close and tries again, and nothing of it was written).
    ~SiteWriteThread() override;

    // Runs write on this thread, after the writes given before; then done(reply) on receiver's
    // thread. receiver must outlive this object (its answers are dropped if it goes after).
    void run(SiteWrite write, QObject* receiver, Done done);
    // Closes the site indexes this thread has not used for a while.
    void closeIdleIndexes();

private:
    class Worker;
    struct Queued {
        SiteWrite write;
        QObject* receiver = nullptr;
        Done done;
    };

    // On this thread: the next write in line, with the apply batches that may join it.
    void runNext();

    QThread m_thread;
    Worker* m_worker;  // lives in m_thread, deleted there as it finishes
    std::atomic_bool m_stopping = false;  // work not begun is dropped
    QMutex m_queueMutex;
    std::deque<Queued> m_queue;
};

} // namespace ferry
