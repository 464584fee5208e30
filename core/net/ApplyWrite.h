#pragma once
// POST …/apply on the agent's site-writing thread: one batch, or several batches of one site that
// came one after the other and were still waiting, written as one. A push keeps several batches
// in flight, so while one is written the next ones queue; written together they share one round
// of the writer's work that does not grow with the items: the site's lock, the two syncfs that
// make the files and then their renames durable, one transaction of rows, one of the index. Each
// batch is still answered with its own items' outcomes, and a batch with deletions is written on
// its own (the client sends it alone, after every batch before it is answered).

#include "AgentEndpoints.h"
#include "ApplyBatch.h"
#include "model/Site.h"

#include <memory>
#include <vector>

namespace ferry {

class SiteIndexCache;

struct ApplyBatchWrite {
    QString homePath;
    Site site;
    QString peer;  // for the log
    std::shared_ptr<const std::vector<ApplyItem>> items;

    bool hasDeletions() const;
};

class ApplyWrite
{
public:
    // At most this many batches are written as one: their content is in memory anyway (it came
    // in their requests), but the answer to the first waits for the last.
    static constexpr std::size_t maxJoined = 4;

    // Whether next may be written together with first: the same site, neither with deletions.
    static bool joinable(const ApplyBatchWrite& first, const ApplyBatchWrite& next);
    // The answers, one per batch, in order.
    static std::vector<AgentReply> run(SiteIndexCache& indexes, const std::vector<const ApplyBatchWrite*>& batches);
};

} // namespace ferry
