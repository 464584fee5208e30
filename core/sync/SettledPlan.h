#pragma once
// Plans a run from what moved since the profile's last settled point, instead of from every
// item of both sides. The planner decides each item from its two states and the profile's
// settings alone, so where planning every item left nothing to do (a settled point), an item
// neither side changed since still plans nothing: only the items either side's feed moved past
// the point need planning. A no-change run then reads nothing but two positions.
//
// What makes a point settled, and when it is written, is SyncRun's: after a plan that was empty,
// or whose every item was carried out (each of them wrote on one side at least, so it moved past
// the point). Anything else — an item held, failed or cancelled, a review waiting — writes none,
// and the next run plans from the older point, where those items moved too.

#include "PeerMirror.h"
#include "Planner.h"
#include "common/Result.h"
#include "model/Profile.h"

#include <optional>

namespace ferry {

class SiteIndex;

// The two sides' states of the items that moved since a settled point.
struct MovedItems {
    std::vector<ItemState> local;
    std::vector<ItemState> remote;
};

class SettledPlan
{
public:
    // Everything besides the items' states that the plan depends on: the profile's direction,
    // policies and scope, and which site is the master. A change to any of them is another
    // fingerprint, whose points (if any) were settled under those settings.
    static QString fingerprint(const PlanInput& settings, const Profile& profile, const QStringList& tables);

    // The states of the items that moved since the point, on either side (both states of each).
    // Nothing when the point does not apply (the local index was made anew since, or either side's
    // position is behind it) or when more than limit items moved: then every item is planned.
    static Result<std::optional<MovedItems>> movedSince(const SettledPoint& point, const SiteIndex& index,
        qint64 localSequence, const PeerMirror& mirror, qint64 remoteSequence, std::size_t limit);

    // The first item two plans disagree on ("" when they are the same), for the test suites'
    // check that a plan from a settled point is the full plan.
    static QString difference(const Plan& fromPoint, const Plan& full);
};

} // namespace ferry
