#include "PlanExecutor.h"

#include "DeletionOrder.h"

#include "DeltaTransfer.h"
#include "SiteWriter.h"
#include "net/ApplyBatchCodec.h"
#include "net/ChunkLocator.h"
#include "net/WireLimits.h"
#include "site/ChangeCapture.h"
#include "site/ContentDatabase.h"
#include "site/RowStore.h"
#include "site/SiteIndex.h"

#include <QSet>

#include <algorithm>
#include <map>
#include <set>

namespace ferry {

namespace {

constexpr std::size_t localBatch = 500;

bool isIncoming(PlanAction action)
{
    return action == PlanAction::Pull || action == PlanAction::DeleteLocal;
}

bool isOutgoing(PlanAction action)
{
    return action == PlanAction::Push || action == PlanAction::DeleteRemote;
}

} // namespace

PlanExecutor::PlanExecutor(ExecutionContext context)
    : m_context(std::move(context))
{
}

PlanExecutor::~PlanExecutor() = default;

VersionVector PlanExecutor::joined(const PlannedItem& item)
{
    VersionVector version = item.local ? item.local->version : VersionVector();
    if (item.remote) {
        version.merge(item.remote->version);
    }
    return version;
}

ApplyItem PlanExecutor::baseItem(const PlannedItem& item, bool toRemote) const
{
    ApplyItem apply;
    if (item.key.kind == ItemKey::Kind::File) {
        apply.kind = FeedEntry::Kind::File;
        apply.path = item.key.name;
    } else {
        apply.kind = FeedEntry::Kind::Row;
        std::tie(apply.table, apply.key) = item.key.tableAndKey();
    }
    apply.version = joined(item);
    const auto& target = toRemote ? item.remote : item.local;
    const auto& source = toRemote ? item.local : item.remote;
    if (target) {
        apply.base = target->version;
    }
    if (source) {
        apply.timestamp = source->timestamp;
        apply.deleted = source->deleted;
        apply.hash = source->hash;
        apply.size = source->size;
    } else {
        apply.deleted = true;
    }
    return apply;
}

void PlanExecutor::report(const QString& current)
{
    m_progress.currentItem = current;
    m_context.progress.report(m_progress);
}

void PlanExecutor::timed(const QString& phase, const QElapsedTimer& clock)
{
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const auto known = std::find_if(m_phases.begin(), m_phases.end(), [&](const PhaseTime& p) { return p.name == phase; });
    if (known != m_phases.end()) {
        known->seconds += seconds;
    } else {
        m_phases.push_back({.name = phase, .seconds = seconds});
    }
}

void PlanExecutor::count(const PlannedItem& item, bool incoming)
{
    const bool file = item.key.kind == ItemKey::Kind::File;
    const bool deletion = item.action == PlanAction::DeleteLocal || item.action == PlanAction::DeleteRemote;
    if (deletion) {
        ++(file ? m_totals.filesDeleted : m_totals.rowsDeleted);
    } else if (incoming) {
        ++(file ? m_totals.filesReceived : m_totals.rowsReceived);
    } else {
        ++(file ? m_totals.filesSent : m_totals.rowsSent);
    }
    ++m_progress.itemsDone;
    using Kind = ProgressLine::Kind;
    m_context.progress.note({.kind = item.action == PlanAction::DeleteLocal    ? Kind::DeletedHere
                                     : item.action == PlanAction::DeleteRemote ? Kind::DeletedThere
                                     : incoming                                ? Kind::Received
                                                                               : Kind::Sent,
                             .item = item.key.displayName()});
    report(item.key.kind == ItemKey::Kind::File ? item.key.name : item.key.tableAndKey().first);
}

void PlanExecutor::noteFailure(const PlannedItem& item, const QString& error)
{
    m_context.progress.note({.kind = ProgressLine::Kind::Failed, .item = item.key.displayName(), .error = error});
}

void PlanExecutor::failAll(const std::vector<std::size_t>& items, const QString& error, bool remote)
{
    for (std::size_t index : items) {
        if (!m_outcomes[index].done && m_outcomes[index].error.isEmpty()) {
            m_outcomes[index] = {false, remote, error};
        }
    }
}

std::vector<ItemOutcome> PlanExecutor::execute(const Plan& plan)
{
    m_outcomes.assign(plan.items.size(), {});
    m_needsVersionOnly.assign(plan.items.size(), false);
    std::vector<std::size_t> incoming;
    std::vector<std::size_t> outgoing;
    m_progress = Progress{.phase = QStringLiteral("transfer"), .itemsTotal = 0, .bytesTotal = 0};
    for (std::size_t i = 0; i < plan.items.size(); ++i) {
        const PlannedItem& item = plan.items[i];
        if (isIncoming(item.action)) {
            incoming.push_back(i);
        } else if (isOutgoing(item.action)) {
            outgoing.push_back(i);
        } else {
            continue;
        }
        ++m_progress.itemsTotal;
        const auto& source = isIncoming(item.action) ? item.remote : item.local;
        if (source && !source->deleted && item.key.kind == ItemKey::Kind::File) {
            m_progress.bytesTotal += source->size;
        }
    }
    m_context.progress.report(m_progress, true);
    keepLosers(plan);
    if (!incoming.empty() && !m_context.cancelled) {
        pull(plan, incoming);
    }
    if (!outgoing.empty() && !m_context.cancelled) {
        push(plan, outgoing);
    }
    if (!m_context.cancelled) {
        settleVersions(plan);
    }
    m_totals.conflicts = plan.conflicts();
    m_totals.bytesIn = m_context.remote.bytesIn();
    m_totals.bytesOut = m_context.remote.bytesOut();
    if (m_context.cancelled) {
        for (std::size_t i = 0; i < plan.items.size(); ++i) {
            if (plan.items[i].action != PlanAction::Hold && !m_outcomes[i].done && m_outcomes[i].error.isEmpty()) {
                m_outcomes[i].error = tr("Not done: the run was cancelled.");
            }
        }
    }
    return m_outcomes;
}

QString PlanExecutor::conflictCopyName(const QString& path, const QString& siteName, const QDateTime& when)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString folder = path.left(slash + 1);
    const QString name = path.mid(slash + 1);
    qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0) {
        dot = name.size();
    }
    return folder + name.left(dot) + QStringLiteral(" (conflict %1 %2)").arg(siteName, when.toUTC().toString(QStringLiteral("yyyy-MM-dd HHmmss")))
           + name.mid(dot);
}

