#include "SyncRun.h"

#include "DeletionGuard.h"
#include "PeerMirror.h"
#include "Planner.h"
#include "RemoteSite.h"
#include "RunRecorder.h"
#include "SettledPlan.h"
#include "SiteLock.h"
#include "SiteWriter.h"
#include "common/TestKillPoint.h"
#include "site/GlobMatcher.h"
#include "site/SiteIndex.h"
#include "site/SiteScanner.h"
#include "store/CheckpointRepository.h"
#include "store/ConflictRepository.h"
#include "store/ProfileRepository.h"
#include "store/RelationshipRepository.h"
#include "store/SiteRepository.h"
#include "store/StateStore.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace ferry {

namespace {

constexpr int feedPage = 5000;
// Past this many moved items, reading every item at once is cheaper than looking each one up.
constexpr std::size_t movedItemsLimit = 20000;

// The items a profile covers: files its patterns include, rows of its tables.
std::vector<ItemState> inScope(std::vector<ItemState> states, const GlobMatcher& files, const QStringList& tables)
{
    std::erase_if(states, [&](const ItemState& state) {
        return state.key.kind == ItemKey::Kind::File ? !files.includesFile(state.key.name)
                                                     : !tables.contains(RunRecorder::resourceOf(state.key));
    });
    return states;
}

struct Loaded {
    Profile profile;
    Relationship relationship;
    Site site;
};

Result<Loaded> load(StateStore& store, qint64 profileId, QString profileName, const std::optional<Profile>& unsaved)
{
    Result<std::optional<Profile>> profile = std::optional<Profile>();
    if (unsaved) {
        profile = unsaved;
        profileName = unsaved->name;
    } else if (profileId > 0) {
        auto profiles = ProfileRepository(store.database()).list();
        if (!profiles) {
            return profiles.error();
        }
        for (const Profile& candidate : profiles.value()) {
            if (candidate.id == profileId) {
                profile = std::optional<Profile>(candidate);
            }
        }
        profileName = profileName.isEmpty() ? QString::number(profileId) : profileName;
    } else {
        profile = ProfileRepository(store.database()).findByName(profileName);
    }
    if (!profile) {
        return profile.error();
    }
    if (!profile.value()) {
        return fail(SyncRun::tr("There is no profile '%1'; `ferryctl profile list` shows the profiles.").arg(profileName));
    }
    auto relationships = RelationshipRepository(store.database()).list();
    auto sites = SiteRepository(store.database()).list();
    if (!relationships || !sites) {
        return !relationships ? relationships.error() : sites.error();
    }
    Loaded loaded{*profile.value(), {}, {}};
    const auto relationship = std::find_if(relationships->begin(), relationships->end(),
                                           [&](const Relationship& r) { return r.id == loaded.profile.relationshipId; });
    if (relationship == relationships->end()) {
        return fail(SyncRun::tr("Profile %1 belongs to no relationship any more.").arg(profileName));
    }
    loaded.relationship = *relationship;
    const auto site = std::find_if(sites->begin(), sites->end(), [&](const Site& s) { return s.id == relationship->siteId; });
    if (site == sites->end()) {
        return fail(SyncRun::tr("Relationship %1 names a site that no longer exists.").arg(relationship->name));
    }
    loaded.site = *site;
    return loaded;
}

qint64 liveItems(const std::vector<ItemState>& states, const QString& resource)
{
    return std::count_if(states.begin(), states.end(), [&](const ItemState& state) {
        return !state.deleted && RunRecorder::resourceOf(state.key) == resource;
    });
}

QString versionText(const std::optional<ItemState>& state)
{
    return state ? QString::fromLatin1(state->version.toText()) : QString();
}

// A reviewer's decision applies to exactly the two versions they looked at; a pending conflict
// already in the log is not recorded again on every run.
Result<void> applyReviews(Plan& plan, const PlanInput& input, StateStore& store, const QString& relationship)
{
    ConflictRepository conflicts(store.database());
    for (PlannedItem& item : plan.items) {
        if (!item.conflict || item.conflict->winner != ConflictWinner::None) {
            continue;
        }
        const QString name = item.key.itemName();
        auto latest = conflicts.latestFor(relationship, RunRecorder::resourceOf(item.key), name);
        if (!latest) {
            return latest.error();
        }
        const std::optional<Conflict>& recorded = latest.value();
        if (!recorded || recorded->local.value(QStringLiteral("version")).toString() != versionText(item.local)
            || recorded->remote.value(QStringLiteral("version")).toString() != versionText(item.remote)) {
            continue;
        }
        item.conflict->recordedAs = recorded->id;
        if (recorded->status != ConflictStatus::Resolved || recorded->winner == ConflictWinner::None) {
            continue;
        }
        item.conflict->winner = recorded->winner;
        item.conflict->keepLoserCopy = recorded->winner == ConflictWinner::Both;
        item.conflict->reason = SyncRun::tr("Decided on review by %1.").arg(recorded->resolvedBy);
        item.note.clear();
        const bool localWins = recorded->winner != ConflictWinner::Remote;
        const bool localDeleted = !item.local || item.local->deleted;
        const bool remoteDeleted = !item.remote || item.remote->deleted;
        item.action = localWins ? (localDeleted ? PlanAction::DeleteRemote : PlanAction::Push)
                                : (remoteDeleted ? PlanAction::DeleteLocal : PlanAction::Pull);
        Planner::applyDirection(input, item);
    }
    return {};
}

} // namespace

