#include "VersionRestore.h"

#include "FileApplier.h"
#include "SiteLock.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ferry {
namespace {

// Content is copied in pieces of this size: a kept file can be larger than memory should hold.
constexpr qint64 pieceBytes = 1024 * 1024;

Result<KeptVersion> chooseVersion(const VersionsArea& versions, const QString& relativePath,
                                  const std::optional<QDateTime>& keptAt)
{
    auto kept = versions.versionsOf(relativePath);
    if (!kept) {
        return kept.error();
    }
    if (kept->empty()) {
        return fail(VersionRestore::tr("No version of %1 is kept. See 'ferryctl versions list SITE'.").arg(relativePath));
    }
    if (!keptAt) {
        return kept->back();  // oldest first
    }
    for (const KeptVersion& version : kept.value()) {
        if (version.keptAt == *keptAt) {
            return version;
        }
    }
    return fail(VersionRestore::tr("No version of %1 was kept at %2. See 'ferryctl versions list SITE %1'.")
                    .arg(relativePath, keptAt->toString(Qt::ISODateWithMs)));
}

} // namespace

Result<KeptVersion> VersionRestore::restore(const QString& homePath, const Site& site, const QString& relativePath,
                                            const std::optional<QDateTime>& keptAt, int lockWaitMs)
{
    if (auto valid = FileApplier::checkPath(relativePath); !valid) {
        return valid.error();
    }
    auto lock = SiteLock::acquire(homePath, site.uuid, site.name, lockWaitMs);
    if (!lock) {
        return lock.error();
    }
    VersionsArea versions(homePath, site.uuid);
    auto version = chooseVersion(versions, relativePath, keptAt);
    if (!version) {
        return version.error();
    }
    // Only a regular file is a version: a link kept in the area (a link a run replaced) is not
    // followed, so a restore cannot copy whatever it points at into the files root.
    const int fd = ::open(QFile::encodeName(version->storedPath).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    struct stat status {};
    if (fd < 0 || ::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        const QString reason = fd < 0 && errno != ELOOP ? QString::fromLocal8Bit(std::strerror(errno))
                                                        : tr("not a regular file");
        if (fd >= 0) {
            ::close(fd);
        }
        return fail(tr("Cannot read the kept version %1 (%2).").arg(version->storedPath, reason));
    }
    QFile source;
    if (!source.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(tr("Cannot read the kept version %1 (%2).").arg(version->storedPath, source.errorString()));
    }
    auto files = FileApplier::open(site.filesRoot, versions);
    if (!files) {
        return files.error();
    }
    auto pending = files.value()->begin(relativePath);
    if (!pending) {
        return pending.error();
    }
    Sha256Stream hash;
    while (!source.atEnd()) {
        const QByteArray piece = source.read(pieceBytes);
        if (piece.isEmpty() && source.error() != QFileDevice::NoError) {
            return fail(tr("Cannot read the kept version %1 (%2).").arg(version->storedPath, source.errorString()));
        }
        hash.add(piece.constData(), std::size_t(piece.size()));
        if (auto appended = pending.value()->append(piece); !appended) {
            return appended.error();
        }
    }
    // PendingFile hashes what it writes; a failed write has already stopped the loop above.
    if (auto committed = pending.value()->commit(hash.finish(), QDateTime::currentDateTimeUtc()); !committed) {
        return committed.error();
    }
    return version;
}

} // namespace ferry
