#pragma once
// Site indexes kept open between requests, for a process that answers many of them (the agent):
// opening one costs a few milliseconds (SQLite reads the schema, the index checks its format and
// owner), which a push of a few hundred batches paid a few hundred times. An index is opened
// anew when its file is no longer the one opened (deleted, restored from a backup); one unused
// for a while is closed by closeIdle(), which open() calls and the agent also calls on a timer.
// Not thread-safe: one cache per thread, like the connections it holds.

#include "SiteIndex.h"

#include <QElapsedTimer>
#include <QString>
#include <QUuid>

#include <map>
#include <memory>

namespace ferry {

class SiteIndexCache
{
public:
    explicit SiteIndexCache(qint64 idleMs = 60 * 1000);

    // The site's index at path, opened once and shared while its file stays the same.
    Result<std::shared_ptr<SiteIndex>> open(const QString& path, const QUuid& siteUuid);

    std::size_t size() const { return m_open.size(); }
    // Closes the indexes unused for longer than idleMs (their connection and log file).
    void closeIdle();

private:
    struct Entry {
        std::shared_ptr<SiteIndex> index;
        QUuid siteUuid;
        quint64 device = 0;
        quint64 inode = 0;
        qint64 lastUsedMs = 0;
    };

    qint64 m_idleMs;
    QElapsedTimer m_clock;
    std::map<QString, Entry> m_open;  // path → its open index
};

} // namespace ferry
