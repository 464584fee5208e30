#pragma once
// GET /v1/sites/SITE/changes: one page of a site's change feed (SiteIndex::changesSince) as CBOR.
// A page is {"v": 2, "last": N, "more": bool, "entries": [...]}; each entry names a file (by a
// RelativePath) or a row (table and key), with its version vector, hybrid timestamp, and for a
// file its SHA-256 and size. decode is a pure function over bytes that checks every bound.

#include "common/Result.h"
#include "site/SiteIndex.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ferry {

class FeedPageCodec
{
    Q_DECLARE_TR_FUNCTIONS(FeedPageCodec)

public:
    static QByteArray encode(const FeedPage& page);
    static Result<FeedPage> decode(const QByteArray& bytes);
};

} // namespace ferry
