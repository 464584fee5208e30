#pragma once
// Settles an item both sides changed since they last agreed, by the profile's policy. Pure: the
// same inputs always give the same decision, whichever side computes it. Every conflict is
// recorded whatever the decision; manual leaves it for review and the rest of the run goes on.

#include "ItemState.h"
#include "Plan.h"

#include <QCoreApplication>
#include <QUuid>

namespace ferry {

struct ConflictSides {
    const ItemState& local;
    const ItemState& remote;
    QUuid localSite;
    QUuid remoteSite;
    QUuid masterSite;  // master-wins: the site whose version wins (usually the author stage)
};

class ConflictResolver
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolver)

public:
    static ConflictDecision decide(ConflictPolicy policy, const ConflictSides& sides);

private:
    static ConflictWinner newer(const ConflictSides& sides);
};

} // namespace ferry
