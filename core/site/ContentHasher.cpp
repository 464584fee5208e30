#include "ContentHasher.h"

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace ferry {
namespace {

// The gear table: 256 fixed pseudo-random words. Fixed for ever, since chunk boundaries must be
// the same on every installation for chunks to be shared.
const std::array<quint64, 256>& gear()
{
    static const std::array<quint64, 256> table = [] {
        std::array<quint64, 256> values{};
        quint64 state = 0x6665727279ULL;  // "ferry"
        for (auto& value : values) {
            // splitmix64
            quint64 z = (state += 0x9E3779B97F4A7C15ULL);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            value = z ^ (z >> 31);
        }
        return values;
    }();
    return table;
}

// Normalised chunking: harder to cut before the average size, easier after it. The masks test
// the top bits, which depend on the last 64 bytes seen.
constexpr quint64 maskBeforeAverage = ~0ULL << (64 - 18);
constexpr quint64 maskAfterAverage = ~0ULL << (64 - 14);

const EVP_MD* sha256Algorithm()
{
    // Fetched once: OpenSSL 3's implicit fetch on every call costs more than hashing a small file.
    static EVP_MD* algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return algorithm;
}

Sha256 sha256Of(const unsigned char* data, std::size_t size)
{
    Sha256 out{};
    unsigned int length = 0;
    EVP_Digest(data, size, out.data(), &length, sha256Algorithm(), nullptr);
    return out;
}

// Chunks data[0, size) completely (the end of data is the end of the file).
void appendChunks(const unsigned char* data, std::size_t size, quint64 baseOffset, std::vector<Chunk>& chunks)
{
    std::size_t done = 0;
    while (done < size) {
        const std::size_t length = ContentHasher::nextBoundary(data + done, size - done);
        chunks.push_back({baseOffset + done, quint32(length), sha256Of(data + done, length)});
        done += length;
    }
}

} // namespace

std::size_t ContentHasher::nextBoundary(const unsigned char* data, std::size_t size)
{
    if (size <= minChunk) {
        return size;
    }
    const std::size_t cut = contentCut(data, size);
    return cut != 0 ? cut : std::min<std::size_t>(size, maxChunk);
}

ChunkShape ContentHasher::shapeOf(const unsigned char* data, std::size_t length)
{
    if (length == 0 || length > maxChunk) {
        return ChunkShape::Invalid;
    }
    if (length <= minChunk) {
        return ChunkShape::EndsFile;  // no cut falls in the first minChunk bytes
    }
    const std::size_t cut = contentCut(data, length);
    if (cut == length || (cut == 0 && length == maxChunk)) {
        return ChunkShape::Cut;
    }
    return cut == 0 ? ChunkShape::EndsFile : ChunkShape::Invalid;
}

std::size_t ContentHasher::contentCut(const unsigned char* data, std::size_t size)
{
    const auto& table = gear();
    const std::size_t end = std::min<std::size_t>(size, maxChunk);
    const std::size_t normal = std::min<std::size_t>(end, averageChunk);
    quint64 fingerprint = 0;
    std::size_t i = minChunk;  // no cut can fall in the first minChunk bytes: skip them
    for (; i < normal; ++i) {
        fingerprint = (fingerprint << 1) + table[data[i]];
        if ((fingerprint & maskBeforeAverage) == 0) {
            return i + 1;
        }
    }
    for (; i < end; ++i) {
        fingerprint = (fingerprint << 1) + table[data[i]];
        if ((fingerprint & maskAfterAverage) == 0) {
            return i + 1;
        }
    }
    return 0;
}

Sha256 ContentHasher::sha256(const QByteArray& data)
{
    return sha256Of(reinterpret_cast<const unsigned char*>(data.constData()), std::size_t(data.size()));
}

ContentDigest ContentHasher::digest(const QByteArray& data)
{
    ContentDigest digest;
    digest.size = quint64(data.size());
    appendChunks(reinterpret_cast<const unsigned char*>(data.constData()), std::size_t(data.size()), 0, digest.chunks);
    digest.hash = hashOfChunks(digest.chunks);
    return digest;
}

Sha256 ContentHasher::hashOfChunks(const std::vector<Chunk>& chunks)
{
    std::vector<Sha256> hashes;
    hashes.reserve(chunks.size());
    for (const Chunk& chunk : chunks) {
        hashes.push_back(chunk.hash);
    }
    return hashOfChunkHashes(hashes);
}

Sha256 ContentHasher::hashOfChunkHashes(const std::vector<Sha256>& hashes)
{
    if (hashes.size() == 1) {
        return hashes.front();
    }
    static_assert(sizeof(Sha256) == 32, "chunk hashes are hashed as they are stored: 32 bytes each");
    return sha256Of(reinterpret_cast<const unsigned char*>(hashes.data()), hashes.size() * sizeof(Sha256));
}

Result<ContentDigest> ContentHasher::digestFile(int fd)
{
    constexpr std::size_t block = 1024 * 1024;
    QByteArray pending;
    pending.reserve(qsizetype(block + maxChunk));
    qsizetype start = 0;  // pending[start, size) is not chunked yet
    ContentDigest result;
    quint64 chunkedUpTo = 0;
    bool atEnd = false;
    while (!atEnd) {
        const qsizetype before = pending.size();
        pending.resize(before + qsizetype(block));
        ssize_t got = 0;
        do {
            got = ::read(fd, pending.data() + before, block);
        } while (got < 0 && errno == EINTR);
        if (got < 0) {
            return fail(tr("Could not read the file (%1).").arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
        pending.resize(before + got);
        atEnd = got == 0;
        result.size += quint64(got);
        const auto* bytes = reinterpret_cast<const unsigned char*>(pending.constData());
        // Cut chunks only from a full window (or at the end), so boundaries never depend on how
        // the reads happened to fall.
        while (pending.size() - start >= qsizetype(maxChunk) || (atEnd && pending.size() > start)) {
            const std::size_t length = nextBoundary(bytes + start, std::size_t(pending.size() - start));
            result.chunks.push_back({chunkedUpTo, quint32(length), sha256Of(bytes + start, length)});
            chunkedUpTo += length;
            start += qsizetype(length);
        }
        if (start > qsizetype(block)) {
            pending.remove(0, start);
            start = 0;
        }
    }
    result.hash = hashOfChunks(result.chunks);
    return result;
}

QByteArray ContentHasher::hex(const Sha256& hash)
{
    return QByteArray(reinterpret_cast<const char*>(hash.data()), qsizetype(hash.size())).toHex();
}

QByteArray ContentDigest::chunkListBytes() const
{
    QByteArray bytes;
    bytes.reserve(qsizetype(chunks.size() * 36));
    for (const Chunk& chunk : chunks) {
        bytes.append(reinterpret_cast<const char*>(chunk.hash.data()), 32);
        const quint32 length = chunk.length;
        const char big[4] = {char(length >> 24), char(length >> 16), char(length >> 8), char(length)};
        bytes.append(big, 4);
    }
    return bytes;
}

std::vector<Chunk> ContentDigest::chunksFromBytes(const QByteArray& bytes)
{
    std::vector<Chunk> chunks;
    quint64 offset = 0;
    for (qsizetype at = 0; at + 36 <= bytes.size(); at += 36) {
        Chunk chunk;
        std::memcpy(chunk.hash.data(), bytes.constData() + at, 32);
        const auto* l = reinterpret_cast<const unsigned char*>(bytes.constData() + at + 32);
        chunk.length = (quint32(l[0]) << 24) | (quint32(l[1]) << 16) | (quint32(l[2]) << 8) | quint32(l[3]);
        chunk.offset = offset;
        offset += chunk.length;
        chunks.push_back(chunk);
    }
    return chunks;
}

} // namespace ferry
