#pragma once
// "A site is written by one run at a time": an exclusive lock on HOME/sites/UUID/write.lock held
// while anything writes the site (a run on this machine, or the agent applying a peer's batch).
// flock(2): the kernel drops it when the holder dies, so a killed run never leaves a site locked.

#include "common/Result.h"

#include <QCoreApplication>
#include <QUuid>

namespace ferry {

class SiteLock
{
    Q_DECLARE_TR_FUNCTIONS(SiteLock)

public:
    // Takes the lock, waiting at most waitMs for another writer to finish.
    static Result<SiteLock> acquire(const QString& homePath, const QUuid& siteUuid, const QString& siteName,
                                    int waitMs = 0);
    SiteLock(SiteLock&& other) noexcept;
    SiteLock& operator=(SiteLock&& other) noexcept;
    SiteLock(const SiteLock&) = delete;
    SiteLock& operator=(const SiteLock&) = delete;
    ~SiteLock();

private:
    explicit SiteLock(int fd);
    int m_fd = -1;
};

} // namespace ferry
