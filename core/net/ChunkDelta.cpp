#include "ChunkDelta.h"

#include "ChunkCompression.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <librsync.h>
#include <mutex>

namespace ferry {

namespace {

constexpr qsizetype headerBytes = 12;

void quiet(rs_loglevel /*level*/, const char* /*message*/)
{
    // librsync reports a damaged delta or signature on stderr; we report it as a Result instead.
}

void silenceLibrsync()
{
    static std::once_flag once;
    std::call_once(once, [] {
        rs_trace_to(&quiet);
        rs_trace_set_level(RS_LOG_EMERG);
    });
}

// Runs a librsync job over one whole input; the output may not exceed maxOutput bytes.
Result<QByteArray> run(
    rs_job_t* job, const QByteArray& input, qsizetype maxOutput, const QString& tooLarge, const QString& damaged)
{
    if (job == nullptr) {
        return fail(damaged);
    }
    QByteArray output(maxOutput + 1, Qt::Uninitialized);
    rs_buffers_t buffers {};
    buffers.next_in = const_cast<char*>(input.constData()); // librsync only reads it
    buffers.avail_in = std::size_t(input.size());
    buffers.eof_in = 1;
    buffers.next_out = output.data();
    buffers.avail_out = std::size_t(output.size());
    rs_result result = RS_RUNNING;
    while (true) {
        const std::size_t inBefore = buffers.avail_in;
        const std::size_t outBefore = buffers.avail_out;
        result = rs_job_iter(job, &buffers);
        if (result != RS_BLOCKED) {
            break;
        }
        if (buffers.avail_out == 0) {
            rs_job_free(job);
            return fail(tooLarge);
        }
        if (buffers.avail_in == inBefore && buffers.avail_out == outBefore) {
            result = RS_INPUT_ENDED; // no input left and nothing more coming out: cut short
            break;
        }
    }
    rs_job_free(job);
    if (result != RS_DONE) {
        return fail(damaged);
    }
    const qsizetype produced = output.size() - qsizetype(buffers.avail_out);
    if (produced > maxOutput) {
        return fail(tooLarge);
    }
    output.truncate(produced);
    return output;
}

struct Basis {
    const char* data;
    qsizetype size;
};

rs_result copyFromBasis(void* opaque, rs_long_t position, std::size_t* length, void** buffer)
{
    const Basis* basis = static_cast<const Basis*>(opaque);
    if (position < 0 || position >= basis->size) {
        return RS_CORRUPT;
    }
    *length = std::min<std::size_t>(*length, std::size_t(basis->size - position));
    *buffer = const_cast<char*>(basis->data + position); // librsync copies from it, never writes
    return RS_DONE;
}

} // namespace

qsizetype ChunkDelta::maxDeltaSize(qsizetype targetSize)
{
    return targetSize * 3 / 4 + 64;
}

int ChunkDelta::blockLength(qsizetype basisSize)
{
    // Minimises basisSize / b * (4 + strong) + b: b = sqrt(basisSize * (4 + strong)), in 64s.
    const double best = std::sqrt(double(std::max<qsizetype>(basisSize, 1)) * (4 + strongLength));
    const int rounded = int(std::lround(best / 64.0)) * 64;
    return std::clamp(rounded, minBlockLength, maxBlockLength);
}

QByteArray ChunkDelta::signature(const QByteArray& basis)
{
    silenceLibrsync();
    const int block = blockLength(basis.size());
    const qsizetype blocks = (basis.size() + block - 1) / block;
    auto made = run(rs_sig_begin(std::size_t(block), strongLength, RS_RK_BLAKE2_SIG_MAGIC), basis,
        headerBytes + blocks * (4 + strongLength), QString(), QString());
    return made ? made.value() : QByteArray();
}

Result<void> ChunkDelta::checkSignature(const QByteArray& signature)
{
    if (signature.size() < headerBytes + 4 + 1 || signature.size() > maxSignatureBytes) {
        return fail(tr("A chunk signature has %1 bytes; it must have between %2 and %3.")
                        .arg(signature.size())
                        .arg(headerBytes + 5)
                        .arg(maxSignatureBytes));
    }
    const auto* bytes = reinterpret_cast<const uchar*>(signature.constData());
    const quint32 magic = qFromBigEndian<quint32>(bytes);
    const quint32 block = qFromBigEndian<quint32>(bytes + 4);
    const quint32 strong = qFromBigEndian<quint32>(bytes + 8);
    if (magic != RS_RK_BLAKE2_SIG_MAGIC) {
        return fail(tr("A chunk signature is not of the kind this build reads (RabinKarp and BLAKE2)."));
    }
    if (block < quint32(minBlockLength) || block > quint32(maxBlockLength) || strong < 4 || strong > 32) {
        return fail(tr("A chunk signature has blocks of %1 bytes and strong sums of %2; this build takes blocks of "
                       "%3 to %4 bytes and sums of 4 to 32.")
                        .arg(block)
                        .arg(strong)
                        .arg(minBlockLength)
                        .arg(maxBlockLength));
    }
    const qsizetype perBlock = 4 + qsizetype(strong);
    const qsizetype body = signature.size() - headerBytes;
    if (body % perBlock != 0 || body / perBlock > (maxBasisBytes + block - 1) / block) {
        return fail(
            tr("A chunk signature does not hold whole blocks of a basis of at most %1 bytes.").arg(maxBasisBytes));
    }
    return {};
}

Result<QByteArray> ChunkDelta::delta(const QByteArray& signature, const QByteArray& target)
{
    silenceLibrsync();
    if (auto checked = checkSignature(signature); !checked) {
        return checked.error();
    }
    rs_signature_t* sums = nullptr;
    const QString damaged = tr("The chunk signature is damaged.");
    auto loaded = run(rs_loadsig_begin(&sums), signature, 0, damaged, damaged);
    if (!loaded || sums == nullptr || rs_build_hash_table(sums) != RS_DONE) {
        if (sums != nullptr) {
            rs_free_sumset(sums);
        }
        return loaded ? Result<QByteArray>(fail(damaged)) : Result<QByteArray>(loaded.error());
    }
    // A delta near the chunk's own size is of no use: the chunk goes whole then. Stopping there
    // also spares scanning the rest of a chunk that has little in common with the basis.
    auto made = run(rs_delta_begin(sums), target, maxDeltaSize(target.size()),
        tr("The delta would be larger than the chunk."), tr("The delta could not be made."));
    rs_free_sumset(sums);
    return made;
}

Result<QByteArray> ChunkDelta::patch(const QByteArray& basis, const QByteArray& delta, qsizetype maxSize)
{
    silenceLibrsync();
    Basis source { basis.constData(), basis.size() };
    return run(rs_patch_begin(&copyFromBasis, &source), delta, maxSize,
        tr("The delta would rebuild more than %1 bytes.").arg(maxSize), tr("The delta is damaged."));
}

Result<QByteArray> ChunkDelta::rebuild(
    const QByteArray& basis, const QByteArray& delta, quint32 length, const Sha256& hash)
{
    if (basis.isEmpty() || delta.isEmpty()) {
        return fail(
            tr("There is no basis to rebuild chunk %1 from.").arg(QString::fromLatin1(ContentHasher::hex(hash))));
    }
    auto patched = patch(basis, delta, qsizetype(length));
    if (!patched) {
        return patched;
    }
    if (patched->size() != qsizetype(length) || ContentHasher::sha256(patched.value()) != hash) {
        return fail(tr("Chunk %1 rebuilt from its delta does not match its hash.")
                        .arg(QString::fromLatin1(ContentHasher::hex(hash))));
    }
    return patched;
}

bool ChunkDelta::pays(const QByteArray& delta, const QByteArray& chunk)
{
    // Small against the chunk: no compression of the chunk comes near; spare compressing it.
    if (delta.size() * 8 <= chunk.size()) {
        return true;
    }
    const qsizetype deltaWire = ChunkCompression::compressIfWorthIt(delta).value_or(delta).size();
    const qsizetype chunkWire = ChunkCompression::compressIfWorthIt(chunk).value_or(chunk).size();
    return deltaWire < chunkWire;
}

std::vector<Chunk> ChunkDelta::basisFor(const std::vector<Chunk>& current, quint64 offset, quint32 length)
{
    std::vector<Chunk> basis;
    qsizetype bytes = 0;
    const quint64 end = offset + length;
    for (const Chunk& chunk : current) {
        if (chunk.offset < end && chunk.offset + chunk.length > offset) {
            if (basis.size() >= std::size_t(maxBasisChunks) || bytes + qsizetype(chunk.length) > maxBasisBytes) {
                break;
            }
            basis.push_back(chunk);
            bytes += qsizetype(chunk.length);
        }
    }
    if (basis.empty() && !current.empty() && current.back().length > 0) {
        basis.push_back(current.back());
    }
    return basis;
}

} // namespace ferry
