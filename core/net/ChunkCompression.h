#pragma once
// Optional zstd compression of chunks on the wire ("application/zstd"): a chunk downloaded with
// ?encoding=zstd, or uploaded with that content type, is one zstd frame. decompress is a pure
// function over bytes that never produces more than maxSize bytes, whatever the frame claims.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace ferry {

class ChunkCompression
{
    Q_DECLARE_TR_FUNCTIONS(ChunkCompression)

public:
    static QByteArray compress(const QByteArray& bytes);
    // The compressed form when it saves at least a tenth: it pays on text (HTML, CSS, SQL dumps),
    // not on images and archives, which are sent as they are (told apart by a trial on the first
    // 4 KiB, so that they cost little).
    static std::optional<QByteArray> compressIfWorthIt(const QByteArray& bytes);
    static Result<QByteArray> decompress(const QByteArray& frame, qsizetype maxSize);
};

} // namespace ferry
