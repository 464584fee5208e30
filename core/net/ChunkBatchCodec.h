#pragma once
// Several chunks in one message, so that a push of many small files is not one request per
// chunk:
//   POST /v1/sites/SITE/chunks        {"v": 2, "chunks": [{"hash": 32 bytes, "data": bytes, "z": bool}]}
//   POST /v1/sites/SITE/chunks/fetch  {"v": 2, "hashes": [32 bytes]}  →  the same chunk list
// "z" marks data compressed with zstd. decode checks every bound, expands what is compressed
// (never beyond a chunk's size) and checks each chunk against its hash: what it returns is
// verified content.

#include "common/Result.h"
#include "site/ContentHasher.h"

#include <QByteArray>
#include <QCborStreamReader>
#include <QCoreApplication>

#include <vector>

namespace ferry {

struct ChunkBytes {
    Sha256 hash{};
    QByteArray bytes;  // the chunk's content
};

class ChunkBatchCodec
{
    Q_DECLARE_TR_FUNCTIONS(ChunkBatchCodec)

public:
    static constexpr int maxChunks = 256;
    // What a batch should stay under, so that it fits the agent's body limit whatever it holds.
    static constexpr qsizetype targetBytes = 2 * 1024 * 1024;

    // Compresses each chunk when that pays.
    static QByteArray encode(const std::vector<ChunkBytes>& chunks);
    static Result<std::vector<ChunkBytes>> decode(const QByteArray& bytes, qsizetype maxBytes);

    static QByteArray encodeRequest(const std::vector<Sha256>& hashes);
    static Result<std::vector<Sha256>> decodeRequest(const QByteArray& bytes);

private:
    // One chunk of a batch, read whole; number (from 1) names it in errors.
    static Result<ChunkBytes> decodeChunk(QCborStreamReader& reader, qsizetype number);
};

} // namespace ferry
