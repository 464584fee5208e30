#include "RowValuesCodec.h"

#include "CborMessage.h"
#include "WireLimits.h"

#include <QCborArray>

namespace ferry {

namespace {

const QString kRows = QStringLiteral("rows");
const QString kTable = QStringLiteral("table");
const QString kKey = QStringLiteral("key");
const QString kValues = QStringLiteral("values");

QByteArray encodeRows(const std::vector<RowValues>& rows, bool withValues)
{
    QCborArray array;
    for (const RowValues& row : rows) {
        QCborMap map{{kTable, row.table}, {kKey, row.key}};
        if (withValues && row.exists) {
            map.insert(kValues, row.values);
        }
        array.append(map);
    }
    QCborMap root = cbor::root();
    root.insert(kRows, array);
    return root.toCborValue().toCbor();
}

} // namespace

QByteArray RowValuesCodec::encodeRequest(const std::vector<RowValues>& rows)
{
    return encodeRows(rows, false);
}

QByteArray RowValuesCodec::encode(const std::vector<RowValues>& rows)
{
    return encodeRows(rows, true);
}

Result<std::vector<RowValues>> RowValuesCodec::decodeRequest(const QByteArray& bytes)
{
    return decodeRows(bytes, wire::maxRequestBodyBytes, false, tr("The row question"));
}

Result<std::vector<RowValues>> RowValuesCodec::decode(const QByteArray& bytes)
{
    return decodeRows(bytes, wire::maxManifestBytes, true, tr("The row answer"));
}

Result<std::vector<RowValues>> RowValuesCodec::decodeRows(const QByteArray& bytes, qsizetype maxBytes, bool withValues,
                                                          const QString& what)
{
    auto root = cbor::parseRoot(bytes, maxBytes, what);
    if (!root) {
        return root.error();
    }
    const QCborArray array = root->value(kRows).toArray();
    if (!root->value(kRows).isArray() || array.size() > maxRows) {
        return fail(tr("%1 must name at most %2 rows.").arg(what).arg(maxRows));
    }
    std::vector<RowValues> rows;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QCborMap map = array.at(i).toMap();
        if (!cbor::isText(map.value(kTable), 255) || map.value(kTable).toString().isEmpty()
            || !cbor::isText(map.value(kKey), wire::maxTextBytes) || map.value(kKey).toString().isEmpty()) {
            return fail(tr("Row %1 of %2 has no table or key.").arg(i + 1).arg(what));
        }
        RowValues row{map.value(kTable).toString(), map.value(kKey).toString(), false, {}};
        if (withValues && map.contains(kValues)) {
            if (!map.value(kValues).isMap() || map.value(kValues).toMap().size() > 1000) {
                return fail(tr("Row %1 of %2 has malformed values.").arg(i + 1).arg(what));
            }
            row.exists = true;
            row.values = map.value(kValues).toMap();
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace ferry