Result<std::vector<FileManifest>> PlanExecutor::fetchFiles(const QStringList& paths, const QSet<QString>& withBasis)
{
    auto manifests = m_context.remote.manifest(paths);
    if (!manifests) {
        return manifests.error();
    }
    const QString store = ChunkLocator::storeFolder(m_context.homePath, m_context.localSite.uuid);
    auto locator = ChunkLocator::build(m_context.localIndex, m_context.localSite.filesRoot, store);
    std::vector<ChunkRef> needed;
    std::set<Sha256> asked;
    ChunkPlaces places;
    for (const FileManifest& manifest : manifests.value()) {
        for (const Chunk& chunk : manifest.chunks) {
            if ((!locator || !locator->has(chunk.hash)) && asked.insert(chunk.hash).second) {
                needed.push_back({chunk.hash, chunk.length});
                if (withBasis.contains(manifest.path)) {
                    places.emplace(chunk.hash, ChunkPlace{.path = manifest.path, .offset = chunk.offset, .length = chunk.length});
                }
            }
        }
    }
    const auto movedBytes = [&](qint64 bytes) {
        m_progress.bytesDone += bytes;
        report(m_progress.currentItem);
    };
    if (locator && !places.empty()) {
        needed = DeltaTransfer::pull(m_context.remote, m_context.localIndex, locator.value(), store, needed, places,
                                     movedBytes, m_context.cancelled);
    }
    auto fetched = m_context.remote.download(
        needed, [&](const Sha256& hash, const QByteArray& bytes) { return ChunkLocator::storeChecked(store, hash, bytes); },
        [&](qint64 bytes) {
            m_progress.bytesDone += bytes;
            report(m_progress.currentItem);
        },
        m_context.cancelled);
    if (!fetched) {
        return fetched.error();
    }
    return manifests;
}

