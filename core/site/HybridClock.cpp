#include "HybridClock.h"

#include <algorithm>

namespace ferry {

HybridClock::HybridClock(HybridTimestamp last)
    : m_last(last)
{
}

HybridTimestamp HybridClock::tick(qint64 nowMs)
{
    if (nowMs > m_last.wallMs) {
        m_last = {nowMs, 0};
    } else {
        ++m_last.logical;
    }
    return m_last;
}

HybridTimestamp HybridClock::receive(HybridTimestamp remote, qint64 nowMs)
{
    const qint64 wall = std::max({m_last.wallMs, remote.wallMs, nowMs});
    quint32 logical = 0;
    if (wall == m_last.wallMs && wall == remote.wallMs) {
        logical = std::max(m_last.logical, remote.logical) + 1;
    } else if (wall == m_last.wallMs) {
        logical = m_last.logical + 1;
    } else if (wall == remote.wallMs) {
        logical = remote.logical + 1;
    }
    m_last = {wall, logical};
    return m_last;
}

} // namespace ferry
