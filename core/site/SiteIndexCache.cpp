#include "SiteIndexCache.h"

#include <QFile>

#include <sys/stat.h>

namespace ferry {

namespace {

bool identify(const QString& path, quint64& device, quint64& inode)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return false;
    }
    device = quint64(status.st_dev);
    inode = quint64(status.st_ino);
    return true;
}

} // namespace

SiteIndexCache::SiteIndexCache(qint64 idleMs)
    : m_idleMs(idleMs)
{
    m_clock.start();
}

Result<std::shared_ptr<SiteIndex>> SiteIndexCache::open(const QString& path, const QUuid& siteUuid)
{
    closeIdle();
    quint64 device = 0;
    quint64 inode = 0;
    const bool exists = identify(path, device, inode);
    if (auto it = m_open.find(path); it != m_open.end()) {
        if (exists && it->second.device == device && it->second.inode == inode && it->second.siteUuid == siteUuid) {
            it->second.lastUsedMs = m_clock.elapsed();
            return it->second.index;
        }
        m_open.erase(it);  // the file was replaced or removed: what is open is not the site's index any more
    }
    auto opened = SiteIndex::open(path, siteUuid);
    if (!opened) {
        return opened.error();
    }
    std::shared_ptr<SiteIndex> index = std::move(opened).value();
    if (identify(path, device, inode)) {
        m_open[path] = Entry{index, siteUuid, device, inode, m_clock.elapsed()};
    }
    return index;
}

void SiteIndexCache::closeIdle()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_open.begin(); it != m_open.end();) {
        it = now - it->second.lastUsedMs > m_idleMs ? m_open.erase(it) : std::next(it);
    }
}

} // namespace ferry
