#include "ApplyBatcher.h"

#include "net/ApplyBatchCodec.h"
#include "net/ChunkLocator.h"
#include "net/WireLimits.h"

namespace ferry {

ApplyBatcher::ApplyBatcher(const std::vector<std::pair<std::size_t, ApplyItem>>& items,
                           std::function<bool(std::size_t)> inlineAt, const ChunkLocator* locator, RowValues rowValues,
                           FailHere failHere, std::function<void()> rowsRead)
    : m_items(items)
    , m_inlineAt(std::move(inlineAt))
    , m_locator(locator)
    , m_rowValues(std::move(rowValues))
    , m_failHere(std::move(failHere))
    , m_rowsRead(std::move(rowsRead))
    , m_settled(items.size(), false)
{
}

RemoteSite::Batch ApplyBatcher::make(std::size_t b)
{
    m_sent.resize(b + 1);
    m_withDeletions.resize(b + 1, false);
    m_unread.resize(b + 1);
    m_unread[b] = std::make_shared<Unread>();
    RemoteSite::Batch batch;
    std::vector<std::size_t> toRead;  // positions in the batch of the files sent inline
    qsizetype bytes = 64;
    while (m_next < m_items.size() && batch.items.size() < std::size_t(wire::maxApplyItems)) {
        const std::size_t i = m_next;
        const ApplyItem& planned = m_items[i].second;
        std::optional<ApplyItem> row;
        if (auto values = m_rowValues(i)) {
            if (!*values) {
                m_failHere(i, values->errorMessage());
                m_settled[i] = true;
                ++m_next;
                continue;
            }
            row = planned;
            row->values = std::move(*values).value();
        }
        const bool withContent = m_inlineAt(i);
        const qsizetype size = ApplyBatchCodec::estimateSize(row ? *row : planned)
                               + (withContent ? qsizetype(planned.size) + 16 : 0);
        if (!batch.items.empty() && bytes + size > wire::maxApplyBodyBytes * 3 / 4) {
            break;  // a row read for it is read again for the next batch: rare, and cheap
        }
        ++m_next;
        bytes += size;
        m_withDeletions[b] = m_withDeletions[b] || planned.deleted;
        if (withContent) {
            toRead.push_back(batch.items.size());
        }
        batch.items.push_back(row ? std::move(*row) : planned);
        m_sent[b].push_back(i);
    }
    if (m_rowsRead) {
        m_rowsRead();
    }
    if (!toRead.empty()) {
        batch.finish = [locator = m_locator, toRead, unread = m_unread[b]](std::vector<ApplyItem>& items) {
            for (const std::size_t k : toRead) {
                auto bytesRead = locator->readFile(items[k].path, items[k].chunks);
                if (bytesRead) {
                    items[k].content = std::move(bytesRead).value();
                } else {
                    unread->emplace_back(k, bytesRead.errorMessage());
                }
            }
            for (auto it = unread->rbegin(); it != unread->rend(); ++it) {
                items.erase(items.begin() + qsizetype(it->first));
            }
        };
    }
    return batch;
}

std::vector<std::size_t> ApplyBatcher::settle(std::size_t b)
{
    std::vector<std::size_t>& sent = m_sent.at(b);
    // What could not be read here never left: its own reason, and out of the answer's order.
    for (auto it = m_unread[b]->rbegin(); it != m_unread[b]->rend(); ++it) {
        const std::size_t i = sent[it->first];
        m_settled[i] = true;
        m_failHere(i, it->second);
        sent.erase(sent.begin() + qsizetype(it->first));
    }
    m_unread[b]->clear();  // settled: positions in sent have moved
    for (const std::size_t i : sent) {
        m_settled[i] = true;
    }
    return sent;
}

void ApplyBatcher::settleUnanswered()
{
    for (std::size_t b = 0; b < m_unread.size(); ++b) {
        for (const auto& [k, why] : *m_unread[b]) {
            const std::size_t i = m_sent[b][k];
            if (!m_settled[i]) {
                m_settled[i] = true;
                m_failHere(i, why);
            }
        }
    }
}

} // namespace ferry
