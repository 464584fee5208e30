#pragma once
// Moves captured row changes from a content database into the site's index: each change gets a
// new version and a place in the change feed, then leaves the capture table. Safe to interrupt
// at any step: a change taken into the index but not yet removed from the database is
// recognised by its capture id next time and not counted twice.

#include "ChangeCapture.h"
#include "SiteIndex.h"

namespace ferry {

class RowHarvest
{
public:
    static constexpr int batchSize = 5000;

    // Returns how many rows changed. stampMs: when they are stamped (0: as each batch is taken).
    static Result<qint64> run(ChangeCapture& capture, SiteIndex& index, qint64 stampMs = 0);
};

} // namespace ferry
