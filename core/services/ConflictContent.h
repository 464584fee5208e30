#pragma once
// What the conflict review shows of both versions: read from the copies the engine keeps
// ("copy" in each side's JSON: an absolute path) or the row values it recorded ("values"), or, for
// a remote file no copy was kept of, from the remote site; sorted into text (with a line diff),
// image, rows or other, on a worker thread.

#include "common/LineDiff.h"
#include "common/Result.h"
#include "model/Conflict.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>

#include <functional>
#include <vector>

namespace ferry {

struct ConflictSide {
    bool available = false;
    QByteArray bytes; // the file's content (up to maxBytes), when available
    QJsonObject values; // a row's column → value, for rows
    QString problem; // why the content is not available, for people
    bool fetched = false; // read from the remote site just now, not from a copy kept here
};

struct ConflictContent {
    enum class Kind { Unavailable, Text, Image, Rows, Binary };
    static constexpr qint64 maxBytes = 8 * 1024 * 1024;

    qint64 conflictId = 0;
    Kind kind = Kind::Unavailable;
    ConflictSide local;
    ConflictSide remote;
    std::vector<DiffLine> diff; // for text
    QStringList columns; // for rows: every column either side has, in a stable order

    // readRemote: asked for the remote file's content when no copy of it was kept here.
    using RemoteReader = std::function<Result<QByteArray>()>;
    static ConflictContent load(const Conflict& conflict, const RemoteReader& readRemote = {});
};

class ConflictContentMessages
{
    Q_DECLARE_TR_FUNCTIONS(ConflictContent)

public:
    static QString noCopy();
    static QString unreadable(const QString& path, const QString& reason);
    static QString tooLarge(const QString& path);
    static QString remoteUnreadable(const QString& reason);
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::ConflictContent)
