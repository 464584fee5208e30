#include "Progress.h"

#include <utility>

namespace ferry {

ProgressMeter::ProgressMeter(Sink sink, int intervalMs)
    : m_sink(std::move(sink))
    , m_intervalMs(intervalMs)
{
    m_clock.start();
}

void ProgressMeter::report(Progress progress, bool force)
{
    if (!m_sink) {
        return;
    }
    const qint64 now = m_clock.elapsed();
    if (progress.phase != m_phase) {
        m_phase = progress.phase;
        m_lastBytes = progress.bytesDone;
        m_lastRateMs = now;
        m_rate = 0;
        force = true;
    }
    if (!force && m_lastReportMs >= 0 && now - m_lastReportMs < m_intervalMs) {
        return;
    }
    if (now > m_lastRateMs) {
        // Exponential smoothing keeps the rate (and so the ETA) from jumping with every file.
        const double instant = double(progress.bytesDone - m_lastBytes) * 1000.0 / double(now - m_lastRateMs);
        m_rate = m_rate == 0 ? instant : 0.7 * m_rate + 0.3 * instant;
        m_lastBytes = progress.bytesDone;
        m_lastRateMs = now;
    }
    progress.bytesPerSecond = m_rate;
    if (m_rate > 0 && progress.bytesTotal >= progress.bytesDone) {
        progress.etaSeconds = qint64(double(progress.bytesTotal - progress.bytesDone) / m_rate);
    }
    m_lastReportMs = now;
    progress.lines = std::exchange(m_lines, {});
    progress.linesLeftOut = std::exchange(m_linesLeftOut, 0);
    m_sink(progress);
}

void ProgressMeter::note(ProgressLine line)
{
    if (m_lines.size() < maxPendingLines) {
        m_lines.append(std::move(line));
    } else {
        ++m_linesLeftOut;
    }
}

} // namespace ferry
