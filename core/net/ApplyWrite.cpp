#include "ApplyWrite.h"

#include "ApplyBatchCodec.h"
#include "NetLogging.h"
#include "sync/SiteWriter.h"

#include <algorithm>

namespace ferry {

namespace {

const QByteArray cborType = QByteArrayLiteral("application/cbor");

std::vector<AgentReply> everyOne(std::size_t count, const AgentReply& reply)
{
    return std::vector<AgentReply>(count, reply);
}

} // namespace

bool ApplyBatchWrite::hasDeletions() const
{
    return std::any_of(items->begin(), items->end(), [](const ApplyItem& item) { return item.deleted; });
}

bool ApplyWrite::joinable(const ApplyBatchWrite& first, const ApplyBatchWrite& next)
{
    return first.site.uuid == next.site.uuid && first.homePath == next.homePath && !first.hasDeletions()
           && !next.hasDeletions();
}

std::vector<AgentReply> ApplyWrite::run(SiteIndexCache& indexes, const std::vector<const ApplyBatchWrite*>& batches)
{
    if (batches.empty()) {
        return {};
    }
    const ApplyBatchWrite& first = *batches.front();
    auto index = AgentEndpoints::indexIn(indexes, first.homePath, first.site);
    if (!index) {
        return everyOne(batches.size(), AgentEndpoints::error(500, index.errorMessage()));
    }
    auto writer = SiteWriter::open(first.homePath, first.site, 5000, std::move(index).value());
    if (!writer) {
        return everyOne(batches.size(), AgentEndpoints::error(409, writer.errorMessage()));
    }
    std::vector<ApplyItem> joined;
    if (batches.size() > 1) {
        std::size_t total = 0;
        for (const ApplyBatchWrite* batch : batches) {
            total += batch->items->size();
        }
        joined.reserve(total);
        for (const ApplyBatchWrite* batch : batches) {
            joined.insert(joined.end(), batch->items->begin(), batch->items->end());
        }
    }
    const std::vector<ApplyOutcome> outcomes = writer.value()->apply(batches.size() > 1 ? joined : *first.items);
    std::vector<AgentReply> replies;
    auto from = outcomes.begin();
    for (const ApplyBatchWrite* batch : batches) {
        const std::vector<ApplyOutcome> own(from, from + qsizetype(batch->items->size()));
        from += qsizetype(batch->items->size());
        const auto applied = std::count_if(own.begin(), own.end(), [](const ApplyOutcome& o) { return o.applied; });
        const QString joinedWith = batches.size() > 1 ? QStringLiteral(" (%1 batches written as one)").arg(batches.size())
                                                      : QString();
        qCInfo(lcAgent).noquote() << QStringLiteral("applied %1 of %2 items to %3 from %4%5")
                                         .arg(applied)
                                         .arg(own.size())
                                         .arg(batch->site.name, batch->peer, joinedWith);
        replies.push_back({200, cborType, ApplyBatchCodec::encodeOutcomes(own)});
    }
    return replies;
}

} // namespace ferry
