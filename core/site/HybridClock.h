#pragma once
// A hybrid logical clock (Kulkarni et al.): timestamps that follow wall time but never go
// backwards and always order a change after the changes it has seen, even when clocks of peers
// disagree. Used by the newer-wins policy; never to decide whether something is a conflict.

#include <QtGlobal>

namespace ferry {

struct HybridTimestamp {
    qint64 wallMs = 0;    // milliseconds since the epoch
    quint32 logical = 0;  // orders events within the same millisecond

    // Packed into 64 bits (48 bits of milliseconds, 16 logical) for storage and comparison.
    quint64 packed() const { return (quint64(wallMs) << 16) | (logical & 0xFFFF); }
    static HybridTimestamp fromPacked(quint64 value) { return {qint64(value >> 16), quint32(value & 0xFFFF)}; }

    auto operator<=>(const HybridTimestamp&) const = default;
};

class HybridClock
{
public:
    explicit HybridClock(HybridTimestamp last = {});

    // A timestamp for a local change at physical time nowMs.
    HybridTimestamp tick(qint64 nowMs);
    // Takes in a timestamp seen from a peer, so later local changes are ordered after it.
    HybridTimestamp receive(HybridTimestamp remote, qint64 nowMs);

    HybridTimestamp last() const { return m_last; }

private:
    HybridTimestamp m_last;
};

} // namespace ferry
