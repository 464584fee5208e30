#pragma once
// POST /v1/sites/SITE/rows: "what do these rows hold?" — column values by table and primary key.
//   {"v": 2, "rows": [{"table", "key"}]}  →  {"v": 2, "rows": [{"table", "key", "values"?: map}]}
// A row without values does not exist (any more). decode functions are pure and bounded.

#include "common/Result.h"

#include <QByteArray>
#include <QCborMap>
#include <QCoreApplication>

#include <vector>

namespace ferry {

struct RowValues {
    QString table;
    QString key;
    bool exists = false;
    QCborMap values;  // column → value
};

class RowValuesCodec
{
    Q_DECLARE_TR_FUNCTIONS(RowValuesCodec)

public:
    static constexpr int maxRows = 2000;

    static QByteArray encodeRequest(const std::vector<RowValues>& rows);
    static Result<std::vector<RowValues>> decodeRequest(const QByteArray& bytes);
    static QByteArray encode(const std::vector<RowValues>& rows);
    static Result<std::vector<RowValues>> decode(const QByteArray& bytes);

private:
    static Result<std::vector<RowValues>> decodeRows(const QByteArray& bytes, qsizetype maxBytes, bool withValues,
                                                     const QString& what);
};

} // namespace ferry
