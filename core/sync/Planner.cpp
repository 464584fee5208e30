#include "Planner.h"

#include "ConflictResolver.h"
#include "common/StablePartitionFew.h"

#include <algorithm>
#include <map>

namespace ferry {
namespace {

bool isDeletion(PlanAction action)
{
    return action == PlanAction::DeleteRemote || action == PlanAction::DeleteLocal;
}

// The local side's version moves to the remote side (or the remote's comes here).
PlanAction outgoing(const ItemState& local)
{
    return local.deleted ? PlanAction::DeleteRemote : PlanAction::Push;
}

PlanAction incoming(const ItemState& remote)
{
    return remote.deleted ? PlanAction::DeleteLocal : PlanAction::Pull;
}

} // namespace

int Plan::count(PlanAction action) const
{
    return int(std::count_if(items.begin(), items.end(), [action](const PlannedItem& i) { return i.action == action; }));
}

int Plan::conflicts() const
{
    return int(std::count_if(items.begin(), items.end(), [](const PlannedItem& i) { return i.conflict.has_value(); }));
}

int Plan::pendingConflicts() const
{
    return int(std::count_if(items.begin(), items.end(), [](const PlannedItem& i) {
        return i.conflict && i.conflict->winner == ConflictWinner::None;
    }));
}

std::optional<PlannedItem> Planner::planItem(const PlanInput& input, const ItemKey& key, const ItemState* local,
                                             const ItemState* remote)
{
    PlannedItem item;
    item.key = key;
    if (local) {
        item.local = *local;
    }
    if (remote) {
        item.remote = *remote;
    }
    // An item one side has never heard of compares as an empty version: the other side's wins.
    const ItemState none{key, true, {}, {}, {}, 0};
    const ItemState& l = local ? *local : none;
    const ItemState& r = remote ? *remote : none;
    if (!local && l.deleted && r.deleted) {
        return std::nullopt;
    }
    switch (l.version.compare(r.version)) {
    case VersionVector::Order::Equal:
        // In step. Rows carry no content hash: for them the equal version is the evidence.
        if (l.sameContentAs(r) || (l.deleted == r.deleted && (l.hash == Sha256{} || r.hash == Sha256{}))) {
            return std::nullopt;
        }
        break;  // the same version with different content cannot happen honestly: treat as a conflict
    case VersionVector::Order::Dominates:
        if (!remote && l.deleted) {
            return std::nullopt;  // deleted before the other side ever had it
        }
        item.action = l.sameContentAs(r) ? PlanAction::MergeVersions : outgoing(l);
        return item;
    case VersionVector::Order::Dominated:
        if (!local && r.deleted) {
            return std::nullopt;
        }
        item.action = l.sameContentAs(r) ? PlanAction::MergeVersions : incoming(r);
        return item;
    case VersionVector::Order::Concurrent:
        if (l.sameContentAs(r)) {
            item.action = PlanAction::MergeVersions;  // both made the same change: no conflict
            return item;
        }
        break;
    }
    const ConflictDecision decision = ConflictResolver::decide(
        input.policy, ConflictSides{l, r, input.localSite, input.remoteSite, input.masterSite});
    item.conflict = decision;
    switch (decision.winner) {
    case ConflictWinner::None:
        item.action = PlanAction::Hold;
        item.note = decision.reason;
        break;
    case ConflictWinner::Local:
    case ConflictWinner::Both:
        item.action = outgoing(l);
        break;
    case ConflictWinner::Remote:
        item.action = incoming(r);
        break;
    }
    return item;
}

void Planner::applyDirection(const PlanInput& input, PlannedItem& item)
{
    const bool goesOut = item.action == PlanAction::Push || item.action == PlanAction::DeleteRemote;
    const bool comesIn = item.action == PlanAction::Pull || item.action == PlanAction::DeleteLocal;
    if (goesOut && input.direction == Direction::Download) {
        item.action = PlanAction::Hold;
        item.note = tr("Changed here, but this profile only downloads.");
    } else if (comesIn && input.direction == Direction::Upload) {
        item.action = PlanAction::Hold;
        item.note = tr("Changed on the remote site, but this profile only uploads.");
    } else if (isDeletion(item.action) && !input.propagateDeletes) {
        item.action = PlanAction::Hold;
        item.note = tr("Deleted on one side; this profile does not carry deletions.");
    }
}

Plan Planner::plan(const PlanInput& input)
{
    std::map<ItemKey, std::pair<const ItemState*, const ItemState*>> byKey;
    for (const ItemState& state : input.local) {
        byKey[state.key].first = &state;
    }
    for (const ItemState& state : input.remote) {
        byKey[state.key].second = &state;
    }
    Plan plan;
    // Reserved: a plan item is large, and growing the vector item by item moved 110,000 of them
    // several times over in a large site's initial copy.
    plan.items.reserve(byKey.size());
    for (const auto& [key, sides] : byKey) {
        auto item = planItem(input, key, sides.first, sides.second);
        if (!item) {
            continue;
        }
        applyDirection(input, *item);
        plan.items.push_back(std::move(*item));
    }
    // Deletions first: they are what an administrator most needs to see before saying yes.
    stablePartitionFew(plan.items, [](const PlannedItem& item) { return isDeletion(item.action); });
    return plan;
}

Plan Planner::planInitialCopy(const PlanInput& input, Direction from)
{
    std::map<ItemKey, std::pair<const ItemState*, const ItemState*>> byKey;
    for (const ItemState& state : input.local) {
        byKey[state.key].first = &state;
    }
    for (const ItemState& state : input.remote) {
        byKey[state.key].second = &state;
    }
    const bool upload = from == Direction::Upload;
    Plan plan;
    // Reserved: a plan item is large, and growing the vector item by item moved 110,000 of them
    // several times over in a large site's initial copy.
    plan.items.reserve(byKey.size());
    for (const auto& [key, sides] : byKey) {
        const ItemState* source = upload ? sides.first : sides.second;
        const ItemState* destination = upload ? sides.second : sides.first;
        const bool sourceLive = source && !source->deleted;
        const bool destinationLive = destination && !destination->deleted;
        if (!sourceLive && !destinationLive) {
            continue;
        }
        PlannedItem item;
        item.key = key;
        if (sides.first) {
            item.local = *sides.first;
        }
        if (sides.second) {
            item.remote = *sides.second;
        }
        if (sourceLive && destinationLive && source->sameContentAs(*destination)) {
            if (source->version == destination->version) {
                continue;
            }
            item.action = PlanAction::MergeVersions;
        } else if (sourceLive) {
            item.action = upload ? PlanAction::Push : PlanAction::Pull;
        } else if (input.propagateDeletes) {
            item.action = upload ? PlanAction::DeleteRemote : PlanAction::DeleteLocal;
        } else {
            item.action = PlanAction::Hold;
            item.note = tr("Only on the destination; this profile does not carry deletions.");
        }
        plan.items.push_back(std::move(item));
    }
    stablePartitionFew(plan.items, [](const PlannedItem& item) { return isDeletion(item.action); });
    return plan;
}

} // namespace ferry
