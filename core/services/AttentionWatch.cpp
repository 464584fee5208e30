#include "AttentionWatch.h"

#include <map>

namespace ferry {

std::vector<AttentionNotice> AttentionWatch::update(const HomeSnapshot& snapshot)
{
    // A relationship is in trouble when its newest run failed; a later success clears it.
    std::map<QString, const Run*> newest;
    for (const Run& run : snapshot.recentRuns) { // newest first
        newest.emplace(run.relationshipName, &run);
    }
    QStringList failing;
    for (const auto& [name, run] : newest) {
        if (run->state == RunState::Failed) {
            failing << name;
        }
    }

    std::vector<AttentionNotice> notices;
    for (const Run& run : snapshot.recentRuns) {
        if (run.state != RunState::Failed || !m_failedRunsSeen.insert(run.id).second || !m_baselineTaken) {
            continue;
        }
        notices.push_back({ .kind = AttentionNotice::Kind::RunFailed,
            .title = tr("%1: a run failed").arg(run.relationshipName),
            .text = run.message.isEmpty() ? tr("Profile %1 did not finish.").arg(run.profileName)
                                          : tr("Profile %1: %2").arg(run.profileName, run.message) });
    }
    int newConflicts = 0;
    QString firstItem;
    for (const Conflict& conflict : snapshot.conflicts) {
        if (conflict.status != ConflictStatus::PendingReview || !m_pendingConflictsSeen.insert(conflict.id).second) {
            continue;
        }
        if (m_baselineTaken) {
            ++newConflicts;
            firstItem = conflict.item + QStringLiteral(" (") + conflict.relationship + QLatin1Char(')');
        }
    }
    if (newConflicts > 0) {
        notices.push_back({ .kind = AttentionNotice::Kind::ConflictsWaiting,
            .title = tr("%n conflict(s) need your decision", nullptr, newConflicts),
            .text = newConflicts == 1 ? firstItem : tr("Open Conflicts in Ferry to review them.") });
    }
    m_baselineTaken = true;

    if (!failing.isEmpty()) {
        m_attention.state = Attention::State::RunFailed;
        m_attention.summary = tr("The last run failed for %1.").arg(failing.join(QStringLiteral(", ")));
        if (snapshot.pendingConflictCount > 0) {
            m_attention.summary += QLatin1Char(' ')
                + tr("%n conflict(s) waiting for your decision.", nullptr, int(snapshot.pendingConflictCount));
        }
    } else if (snapshot.pendingConflictCount > 0) {
        m_attention.state = Attention::State::ConflictsWaiting;
        m_attention.summary = tr("%n conflict(s) waiting for your decision.", nullptr, int(snapshot.pendingConflictCount));
    } else {
        m_attention.state = Attention::State::AllGood;
        m_attention.summary
            = snapshot.relationships.empty() ? tr("No relationship yet.") : tr("All relationships in step.");
    }
    return notices;
}

} // namespace ferry
