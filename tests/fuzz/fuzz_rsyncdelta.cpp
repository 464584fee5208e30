// libFuzzer target: librsync behind ChunkDelta, fed what a peer controls. The first byte picks
// the direction: even, the input is a delta the agent patches against its basis (an upload);
// odd, it is a signature the agent makes a delta against (a download). A patch never produces
// more than it was allowed nor reads outside its basis (ASan would see it); a delta made against
// any signature accepted is no larger than the chunk, and patching with it stays within bounds.

#include "FuzzSupport.h"
#include "net/ChunkDelta.h"

using namespace ferry;

namespace {

QByteArray pattern(int size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = quint32(seed) * 2654435761u + 1;
    for (char& byte : bytes) {
        state = state * 1103515245u + 12345u;
        byte = char(state >> 24);
    }
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    static const QByteArray basis = pattern(4096, 1);
    static const QByteArray target = [] {
        QByteArray edited = basis;
        edited.replace(1000, 16, QByteArray(16, 'e'));
        return edited;
    }();
    const QByteArray input = fuzzBytes(data + 1, size - 1);
    if (data[0] % 2 == 0) {
        auto patched = ChunkDelta::patch(basis, input, 8192);
        FERRY_FUZZ_CHECK(!patched.ok() || patched->size() <= 8192);
    } else if (auto delta = ChunkDelta::delta(input, target); delta.ok()) {
        FERRY_FUZZ_CHECK(delta->size() <= ChunkDelta::maxDeltaSize(target.size()));
        auto patched = ChunkDelta::patch(basis, delta.value(), target.size());
        FERRY_FUZZ_CHECK(!patched.ok() || patched->size() <= target.size());
    }
    return 0;
}
