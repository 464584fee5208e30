#pragma once
// Hashes a file's content the way the index and the transfer need it: a list of content-defined
// chunks (FastCDC-style, normalised chunking: 16 KiB minimum, 64 KiB average, 256 KiB maximum),
// each with its SHA-256, and the file's content hash made from them (hashOfChunks). Chunk
// boundaries follow the content, so an edit in the middle of a large file changes only the
// chunks around it. SHA-256 is OpenSSL's (with SHA-NI where the processor has it).
//
// The content hash of a file of one chunk (most web files) is the SHA-256 of its bytes; of a file
// of several, the SHA-256 of its chunks' hashes in order (as Dropbox's content hash is made of its
// 4 MiB blocks' hashes). Every byte is hashed once, by its chunk, where a hash of the whole file
// beside the chunks' would hash every byte of a large file twice: on each side, at every scan and
// at every arrival. Two files with the same hash and size hold the same bytes: a list of n chunk
// hashes is 32n bytes long, and a file of n > 1 chunks is longer than that, so the same hash
// cannot name both a one-chunk file and a longer one of the same size.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <array>
#include <vector>

namespace ferry {

using Sha256 = std::array<unsigned char, 32>;

struct Chunk {
    quint64 offset = 0;
    quint32 length = 0;
    Sha256 hash{};
    bool operator==(const Chunk&) const = default;
};

struct ContentDigest {
    Sha256 hash{};
    quint64 size = 0;
    std::vector<Chunk> chunks;

    // Chunk list as stored in the index: for each chunk, its 32-byte hash and 4-byte length.
    QByteArray chunkListBytes() const;
    static std::vector<Chunk> chunksFromBytes(const QByteArray& bytes);
};

// How a chunk received from a peer fits the chunker's cuts. A file's content hash is made of its
// chunks' hashes, so a file cut anywhere else would be named otherwise than a scan of the same
// bytes names it: a receiver checks the shape of every chunk it takes.
enum class ChunkShape {
    Cut,       // the chunker cuts exactly there, wherever in a file the bytes lie
    EndsFile,  // no cut at its end: right only as a file's last chunk
    Invalid,   // a cut falls inside it, or it is empty or longer than the maximum
};

class ContentHasher
{
    Q_DECLARE_TR_FUNCTIONS(ContentHasher)

public:
    static constexpr quint32 minChunk = 16 * 1024;
    static constexpr quint32 averageChunk = 64 * 1024;
    static constexpr quint32 maxChunk = 256 * 1024;

    // Where the next chunk of data ends: an offset in (0, data.size()], given that more data may
    // follow (atEnd false) or not.
    static std::size_t nextBoundary(const unsigned char* data, std::size_t size);
    static ChunkShape shapeOf(const unsigned char* data, std::size_t length);

    static Sha256 sha256(const QByteArray& data);
    static ContentDigest digest(const QByteArray& data);
    // The content hash of a file made of these chunks, in order (see above); of no chunks, an
    // empty file's.
    static Sha256 hashOfChunks(const std::vector<Chunk>& chunks);
    static Sha256 hashOfChunkHashes(const std::vector<Sha256>& hashes);

    // Reads from an open file descriptor until its end; fails on a read error.
    static Result<ContentDigest> digestFile(int fd);

    static QByteArray hex(const Sha256& hash);

private:
    // The first cut the content makes in data[minChunk, min(size, maxChunk)), or 0 for none.
    static std::size_t contentCut(const unsigned char* data, std::size_t size);
};

} // namespace ferry
