#include "HeldChunks.h"

#include <QMutex>

#include <chrono>
#include <map>

namespace ferry {

namespace {

struct Held {
    QByteArray bytes;
    qint64 usedMs = 0;
};

struct Holding {
    QMutex mutex;
    qint64 budget = 0;
    qint64 bytes = 0;
    std::map<std::pair<QString, Sha256>, Held> chunks;
};

Holding& holding()
{
    static Holding state;
    return state;
}

qint64 nowMs()
{
    // Monotonic: a clock set back or forward must not make every chunk look unused, or none.
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

void HeldChunks::setBudget(qint64 bytes)
{
    Holding& state = holding();
    const QMutexLocker lock(&state.mutex);
    state.budget = std::max<qint64>(bytes, 0);
}

bool HeldChunks::hold(const QString& storeFolder, const Sha256& hash, const QByteArray& bytes)
{
    Holding& state = holding();
    const QMutexLocker lock(&state.mutex);
    if (state.budget == 0) {
        return false;
    }
    auto key = std::make_pair(storeFolder, hash);
    if (const auto held = state.chunks.find(key); held != state.chunks.end()) {
        held->second.usedMs = nowMs();
        return true;
    }
    // Held as its own copy when it shares a larger buffer (which it would keep alive) or points
    // into someone else's (fromRawData: capacity 0), which could change under it unchecked.
    const bool own = bytes.capacity() >= bytes.size() && bytes.capacity() <= bytes.size() + 4096;
    const qsizetype cost = own ? bytes.capacity() : bytes.size();
    if (state.bytes + cost > state.budget) {
        return false;
    }
    QByteArray kept = own ? bytes : QByteArray(bytes.constData(), bytes.size());
    state.bytes += kept.capacity();  // what it takes, not what it says
    state.chunks.emplace(std::move(key), Held{std::move(kept), nowMs()});
    return true;
}

std::optional<QByteArray> HeldChunks::find(const QString& storeFolder, const Sha256& hash)
{
    Holding& state = holding();
    const QMutexLocker lock(&state.mutex);
    const auto held = state.chunks.find(std::make_pair(storeFolder, hash));
    if (held == state.chunks.end()) {
        return std::nullopt;
    }
    held->second.usedMs = nowMs();
    return held->second.bytes;
}

bool HeldChunks::contains(const QString& storeFolder, const Sha256& hash)
{
    Holding& state = holding();
    const QMutexLocker lock(&state.mutex);
    return state.chunks.contains(std::make_pair(storeFolder, hash));
}

void HeldChunks::release(const QString& storeFolder, const std::vector<Sha256>& hashes)
{
    Holding& state = holding();
    const QMutexLocker lock(&state.mutex);
    if (state.chunks.empty()) {
        return;
    }
    for (const Sha256& hash : hashes) {
        if (const auto held = state.chunks.find(std::make_pair(storeFolder, hash)); held != state.chunks.end()) {
            state.bytes -= held->second.bytes.capacity();
            state.chunks.erase(held);
        }
    }
}

int HeldChunks::spillUnused(qint64 idleMs, const Writer& write)
{
    Holding& state = holding();
    std::vector<std::pair<std::pair<QString, Sha256>, QByteArray>> unused;
    {
        const QMutexLocker lock(&state.mutex);
        const qint64 before = nowMs() - idleMs;
        for (const auto& [key, held] : state.chunks) {
            if (held.usedMs <= before) {
                unused.emplace_back(key, held.bytes);
            }
        }
    }
    // Written without the lock (the disk is slow), and let go only once on disk: a writer looking
    // for one meanwhile finds it held. One released meanwhile (its file built) may be left on
    // disk by this; the store's sweep removes it a week later.
    int moved = 0;
    for (const auto& [key, bytes] : unused) {
        if (!write(key.first, key.second, bytes)) {
            continue;
        }
        const QMutexLocker lock(&state.mutex);
        if (const auto held = state.chunks.find(key); held != state.chunks.end()) {
            state.bytes -= held->second.bytes.capacity();
            state.chunks.erase(held);
            ++moved;
        }
    }
    return moved;
}

qint64 HeldChunks::heldBytes()
{
    Holding& state = holding();
    const QMutexLocker lock(&state.mutex);
    return state.bytes;
}

void HeldChunks::clear()
{
    Holding& state = holding();
    const QMutexLocker lock(&state.mutex);
    state.chunks.clear();
    state.bytes = 0;
}

} // namespace ferry
