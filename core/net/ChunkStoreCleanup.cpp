#include "ChunkStoreCleanup.h"

#include "ChunkLocator.h"
#include "HeldChunks.h"

#include <QDirIterator>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace ferry {

int ChunkStoreCleanup::release(const QString& storeFolder, const std::vector<Sha256>& hashes)
{
    HeldChunks::release(storeFolder, hashes);
    int removed = 0;
    for (const Sha256& hash : hashes) {
        if (::unlink(QFile::encodeName(ChunkLocator::storedPath(storeFolder, hash)).constData()) == 0) {
            ++removed;
        }
    }
    return removed;
}

Result<int> ChunkStoreCleanup::sweep(const QString& storeFolder, const QDateTime& olderThan)
{
    int removed = 0;
    QDirIterator it(storeFolder, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        it.next();
        // Looked at again just before it goes: an upload may have renamed a fresh copy over it,
        // or an answer to "which do you lack" refreshed it, since the listing.
        const QByteArray path = QFile::encodeName(it.filePath());
        struct stat status {};
        if (::lstat(path.constData(), &status) != 0
            || qint64(status.st_mtim.tv_sec) * 1000 + status.st_mtim.tv_nsec / 1000000 >= olderThan.toMSecsSinceEpoch()) {
            continue;
        }
        if (::unlink(path.constData()) != 0 && errno != ENOENT) {
            return fail(tr("Cannot remove the unused chunk %1 (%2).")
                            .arg(it.filePath(), QString::fromLocal8Bit(std::strerror(errno))));
        }
        ++removed;
    }
    return removed;
}

} // namespace ferry
