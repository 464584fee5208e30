#include "PlanExecutor.h"

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

std::pair<QString, QString> tableAndKey(const ItemKey& key)
{
    const qsizetype split = key.name.indexOf(QChar(0x1F));
    return {key.name.left(split), key.name.mid(split + 1)};
}

// File deletions go after the content they travel with: a file renamed or moved on one side
// arrives as a deletion and a new file, and the receiver builds the new file from the chunks of
// the old one (it told the sender it had them), so deleting first made the new file fail. A
// deletion stays first when it clears the way: a file where a folder is to be, or the reverse.
void deletionsLast(std::vector<std::pair<std::size_t, ApplyItem>>& applies)
{
    QSet<QString> files;
    QSet<QString> folders;
    for (const auto& [index, apply] : applies) {
        if (apply.kind == FeedEntry::Kind::File && !apply.deleted) {
            files.insert(apply.path);
            for (qsizetype slash = apply.path.indexOf(QLatin1Char('/')); slash > 0;
                 slash = apply.path.indexOf(QLatin1Char('/'), slash + 1)) {
                folders.insert(apply.path.left(slash));
            }
        }
    }
    const auto clearsTheWay = [&](const QString& path) {
        if (folders.contains(path)) {
            return true;
        }
        for (qsizetype slash = path.indexOf(QLatin1Char('/')); slash > 0; slash = path.indexOf(QLatin1Char('/'), slash + 1)) {
            if (files.contains(path.left(slash))) {
                return true;
            }
        }
        return false;
    };
    std::stable_partition(applies.begin(), applies.end(), [&](const auto& entry) {
        const ApplyItem& apply = entry.second;
        return apply.kind != FeedEntry::Kind::File || !apply.deleted || clearsTheWay(apply.path);
    });
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
        std::tie(apply.table, apply.key) = tableAndKey(item.key);
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
    report(item.key.kind == ItemKey::Kind::File ? item.key.name : tableAndKey(item.key).first);
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

void PlanExecutor::pull(const Plan& plan, const std::vector<std::size_t>& items)
{
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
        for (std::size_t index : files) {
            paths.append(plan.items[index].key.name);
        }
        m_progress.phase = QStringLiteral("download");
        m_context.progress.report(m_progress, true);
        auto manifests = m_context.remote.manifest(paths);
        if (!manifests) {
            failAll(files, manifests.errorMessage(), true);
        } else {
            const QString store = ChunkLocator::storeFolder(m_context.homePath, m_context.localSite.uuid);
            auto locator = ChunkLocator::build(m_context.localIndex, m_context.localSite.filesRoot, store);
            std::vector<Sha256> needed;
            std::set<Sha256> asked;
            std::vector<std::pair<std::size_t, ApplyItem>> fileApplies;
            for (std::size_t i = 0; i < files.size(); ++i) {
                const PlannedItem& item = plan.items[files[i]];
                FileManifest& manifest = manifests->at(i);
                if (manifest.missing || manifest.hash != item.remote->hash) {
                    m_outcomes[files[i]] = {false, false,
                                            tr("%1 changed on %2 while this run was planning; the next run takes it.")
                                                .arg(item.key.name, m_context.remote.describe())};
                    continue;
                }
                ApplyItem apply = baseItem(item, false);
                apply.chunks = std::move(manifest.chunks);
                for (const Chunk& chunk : apply.chunks) {
                    if ((!locator || !locator->has(chunk.hash)) && asked.insert(chunk.hash).second) {
                        needed.push_back(chunk.hash);
                    }
                }
                fileApplies.emplace_back(files[i], std::move(apply));
            }
            auto fetched = m_context.remote.download(
                needed,
                [&](const Sha256& hash, const QByteArray& bytes) { return ChunkLocator::store(store, hash, bytes); },
                [&](qint64 bytes) {
                    m_progress.bytesDone += bytes;
                    report(m_progress.currentItem);
                },
                m_context.cancelled);
            if (!fetched) {
                std::vector<std::size_t> waiting;
                for (const auto& [index, apply] : fileApplies) {
                    waiting.push_back(index);
                }
                failAll(waiting, fetched.errorMessage(), !m_context.cancelled);
            } else {
                std::move(fileApplies.begin(), fileApplies.end(), std::back_inserter(applies));
            }
        }
    }
    if (!rows.empty()) {
        std::vector<RowValues> keys;
        for (std::size_t index : rows) {
            const auto [table, key] = tableAndKey(plan.items[index].key);
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
    if (!m_context.cancelled) {
        deletionsLast(applies);
        applyLocally(plan, std::move(applies), true);
    }
}

void PlanExecutor::applyLocally(const Plan& plan, std::vector<std::pair<std::size_t, ApplyItem>> items, bool content)
{
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
}

Result<QCborMap> PlanExecutor::readLocalRow(const QString& table, const QString& key)
{
    if (!m_capture) {
        auto url = DatabaseUrl::parse(m_context.localSite.databaseUrl);
        if (!url) {
            return url.error();
        }
        auto database = ContentDatabase::open(url.value());
        if (!database) {
            return database.error();
        }
        m_database = std::move(database).value();
        m_capture = ChangeCapture::forDatabase(*m_database);
    }
    return RowStore(*m_capture).read(table, key);
}

void PlanExecutor::push(const Plan& plan, const std::vector<std::size_t>& items)
{
    m_progress.phase = QStringLiteral("upload");
    m_context.progress.report(m_progress, true);
    std::vector<std::pair<std::size_t, ApplyItem>> applies;
    std::vector<Sha256> chunks;
    std::set<Sha256> listed;
    std::vector<std::size_t> waitingForChunks;
    for (std::size_t index : items) {
        const PlannedItem& item = plan.items[index];
        ApplyItem apply = baseItem(item, true);
        if (item.action == PlanAction::Push && item.key.kind == ItemKey::Kind::File) {
            auto digest = m_context.localIndex.digestOf(item.key.name);
            if (!digest || !digest.value() || digest.value()->hash != item.local->hash) {
                m_outcomes[index] = {false, false, !digest ? digest.errorMessage()
                                                           : tr("%1 changed here while this run was planning; the next run "
                                                                "takes it.")
                                                                 .arg(item.key.name)};
                continue;
            }
            apply.chunks = std::move(digest.value()->chunks);
            for (const Chunk& chunk : apply.chunks) {
                if (listed.insert(chunk.hash).second) {
                    chunks.push_back(chunk.hash);
                }
            }
            waitingForChunks.push_back(index);
        } else if (item.action == PlanAction::Push) {
            auto values = readLocalRow(apply.table, apply.key);
            if (!values || values->isEmpty()) {
                m_outcomes[index] = {false, false, !values ? values.errorMessage()
                                                           : tr("The row vanished here during the run; the next run "
                                                                "takes it.")};
                continue;
            }
            apply.values = std::move(values).value();
        }
        applies.emplace_back(index, std::move(apply));
    }
    if (!chunks.empty()) {
        auto lacking = m_context.remote.lacking(chunks);
        const QString store = ChunkLocator::storeFolder(m_context.homePath, m_context.localSite.uuid);
        auto locator = ChunkLocator::build(m_context.localIndex, m_context.localSite.filesRoot, store);
        Result<void> sent = !lacking ? Result<void>(lacking.error()) : !locator ? Result<void>(locator.error()) : Result<void>();
        if (sent) {
            sent = m_context.remote.upload(
                lacking.value(), [&](const Sha256& hash) { return locator->read(hash); },
                [&](qint64 bytes) {
                    m_progress.bytesDone += bytes;
                    report(m_progress.currentItem);
                },
                m_context.cancelled);
        }
        if (!sent) {
            failAll(waitingForChunks, sent.errorMessage(), !m_context.cancelled);
            std::erase_if(applies, [&](const auto& apply) { return !m_outcomes[apply.first].error.isEmpty(); });
        }
    }
    if (!m_context.cancelled) {
        deletionsLast(applies);
        applyRemotely(plan, std::move(applies), true);
    }
}

void PlanExecutor::applyRemotely(const Plan& plan, std::vector<std::pair<std::size_t, ApplyItem>> items, bool content)
{
    m_progress.phase = QStringLiteral("apply");
    std::size_t from = 0;
    while (from < items.size() && !m_context.cancelled) {
        std::size_t to = from;
        qsizetype bytes = 64;
        std::vector<ApplyItem> batch;
        while (to < items.size() && batch.size() < std::size_t(wire::maxApplyItems)) {
            const qsizetype size = ApplyBatchCodec::estimateSize(items[to].second);
            if (!batch.empty() && bytes + size > wire::maxApplyBodyBytes * 3 / 4) {
                break;
            }
            bytes += size;
            batch.push_back(items[to].second);
            ++to;
        }
        auto outcomes = m_context.remote.apply(batch);
        for (std::size_t i = from; i < to; ++i) {
            const std::size_t index = items[i].first;
            if (!outcomes || !outcomes->at(i - from).applied) {
                m_outcomes[index].remoteError = true;
                m_outcomes[index].error = !outcomes ? outcomes.errorMessage() : outcomes->at(i - from).error;
                continue;
            }
            if (content) {
                m_outcomes[index].done = true;
                const PlannedItem& item = plan.items[index];
                m_needsVersionOnly[index] = item.local && !(item.local->version == items[i].second.version);
                count(item, false);
            }
        }
        from = to;
    }
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
