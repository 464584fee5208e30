#pragma once
// Cuts a push's apply items into batches as they are sent (PlanExecutor::applyRemotely), and
// remembers which items went into which batch, so that each answer settles its own items.
// Batches are made one after the other, on the run's thread: rows are read when their batch is
// made, so that reading them overlaps the agent applying the batches before, and small files'
// content is read by the batch's finish, on the worker thread that makes its body. Each batch
// stays within the agent's item count and body size, inline content counted as it is before
// compression, so a batch never exceeds the limit however its files compress.

#include "RemoteSite.h"
#include "common/Result.h"
#include "net/ApplyBatch.h"

#include <QCborMap>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ferry {

class ChunkLocator;

class ApplyBatcher
{
public:
    // Item i's failure found on this side (why); never sent.
    using FailHere = std::function<void(std::size_t i, const QString& why)>;
    // Item i's row values, read when its batch is made (an error fails the item here); nullopt
    // for an item with none to read.
    using RowValues = std::function<std::optional<Result<QCborMap>>(std::size_t i)>;

    // items: what to send, in order. inlineAt(i): item i's content travels with it, read through
    // locator (never null then).
    // rowsRead: called once each batch is made, when it has read its rows.
    ApplyBatcher(const std::vector<std::pair<std::size_t, ApplyItem>>& items, std::function<bool(std::size_t)> inlineAt,
                 const ChunkLocator* locator, RowValues rowValues, FailHere failHere,
                 std::function<void()> rowsRead = {});

    // Batch b (b is one more than the batch made before); no items when every item is in one.
    RemoteSite::Batch make(std::size_t b);
    bool withDeletions(std::size_t b) const { return m_withDeletions.at(b); }
    // Once batch b is answered: the items it carried, in the answer's order (those whose content
    // could not be read here are failed through failHere first, and left out).
    std::vector<std::size_t> settle(std::size_t b);
    // After a run that stopped: fails through failHere, with their own reason, the items left
    // out of batches never answered.
    void settleUnanswered();
    // Whether item i has its outcome: failed here, or in an answered batch.
    bool settled(std::size_t i) const { return m_settled.at(i); }

private:
    using Unread = std::vector<std::pair<std::size_t, QString>>;  // (position in the batch, why)

    const std::vector<std::pair<std::size_t, ApplyItem>>& m_items;
    std::function<bool(std::size_t)> m_inlineAt;
    const ChunkLocator* m_locator;
    RowValues m_rowValues;
    FailHere m_failHere;
    std::function<void()> m_rowsRead;
    std::size_t m_next = 0;                    // the first item not yet in a batch
    std::vector<std::vector<std::size_t>> m_sent;  // the items of each batch, as made
    std::vector<bool> m_withDeletions;
    // Per batch, filled by the worker that reads its content, read here once it is answered.
    std::vector<std::shared_ptr<Unread>> m_unread;
    std::vector<bool> m_settled;
};

} // namespace ferry
