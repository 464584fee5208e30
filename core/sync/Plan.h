#pragma once
// A run's plan: for each item that differs between the two sides, what the run will do. The plan
// is computed before anything is touched, shown by a dry run, and is exactly what a confirmed
// run executes.

#include "ItemState.h"
#include "model/Conflict.h"
#include "model/Profile.h"

#include <optional>
#include <vector>

namespace ferry {

enum class PlanAction {
    Push,           // the local version goes to the remote side
    Pull,           // the remote version comes to this side
    DeleteRemote,   // a local deletion is carried to the remote side
    DeleteLocal,    // a remote deletion is carried to this side
    MergeVersions,  // both sides changed it the same way: only the versions are joined
    Hold,           // not moved: a conflict waiting for review, or a change the direction excludes
};

struct ConflictDecision {
    ConflictPolicy policy = ConflictPolicy::Manual;
    ConflictWinner winner = ConflictWinner::None;  // None: pending review
    bool keepLoserCopy = false;                    // keep-both: the loser is saved beside the winner
    QString reason;                                // one sentence, for the conflict log
    qint64 recordedAs = 0;                         // already in the conflict log (pending, or decided on review)
};

struct PlannedItem {
    ItemKey key;
    PlanAction action = PlanAction::Hold;
    std::optional<ItemState> local;
    std::optional<ItemState> remote;
    std::optional<ConflictDecision> conflict;  // set when both sides changed the item
    QString note;                              // why it is held, when it is
};

struct Plan {
    std::vector<PlannedItem> items;  // deletions first, then by key

    int count(PlanAction action) const;
    int conflicts() const;
    int pendingConflicts() const;
};

} // namespace ferry
