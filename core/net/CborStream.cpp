#include "CborStream.h"

#include "WireLimits.h"

#include <QCoreApplication>

#include <limits>

namespace ferry::cbor {

namespace {

bool fine(QCborStreamReader& reader)
{
    return reader.lastError() == QCborError::NoError;
}

template <typename Container, typename ReadChunk>
bool readChunks(Container& out, ReadChunk readChunk)
{
    out = Container();
    auto chunk = readChunk();
    while (chunk.status == QCborStreamReader::Ok) {
        out += chunk.data;  // one chunk for a string of known length: shared, not copied
        chunk = readChunk();
    }
    return chunk.status == QCborStreamReader::EndOfString;
}

} // namespace

void beginArrayMessage(QCborStreamWriter& writer, const QString& arrayKey, quint64 count)
{
    writer.startMap(2);
    writer.append(QLatin1StringView("v"));
    writer.append(qint64(wire::protocolVersion));
    writer.append(arrayKey);
    writer.startArray(count);
}

void endArrayMessage(QCborStreamWriter& writer)
{
    writer.endArray();
    writer.endMap();
}

void skip(QCborStreamReader& reader)
{
    while (fine(reader) && reader.isTag()) {
        reader.next();  // a tag is followed by what it tags, skipped below
    }
    if (fine(reader) && reader.hasNext()) {
        reader.next();
    }
}

bool readText(QCborStreamReader& reader, QString& text, qsizetype maxBytes)
{
    // A string's length is its UTF-8 bytes: one too long is skipped unread.
    if (!reader.isString() || (reader.isLengthKnown() && reader.length() > quint64(maxBytes))) {
        skip(reader);
        return false;
    }
    if (!readChunks(text, [&] { return reader.readString(); })) {
        return false;
    }
    return text.size() * 3 <= maxBytes || text.toUtf8().size() <= maxBytes;
}

bool readBytes(QCborStreamReader& reader, QByteArray& bytes)
{
    if (!reader.isByteArray()) {
        skip(reader);
        return false;
    }
    return readChunks(bytes, [&] { return reader.readByteArray(); });
}

bool readBool(QCborStreamReader& reader, bool& value)
{
    if (!reader.isBool()) {
        skip(reader);
        return false;
    }
    value = reader.toBool();
    reader.next();
    return true;
}

bool readInteger(QCborStreamReader& reader, qint64& value)
{
    // As QCborValue reads them: beyond 64 signed bits an integer is not one.
    constexpr quint64 largest = quint64(std::numeric_limits<qint64>::max());
    bool fits = false;
    if (reader.isUnsignedInteger()) {
        const quint64 n = reader.toUnsignedInteger();
        fits = n <= largest;
        value = fits ? qint64(n) : 0;
    } else if (reader.isNegativeInteger()) {
        const quint64 n = quint64(reader.toNegativeInteger());  // the value is -n
        fits = n <= largest + 1;
        value = !fits ? 0 : n == largest + 1 ? std::numeric_limits<qint64>::min() : -qint64(n);
    }
    skip(reader);
    return fits;
}

bool readMap(QCborStreamReader& reader, const std::function<void(const QString& key, QCborStreamReader&)>& entry)
{
    if (!reader.isMap() || !reader.enterContainer()) {
        return false;
    }
    while (fine(reader) && reader.hasNext()) {
        QString key;
        if (!readText(reader, key, wire::maxTextBytes)) {
            skip(reader);  // the value of a key that is not text (or a key too long to be ours)
            continue;
        }
        if (!fine(reader) || !reader.hasNext()) {
            return false;  // a key without its value
        }
        entry(key, reader);
    }
    return fine(reader) && reader.leaveContainer();
}

Result<void> readArrayMessage(const QByteArray& bytes, qsizetype maxBytes, const QString& what, const ArrayField& array,
                              const std::function<Result<void>(QCborStreamReader&, qsizetype)>& element)
{
    if (bytes.size() > maxBytes) {
        return fail(QCoreApplication::translate("CborMessage", "%1 is larger than %2 bytes.").arg(what).arg(maxBytes));
    }
    QCborStreamReader reader(bytes);
    const auto malformed = [&] {
        const QCborError error = fine(reader) ? QCborError{QCborError::IllegalType} : reader.lastError();
        return fail(QCoreApplication::translate("CborMessage", "%1 is not valid CBOR: %2.").arg(what, error.toString()));
    };
    if (!fine(reader) || reader.isInvalid()) {
        return malformed();
    }
    if (!reader.isMap()) {
        return fail(QCoreApplication::translate("CborMessage", "%1 is not a CBOR map.").arg(what));
    }
    bool versionSeen = false;
    qint64 version = -1;
    bool arraySeen = false;
    Result<void> outcome;  // the first element that failed, if one did
    const auto readElements = [&](QCborStreamReader& value) {
        if (value.isLengthKnown() && value.length() > quint64(array.maxElements)) {
            outcome = fail(array.tooMany(qsizetype(value.length())));
            skip(value);
            return;
        }
        value.enterContainer();
        qsizetype count = 0;  // elements read or walked over
        while (outcome && fine(value) && value.hasNext()) {
            if (count == array.maxElements) {
                outcome = Error{};  // worded below, once the array is counted
                break;
            }
            outcome = element(value, count);
            ++count;
        }
        while (fine(value) && value.hasNext()) {
            skip(value);  // what follows an element that failed is walked over, unread
            ++count;
        }
        if (count > array.maxElements) {  // an array of unstated length, counted to its end
            outcome = fail(array.tooMany(count));
        }
        if (fine(value)) {
            value.leaveContainer();
        }
    };
    const bool read = readMap(reader, [&](const QString& key, QCborStreamReader& value) {
        if (key == QLatin1StringView("v") && !versionSeen) {
            versionSeen = readInteger(value, version);
        } else if (key == array.key && !arraySeen && value.isArray()) {
            arraySeen = true;
            readElements(value);
        } else {
            skip(value);
        }
    });
    if (!read || !fine(reader)) {
        return malformed();
    }
    if (reader.currentOffset() != bytes.size()) {
        return fail(QCoreApplication::translate("CborMessage", "%1 is not valid CBOR: there are bytes after its end.").arg(what));
    }
    if (!versionSeen || version != wire::protocolVersion) {
        return fail(QCoreApplication::translate("CborMessage", "%1 has protocol version %2; this build reads version %3.")
                        .arg(what, versionSeen ? QString::number(version) : QStringLiteral("?"))
                        .arg(wire::protocolVersion));
    }
    if (!arraySeen) {
        return fail(array.missing);
    }
    return outcome;
}

} // namespace ferry::cbor
