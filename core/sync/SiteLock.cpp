#include "SiteLock.h"

#include <QDir>
#include <QThread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ferry {

SiteLock::SiteLock(int fd)
    : m_fd(fd)
{
}

SiteLock::SiteLock(SiteLock&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{
}

SiteLock& SiteLock::operator=(SiteLock&& other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

SiteLock::~SiteLock()
{
    if (m_fd >= 0) {
        ::close(m_fd);  // releases the flock
    }
}

Result<SiteLock> SiteLock::acquire(const QString& homePath, const QUuid& siteUuid, const QString& siteName, int waitMs)
{
    const QString folder = homePath + QStringLiteral("/sites/") + siteUuid.toString(QUuid::WithoutBraces);
    if (!QDir().mkpath(folder)) {
        return fail(tr("Cannot create %1.").arg(folder));
    }
    const QByteArray path = QFile::encodeName(folder + QStringLiteral("/write.lock"));
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return fail(tr("Cannot open the lock file of site %1 (%2).").arg(siteName, QString::fromLocal8Bit(std::strerror(errno))));
    }
    SiteLock lock(fd);
    for (int waited = 0;; waited += 50) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            return lock;
        }
        if (errno != EWOULDBLOCK || waited >= waitMs) {
            return fail(tr("Site %1 is being written by another run; try again when it has finished.").arg(siteName));
        }
        QThread::msleep(50);
    }
}

} // namespace ferry