void PlanExecutor::keepLosers(const Plan& plan)
{
    // The loser is the side the winner overwrites: the remote's version when this side's goes
    // out, this side's when the remote's comes in.
    std::vector<std::size_t> remoteLosers;
    std::vector<std::size_t> localLosers;
    QStringList remotePaths;
    for (std::size_t i = 0; i < plan.items.size(); ++i) {
        const PlannedItem& item = plan.items[i];
        if (!item.conflict || !item.conflict->keepLoserCopy || item.key.kind != ItemKey::Kind::File) {
            continue;
        }
        if (isOutgoing(item.action) && item.remote && !item.remote->deleted) {
            remoteLosers.push_back(i);
            remotePaths.append(item.key.name);
        } else if (isIncoming(item.action) && item.local && !item.local->deleted) {
            localLosers.push_back(i);
        }
    }
    if (remoteLosers.empty() && localLosers.empty()) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<ApplyItem> copies;
    std::vector<std::size_t> copied;
    const auto copyOf = [&](std::size_t index, const QString& siteName, const Sha256& hash, qint64 size,
                            std::vector<Chunk> chunks) {
        ApplyItem copy;
        copy.path = conflictCopyName(plan.items[index].key.name, siteName, now);
        copy.version.bump(m_context.localSite.uuid);
        copy.timestamp = HybridTimestamp{now.toMSecsSinceEpoch(), 0};
        copy.hash = hash;
        copy.size = size;
        copy.chunks = std::move(chunks);
        copies.push_back(std::move(copy));
        copied.push_back(index);
    };
    const QString changed = tr("%1 changed while this run was planning; the next run takes it.");
    if (!remoteLosers.empty()) {
        auto manifests = fetchFiles(remotePaths, QSet<QString>(remotePaths.begin(), remotePaths.end()));
        if (!manifests) {
            failAll(remoteLosers, manifests.errorMessage(), true);
        } else {
            for (std::size_t i = 0; i < remoteLosers.size(); ++i) {
                FileManifest& manifest = manifests->at(i);
                const PlannedItem& item = plan.items[remoteLosers[i]];
                if (manifest.missing || !item.remote->holds(manifest.hash, manifest.size)) {
                    m_outcomes[remoteLosers[i]] = {false, false, changed.arg(item.key.name)};
                    continue;
                }
                copyOf(remoteLosers[i], m_context.remote.site().name, manifest.hash, manifest.size, std::move(manifest.chunks));
            }
        }
    }
    std::map<Sha256, quint32> localChunks;
    for (std::size_t index : localLosers) {
        const PlannedItem& item = plan.items[index];
        auto digest = m_context.localIndex.digestOf(item.key.name);
        if (!digest || !digest.value() || !item.local->holds(digest.value()->hash, qint64(digest.value()->size))) {
            m_outcomes[index] = {false, false, changed.arg(item.key.name)};
            continue;
        }
        for (const Chunk& chunk : digest.value()->chunks) {
            localChunks.emplace(chunk.hash, chunk.length);
        }
        copyOf(index, m_context.localSite.name, digest.value()->hash, qint64(digest.value()->size),
               std::move(digest.value()->chunks));
    }
    // Saved here first (every chunk is here by now), then there.
    const std::vector<ApplyOutcome> here = m_context.localWriter.apply(copies);
    std::vector<ApplyItem> there;
    std::vector<std::size_t> thereItems;
    for (std::size_t i = 0; i < copies.size(); ++i) {
        if (!here[i].applied) {
            m_outcomes[copied[i]] = {false, false, here[i].error};
            continue;
        }
        m_outcomes[copied[i]].loserCopy = copies[i].path;
        there.push_back(copies[i]);
        thereItems.push_back(copied[i]);
    }
    if (there.empty()) {
        return;
    }
    m_localChunks.reset();
    if (auto sent = sendLacking(localChunks, false); !sent) {
        failAll(thereItems, sent.errorMessage(), true);
        return;
    }
    auto outcomes = m_context.remote.apply(there);
    for (std::size_t i = 0; i < there.size(); ++i) {
        if (!outcomes || !outcomes->at(i).applied) {
            m_outcomes[thereItems[i]] = {false, true, !outcomes ? outcomes.errorMessage() : outcomes->at(i).error};
        }
    }
}

void PlanExecutor::pull(const Plan& plan, const std::vector<std::size_t>& items)
{
    QElapsedTimer clock;
    clock.start();
    std::vector<std::pair<std::size_t, ApplyItem>> applies;
    std::vector<std::size_t> files;
    std::vector<std::size_t> rows;
    for (std::size_t index : items) {
        const PlannedItem& item = plan.items[index];
        if (item.action == PlanAction::DeleteLocal) {
            applies.emplace_back(index, baseItem(item, false));
        } else if (item.key.kind == ItemKey::Kind::File) {
            files.push_back(index);
        } else {
            rows.push_back(index);
        }
    }
    if (!files.empty()) {
        QStringList paths;
        QSet<QString> heldHere;  // a version here is a basis for deltas
        for (std::size_t index : files) {
            const PlannedItem& item = plan.items[index];
            paths.append(item.key.name);
            if (item.local && !item.local->deleted) {
                heldHere.insert(item.key.name);
            }
        }
        m_progress.phase = QStringLiteral("download");
        m_context.progress.report(m_progress, true);
        auto manifests = fetchFiles(paths, heldHere);
        if (!manifests) {
            failAll(files, manifests.errorMessage(), !m_context.cancelled);
        } else {
            for (std::size_t i = 0; i < files.size(); ++i) {
                const PlannedItem& item = plan.items[files[i]];
                FileManifest& manifest = manifests->at(i);
                if (manifest.missing || !item.remote->holds(manifest.hash, manifest.size)) {
                    m_outcomes[files[i]] = {false, false,
                                            tr("%1 changed on %2 while this run was planning; the next run takes it.")
                                                .arg(item.key.name, m_context.remote.describe())};
                    continue;
                }
                ApplyItem apply = baseItem(item, false);
                apply.chunks = std::move(manifest.chunks);
                applies.emplace_back(files[i], std::move(apply));
            }
        }
    }
    if (!rows.empty()) {
        std::vector<RowValues> keys;
        for (std::size_t index : rows) {
            const auto [table, key] = plan.items[index].key.tableAndKey();
            keys.push_back({table, key, false, {}});
        }
        auto values = m_context.remote.rows(keys);
        if (!values) {
            failAll(rows, values.errorMessage(), true);
        } else {
            for (std::size_t i = 0; i < rows.size(); ++i) {
                if (!values->at(i).exists) {
                    m_outcomes[rows[i]] = {false, false, tr("The row vanished on %1 during the run; the next run takes it.")
                                                             .arg(m_context.remote.describe())};
                    continue;
                }
                ApplyItem apply = baseItem(plan.items[rows[i]], false);
                apply.values = values->at(i).values;
                applies.emplace_back(rows[i], std::move(apply));
            }
        }
    }
    timed(QStringLiteral("download"), clock);
    if (!m_context.cancelled) {
        putDeletionsLast(applies);
        applyLocally(plan, std::move(applies), true);
    }
}

