#pragma once
// The Activity view's way into the sync log. Requests return at once: queries run on a worker
// thread with its own connection to state.db (opened on first use), exports on the thread pool,
// and answers arrive as signals on the caller's thread. Every page request carries a ticket the
// answer names, so a view can drop answers to a filter it no longer shows; requests older than
// forgetBefore() are skipped before they reach the database.

#include "model/LogEntry.h"
#include "model/SyncLogFilter.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace ferry {

class SyncLogQuery : public QObject
{
    Q_OBJECT

public:
    static constexpr int pageSize = 300;

    explicit SyncLogQuery(QString homePath, QObject* parent = nullptr);
    ~SyncLogQuery() override;

    const QString& homePath() const { return m_homePath; }

    // Entries older than beforeId (0: the newest), newest first: pageReady or failed follows.
    void fetchPage(quint64 ticket, const ferry::SyncLogFilter& filter, qint64 beforeId, int limit = pageSize);
    // Entries newer than afterId, oldest first (the live tail): newerReady or failed follows.
    void fetchNewer(quint64 ticket, const ferry::SyncLogFilter& filter, qint64 afterId, int limit = pageSize);
    // Skips requests with a smaller ticket that have not started yet.
    void forgetBefore(quint64 ticket);

    // Writes every entry the filter selects to path as CSV: exported or exportFailed follows.
    void exportCsv(const ferry::SyncLogFilter& filter, const QString& path);
    bool isExporting() const { return m_exporting; }

signals:
    void pageReady(quint64 ticket, const std::vector<ferry::LogEntry>& entries, bool complete);
    void newerReady(quint64 ticket, const std::vector<ferry::LogEntry>& entries);
    void failed(quint64 ticket, const QString& message);
    void exported(qint64 entries, const QString& path);
    void exportFailed(const QString& message);

private:
    class Worker;

    QString m_homePath;
    QThread* m_thread;
    Worker* m_worker;
    std::shared_ptr<std::atomic<quint64>> m_oldestWanted;
    bool m_exporting = false;
};

} // namespace ferry
