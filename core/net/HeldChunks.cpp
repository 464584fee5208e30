#include "HeldChunks.h"

#include <QDateTime>
#include <QMutex>

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
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

void HeldChunks::setBudget(qint64 bytes)
{
    Holding& state = holding();
    const QMutexLocker lock(&state.mutex);
    state.budget = std::max<qint64>(bytes, 0);
}

qint64 HeldChunks::budget()
{
    Holding& state = holding();
    const QMutexLocker lock(&state.mutex);
    return state.budget;
}

bool HeldChunks::hold(const QString& storeFolder, const Sha256& hash, const QByteArray& bytes)
{
    Holding& state = holding();
    const QMutexLocker lock(&state.mutex);
    auto key = std::make_pair(storeFolder, hash);
    if (const auto held = state.chunks.find(key); held != state.chunks.end()) {
        held->second.usedMs = nowMs();
        return true;
    }
    if (state.bytes + bytes.size() > state.budget) {
        return false;
    }
    // A chunk cut from a larger buffer would keep all of it alive: held as its own copy then.
    QByteArray own = bytes.capacity() > bytes.size() + 4096 ? QByteArray(bytes.constData(), bytes.size()) : bytes;
    state.bytes += own.size();
    state.chunks.emplace(std::move(key), Held{std::move(own), nowMs()});
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
            state.bytes -= held->second.bytes.size();
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
    // for one meanwhile finds it held.
    int moved = 0;
    for (const auto& [key, bytes] : unused) {
        if (!write(key.first, key.second, bytes)) {
            continue;
        }
        const QMutexLocker lock(&state.mutex);
        if (const auto held = state.chunks.find(key); held != state.chunks.end()) {
            state.bytes -= held->second.bytes.size();
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
