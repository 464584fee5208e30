#pragma once
// Reading (and writing) a v1 message as a stream (QCborStreamReader) rather than as a QCborValue tree, for the
// messages that carry file content: an apply batch or a chunk batch holds megabytes, which a tree
// copies in and out again before a codec sees them, and builds a node for every field of
// thousands of items. The checks are those of parseRoot: a size bound, one map with {"v": 2} and
// nothing after it; each value is read or skipped as a whole, so a value of the wrong type never
// desynchronises the reader.

#include "common/Result.h"

#include <QByteArray>
#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QString>

#include <functional>

namespace ferry::cbor {

// The array a message carries its elements in, and its bounds.
struct ArrayField {
    QStringView key;     // "items", "chunks"
    qsizetype maxElements = 0;
    std::function<QString(qsizetype count)> tooMany;  // the error for more than maxElements
    QString missing;     // the error for a message without the array
};

// Reads a message's root map: "v" must be the protocol version; the array is handed, element by
// element, to element(reader, index), which reads the element whole (or fails, and the rest of
// the array is only walked over); other keys are skipped. The order of keys does not matter.
// what names the message in errors ("The apply batch").
Result<void> readArrayMessage(const QByteArray& bytes, qsizetype maxBytes, const QString& what, const ArrayField& array,
                              const std::function<Result<void>(QCborStreamReader&, qsizetype)>& element);

// Writes what readArrayMessage reads: {"v": 2, arrayKey: [count elements]}, the elements written
// between the two calls (definite lengths, the keys in that order: what a QCborMap tree writes).
void beginArrayMessage(QCborStreamWriter& writer, const QString& arrayKey, quint64 count);
void endArrayMessage(QCborStreamWriter& writer);

// A map's entries, each handed to entry(key, reader), which reads the value whole; keys that are
// not text are skipped with their values. False: the reader found the CBOR malformed.
bool readMap(QCborStreamReader& reader, const std::function<void(const QString& key, QCborStreamReader&)>& entry);

// One value each, consumed whole whatever its type. False when it is not of the type asked for
// (or beyond maxBytes of UTF-8, for text): it is skipped then.
bool readText(QCborStreamReader& reader, QString& text, qsizetype maxBytes);
bool readBytes(QCborStreamReader& reader, QByteArray& bytes);
bool readBool(QCborStreamReader& reader, bool& value);
bool readInteger(QCborStreamReader& reader, qint64& value);  // one that fits in 64 signed bits
void skip(QCborStreamReader& reader);

// A field of a map read as a stream: whether the key was there, and whether its value had the
// type asked for.
template <typename T>
struct Field {
    bool present = false;
    bool valid = false;
    T value{};

    bool ok() const { return present && valid; }
};

} // namespace ferry::cbor
