#pragma once
// Progress of a long job (a scan, a run), as a value copied across threads: phase, items and
// bytes done and total, a smoothed rate and an ETA. ProgressMeter turns raw counts into such
// values and hands them on a few times a second at most.

#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

namespace ferry {

// One item a run has just finished with, for a live log (the run's detail view).
struct ProgressLine {
    enum class Kind { Sent, Received, DeletedThere, DeletedHere, Failed };
    Kind kind = Kind::Sent;
    QString item;   // a path, or "table: key"
    QString error;  // Failed: why
};

struct Progress {
    QString phase;             // e.g. "walk", "hash", "index"
    qint64 itemsDone = 0;
    qint64 itemsTotal = -1;    // -1: not known yet
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1;
    double bytesPerSecond = 0;
    qint64 etaSeconds = -1;    // -1: not known (yet)
    QString currentItem;
    QList<ProgressLine> lines;  // items finished since the last report
    qint64 linesLeftOut = 0;    // finished too fast to list: counted only
};

class ProgressMeter
{
public:
    using Sink = std::function<void(const Progress&)>;

    explicit ProgressMeter(Sink sink, int intervalMs = 250);

    // Passes progress on if the last report is older than the interval, or when forced (phase
    // changes, the end).
    void report(Progress progress, bool force = false);
    // Keeps a finished item for the next report; past maxPendingLines they are only counted.
    void note(ProgressLine line);

    static constexpr int maxPendingLines = 200;

private:
    Sink m_sink;
    int m_intervalMs;
    QElapsedTimer m_clock;
    qint64 m_lastReportMs = -1;
    qint64 m_lastBytes = 0;
    qint64 m_lastRateMs = 0;
    double m_rate = 0;
    QString m_phase;
    QList<ProgressLine> m_lines;
    qint64 m_linesLeftOut = 0;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::Progress)
