#include "ConflictResolver.h"

namespace ferry {

ConflictWinner ConflictResolver::newer(const ConflictSides& sides)
{
    if (sides.local.timestamp != sides.remote.timestamp) {
        return sides.local.timestamp > sides.remote.timestamp ? ConflictWinner::Local : ConflictWinner::Remote;
    }
    // The same instant: an order both sides agree on, so both reach the same decision.
    return sides.localSite < sides.remoteSite ? ConflictWinner::Local : ConflictWinner::Remote;
}

ConflictDecision ConflictResolver::decide(ConflictPolicy policy, const ConflictSides& sides)
{
    ConflictDecision decision;
    decision.policy = policy;
    switch (policy) {
    case ConflictPolicy::Manual:
        decision.reason = tr("Both sides changed it; waiting for your decision.");
        return decision;
    case ConflictPolicy::LocalWins:
        decision.winner = ConflictWinner::Local;
        decision.reason = tr("Both sides changed it; this site's version wins.");
        return decision;
    case ConflictPolicy::RemoteWins:
        decision.winner = ConflictWinner::Remote;
        decision.reason = tr("Both sides changed it; the remote site's version wins.");
        return decision;
    case ConflictPolicy::MasterWins:
        if (sides.masterSite.isNull() || (sides.masterSite != sides.localSite && sides.masterSite != sides.remoteSite)) {
            decision.reason = tr("Both sides changed it and neither is the master site; waiting for your decision.");
            return decision;
        }
        decision.winner = sides.masterSite == sides.localSite ? ConflictWinner::Local : ConflictWinner::Remote;
        decision.reason = tr("Both sides changed it; the master site's version wins.");
        return decision;
    case ConflictPolicy::NewerWins:
        decision.winner = newer(sides);
        decision.reason = tr("Both sides changed it; the newer change wins.");
        return decision;
    case ConflictPolicy::KeepBoth:
        if (sides.local.deleted != sides.remote.deleted) {
            // A deletion against an edit: keeping the edit keeps both, since nothing is lost.
            decision.winner = sides.local.deleted ? ConflictWinner::Remote : ConflictWinner::Local;
            decision.reason = tr("One side deleted it, the other changed it; the changed version is kept.");
            return decision;
        }
        decision.winner = newer(sides);
        if (sides.local.key.kind == ItemKey::Kind::Row) {
            decision.reason = tr("Both sides changed the row, which cannot be kept twice; the newer change wins and "
                                 "the other stays in the conflict log.");
            return decision;
        }
        decision.keepLoserCopy = true;
        decision.reason = tr("Both sides changed it; the newer version keeps the name, the other is kept beside it.");
        return decision;
    }
    return decision;
}

} // namespace ferry
