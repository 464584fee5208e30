#pragma once
// The apply batch and its answer as CBOR:
//   {"v": 2, "items": [{"kind": "file"|"row", "path" | "table"+"key", "del", "vonly", "ver",
//                       "hlc", "base"?, "hash", "size", "chunks" (36 bytes a chunk), "values",
//                       "data"? (a small file's content), "z"? (data compressed with zstd)}]}
//   {"v": 2, "results": [{"ok": bool, "error"?: text}]}   (one per item, in order)
// decode is a pure function over bytes that checks every bound and every path, and expands
// inline content (never beyond the item's size, nor a batch's maxInlineBatchBytes); the content's
// hash is checked where it is written (SiteWriter), not here.

#include "ApplyBatch.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCborStreamReader>
#include <QCoreApplication>

namespace ferry {

class ApplyBatchCodec
{
    Q_DECLARE_TR_FUNCTIONS(ApplyBatchCodec)

public:
    static QByteArray encode(const std::vector<ApplyItem>& items);
    static Result<std::vector<ApplyItem>> decode(const QByteArray& bytes);
    // How many bytes an item adds to a batch, near enough to keep batches under the limit.
    static qsizetype estimateSize(const ApplyItem& item);

    static QByteArray encodeOutcomes(const std::vector<ApplyOutcome>& outcomes);
    static Result<std::vector<ApplyOutcome>> decodeOutcomes(const QByteArray& bytes, std::size_t expected);

private:
    static Result<ApplyItem> decodeItem(QCborStreamReader& reader);
    // Whether item may carry content at all (a live file's, within the inline bound).
    static Result<void> mayCarryContent(const ApplyItem& item);
    // The content as sent, expanded when compressed; exactly size bytes or an error.
    static Result<QByteArray> expandContent(QByteArray data, bool compressed, qint64 size);
};

} // namespace ferry
