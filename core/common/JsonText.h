#pragma once
// JSON written as text a piece at a time, for output too large to build as a QJsonDocument first
// (ferryctl sync --json lists every item of a plan: 110,000 of them in a large initial copy,
// where the document, its text and the text stream's conversions cost a third of a second).

#include <QByteArray>
#include <QStringView>

namespace ferry::json {

// text as a JSON string (quotes included), UTF-8, escaped as RFC 8259 requires (quote, backslash
// and control characters): the bytes QJsonDocument writes for the same text.
void appendString(QByteArray& out, QStringView text);

} // namespace ferry::json
