#include "CheckpointMessage.h"

#include "WireLimits.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ferry {

namespace {

constexpr double maxSequence = 9007199254740992.0;  // 2^53: exact in a JSON number

} // namespace

bool CheckpointMessage::isResource(const QString& resource)
{
    static const QRegularExpression table(QStringLiteral("^table:[A-Za-z_][A-Za-z0-9_$.]{0,254}$"));
    return resource == QStringLiteral("files") || table.match(resource).hasMatch();
}

QByteArray CheckpointMessage::encode(const CheckpointSet& set)
{
    QJsonObject checkpoints;
    for (const auto& [resource, sequence] : set.checkpoints) {
        checkpoints.insert(resource, double(sequence));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("peer"), set.peer.toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("checkpoints"), checkpoints}})
               .toJson(QJsonDocument::Compact)
           + '\n';
}

Result<CheckpointSet> CheckpointMessage::decode(const QByteArray& bytes)
{
    if (bytes.size() > wire::maxRequestBodyBytes) {
        return fail(tr("The checkpoints are larger than %1 bytes.").arg(wire::maxRequestBodyBytes));
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(tr("The checkpoints are not a JSON object: %1.").arg(error.errorString()));
    }
    CheckpointSet set;
    set.peer = QUuid::fromString(document.object().value(QStringLiteral("peer")).toString());
    if (set.peer.isNull()) {
        return fail(tr("The checkpoints name no peer site UUID."));
    }
    const QJsonValue checkpoints = document.object().value(QStringLiteral("checkpoints"));
    if (!checkpoints.isObject() || checkpoints.toObject().size() > maxCheckpoints) {
        return fail(tr("The checkpoints need a 'checkpoints' object of at most %1 resources.").arg(maxCheckpoints));
    }
    const QJsonObject object = checkpoints.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isResource(it.key())) {
            return fail(tr("'%1' is not a resource; resources are 'files' and 'table:NAME'.").arg(it.key().left(80)));
        }
        const double number = it.value().toDouble(-1);
        if (!it.value().isDouble() || number < 0 || number > maxSequence || number != double(qint64(number))) {
            return fail(tr("The checkpoint of %1 is not a change number.").arg(it.key()));
        }
        set.checkpoints.emplace(it.key(), qint64(number));
    }
    return set;
}

} // namespace ferry
