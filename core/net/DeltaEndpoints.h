#pragma once
// The agent's side of the delta exchange (ChunkDelta, ChunkDeltaCodec), kept apart from
// AgentEndpoints, which routes to it:
//   POST /v1/sites/SITE/chunks/signatures   signatures of the basis chunks for new chunks of files
//   POST /v1/sites/SITE/chunks/deltas       rebuild pushed chunks from deltas (push right needed)
//   POST /v1/sites/SITE/chunks/delta-fetch  deltas of the site's chunks against a client's signatures
// A rebuilt chunk is checked against its SHA-256 and stored where a pushed chunk waits (the site's
// chunk store in the home, never the files root), exactly as a chunk that came whole.

#include "AgentEndpoints.h"

#include <QCoreApplication>

namespace ferry {

class ChunkLocator;
class SiteIndex;

class DeltaEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(DeltaEndpoints)

public:
    static AgentReply signatures(
        const SiteIndex& index, const ChunkLocator& locator, const AgentRequest& request);
    static AgentReply storeDeltas(
        const QString& homePath, const Site& site, const ChunkLocator& locator, const AgentRequest& request);
    static AgentReply fetchDeltas(const Site& site, const ChunkLocator& locator, const AgentRequest& request);
};

} // namespace ferry
