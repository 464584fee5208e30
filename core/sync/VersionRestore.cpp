#include "VersionRestore.h"

#include "FileApplier.h"
#include "SiteLock.h"

#include <QFile>
#include <QScopeGuard>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ferry {
namespace {

// One chunk of a kept file (at most ContentHasher::maxChunk: a kept file can be larger than
// memory should hold), read from where the last one ended.
Result<QByteArray> readChunk(int fd, const Chunk& chunk)
{
    QByteArray bytes(qsizetype(chunk.length), Qt::Uninitialized);
    qsizetype got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + got, std::size_t(bytes.size() - got));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return fail(QString::fromLocal8Bit(std::strerror(errno)));
        }
        if (n == 0) {
            return fail(VersionRestore::tr("it became shorter while it was read"));
        }
        got += n;
    }
    return bytes;
}

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
    const auto closeKept = qScopeGuard([fd] { ::close(fd); });
    // Chunked first, then copied chunk by chunk, each checked again as it is written: a kept
    // version that changed between the two reads is refused, not restored half old, half new.
    auto digest = ContentHasher::digestFile(fd);
    if (!digest || ::lseek(fd, 0, SEEK_SET) != 0) {
        const QString reason = digest ? QString::fromLocal8Bit(std::strerror(errno)) : digest.errorMessage();
        return fail(tr("Cannot read the kept version %1 (%2).").arg(version->storedPath, reason));
    }
    auto files = FileApplier::open(site.filesRoot, versions);
    if (!files) {
        return files.error();
    }
    auto pending = files.value()->begin(relativePath);
    if (!pending) {
        return pending.error();
    }
    for (const Chunk& chunk : digest->chunks) {
        auto bytes = readChunk(fd, chunk);
        if (!bytes) {
            return fail(tr("Cannot read the kept version %1 (%2).").arg(version->storedPath, bytes.errorMessage()));
        }
        if (auto appended = pending.value()->appendChunks(bytes.value(), {Chunk{0, chunk.length, chunk.hash}}); !appended) {
            return appended.error();
        }
    }
    if (auto committed = pending.value()->commit(digest->hash, QDateTime::currentDateTimeUtc()); !committed) {
        return committed.error();
    }
    return version;
}

} // namespace ferry
