#pragma once
// POST /v1/sites/SITE/apply: items a peer asks a site to take, and what became of each. A file
// arrives as its hash, size and chunk list (the chunks are already with the site, in its files
// or its chunk store), a row as its column values, a deletion as a tombstone; each with the
// version it must be recorded with, and the version the sender believes the site holds, so that
// an item changed on the site since the sender looked is refused rather than overwritten. A
// small new file may carry its content instead (agents announcing "apply-inline").

#include "site/SiteIndex.h"

#include <QCborMap>

#include <optional>
#include <vector>

namespace ferry {

struct ApplyItem {
    FeedEntry::Kind kind = FeedEntry::Kind::File;
    QString path;   // File
    QString table;  // Row
    QString key;    // Row: the primary key as a canonical JSON array
    bool deleted = false;
    bool versionOnly = false;  // the site already holds this content: only the version is joined
    VersionVector version;     // what the site records
    HybridTimestamp timestamp;
    std::optional<VersionVector> base;  // what the site should hold now; unset: nothing (or a tombstone)
    Sha256 hash{};                      // a live file
    qint64 size = 0;
    std::vector<Chunk> chunks;
    // A small new file's bytes, sent with the item instead of through the chunk store: the
    // receiver checks them against the chunk list and the hash and writes them straight into
    // place (no copy in the chunk store, written and read back). Unset: assembled from chunks.
    std::optional<QByteArray> content;
    QCborMap values;                    // a live row: column → value

    QString describe() const { return kind == FeedEntry::Kind::File ? path : table + QLatin1Char(' ') + key; }
};

struct ApplyOutcome {
    bool applied = false;
    QString error;  // why not, a sentence
};

} // namespace ferry
