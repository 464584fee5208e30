#pragma once
// What a run leaves in state.db for administrators: the run itself (state, phase, totals), one
// sync-log entry per item it moved, held or failed plus a summary, and a conflict record for
// every item both sides changed, whatever the policy decided.

#include "Plan.h"
#include "common/Progress.h"
#include "PlanExecutor.h"
#include "model/LogEntry.h"
#include "model/Profile.h"
#include "model/Relationship.h"
#include "model/Run.h"
#include "model/Site.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <map>

namespace ferry {

class StateStore;

class RunRecorder
{
    Q_DECLARE_TR_FUNCTIONS(RunRecorder)

public:
    RunRecorder(StateStore& store, const Profile& profile, const Relationship& relationship, const Site& site);

    Result<Run> start(RunTrigger trigger, bool dryRun);
    void phase(const QString& phase);
    void clockSkew(qint64 milliseconds);
    // With the site's write lock held: the site's other runs still marked running are dead.
    void closeInterrupted(const QStringList& relationshipsOfSite);
    // Shares the run's progress with the other processes on the home (throttled); true once one
    // of them has asked the run to stop.
    bool live(const Progress& progress);
    // The run could not go on: one error entry, the run marked failed (or cancelled).
    void fail(const QString& message, RunState state = RunState::Failed, bool remoteError = false);
    // Conflicts, log entries, the run's totals and state, in one transaction.
    Result<void> finish(const Plan& plan, const std::vector<ItemOutcome>& outcomes, const RunTotals& totals,
                        RunState state, const QString& remoteSiteName, const QString& summary);

    const Run& run() const { return m_run; }
    static QString resourceOf(const ItemKey& key);
    // Items that simply moved, logged one by one per resource, direction and action.
    static constexpr qint64 itemsLoggedEach = 500;
    static constexpr qint64 liveIntervalMs = 1000;

private:
    Result<void> recordConflict(const PlannedItem& item, const ItemOutcome& outcome, const QString& remoteSiteName);
    Result<void> recordItem(const PlannedItem& item, const ItemOutcome& outcome);
    LogEntry entryFor(const QString& resource, LogMode mode, const QString& action) const;
    LogEntry runEntry() const;  // the run's own entries: its summary, or why it stopped

    StateStore& m_store;
    Profile m_profile;
    Relationship m_relationship;
    Site m_site;
    Run m_run;
    std::map<QString, qint64> m_plainCounts;  // resource, direction, action → items moved
    QElapsedTimer m_liveClock;
    QString m_livePhase;
    bool m_cancelAsked = false;
};

} // namespace ferry
