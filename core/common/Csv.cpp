#include "Csv.h"

namespace ferry {

QByteArray Csv::field(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    const bool quote = bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n');
    if (!quote) {
        return bytes;
    }
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QByteArray Csv::record(const QStringList& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += ',';
        }
        line += field(fields[i]);
    }
    return line + "\r\n";
}

} // namespace ferry
