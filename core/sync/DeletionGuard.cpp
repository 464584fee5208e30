#include "DeletionGuard.h"

namespace ferry {
namespace {

bool exceeds(qint64 deletions, qint64 items, int percent)
{
    return deletions > 0 && items > 0 && deletions * 100 > qint64(percent) * items;
}

} // namespace

std::optional<QString> DeletionGuard::check(const Plan& plan, const GuardedResource& resource, int percent)
{
    const qint64 remote = plan.count(PlanAction::DeleteRemote);
    const qint64 local = plan.count(PlanAction::DeleteLocal);
    if (exceeds(remote, resource.remoteItems, percent)) {
        return tr("This run would delete %1 of the %2 items of %3 on the remote site (%4%), more than the limit of "
                  "%5%. Check that nothing is missing here, then confirm.")
            .arg(remote)
            .arg(resource.remoteItems)
            .arg(resource.name)
            .arg(remote * 100 / resource.remoteItems)
            .arg(percent);
    }
    if (exceeds(local, resource.localItems, percent)) {
        return tr("This run would delete %1 of the %2 items of %3 on this site (%4%), more than the limit of %5%. "
                  "Check that nothing is missing on the remote site, then confirm.")
            .arg(local)
            .arg(resource.localItems)
            .arg(resource.name)
            .arg(local * 100 / resource.localItems)
            .arg(percent);
    }
    return std::nullopt;
}

} // namespace ferry
