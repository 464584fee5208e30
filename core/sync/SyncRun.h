#pragma once
// One run of a profile: connect → scan both sides → exchange change feeds → plan → (stop and
// ask, when a guard says so) → transfer → apply → record. Synchronous: callers put it on a
// worker thread (the GUI, the scheduler) or call it from the CLI; it is cancelled through an
// atomic flag and reports Progress a few times a second.
//
// Interrupted anywhere, a run leaves both sites whole: every file and batch of rows is applied
// atomically, and the next run plans from the two sites' full states again, so it completes
// what is left (chunks already sent are not sent again).

#include "Plan.h"
#include "PlanExecutor.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "model/Profile.h"
#include "model/Run.h"

#include <QCoreApplication>

#include <atomic>
#include <optional>

namespace ferry {

struct SyncRunParams {
    QString homePath;
    QString profileName;
    qint64 profileId = 0;                       // when set, the profile is found by it (the name is for messages)
    std::optional<Profile> profile;             // a dry run of settings not saved yet (a wizard's Preview)
    bool dryRun = false;
    bool confirmed = false;                     // --yes: an initial copy, or deletions past the guard
    std::optional<Direction> initialDirection;  // the first run of a bidirectional profile
    RunTrigger trigger = RunTrigger::CommandLine;
};

struct SyncRunResult {
    Run run;                 // as recorded in state.db
    Plan plan;
    std::vector<ItemOutcome> outcomes;
    bool initialCopy = false;
    QStringList stops;       // why the run stopped to ask; nothing was transferred
    qint64 clockSkewMs = 0;
    double seconds = 0;
    // Where the seconds went: start, connect, scan, exchange, plan, transfer, record in run order,
    // then transfer's own steps as transfer.download, transfer.upload, transfer.apply, ….
    std::vector<PhaseTime> phases;
    QString remoteSite;
    // Items whose two states the plan compared: every item of both sides, or, from a settled
    // point on, only those that moved since (none when nothing changed).
    qint64 comparedItems = 0;
    bool fromSettledPoint = false;

    int failedItems() const;
    bool needsConfirmation() const { return !stops.isEmpty(); }
};

class SyncRun
{
    Q_DECLARE_TR_FUNCTIONS(SyncRun)

public:
    // An error when the run could not start or stopped on a failure that concerns all of it (the
    // agent is unreachable, a files root is missing); the result otherwise, failed items included.
    static Result<SyncRunResult> execute(const SyncRunParams& params, std::atomic_bool& cancelled,
                                         const ProgressMeter::Sink& progress = {});

    static QString summary(const SyncRunResult& result);
};

} // namespace ferry
