#pragma once
// A list of chunk hashes as CBOR, {"v": 2, "chunks": [32-byte strings]}: the body of POST
// /v1/sites/SITE/chunks/lacking ("which of these do you lack?") and of its answer. decode is a
// pure function over bytes: at most wire::maxChunksPerList hashes, each exactly 32 bytes.

#include "common/Result.h"
#include "site/ContentHasher.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace ferry {

class ChunkListCodec
{
    Q_DECLARE_TR_FUNCTIONS(ChunkListCodec)

public:
    static QByteArray encode(const std::vector<Sha256>& hashes);
    static Result<std::vector<Sha256>> decode(const QByteArray& bytes);

    // 64 lowercase hex digits to a hash (as in a chunk's URL), or why not.
    static Result<Sha256> parseHex(const QString& text);
    static QString toHex(const Sha256& hash);
};

} // namespace ferry
