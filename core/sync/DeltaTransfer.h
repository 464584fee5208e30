#pragma once
// The delta step of a transfer: before chunks go whole, the ones whose receiver holds a basis
// (the chunks its own version of the same file has at the same place) travel as rsync-style
// deltas (ChunkDelta) instead. Upload: the agent signs its basis, this side sends deltas, the
// agent rebuilds and checks them. Download: this side signs its basis, the agent answers with
// deltas, this side rebuilds and checks them. Whatever does not work out this way (no basis, an
// agent without the capability, a delta no smaller than the chunk, a rebuilt chunk that does not
// match its hash, a failed request) is left to the whole-chunk transfer that follows: the delta
// step saves bytes, it never decides whether a run succeeds.

#include "RemoteSite.h"

#include <QString>

#include <atomic>
#include <map>
#include <vector>

namespace ferry {

class ChunkLocator;
class SiteIndex;

// Where a new chunk sits in its file: the receiver's basis is what it holds at that place.
struct ChunkPlace {
    QString path;
    quint64 offset = 0;
    quint32 length = 0;
};
using ChunkPlaces = std::map<Sha256, ChunkPlace>;

class DeltaTransfer
{
public:
    // Chunks shorter than this go whole: the signature's round trip would cost about as much.
    static constexpr quint32 minChunkBytes = 1024;
    // Whether the remote agent takes and serves chunk deltas.
    static bool available(const RemoteSite& remote);

    // Sends what it can of lacking as deltas; returns the chunks still to be sent whole.
    static std::vector<ChunkRef> push(RemoteSite& remote, const ChunkLocator& local,
        const std::vector<ChunkRef>& lacking, const ChunkPlaces& places, const RemoteSite::Moved& moved,
        const std::atomic_bool& cancelled);
    // Rebuilds what it can of needed from deltas against this side's current version of each
    // file (index and locator), into the site's chunk store; returns the chunks still to fetch.
    static std::vector<ChunkRef> pull(RemoteSite& remote, const SiteIndex& localIndex, const ChunkLocator& local,
        const QString& storeFolder, const std::vector<ChunkRef>& needed, const ChunkPlaces& places,
        const RemoteSite::Moved& moved, const std::atomic_bool& cancelled);
};

} // namespace ferry
