#include "RunRecorder.h"

#include "site/ContentHasher.h"
#include "store/ConflictRepository.h"
#include "store/LiveRunRepository.h"
#include "store/RunRepository.h"
#include "store/StateStore.h"
#include "store/SyncLogRepository.h"

#include <QJsonObject>

namespace ferry {

namespace {

QJsonObject sideOf(const std::optional<ItemState>& state, const QString& copy)
{
    if (!state) {
        return {{QStringLiteral("absent"), true}};
    }
    QJsonObject side{{QStringLiteral("version"), QString::fromLatin1(state->version.toText())},
                     {QStringLiteral("deleted"), state->deleted},
                     {QStringLiteral("modified"),
                      QDateTime::fromMSecsSinceEpoch(state->timestamp.wallMs, Qt::UTC).toString(Qt::ISODateWithMs)}};
    if (state->key.kind == ItemKey::Kind::File && !state->deleted) {
        side.insert(QStringLiteral("hash"), QString::fromLatin1(ContentHasher::hex(state->hash)));
        side.insert(QStringLiteral("size"), state->size);
        if (!copy.isEmpty()) {
            side.insert(QStringLiteral("copy"), copy);
        }
    }
    return side;
}

QString actionName(const PlannedItem& item)
{
    switch (item.action) {
    case PlanAction::Push:
        return item.remote && !item.remote->deleted ? QStringLiteral("update") : QStringLiteral("add");
    case PlanAction::Pull:
        return item.local && !item.local->deleted ? QStringLiteral("update") : QStringLiteral("add");
    case PlanAction::DeleteLocal:
    case PlanAction::DeleteRemote:
        return QStringLiteral("delete");
    case PlanAction::MergeVersions:
        return QStringLiteral("join versions");
    case PlanAction::Hold:
        return QStringLiteral("hold");
    }
    return {};
}

} // namespace

RunRecorder::RunRecorder(StateStore& store, const Profile& profile, const Relationship& relationship, const Site& site)
    : m_store(store)
    , m_profile(profile)
    , m_relationship(relationship)
    , m_site(site)
{
}

QString RunRecorder::resourceOf(const ItemKey& key)
{
    return key.kind == ItemKey::Kind::File ? QStringLiteral("files") : key.tableAndKey().first;
}

Result<Run> RunRecorder::start(RunTrigger trigger, bool dryRun)
{
    Run run;
    run.profileId = m_profile.id;
    run.profileName = m_profile.name;
    run.relationshipName = m_relationship.name;
    run.trigger = trigger;
    run.dryRun = dryRun;
    run.state = RunState::Running;
    run.phase = QStringLiteral("connect");
    run.startedAt = QDateTime::currentDateTimeUtc();
    auto started = RunRepository(m_store.database()).start(run);
    if (!started) {
        return started.error();
    }
    m_run = started.value();
    return m_run;
}

LogEntry RunRecorder::entryFor(const QString& resource, LogMode mode, const QString& action) const
{
    LogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.runId = m_run.id;
    entry.relationship = m_relationship.name;
    entry.site = m_site.name;
    entry.resource = resource;
    entry.mode = mode;
    entry.action = action;
    return entry;
}

LogEntry RunRecorder::runEntry() const
{
    return entryFor(QStringLiteral("files"), m_profile.direction == Direction::Download ? LogMode::Pull : LogMode::Push,
                    QStringLiteral("run"));
}

void RunRecorder::phase(const QString& phase)
{
    m_run.phase = phase;
    (void)RunRepository(m_store.database()).setPhase(m_run.id, phase);
}

void RunRecorder::closeInterrupted(const QStringList& relationshipsOfSite)
{
    const QString message = tr("Interrupted: the program running it stopped before it finished (killed, or the "
                               "machine went down). The next run completes what it left.");
    (void)RunRepository(m_store.database())
        .markInterrupted(relationshipsOfSite, m_run.id, message, QDateTime::currentDateTimeUtc());
}

void RunRecorder::clockSkew(qint64 milliseconds)
{
    m_run.clockSkewMs = milliseconds;
    (void)RunRepository(m_store.database()).setClockSkew(m_run.id, milliseconds);
}

bool RunRecorder::live(const Progress& progress)
{
    // About once a second, and at every phase: often enough for a progress bar in another
    // process, rare enough to cost nothing next to the run's own writes.
    if (m_run.state != RunState::Running) {
        return m_cancelAsked;  // finished: its progress row is gone for good
    }
    if (progress.phase == m_livePhase && m_liveClock.isValid() && m_liveClock.elapsed() < liveIntervalMs) {
        return m_cancelAsked;
    }
    m_livePhase = progress.phase;
    m_liveClock.start();
    const auto asked = LiveRunRepository(m_store.database())
                           .report(m_run.id, QCoreApplication::applicationName(), QCoreApplication::applicationPid(), progress);
    m_cancelAsked = m_cancelAsked || (asked && *asked);
    return m_cancelAsked;
}

void RunRecorder::fail(const QString& message, RunState state, bool remoteError)
{
    LogEntry entry = runEntry();
    entry.result = state == RunState::Cancelled ? LogResult::Warning : LogResult::Error;
    entry.remoteError = remoteError;
    entry.message = message;
    (void)m_store.write([&]() -> Result<void> {
        if (auto logged = SyncLogRepository(m_store.database()).append(entry); !logged) {
            return logged.error();
        }
        if (auto removed = LiveRunRepository(m_store.database()).remove(m_run.id); !removed) {
            return removed;
        }
        return RunRepository(m_store.database())
            .finish(m_run.id, state, m_run.totals, message, QDateTime::currentDateTimeUtc());
    });
    m_run.state = state;
    m_run.message = message;
}

Result<void> RunRecorder::recordConflict(const PlannedItem& item, const ItemOutcome& outcome, const QString& remoteSiteName)
{
    Conflict conflict;
    conflict.runId = m_run.id;
    conflict.relationship = m_relationship.name;
    conflict.site = m_site.name;
    conflict.resource = resourceOf(item.key);
    conflict.item = item.key.itemName();
    const QString localCopy = item.key.kind == ItemKey::Kind::File ? m_site.filesRoot + QLatin1Char('/') + item.key.name
                                                                    : QString();
    conflict.local = sideOf(item.local, localCopy);
    conflict.remote = sideOf(item.remote, {});
    conflict.remote.insert(QStringLiteral("site"), remoteSiteName);
    conflict.policy = enumKey(conflictPolicyKeys, item.conflict->policy);
    conflict.winner = item.conflict->winner;
    conflict.loserLocation = outcome.loserCopy;
    conflict.status = item.conflict->winner == ConflictWinner::None ? ConflictStatus::PendingReview
                                                                    : ConflictStatus::AutoResolved;
    conflict.detectedAt = QDateTime::currentDateTimeUtc();
    auto recorded = ConflictRepository(m_store.database()).record(conflict);
    return recorded ? Result<void>() : recorded.error();
}

Result<void> RunRecorder::recordItem(const PlannedItem& item, const ItemOutcome& outcome)
{
    if (item.action == PlanAction::Hold && !item.conflict) {
        return {};  // excluded by the direction or by "no deletions": not news on every run
    }
    // Every failure and conflict has its own entry; of the items that simply moved, the first
    // few hundred of each kind do, and the rest are counted in one entry (an initial copy of a
    // large table would otherwise bury the log under a line per row).
    const bool plain = outcome.done && outcome.error.isEmpty() && !item.conflict;
    const bool incoming = item.action == PlanAction::Pull || item.action == PlanAction::DeleteLocal;
    if (plain) {
        const QString kind = resourceOf(item.key) + QChar(0x1F) + (incoming ? QStringLiteral("pull") : QStringLiteral("push"))
                             + QChar(0x1F) + actionName(item);
        if (++m_plainCounts[kind] > itemsLoggedEach) {
            return {};
        }
    }
    LogEntry entry = entryFor(resourceOf(item.key), incoming ? LogMode::Pull : LogMode::Push,
                              item.conflict && item.action == PlanAction::Hold ? QStringLiteral("conflict") : actionName(item));
    const QString name = item.key.itemName();
    if (item.action == PlanAction::Hold) {
        entry.result = LogResult::Warning;
        entry.message = tr("%1: changed on both sides; waiting for review (%2)").arg(name, item.conflict->reason);
    } else if (!outcome.done) {
        entry.result = LogResult::Error;
        entry.remoteError = outcome.remoteError;
        entry.message = name + QStringLiteral(": ") + outcome.error;
    } else {
        entry.result = outcome.error.isEmpty() ? LogResult::Ok : LogResult::Warning;
        entry.message = outcome.error.isEmpty() ? name : name + QStringLiteral(": ") + outcome.error;
        if (item.conflict) {
            entry.message += QStringLiteral(" (") + tr("conflict settled: %1").arg(item.conflict->reason) + QLatin1Char(')');
        }
    }
    auto logged = SyncLogRepository(m_store.database()).append(entry);
    return logged ? Result<void>() : logged.error();
}

Result<void> RunRecorder::finish(const Plan& plan, const std::vector<ItemOutcome>& outcomes, const RunTotals& totals,
                                 RunState state, const QString& remoteSiteName, const QString& summary)
{
    m_run.totals = totals;
    m_run.state = state;
    m_run.message = summary;
    return m_store.write([&]() -> Result<void> {
        for (std::size_t i = 0; i < plan.items.size(); ++i) {
            if (plan.items[i].conflict && plan.items[i].conflict->recordedAs == 0) {
                if (auto done = recordConflict(plan.items[i], outcomes[i], remoteSiteName); !done) {
                    return done;
                }
            }
            if (auto done = recordItem(plan.items[i], outcomes[i]); !done) {
                return done;
            }
        }
        for (const auto& [kind, count] : m_plainCounts) {
            if (count <= itemsLoggedEach) {
                continue;
            }
            const QStringList parts = kind.split(QChar(0x1F));
            LogEntry more = entryFor(parts.value(0), parts.value(1) == QStringLiteral("pull") ? LogMode::Pull : LogMode::Push,
                                     parts.value(2));
            more.message = tr("… and %n more like the above", nullptr, int(count - itemsLoggedEach));
            if (auto logged = SyncLogRepository(m_store.database()).append(more); !logged) {
                return logged.error();
            }
        }
        LogEntry entry = runEntry();
        entry.result = state == RunState::Succeeded ? LogResult::Ok : state == RunState::Cancelled ? LogResult::Warning
                                                                                                   : LogResult::Error;
        entry.message = summary;
        if (auto logged = SyncLogRepository(m_store.database()).append(entry); !logged) {
            return logged.error();
        }
        if (auto removed = LiveRunRepository(m_store.database()).remove(m_run.id); !removed) {
            return removed;
        }
        return RunRepository(m_store.database()).finish(m_run.id, state, totals, summary, QDateTime::currentDateTimeUtc());
    });
}

} // namespace ferry
