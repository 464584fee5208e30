#pragma once
// Comma-separated values as RFC 4180 has them: a field holding a comma, a double quote, a
// carriage return or a line feed is quoted, a quote inside doubled, records end with CRLF.
// Spreadsheets and scripts read that alike.

#include <QByteArray>
#include <QStringList>

namespace ferry {

class Csv
{
public:
    static QByteArray field(const QString& text);
    static QByteArray record(const QStringList& fields);
};

} // namespace ferry
