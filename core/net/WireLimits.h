#pragma once
// The bounds every message from the wire is checked against before anything uses it. A peer that
// sends more is refused, not truncated: a half-read message must never look like a whole one.

#include <QtGlobal>

namespace ferry::wire {

constexpr int protocolVersion = 2;       // the one version this build speaks (2: content hashes of chunks' hashes)
constexpr int minProtocolVersion = 2;

constexpr qsizetype maxHelloBytes = 1024 * 1024;
constexpr qsizetype maxFeedPageBytes = 16 * 1024 * 1024;
constexpr qsizetype maxChunkListBytes = 256 * 1024;
constexpr qsizetype maxChunkBytes = 256 * 1024;        // ContentHasher::maxChunk
constexpr qsizetype maxRequestBodyBytes = 1024 * 1024; // every POST but a chunk upload
// What the agent lets one connection send before it has answered: beyond this the connection is
// cut, because Qt HttpServer 6.4 buffers a whole request before the agent sees it. Bodies between
// the limits above and this get a 413 with a reason.
constexpr qint64 maxBufferedRequestBytes = 4 * 1024 * 1024;

constexpr int maxSites = 10000;
constexpr int maxFeedEntries = 10000;
constexpr int maxChunksPerList = 4096;
constexpr int maxChunksPerFile = 1 << 20;    // 16 GiB of the smallest chunks
constexpr int maxManifestPaths = 2000;       // files named in one manifest question
constexpr int maxApplyItems = 2000;          // items in one apply batch
constexpr qsizetype maxApplyBodyBytes = 3 * 1024 * 1024;  // under maxBufferedRequestBytes
// A file sent inline in an apply batch (its content with the item, no chunk upload): at most this
// large, and a batch's inline files at most maxInlineBatchBytes once expanded (what the agent
// holds in memory for one request).
constexpr qint64 maxInlineFileBytes = 2 * 1024 * 1024;
constexpr qint64 maxInlineBatchBytes = 16 * 1024 * 1024;
constexpr qsizetype maxManifestBytes = 16 * 1024 * 1024;
constexpr qsizetype maxRowBytes = 1024 * 1024; // one row's values
constexpr int maxPathBytes = 4096;
constexpr int maxPathDepth = 64;
constexpr int maxPathComponentBytes = 255;
constexpr int maxTextBytes = 4096;            // names, table names, row keys, version vectors
constexpr int maxCapabilities = 64;

} // namespace ferry::wire
