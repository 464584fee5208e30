#include "ConflictContent.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QStringDecoder>

namespace ferry {
namespace {

ConflictSide readSide(const QJsonObject& side)
{
    ConflictSide out;
    if (side.value(QLatin1String("values")).isObject()) {
        out.values = side.value(QLatin1String("values")).toObject();
        out.available = true;
        return out;
    }
    const QString path = side.value(QLatin1String("copy")).toString();
    if (path.isEmpty()) {
        out.problem = ConflictContentMessages::noCopy();
        return out;
    }
    QFile file(path);
    if (QFileInfo(path).size() > ConflictContent::maxBytes) {
        out.problem = ConflictContentMessages::tooLarge(path);
        return out;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.problem = ConflictContentMessages::unreadable(path, file.errorString());
        return out;
    }
    out.bytes = file.read(ConflictContent::maxBytes);
    out.available = true;
    return out;
}

bool isImageName(const QString& item)
{
    static const QStringList suffixes { QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
        QStringLiteral("gif"), QStringLiteral("bmp"), QStringLiteral("webp"), QStringLiteral("svg"),
        QStringLiteral("ico") };
    return suffixes.contains(QFileInfo(item).suffix().toLower());
}

// Text: valid UTF-8 without NUL bytes.
bool isText(const QByteArray& bytes)
{
    if (bytes.contains('\0')) {
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

QString ConflictContentMessages::noCopy()
{
    return tr("Content not available: no copy of this version was kept.");
}

QString ConflictContentMessages::unreadable(const QString& path, const QString& reason)
{
    return tr("Content not available: %1 cannot be read (%2).").arg(path, reason);
}

QString ConflictContentMessages::remoteUnreadable(const QString& reason)
{
    return tr("Content not available: %1").arg(reason);
}

QString ConflictContentMessages::tooLarge(const QString& path)
{
    return tr("Content not shown: %1 is larger than 8 MiB.").arg(path);
}

ConflictContent ConflictContent::load(const Conflict& conflict, const RemoteReader& readRemote)
{
    ConflictContent content;
    content.conflictId = conflict.id;
    content.local = readSide(conflict.local);
    content.remote = readSide(conflict.remote);
    const bool remoteFile = !conflict.remote.contains(QLatin1String("values"))
        && !conflict.remote.value(QLatin1String("deleted")).toBool() && !conflict.remote.value(QLatin1String("absent")).toBool();
    if (!content.remote.available && remoteFile && readRemote) {
        if (auto bytes = readRemote()) {
            content.remote = {.available = true, .bytes = *bytes, .fetched = true};
        } else {
            content.remote.problem = ConflictContentMessages::remoteUnreadable(bytes.errorMessage());
        }
    }
    const bool rows = !content.local.values.isEmpty() || !content.remote.values.isEmpty();
    if (rows) {
        content.kind = Kind::Rows;
        for (const QJsonObject* values : { &content.local.values, &content.remote.values }) {
            for (const QString& column : values->keys()) {
                if (!content.columns.contains(column)) {
                    content.columns << column;
                }
            }
        }
        return content;
    }
    if (!content.local.available && !content.remote.available) {
        content.kind = Kind::Unavailable;
        return content;
    }
    if (isImageName(conflict.item)) {
        content.kind = Kind::Image;
        return content;
    }
    if (isText(content.local.bytes) && isText(content.remote.bytes)) {
        content.kind = Kind::Text;
        content.diff = LineDiff::compare(LineDiff::lines(QString::fromUtf8(content.local.bytes)),
            LineDiff::lines(QString::fromUtf8(content.remote.bytes)));
        return content;
    }
    content.kind = Kind::Binary;
    return content;
}

} // namespace ferry
