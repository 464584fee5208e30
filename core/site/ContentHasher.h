#pragma once
// Hashes a file's content the way the index and the transfer need it: SHA-256 of the whole file,
// and a list of content-defined chunks (FastCDC-style, normalised chunking: 16 KiB minimum,
// 64 KiB average, 256 KiB maximum), each with its own SHA-256. Chunk boundaries follow the
// content, so an edit in the middle of a large file changes only the chunks around it.
// SHA-256 is OpenSSL's (with SHA-NI where the processor has it).

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

// SHA-256 over bytes that arrive in pieces (a file being received).
class Sha256Stream
{
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream&) = delete;
    Sha256Stream& operator=(const Sha256Stream&) = delete;

    void add(const char* data, std::size_t size);
    Sha256 finish();

private:
    void* m_context;  // EVP_MD_CTX, kept out of the header
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

    static Sha256 sha256(const QByteArray& data);
    static ContentDigest digest(const QByteArray& data);

    // Reads from an open file descriptor until its end; fails on a read error.
    static Result<ContentDigest> digestFile(int fd);

    static QByteArray hex(const Sha256& hash);
};

} // namespace ferry
