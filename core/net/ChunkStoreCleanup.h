#pragma once
// The chunk store (ChunkLocator) is a waiting room, not an archive. A pushed or fetched chunk
// waits there until a file holding it is in place and recorded in the index; from then on it is
// read from that file, and its copy in the store is released. Chunks neither written nor reported
// as held ("which do you lack") for a week, uploads of runs never resumed, are swept away. Without
// this the store grew by every large file ever received, in the home, for good.

#include "common/Result.h"
#include "site/ContentHasher.h"

#include <QCoreApplication>
#include <QDateTime>

#include <vector>

namespace ferry {

class ChunkStoreCleanup
{
    Q_DECLARE_TR_FUNCTIONS(ChunkStoreCleanup)

public:
    // How long a chunk no file took waits for the run that sent it to be resumed (counted from
    // its upload, or from the last time the agent told a run it holds it).
    static constexpr int keepUnusedDays = 7;

    // Removes these chunks from the store (those not there are skipped); returns how many went.
    static int release(const QString& storeFolder, const std::vector<Sha256>& hashes);
    // Removes whatever in the store was last written or reported held before olderThan (chunks,
    // and partial chunks a killed process left); returns how many went.
    static Result<int> sweep(const QString& storeFolder, const QDateTime& olderThan);
};

} // namespace ferry
