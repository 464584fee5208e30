#include "SyncLogModel.h"

#include "Formatting.h"
#include "services/SyncLogQuery.h"

#include <QBrush>
#include <QTimer>

namespace ferry::ui {

SyncLogModel::SyncLogModel(SyncLogQuery* query, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(query)
    , m_tail(new QTimer(this))
{
    connect(m_query, &SyncLogQuery::pageReady, this, &SyncLogModel::onPage);
    connect(m_query, &SyncLogQuery::newerReady, this, &SyncLogModel::onNewer);
    connect(m_query, &SyncLogQuery::failed, this, &SyncLogModel::onFailed);
    m_tail->setInterval(tailIntervalMs);
    connect(m_tail, &QTimer::timeout, this, &SyncLogModel::pollNewer);
}

void SyncLogModel::setFilter(const SyncLogFilter& filter)
{
    if (filter == m_filter && m_firstPageArrived) {
        return;
    }
    m_filter = filter;
    reload();
}

void SyncLogModel::reload()
{
    ++m_ticket;
    m_query->forgetBefore(m_ticket);
    beginResetModel();
    m_rows.clear();
    m_newestId = 0;
    m_firstPageArrived = false;
    m_complete = false;
    m_tailInFlight = false;
    endResetModel();
    m_pageInFlight = true;
    m_query->fetchPage(m_ticket, m_filter, 0);
}

void SyncLogModel::setLiveTail(bool on)
{
    if (on) {
        m_tail->start();
    } else {
        m_tail->stop();
    }
}

bool SyncLogModel::isLiveTail() const
{
    return m_tail->isActive();
}

void SyncLogModel::pollNewer()
{
    // Before the first page the model does not know where "newer" starts.
    if (!m_firstPageArrived || m_tailInFlight) {
        return;
    }
    m_tailInFlight = true;
    m_query->fetchNewer(m_ticket, m_filter, m_newestId);
}

void SyncLogModel::onPage(quint64 ticket, const std::vector<LogEntry>& entries, bool complete)
{
    if (ticket != m_ticket) {
        return;
    }
    m_pageInFlight = false;
    m_complete = complete;
    if (!m_firstPageArrived) {
        m_firstPageArrived = true;
        m_newestId = entries.empty() ? m_newestId : entries.front().id;
    }
    if (!entries.empty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(entries.size()) - 1);
        m_rows.insert(m_rows.end(), entries.begin(), entries.end());
        endInsertRows();
    }
    emit loaded();
}

void SyncLogModel::onNewer(quint64 ticket, const std::vector<LogEntry>& entries)
{
    if (ticket != m_ticket) {
        return;
    }
    m_tailInFlight = false;
    if (entries.empty()) {
        return;
    }
    // Oldest first from the query; the table is newest first, so they go on top reversed.
    beginInsertRows({}, 0, int(entries.size()) - 1);
    m_rows.insert(m_rows.begin(), entries.rbegin(), entries.rend());
    endInsertRows();
    m_newestId = entries.back().id;
    emit loaded();
}

void SyncLogModel::onFailed(quint64 ticket, const QString& message)
{
    if (ticket != m_ticket) {
        return;
    }
    m_pageInFlight = false;
    m_tailInFlight = false;
    emit loadFailed(message);
}

int SyncLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SyncLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_firstPageArrived && !m_complete && !m_pageInFlight;
}

void SyncLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    m_pageInFlight = true;
    m_query->fetchPage(m_ticket, m_filter, m_rows.empty() ? 0 : m_rows.back().id);
}

QVariant SyncLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const LogEntry& e = entry(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Time:
            // Seconds matter in a log; the date and time in one sortable, unambiguous form.
            return e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Relationship:
            return e.relationship;
        case Site:
            return e.site;
        case Resource:
            return e.resource;
        case Mode:
            return Formatting::logMode(e.mode);
        case Action:
            return e.action;
        case Result:
            return Formatting::logResult(e.result);
        case RemoteError:
            return e.remoteError ? Formatting::yesNo(true) : QString();
        case Message:
            return e.message;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && (index.column() == Result || index.column() == RemoteError)) {
        switch (e.result) {
        case LogResult::Error:
            return QBrush(QColor(0xc6, 0x28, 0x28));
        case LogResult::Warning:
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        case LogResult::Ok:
            break;
        }
    }
    if (role == Qt::UserRole) {
        return e.id;
    }
    return {};
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Relationship:
        return tr("Relationship");
    case Site:
        return tr("Site");
    case Resource:
        return tr("Resource");
    case Mode:
        return tr("Mode");
    case Action:
        return tr("Action");
    case Result:
        return tr("Result");
    case RemoteError:
        return tr("Remote error");
    case Message:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ferry::ui
