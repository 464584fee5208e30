#include "PlanExecutor.h"

// The push side of a run: which chunks the remote lacks and how they travel (as deltas, whole,
// or as small files' content inside the apply batch), reading this side's rows and files, and
// applying batches on the remote, six in flight.

#include "ApplyBatcher.h"
#include "DeletionOrder.h"
#include "DeltaTransfer.h"
#include "common/TestKillPoint.h"
#include "net/ApplyBatchCodec.h"
#include "net/ChunkLocator.h"
#include "net/WireLimits.h"
#include "site/ChangeCapture.h"
#include "site/ContentDatabase.h"
#include "site/RowStore.h"
#include "site/SiteIndex.h"
#include "store/Sql.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <set>

namespace ferry {

Result<void> PlanExecutor::sendLacking(const std::map<Sha256, quint32>& chunks, bool reportProgress,
                                       const ChunkPlaces* places)
{
    auto lacking = askLacking(chunks);
    if (!lacking) {
        return lacking.error();
    }
    return sendChunks(chunks, lacking.value(), reportProgress, places);
}

Result<std::set<Sha256>> PlanExecutor::askLacking(const std::map<Sha256, quint32>& chunks)
{
    if (chunks.empty()) {
        return std::set<Sha256>();
    }
    std::vector<Sha256> hashes;
    for (const auto& [hash, length] : chunks) {
        hashes.push_back(hash);
    }
    auto lacking = m_context.remote.lacking(hashes);
    if (!lacking) {
        return lacking.error();
    }
    return std::set<Sha256>(lacking->begin(), lacking->end());
}

Result<const ChunkLocator*> PlanExecutor::localChunks()
{
    if (!m_localChunks) {
        const QString store = ChunkLocator::storeFolder(m_context.homePath, m_context.localSite.uuid);
        // Whatever this locator reads is sent, and the remote checks every chunk it receives: a
        // file unchanged since the scan is not hashed a second time here.
        auto locator = ChunkLocator::build(m_context.localIndex, m_context.localSite.filesRoot, store,
                                           ChunkLocator::Checks::ChangedFilesOnly);
        if (!locator) {
            return locator.error();
        }
        m_localChunks = std::make_unique<ChunkLocator>(std::move(locator).value());
    }
    return m_localChunks.get();
}

Result<void> PlanExecutor::sendChunks(const std::map<Sha256, quint32>& chunks, const std::set<Sha256>& lacking,
                                      bool reportProgress, const ChunkPlaces* places)
{
    std::vector<ChunkRef> sending;
    for (const Sha256& hash : lacking) {
        if (const auto it = chunks.find(hash); it != chunks.end()) {
            sending.push_back({hash, it->second});
        }
    }
    if (sending.empty()) {
        return {};
    }
    auto locator = localChunks();
    if (!locator) {
        return locator.error();
    }
    const auto movedBytes = [&](qint64 bytes) {
        if (reportProgress) {
            m_progress.bytesDone += bytes;
            report(m_progress.currentItem);
        }
    };
    if (places != nullptr) {
        sending = DeltaTransfer::push(m_context.remote, *locator.value(), sending, *places, movedBytes, m_context.cancelled);
    }
    return m_context.remote.upload(
        sending, [&](const Sha256& hash) { return locator.value()->read(hash); }, movedBytes, m_context.cancelled);
}

Result<QCborMap> PlanExecutor::readLocalRow(const QString& table, const QString& key)
{
    if (!m_capture) {
        auto database = ContentDatabase::open(m_context.localSite.databaseUrl);
        if (!database) {
            return database.error();
        }
        m_database = std::move(database).value();
        m_capture = ChangeCapture::forDatabase(*m_database);
        m_rows = std::make_unique<RowStore>(*m_capture);
    }
    if (!m_readingRows) {
        // Outside a transaction SQLite takes and drops its file lock, and looks for a hot
        // journal, for every statement: most of what reading a row one by one cost. A batch's
        // rows are read in one transaction instead, short enough not to hold up the site.
        m_readingRows = bool(sql::exec(m_database->database(), QStringLiteral("BEGIN")));
    }
    auto row = m_rows->read(table, key);
    if (!row) {
        endRowReading();  // PostgreSQL refuses every statement after a failed one until it ends
    }
    return row;
}

void PlanExecutor::endRowReading()
{
    if (m_rows) {
        m_rows->forgetSchema();  // a table may change between two read transactions
    }
    if (m_readingRows) {
        m_readingRows = false;
        if (!sql::exec(m_database->database(), QStringLiteral("COMMIT"))) {
            QSqlQuery(m_database->database()).exec(QStringLiteral("ROLLBACK"));
        }
    }
}

void PlanExecutor::push(const Plan& plan, const std::vector<std::size_t>& items)
{
    QElapsedTimer clock;
    clock.start();
    m_progress.phase = QStringLiteral("upload");
    m_context.progress.report(m_progress, true);
    m_localChunks.reset();  // the pull may have changed files here: where chunks are is read afresh
    std::vector<std::pair<std::size_t, ApplyItem>> applies;
    std::map<Sha256, quint32> chunks;
    ChunkPlaces places;  // where each chunk sits, for the remote to find its basis
    std::vector<std::size_t> waitingForChunks;
    for (std::size_t index : items) {
        const PlannedItem& item = plan.items[index];
        ApplyItem apply = baseItem(item, true);
        if (item.action == PlanAction::Push && item.key.kind == ItemKey::Kind::File) {
            auto digest = m_context.localIndex.digestOf(item.key.name);
            if (!digest || !digest.value() || !item.local->holds(digest.value()->hash, qint64(digest.value()->size))) {
                m_outcomes[index] = {false, false, !digest ? digest.errorMessage()
                                                           : tr("%1 changed here while this run was planning; the next run "
                                                                "takes it.")
                                                                 .arg(item.key.name)};
                continue;
            }
            apply.chunks = std::move(digest.value()->chunks);
            // The remote's version of the file is the basis for deltas; a file new there has none.
            const bool heldThere = item.remote && !item.remote->deleted;
            for (const Chunk& chunk : apply.chunks) {
                chunks.emplace(chunk.hash, chunk.length);
                if (heldThere) {
                    places.emplace(chunk.hash, ChunkPlace{.path = apply.path, .offset = chunk.offset, .length = chunk.length});
                }
            }
            waitingForChunks.push_back(index);
        }
        applies.emplace_back(index, std::move(apply));
    }
    std::set<std::size_t> inlined;
    if (!chunks.empty()) {
        auto lacking = askLacking(chunks);
        if (lacking) {
            inlined = chooseInline(applies, lacking.value(), places);
            // What still travels as chunks: those of the files not sent inline.
            std::map<Sha256, quint32> asChunks;
            for (const auto& [index, apply] : applies) {
                if (apply.kind == FeedEntry::Kind::File && !inlined.contains(index)) {
                    for (const Chunk& chunk : apply.chunks) {
                        asChunks.emplace(chunk.hash, chunk.length);
                    }
                }
            }
            if (auto sent = sendChunks(asChunks, lacking.value(), true, &places); !sent) {
                lacking = sent.error();
            }
        }
        if (!lacking) {
            std::vector<std::size_t> failed;
            std::copy_if(waitingForChunks.begin(), waitingForChunks.end(), std::back_inserter(failed),
                         [&](std::size_t index) { return !inlined.contains(index); });
            failAll(failed, lacking.errorMessage(), !m_context.cancelled);
            std::erase_if(applies, [&](const auto& apply) { return !m_outcomes[apply.first].error.isEmpty(); });
        }
    }
    timed(QStringLiteral("upload"), clock);
    if (!m_context.cancelled) {
        putDeletionsLast(applies);
        applyRemotely(plan, std::move(applies), true, inlined);
    }
}

std::set<std::size_t> PlanExecutor::chooseInline(const std::vector<std::pair<std::size_t, ApplyItem>>& applies,
                                                 const std::set<Sha256>& lacking, const ChunkPlaces& places) const
{
    // A small file the remote has none of travels inside the apply batch: no chunk upload, and
    // the agent writes it once instead of into its chunk store and then into place. A file it
    // holds some chunks of travels as chunks, so that only those cross the wire.
    std::set<std::size_t> inlined;
    if (!m_context.remote.takesInlineContent()) {
        return inlined;
    }
    for (const auto& [index, apply] : applies) {
        if (apply.kind != FeedEntry::Kind::File || apply.deleted || apply.size > wire::maxInlineFileBytes) {
            continue;
        }
        // A file the remote holds a version of: its changed chunks travel as deltas, far smaller
        // than the whole file, when the agent takes deltas.
        const bool deltaPossible = DeltaTransfer::available(m_context.remote)
            && !apply.chunks.empty() && places.contains(apply.chunks.front().hash);
        if (deltaPossible) {
            continue;
        }
        if (std::all_of(apply.chunks.begin(), apply.chunks.end(),
                        [&](const Chunk& chunk) { return lacking.contains(chunk.hash); })) {
            inlined.insert(index);
        }
    }
    return inlined;
}

void PlanExecutor::applyRemotely(const Plan& plan, std::vector<std::pair<std::size_t, ApplyItem>> items, bool content,
                                 const std::set<std::size_t>& inlined)
{
    QElapsedTimer clock;
    clock.start();
    m_progress.phase = QStringLiteral("apply");
    const auto failItem = [&](std::size_t i, const QString& error, bool remote) {
        m_outcomes[items[i].first].remoteError = remote;
        m_outcomes[items[i].first].error = error;
    };
    const ChunkLocator* locator = nullptr;
    if (!inlined.empty()) {
        auto located = localChunks();  // built here: the workers that read content only read it
        if (located) {
            locator = located.value();
        } else {
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (inlined.contains(items[i].first)) {
                    failItem(i, located.errorMessage(), false);
                }
            }
            std::erase_if(items, [&](const auto& item) { return inlined.contains(item.first); });
        }
    }
    ApplyBatcher batcher(
        items, [&](std::size_t i) { return inlined.contains(items[i].first); }, locator,
        [&](std::size_t i) -> std::optional<Result<QCborMap>> {
            const auto& [index, planned] = items[i];
            if (!content || planned.kind != FeedEntry::Kind::Row || plan.items[index].action != PlanAction::Push) {
                return std::nullopt;
            }
            auto values = readLocalRow(planned.table, planned.key);
            if (values && values->isEmpty()) {
                return Result<QCborMap>(fail(tr("The row vanished here during the run; the next run takes it.")));
            }
            return values;
        },
        [&](std::size_t i, const QString& why) { failItem(i, why, false); }, [this] { endRowReading(); });
    if (content) {
        testKillPoint("apply-batches");
    }
    auto run = m_context.remote.applyBatches(
        items.size(), [&](std::size_t b) { return batcher.make(b); },
        [&](std::size_t b) { return batcher.withDeletions(b); },
        [&](std::size_t b, Result<std::vector<ApplyOutcome>> outcomes) {
            const std::vector<std::size_t> sent = batcher.settle(b);
            for (std::size_t k = 0; k < sent.size(); ++k) {
                const std::size_t i = sent[k];
                if (!outcomes || !outcomes->at(k).applied) {
                    failItem(i, !outcomes ? outcomes.errorMessage() : outcomes->at(k).error, true);
                    if (content) {
                        noteFailure(plan.items[items[i].first], m_outcomes[items[i].first].error);
                    }
                    continue;
                }
                if (content) {
                    m_outcomes[items[i].first].done = true;
                    const PlannedItem& item = plan.items[items[i].first];
                    m_needsVersionOnly[items[i].first] = item.local && !(item.local->version == items[i].second.version);
                    if (inlined.contains(items[i].first)) {
                        m_progress.bytesDone += items[i].second.size;
                    }
                    count(item, false);
                }
            }
        },
        m_context.cancelled);
    if (!run && !m_context.cancelled) {
        batcher.settleUnanswered();  // what could not be read here keeps its own reason
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (!batcher.settled(i) && m_outcomes[items[i].first].error.isEmpty()) {
                failItem(i, run.errorMessage(), true);
            }
        }
    }
    timed(content ? QStringLiteral("apply") : QStringLiteral("versions"), clock);
}

} // namespace ferry
