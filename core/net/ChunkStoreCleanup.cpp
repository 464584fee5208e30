#include "ChunkStoreCleanup.h"

#include "ChunkLocator.h"

#include <QDirIterator>
#include <QFile>

#include <unistd.h>

namespace ferry {

int ChunkStoreCleanup::release(const QString& storeFolder, const std::vector<Sha256>& hashes)
{
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
        if (it.fileInfo().lastModified() < olderThan) {
            if (!QFile::remove(it.filePath()) && it.fileInfo().exists()) {
                return fail(tr("Cannot remove the unused chunk %1.").arg(it.filePath()));
            }
            ++removed;
        }
    }
    return removed;
}

} // namespace ferry