int SyncRunResult::failedItems() const
{
    int failed = 0;
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        failed += plan.items[i].action != PlanAction::Hold && !outcomes[i].done && !outcomes[i].error.isEmpty() ? 1 : 0;
    }
    return failed;
}

QString SyncRun::summary(const SyncRunResult& result)
{
    const RunTotals& t = result.run.totals;
    QString text = tr("%1 files sent, %2 received, %3 deleted; %4 rows sent, %5 received, %6 deleted")
                       .arg(t.filesSent)
                       .arg(t.filesReceived)
                       .arg(t.filesDeleted)
                       .arg(t.rowsSent)
                       .arg(t.rowsReceived)
                       .arg(t.rowsDeleted);
    if (result.plan.conflicts() > 0) {
        text += QStringLiteral("; ") + tr("%n conflict(s)", nullptr, result.plan.conflicts());
        if (result.plan.pendingConflicts() > 0) {
            text += QStringLiteral(" ") + tr("(%n waiting for review)", nullptr, result.plan.pendingConflicts());
        }
    }
    if (result.failedItems() > 0) {
        text += QStringLiteral("; ") + tr("%n item(s) failed", nullptr, result.failedItems());
    }
    return text + QLatin1Char('.');
}

Result<SyncRunResult> SyncRun::execute(const SyncRunParams& params, std::atomic_bool& cancelled,
                                       const ProgressMeter::Sink& progress)
{
    QElapsedTimer clock;
    clock.start();
    RunRecorder* recording = nullptr;  // set once the run is in state.db
    ProgressMeter meter([&](const Progress& now) {
        if (progress) {
            progress(now);
        }
        if (recording && recording->live(now)) {
            cancelled = true;  // asked from another process (the GUI's Runs panel)
        }
    });
    std::vector<PhaseTime> phases{{.name = QStringLiteral("start")}};
    QElapsedTimer phaseClock;
    phaseClock.start();
    const auto lap = [&](const QString& next) {
        phases.back().seconds = double(phaseClock.nsecsElapsed()) / 1e9;
        phaseClock.restart();
        phases.push_back({.name = next});
    };
    const auto phase = [&](const QString& name) {
        lap(name);
        meter.report(Progress{.phase = name}, true);
    };

    auto store = StateStore::open(params.homePath + QStringLiteral("/state.db"));
    if (!store) {
        return store.error();
    }
    if (params.profile && !params.dryRun) {
        return fail(tr("Only a dry run can use settings that are not saved."));
    }
    auto loaded = load(*store.value(), params.profileId, params.profileName, params.profile);
    if (!loaded) {
        return loaded.error();
    }
    const auto& [profile, relationship, site] = loaded.value();
    RunRecorder recorder(*store.value(), profile, relationship, site);
    if (auto started = recorder.start(params.trigger, params.dryRun); !started) {
        return started.error();
    }
    recording = &recorder;
    const auto stop = [&](const QString& message, bool remote = false) -> Result<SyncRunResult> {
        recorder.fail(message, cancelled ? RunState::Cancelled : RunState::Failed, remote);
        return fail(message);
    };
    // A run that ends before anything moves: a dry run, or one that stopped to ask.
    const auto endBeforeTransfer = [&](SyncRunResult& result, RunState state,
                                       const QString& message) -> Result<SyncRunResult> {
        if (auto recorded = recorder.finish({}, {}, {}, state, result.remoteSite, message); !recorded) {
            return recorded.error();
        }
        result.run = recorder.run();
        result.seconds = double(clock.elapsed()) / 1000.0;
        lap({});
        phases.pop_back();
        result.phases = std::move(phases);
        return std::move(result);
    };
    const bool initialCopy = !relationship.initialCopyDone;
    std::optional<Direction> initialFrom;
    if (initialCopy) {
        initialFrom = profile.direction != Direction::Bidirectional ? std::optional(profile.direction) : params.initialDirection;
        if (!initialFrom) {
            return stop(tr("This is relationship %1's first run, an initial copy: say which way with --initial upload "
                           "(this site over the remote) or --initial download.")
                            .arg(relationship.name));
        }
    }
    auto scope = GlobMatcher::create(profile.includes, profile.excludes);
    if (!scope) {
        return stop(scope.errorMessage());
    }
    const QStringList tables = profile.tables.isEmpty() ? site.tables : profile.tables;

    // One writer of this site at a time, from the scan to the last record.
    auto lock = SiteLock::acquire(params.homePath, site.uuid, site.name);
    if (!lock) {
        return stop(lock.errorMessage());
    }
    // Any other run of this site still marked running would hold the lock were it alive.
    if (auto all = RelationshipRepository(store.value()->database()).list(); all) {
        QStringList ofSite;
        for (const Relationship& each : *all) {
            if (each.siteId == site.id) {
                ofSite << each.name;
            }
        }
        recorder.closeInterrupted(ofSite);
    }

    phase(QStringLiteral("connect"));
    auto remote = RemoteSite::connect(params.homePath, relationship, profile.bandwidthLimitKiBps);
    if (!remote) {
        return stop(remote.errorMessage(), true);
    }

    phase(QStringLiteral("scan"));
    recorder.phase(QStringLiteral("scan"));
    // An empty files root usually means a missing mount, which must never read as "everything
    // was deleted": it stops the run until confirmed, except where an initial copy only writes.
    const bool localMayBeEmpty = params.confirmed || (initialCopy && *initialFrom == Direction::Download);
    const bool remoteMayBeEmpty = params.confirmed || (initialCopy && *initialFrom == Direction::Upload);
    const QString confirmEmpty = tr("If it is meant to be empty, run again with --yes.");
    SyncRunResult result;
    result.initialCopy = initialCopy;
    result.clockSkewMs = remote.value()->clockSkewMs();
    recorder.clockSkew(result.clockSkewMs);
    result.remoteSite = remote.value()->describe();
    if (!localMayBeEmpty && SiteScanner::isEmptyRoot(site.filesRoot)) {
        result.stops.append(SiteScanner::checkRoot(site.name, site.filesRoot).errorMessage() + QLatin1Char(' ') + confirmEmpty);
    }
    const QString indexPath = SiteIndex::pathFor(params.homePath, site.uuid);
    qint64 temporaryFiles = 0;
    if (result.stops.isEmpty()) {
        // Both sides at once: the agent scans while this side does. What this side finds is
        // stamped with the moment before the agent was asked, so that a change both sides made
        // before the run is stamped here first and there after, as newer-wins and keep-both
        // expect of two scans one after the other.
        const qint64 stampMs = QDateTime::currentMSecsSinceEpoch();
        std::optional<Result<ScanReport>> scanned;
        auto remoteScan = remote.value()->scan(remoteMayBeEmpty, [&] {
            scanned = SiteScanner::scan({.siteUuid = site.uuid,
                                         .siteName = site.name,
                                         .filesRoot = site.filesRoot,
                                         .indexPath = indexPath,
                                         .databaseUrl = site.databaseUrl,
                                         .stampMs = stampMs,
                                         .allowEmptyRoot = localMayBeEmpty},
                                        cancelled, [&](const Progress& p) { meter.report(p); });
            lap(QStringLiteral("scan.remote"));  // what is left of the agent's scan
        }, cancelled);
        if (!*scanned) {
            return stop(scanned->errorMessage());
        }
        temporaryFiles = (*scanned)->temporaryFiles;
        if (!remoteScan) {
            return stop(remoteScan.errorMessage(), true);
        }
        if (!remoteScan->emptyRoot.isEmpty()) {
            result.stops.append(remoteScan->emptyRoot + QLatin1Char(' ') + confirmEmpty);
        }
    }
    if (!result.stops.isEmpty()) {
        return endBeforeTransfer(result, RunState::Failed, result.stops.join(QLatin1Char(' ')));
    }

    phase(QStringLiteral("exchange"));
    recorder.phase(QStringLiteral("exchange"));
    auto mirror = PeerMirror::open(PeerMirror::pathFor(params.homePath, site.uuid, remote.value()->site().uuid));
    if (!mirror) {
        return stop(mirror.errorMessage());
    }
    for (;;) {
        auto after = mirror.value()->lastSequence();
        if (!after) {
            return stop(after.errorMessage());
        }
        auto page = remote.value()->changes(after.value(), feedPage);
        if (!page) {
            return stop(page.errorMessage(), true);
        }
        if (auto taken = mirror.value()->take(page.value()); !taken) {
            return stop(taken.errorMessage());
        }
        if (!page->more || cancelled) {
            break;
        }
    }
    if (cancelled) {
        return stop(tr("Cancelled before anything was transferred."));
    }

    phase(QStringLiteral("plan"));
    recorder.phase(QStringLiteral("plan"));
    auto index = SiteIndex::open(indexPath, site.uuid);
    if (!index) {
        return stop(index.errorMessage());
    }
    // Both positions before any item is read: whatever moves after them is planned next time.
    auto localSequence = index.value()->lastSequence();
    auto remoteSequence = mirror.value()->lastSequence();
    if (!localSequence || !remoteSequence) {
        return stop(!localSequence ? localSequence.errorMessage() : remoteSequence.errorMessage());
    }
    PlanInput input;
    input.localSite = site.uuid;
    input.remoteSite = remote.value()->site().uuid;
    // The site of the earlier stage (staging, the author) is the master.
    input.masterSite = site.stage <= remote.value()->site().stage ? site.uuid : remote.value()->site().uuid;
    input.direction = profile.direction;
    input.policy = profile.conflictPolicy;
    input.propagateDeletes = profile.propagateDeletes;
    const SettledPoint here { .fingerprint = SettledPlan::fingerprint(input, profile, tables),
        .localGeneration = index.value()->generation(),
        .localSequence = localSequence.value(),
        .remoteSequence = remoteSequence.value() };
    // An initial copy plans otherwise; a wizard's unsaved settings are planned in full.
    if (!initialCopy && !params.profile) {
        auto settled = mirror.value()->settled(here.fingerprint);
        if (!settled) {
            return stop(settled.errorMessage());
        }
        if (settled.value()) {
            auto moved = SettledPlan::movedSince(*settled.value(), *index.value(), here.localSequence, *mirror.value(),
                here.remoteSequence, movedItemsLimit);
            if (!moved) {
                return stop(moved.errorMessage());
            }
            if (moved.value()) {
                input.local = inScope(std::move(moved.value()->local), scope.value(), tables);
                input.remote = inScope(std::move(moved.value()->remote), scope.value(), tables);
                result.plan = Planner::plan(input);
                result.fromSettledPoint = true;
            }
        }
    }
    // The deletion guard weighs deletions against every item of a resource: a plan with
    // deletions counts them all.
    const auto isDeletion = [](const PlannedItem& item) {
        return item.action == PlanAction::DeleteLocal || item.action == PlanAction::DeleteRemote;
    };
    const bool deletes = std::any_of(result.plan.items.begin(), result.plan.items.end(), isDeletion);
    // The test suites ask for the full plan as well, to check that the settled point's is the same.
    const bool check = result.fromSettledPoint && !deletes && qEnvironmentVariableIsSet("FERRY_CHECK_SETTLED_PLAN");
    result.comparedItems = qint64(input.local.size() + input.remote.size());
    if (!result.fromSettledPoint || deletes || check) {
        auto localItems = index.value()->allItems();
        auto remoteItems = mirror.value()->states();
        if (!localItems || !remoteItems) {
            return stop(!localItems ? localItems.errorMessage() : remoteItems.errorMessage());
        }
        std::vector<ItemState> localStates;
        localStates.reserve(localItems->size());
        for (const FeedEntry& entry : localItems.value()) {
            localStates.push_back(itemStateOf(entry));
        }
        input.local = inScope(std::move(localStates), scope.value(), tables);
        input.remote = inScope(std::move(remoteItems).value(), scope.value(), tables);
        Plan full = initialCopy ? Planner::planInitialCopy(input, *initialFrom) : Planner::plan(input);
        if (check) {
            if (QString differs = SettledPlan::difference(result.plan, full); !differs.isEmpty()) {
                return stop(QStringLiteral("The plan from the settled point differs from the full plan: ") + differs);
            }
        } else {
            result.plan = std::move(full);
            result.fromSettledPoint = false;
            result.comparedItems = qint64(input.local.size() + input.remote.size());
        }
    }
    result.outcomes.assign(result.plan.items.size(), {});
    if (auto reviewed = applyReviews(result.plan, input, *store.value(), relationship.name); !reviewed) {
        return stop(reviewed.errorMessage());
    }

    if (initialCopy) {
        const bool upload = *initialFrom == Direction::Upload;
        const auto overwritten = std::count_if(result.plan.items.begin(), result.plan.items.end(), [&](const PlannedItem& item) {
            const auto& destination = upload ? item.remote : item.local;
            return destination && !destination->deleted && item.action != PlanAction::MergeVersions
                   && item.action != PlanAction::Hold;
        });
        if (overwritten > 0 && !params.confirmed) {
            result.stops.append(tr("This first run is an initial copy %1: it overwrites or deletes %n item(s) on %2, "
                                   "whose previous versions go to that side's versions area. Run again with --yes to "
                                   "go ahead.",
                                   nullptr, int(overwritten))
                                    .arg(upload ? tr("from this site to the remote") : tr("from the remote to this site"),
                                         upload ? remote.value()->describe() : site.name));
        }
    }
    // The guard weighs a resource's deletions against its items: nothing to weigh in a run
    // confirmed already, or in an initial copy (confirmed above), or in a plan without deletions
    // (the plan may be the full one by now).
    const bool weigh = !params.confirmed && !initialCopy
                       && std::any_of(result.plan.items.begin(), result.plan.items.end(), isDeletion);
    QStringList resources{QStringLiteral("files")};
    resources.append(tables);
    if (weigh) {
        for (const QString& resource : std::as_const(resources)) {
            const GuardedResource guarded{resource, liveItems(input.local, resource), liveItems(input.remote, resource)};
            Plan deletions;
            std::copy_if(result.plan.items.begin(), result.plan.items.end(), std::back_inserter(deletions.items),
                         [&](const PlannedItem& item) { return isDeletion(item) && RunRecorder::resourceOf(item.key) == resource; });
            if (auto reason = DeletionGuard::check(deletions, guarded, profile.deleteGuardPercent)) {
                result.stops.append(*reason + QLatin1Char(' ') + tr("Run again with --yes to go ahead."));
            }
        }
    }

    // Where a plan is empty, or every item of it carried out, the next run plans what moved since.
    const bool maySettle = !initialCopy && !params.profile;
    if (params.dryRun || result.needsConfirmation()) {
        if (maySettle && result.plan.items.empty()) {
            (void)mirror.value()->settle(here);
        }
        const QString message = params.dryRun ? tr("Dry run: %n change(s) planned, nothing transferred.", nullptr,
                                                   int(result.plan.items.size()))
                                              : result.stops.join(QLatin1Char(' '));
        return endBeforeTransfer(result, RunState::Succeeded, message);
    }

    // A writer cleans the files root of temporary files a crashed one left, a walk of the whole
    // tree: with nothing to write, only when the scan saw such files.
    std::unique_ptr<SiteWriter> writer;
    std::optional<PlanExecutor> executor;
    RunTotals totals;
    if (!result.plan.items.empty() || temporaryFiles > 0) {
        recorder.phase(QStringLiteral("transfer"));
        auto opened = SiteWriter::open(params.homePath, site, std::move(lock).value());
        if (!opened) {
            return stop(opened.errorMessage());
        }
        writer = std::move(opened).value();
    }
    lap(QStringLiteral("transfer"));
    if (writer) {
        executor.emplace(
            ExecutionContext { params.homePath, site, *index.value(), *writer, *remote.value(), cancelled, meter });
        result.outcomes = executor->execute(result.plan);
        totals = executor->totals();
    } else {
        totals.bytesIn = remote.value()->bytesIn();
        totals.bytesOut = remote.value()->bytesOut();
    }
    result.run = recorder.run();
    result.run.totals = totals;

    phase(QStringLiteral("record"));
    const RunState state = cancelled ? RunState::Cancelled : result.failedItems() > 0 ? RunState::Failed : RunState::Succeeded;
    // What each side has taken of the other: stored once the applies above are durable.
    auto mirrorPosition = mirror.value()->lastSequence();
    if (mirrorPosition && !cancelled) {
        Checkpoints checkpoints;
        for (const QString& resource : resources) {
            checkpoints[resource == QStringLiteral("files") ? resource : QStringLiteral("table:") + resource] = *mirrorPosition;
        }
        testKillPoint("checkpoint");
        (void)CheckpointRepository(*store.value()).write(site.id, remote.value()->site().uuid, checkpoints,
                                                         QStringLiteral("run"), QDateTime::currentDateTimeUtc());
        if (profile.direction != Direction::Download) {
            if (auto last = index.value()->lastSequence(); last) {
                Checkpoints theirs;
                for (const auto& [resource, position] : checkpoints) {
                    theirs[resource] = *last;
                }
                (void)remote.value()->writeCheckpoints(site.uuid, theirs);
            }
        }
    }
    const auto carriedOut = [&] {
        for (std::size_t i = 0; i < result.plan.items.size(); ++i) {
            if (result.plan.items[i].action == PlanAction::Hold || !result.outcomes[i].done
                || !result.outcomes[i].error.isEmpty()) {
                return false;
            }
        }
        return true;
    };
    // Every item of the plan wrote on one side at least, past the positions the plan read.
    if (maySettle && !cancelled && carriedOut()) {
        (void)mirror.value()->settle(here);
    }
    if (initialCopy && state == RunState::Succeeded) {
        Relationship done = relationship;
        done.initialCopyDone = true;
        if (auto updated = RelationshipRepository(store.value()->database()).update(done); !updated) {
            return stop(updated.errorMessage());
        }
    }
    result.run.state = state;
    const QString message = (cancelled ? tr("Cancelled: ") : QString()) + summary(result);
    if (auto recorded = recorder.finish(result.plan, result.outcomes, totals, state, result.remoteSite, message);
        !recorded) {
        return recorded.error();
    }
    result.run = recorder.run();
    result.seconds = double(clock.elapsed()) / 1000.0;
    lap({});
    phases.pop_back();
    for (const PhaseTime& step : executor ? executor->phases() : std::vector<PhaseTime>()) {
        phases.push_back({.name = QStringLiteral("transfer.") + step.name, .seconds = step.seconds});
    }
    result.phases = std::move(phases);
    meter.report(Progress{.phase = QStringLiteral("done")}, true);
    return result;
}

} // namespace ferry
