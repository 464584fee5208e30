#pragma once
// The messages of the delta exchange (ChunkDelta), for a chunk the receiver lacks but can rebuild
// from the chunks its own version of the file had at the same place:
//
//   upload (the agent holds the basis):
//   POST /v1/sites/SITE/chunks/signatures  {"v": 2, "chunks": [{"path": text, "at": offset, "len": length}]}
//                                       →  {"v": 2, "sigs": [{"basis": [32-byte hash], "sig": bytes}]}
//                                          (one per question, in order; no basis: empty list, empty sig)
//   POST /v1/sites/SITE/chunks/deltas      {"v": 2, "deltas": [delta]}  (push right)
//                                       →  a chunk list (ChunkListCodec) of those not rebuilt
//   download (the client holds the basis):
//   POST /v1/sites/SITE/chunks/delta-fetch {"v": 2, "chunks": [{"hash": 32 bytes, "sig": bytes}]}
//                                       →  {"v": 2, "deltas": [delta]}  (one per question, in order;
//                                          an empty "delta" when the chunk is better sent whole)
//   delta: {"hash": the new chunk, "len": its length, "basis": [32-byte hash], "delta": bytes, "z": bool}
//
// "basis" names the chunks, concatenated, the signature was made of (in an upload; in a download
// answer it is empty, the client knows its own basis); "z" marks a delta compressed
// with zstd. decode checks every bound (counts, lengths, hash sizes, relative paths, signature
// headers) and expands what is compressed, never beyond a chunk's size. It cannot check a delta:
// only the basis side can, by patching and comparing the result with "hash".

#include "common/Result.h"
#include "site/ContentHasher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace ferry {

struct BasisQuestion {
    QString path; // the file the new chunk belongs to
    quint64 offset = 0;
    quint32 length = 0;
};

struct BasisSignature {
    std::vector<Sha256> basis; // empty: no basis here
    QByteArray signature;
};

struct DeltaQuestion {
    Sha256 hash {};
    QByteArray signature;
};

struct ChunkDeltaBytes {
    Sha256 hash {};
    quint32 length = 0;
    std::vector<Sha256> basis;
    QByteArray delta; // uncompressed; empty in a download answer: fetch the chunk whole
};

class ChunkDeltaCodec
{
    Q_DECLARE_TR_FUNCTIONS(ChunkDeltaCodec)

public:
    static constexpr int maxEntries = 256;
    // A delta is sent only when it is smaller than its chunk, so one always fits a message.
    static constexpr qsizetype maxDeltaBytes = 256 * 1024 + 1024;

    static QByteArray encodeQuestions(const std::vector<BasisQuestion>& questions);
    static Result<std::vector<BasisQuestion>> decodeQuestions(const QByteArray& bytes);
    static QByteArray encodeSignatures(const std::vector<BasisSignature>& signatures);
    static Result<std::vector<BasisSignature>> decodeSignatures(const QByteArray& bytes, qsizetype maxBytes);
    static QByteArray encodeDeltaQuestions(const std::vector<DeltaQuestion>& questions);
    static Result<std::vector<DeltaQuestion>> decodeDeltaQuestions(const QByteArray& bytes);
    // Compresses each delta when that pays.
    static QByteArray encodeDeltas(const std::vector<ChunkDeltaBytes>& deltas);
    static Result<std::vector<ChunkDeltaBytes>> decodeDeltas(const QByteArray& bytes, qsizetype maxBytes);
    // What encodeDeltas will take for this delta, about (to fill a message up to a size).
    static qsizetype wireSize(const ChunkDeltaBytes& delta);
};

} // namespace ferry