void PlanExecutor::applyLocally(const Plan& plan, std::vector<std::pair<std::size_t, ApplyItem>> items, bool content)
{
    QElapsedTimer clock;
    clock.start();
    m_progress.phase = QStringLiteral("apply");
    for (std::size_t from = 0; from < items.size() && !m_context.cancelled; from += localBatch) {
        const std::size_t to = std::min(items.size(), from + localBatch);
        std::vector<ApplyItem> batch;
        for (std::size_t i = from; i < to; ++i) {
            batch.push_back(items[i].second);
        }
        const std::vector<ApplyOutcome> outcomes = m_context.localWriter.apply(batch);
        for (std::size_t i = from; i < to; ++i) {
            const std::size_t index = items[i].first;
            const ApplyOutcome& outcome = outcomes[i - from];
            if (!outcome.applied) {
                // A version-only update that fails leaves the content moved: the next run finds
                // both sides equal in content and joins the versions then.
                m_outcomes[index].remoteError = false;
                m_outcomes[index].error = outcome.error;
                if (content) {
                    noteFailure(plan.items[index], outcome.error);
                }
                continue;
            }
            if (content) {
                m_outcomes[index].done = true;
                const PlannedItem& item = plan.items[index];
                m_needsVersionOnly[index] = item.remote && !(item.remote->version == items[i].second.version);
                count(item, true);
            }
        }
    }
    timed(content ? QStringLiteral("apply") : QStringLiteral("versions"), clock);
}

void PlanExecutor::settleVersions(const Plan& plan)
{
    // Whatever moved, the side it came from now also records the joined version; items both
    // sides changed the same way only have their versions joined.
    std::vector<std::pair<std::size_t, ApplyItem>> local;
    std::vector<std::pair<std::size_t, ApplyItem>> remote;
    std::vector<std::size_t> merges;
    for (std::size_t i = 0; i < plan.items.size(); ++i) {
        const PlannedItem& item = plan.items[i];
        const VersionVector version = joined(item);
        const bool merge = item.action == PlanAction::MergeVersions;
        if (merge) {
            merges.push_back(i);
            m_outcomes[i].done = true;
        }
        if ((merge || (m_needsVersionOnly[i] && isIncoming(item.action))) && item.remote
            && !(item.remote->version == version)) {
            ApplyItem apply = baseItem(item, true);
            apply.versionOnly = true;
            apply.deleted = item.remote->deleted;
            apply.hash = item.remote->hash;
            apply.size = item.remote->size;
            remote.emplace_back(i, std::move(apply));
        }
        if ((merge || (m_needsVersionOnly[i] && isOutgoing(item.action))) && item.local
            && !(item.local->version == version)) {
            ApplyItem apply = baseItem(item, false);
            apply.versionOnly = true;
            apply.deleted = item.local->deleted;
            apply.hash = item.local->hash;
            apply.size = item.local->size;
            apply.timestamp = item.local->timestamp;
            local.emplace_back(i, std::move(apply));
        }
    }
    if (!remote.empty()) {
        applyRemotely(plan, std::move(remote), false);
    }
    if (!local.empty()) {
        applyLocally(plan, std::move(local), false);
    }
    for (std::size_t index : merges) {
        if (!m_outcomes[index].error.isEmpty()) {
            m_outcomes[index].done = false;
        }
    }
}

} // namespace ferry
