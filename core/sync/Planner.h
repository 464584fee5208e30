#pragma once
// Plans a run: a pure function from what each side knows of its items (versions, content
// hashes, tombstones) and the profile's direction and policies to the list of actions. Version
// vectors decide: a version that includes the other side's moves to it; two that do not include
// each other are a conflict, settled by the policy. Wall clocks never decide whether something is
// a conflict. No I/O, so it is tested on thousands of random histories.

#include "Plan.h"

#include <QCoreApplication>
#include <QUuid>

namespace ferry {

struct PlanInput {
    std::vector<ItemState> local;
    std::vector<ItemState> remote;
    QUuid localSite;
    QUuid remoteSite;
    QUuid masterSite;
    Direction direction = Direction::Bidirectional;
    ConflictPolicy policy = ConflictPolicy::Manual;
    bool propagateDeletes = true;
};

class Planner
{
    Q_DECLARE_TR_FUNCTIONS(Planner)

public:
    static Plan plan(const PlanInput& input);
    // A relationship's first run: the source side (local for an upload, remote for a download)
    // is copied over the destination whatever the versions say; what only the destination has
    // is deleted (when the profile carries deletions). Items that already match only have their
    // versions joined. Nothing here is a conflict: the administrator chose the direction.
    static Plan planInitialCopy(const PlanInput& input, Direction from);

private:
    static std::optional<PlannedItem> planItem(const PlanInput& input, const ItemKey& key, const ItemState* local,
                                               const ItemState* remote);
    static void applyDirection(const PlanInput& input, PlannedItem& item);
};

} // namespace ferry
