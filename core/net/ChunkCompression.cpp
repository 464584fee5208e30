#include "ChunkCompression.h"

#include <zstd.h>

namespace ferry {

namespace {

// One context per thread, kept: creating one for every chunk (what ZSTD_compress does) costs more
// than compressing a small chunk.
struct Contexts {
    ZSTD_CCtx* compress = ZSTD_createCCtx();
    ZSTD_DCtx* decompress = ZSTD_createDCtx();
    ~Contexts()
    {
        ZSTD_freeCCtx(compress);
        ZSTD_freeDCtx(decompress);
    }
};

Contexts& contexts()
{
    thread_local Contexts kept;
    return kept;
}

} // namespace

QByteArray ChunkCompression::compress(const QByteArray& bytes)
{
    QByteArray frame(qsizetype(ZSTD_compressBound(std::size_t(bytes.size()))), Qt::Uninitialized);
    ZSTD_CCtx* context = contexts().compress;
    if (context == nullptr) {
        return {};
    }
    // Level 1, zstd's fastest standard level: on a site's text it makes frames about 2% larger
    // than the default level 3, and about 20% faster. A first copy compresses hundreds of MB on
    // the same cores that encrypt and write, so speed counts for more than those 2%.
    const std::size_t size = ZSTD_compressCCtx(context, frame.data(), std::size_t(frame.size()), bytes.constData(),
                                               std::size_t(bytes.size()), 1);
    if (ZSTD_isError(size) != 0U) {
        return {};
    }
    frame.truncate(qsizetype(size));
    return frame;
}

Result<QByteArray> ChunkCompression::decompress(const QByteArray& frame, qsizetype maxSize)
{
    const unsigned long long declared = ZSTD_getFrameContentSize(frame.constData(), std::size_t(frame.size()));
    if (declared == ZSTD_CONTENTSIZE_ERROR) {
        return fail(tr("The compressed chunk is not a zstd frame."));
    }
    if (declared != ZSTD_CONTENTSIZE_UNKNOWN && declared > static_cast<unsigned long long>(maxSize)) {
        return fail(tr("The compressed chunk would expand to more than %1 bytes.").arg(maxSize));
    }
    // Streaming into a buffer of at most maxSize + 1 bytes: a frame that lies about its size, or
    // does not say, still cannot make us allocate more.
    QByteArray output(maxSize + 1, Qt::Uninitialized);
    ZSTD_DCtx* context = contexts().decompress;
    if (context == nullptr) {
        return fail(tr("The compressed chunk is not a zstd frame."));
    }
    // A frame left half-read by an earlier error must not carry over into this one.
    ZSTD_DCtx_reset(context, ZSTD_reset_session_only);
    ZSTD_inBuffer in{frame.constData(), std::size_t(frame.size()), 0};
    ZSTD_outBuffer out{output.data(), std::size_t(output.size()), 0};
    std::size_t remaining = 1;
    while (in.pos < in.size && out.pos < out.size) {
        remaining = ZSTD_decompressStream(context, &out, &in);
        if (ZSTD_isError(remaining) != 0U) {
            break;
        }
        if (remaining == 0) {
            break;
        }
    }
    if (ZSTD_isError(remaining) != 0U || remaining != 0 || in.pos != in.size) {
        if (out.pos > std::size_t(maxSize)) {
            return fail(tr("The compressed chunk would expand to more than %1 bytes.").arg(maxSize));
        }
        return fail(tr("The compressed chunk is truncated or damaged."));
    }
    if (out.pos > std::size_t(maxSize)) {
        return fail(tr("The compressed chunk would expand to more than %1 bytes.").arg(maxSize));
    }
    output.truncate(qsizetype(out.pos));
    return output;
}

std::optional<QByteArray> ChunkCompression::compressIfWorthIt(const QByteArray& bytes)
{
    // Images, archives and other compressed content make up much of a site and never shrink:
    // a trial on a sample first, so that they do not pay for compressing the whole thing. Text
    // shrinks well within its first few KiB.
    constexpr qsizetype sample = 4096;
    if (bytes.size() > 4 * sample) {
        const QByteArray head = bytes.first(sample);
        if (compress(head).size() > sample - sample / 20) {
            return std::nullopt;
        }
    }
    QByteArray compressed = compress(bytes);
    if (compressed.size() < bytes.size() - bytes.size() / 10) {
        return compressed;
    }
    return std::nullopt;
}

} // namespace ferry
