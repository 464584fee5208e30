#pragma once
// What the tray says about a home, worked out from the snapshots the GUI reads every few seconds:
// all good, conflicts waiting, or a relationship whose last run failed; and which of those are
// new since the previous snapshot, to notify about once. The first snapshot is the baseline: what
// was already there when Ferry started is shown, not announced.

#include "HomeSnapshot.h"

#include <QCoreApplication>

#include <set>
#include <vector>

namespace ferry {

struct Attention {
    enum class State { AllGood, ConflictsWaiting, RunFailed };
    State state = State::AllGood;
    QString summary; // one or two sentences for a tooltip
};

struct AttentionNotice {
    enum class Kind { RunFailed, ConflictsWaiting };
    Kind kind = Kind::RunFailed;
    QString title;
    QString text;
};

class AttentionWatch
{
    Q_DECLARE_TR_FUNCTIONS(AttentionWatch)

public:
    std::vector<AttentionNotice> update(const HomeSnapshot& snapshot);
    const Attention& attention() const { return m_attention; }

private:
    Attention m_attention;
    bool m_baselineTaken = false;
    std::set<qint64> m_failedRunsSeen;
    std::set<qint64> m_pendingConflictsSeen;
};

} // namespace ferry
