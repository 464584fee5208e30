#include "RowHarvest.h"

#include <QDateTime>

namespace ferry {

Result<qint64> RowHarvest::run(ChangeCapture& capture, SiteIndex& index, qint64 stampMs)
{
    qint64 changedRows = 0;
    for (;;) {
        auto changes = capture.pending(batchSize);
        if (!changes) {
            return changes.error();
        }
        if (changes->empty()) {
            return changedRows;
        }
        auto taken = index.takeRowChanges(changes.value(), stampMs > 0 ? stampMs : QDateTime::currentMSecsSinceEpoch());
        if (!taken) {
            return taken.error();
        }
        changedRows += taken.value();
        std::vector<qint64> ids;
        ids.reserve(changes->size());
        for (const CapturedRowChange& change : changes.value()) {
            ids.push_back(change.id);
        }
        if (auto removed = capture.acknowledge(ids); !removed) {
            return removed.error();
        }
        if (auto forgotten = index.forgetTakenChanges(ids); !forgotten) {
            return forgotten.error();
        }
    }
}

} // namespace ferry
