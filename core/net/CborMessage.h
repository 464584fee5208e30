#pragma once
// What every CBOR message of protocol 2 shares: one map, within a size bound, carrying
// {"v": 2}, with nothing after it. The codecs use these checks before they look at any field.

#include "common/Result.h"
#include "site/ContentHasher.h"

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <vector>

namespace ferry::cbor {

// The message's root map, or why it is not one this build reads. what names the message for
// the error ("The apply batch").
Result<QCborMap> parseRoot(const QByteArray& bytes, qsizetype maxBytes, const QString& what);
QCborMap root();  // {"v": protocol version}

bool isText(const QCborValue& value, int maxBytes);
bool isCount(const QCborValue& value);
QByteArray hashBytes(const Sha256& hash);
bool readHash(const QCborValue& value, Sha256& hash);
bool readHash(const QByteArray& bytes, Sha256& hash);  // a byte string already read
// A chunk list as stored in the index (36 bytes a chunk), checked to have whole chunks within
// the limits and to add up to size.
bool readChunkList(const QCborValue& value, qint64 size, std::vector<Chunk>& chunks);
bool readChunkList(const QByteArray& bytes, qint64 size, std::vector<Chunk>& chunks);

} // namespace ferry::cbor
