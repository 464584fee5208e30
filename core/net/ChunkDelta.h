#pragma once
// rsync-style deltas inside a chunk (librsync), so that a few bytes edited in a 64 KiB chunk cost
// about a kilobyte on the wire instead of the whole chunk. The side that holds the basis (the
// chunks its own version of the file had around the same place) makes a signature; the side with
// the new chunk makes a delta against it; the basis side patches, and keeps the result only if it
// matches the new chunk's SHA-256, exactly as for a chunk that came whole. The strong sums are
// short (4 bytes, beside a 4-byte rolling sum) because that final SHA-256 check, not librsync, is
// what guarantees the content: a collision only costs falling back to the whole chunk.
//
// signature() and delta() on our own data cannot fail for any reason a peer controls; delta() and
// patch() also take a peer's bytes (a signature on the agent when a client downloads, a delta on
// the agent when a client uploads) and check every bound before librsync sees them.

#include "common/Result.h"
#include "site/ContentHasher.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace ferry {

class ChunkDelta
{
    Q_DECLARE_TR_FUNCTIONS(ChunkDelta)

public:
    static constexpr int strongLength = 4;
    static constexpr int minBlockLength = 256;
    static constexpr int maxBlockLength = 16 * 1024;
    static constexpr int maxBasisChunks = 4;
    static constexpr qsizetype maxBasisBytes = 512 * 1024;
    // 12-byte header, then per block a 4-byte weak sum and a strong sum of at most 32 bytes.
    static constexpr qsizetype maxSignatureBytes = 12 + (maxBasisBytes / minBlockLength) * (4 + 32);

    // The block length that makes signature plus literal smallest for one small edit: the
    // signature costs (4 + strong) bytes a block, the edit one or two blocks of literal bytes.
    static int blockLength(qsizetype basisSize);
    static QByteArray signature(const QByteArray& basis);
    // Checks a signature's header and size (magic, block and strong sum lengths, whole blocks).
    static Result<void> checkSignature(const QByteArray& signature);
    // Fails once the delta would exceed maxDeltaSize(target.size()).
    static Result<QByteArray> delta(const QByteArray& signature, const QByteArray& target);
    static qsizetype maxDeltaSize(qsizetype targetSize);
    // Never produces more than maxSize bytes nor reads outside the basis, whatever the delta says.
    static Result<QByteArray> patch(const QByteArray& basis, const QByteArray& delta, qsizetype maxSize);
    // patch(), kept only when the result is exactly the chunk named (its length and SHA-256).
    static Result<QByteArray> rebuild(
        const QByteArray& basis, const QByteArray& delta, quint32 length, const Sha256& hash);
    // Whether sending the delta costs less than sending the chunk whole (each compressed when
    // that pays, as ChunkBatchCodec and ChunkDeltaCodec do).
    static bool pays(const QByteArray& delta, const QByteArray& chunk);

    // Which chunks of the receiver's current version of a file serve as the basis for the new
    // chunk at [offset, offset + length): those that overlap that range (the chunk at the same
    // place after an in-place edit, its neighbours after an insertion moved a boundary), else the
    // file's last chunk (the file grew). At most maxBasisChunks and maxBasisBytes.
    static std::vector<Chunk> basisFor(const std::vector<Chunk>& current, quint64 offset, quint32 length);
};

} // namespace ferry
