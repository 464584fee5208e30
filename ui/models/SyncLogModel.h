#pragma once
// The sync log as a table, newest first, fetched a page at a time as the view scrolls
// (canFetchMore/fetchMore) and never whole. Pages and the live tail come from SyncLogQuery on
// its worker thread; this model only keeps the rows it was handed. A new filter starts over with
// a new ticket, so pages still on their way for the old filter are dropped.

#include "model/LogEntry.h"
#include "model/SyncLogFilter.h"

#include <QAbstractTableModel>

#include <vector>

class QTimer;

namespace ferry {
class SyncLogQuery;
}

namespace ferry::ui {

class SyncLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Relationship, Site, Resource, Mode, Action, Result, RemoteError, Message, ColumnCount };
    static constexpr int tailIntervalMs = 1000;

    explicit SyncLogModel(SyncLogQuery* query, QObject* parent = nullptr);

    const SyncLogFilter& filter() const { return m_filter; }
    void setFilter(const SyncLogFilter& filter);
    // Reads the first page again for the current filter (e.g. when the view is shown).
    void reload();

    // Polls for entries newer than the newest row every tailIntervalMs while on.
    void setLiveTail(bool on);
    bool isLiveTail() const;
    void pollNewer();

    bool isLoading() const { return m_pageInFlight; }
    bool isComplete() const { return m_complete; }
    const LogEntry& entry(int row) const { return m_rows.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // After the first page for a filter arrived, and after every later page or tail.
    void loaded();
    void loadFailed(const QString& message);

private:
    void onPage(quint64 ticket, const std::vector<LogEntry>& entries, bool complete);
    void onNewer(quint64 ticket, const std::vector<LogEntry>& entries);
    void onFailed(quint64 ticket, const QString& message);

    SyncLogQuery* m_query;
    QTimer* m_tail;
    SyncLogFilter m_filter;
    std::vector<LogEntry> m_rows; // newest first
    quint64 m_ticket = 0;
    qint64 m_newestId = 0; // the tail asks for entries after this
    bool m_firstPageArrived = false;
    bool m_pageInFlight = false;
    bool m_tailInFlight = false;
    bool m_complete = false;
};

} // namespace ferry::ui
