#include "HelloMessage.h"

#include "WireLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace ferry {

namespace {

QString versionRange(int low, int high)
{
    return low == high ? QString::number(low) : QStringLiteral("%1–%2").arg(low).arg(high);
}

bool isText(const QJsonValue& value, int maxBytes)
{
    return value.isString() && value.toString().toUtf8().size() <= maxBytes;
}

// Integers in JSON are doubles: accept only whole numbers in range.
bool isInt(const QJsonValue& value, int low, int high)
{
    if (!value.isDouble()) {
        return false;
    }
    const double number = value.toDouble();
    return number >= low && number <= high && number == double(qint64(number));
}

} // namespace

bool HelloSite::isNamed(const QString& nameOrUuid) const
{
    if (name.compare(nameOrUuid, Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QUuid wanted = QUuid::fromString(nameOrUuid);
    return !wanted.isNull() && uuid == wanted;
}

const HelloSite* Hello::site(const QString& nameOrUuid) const
{
    const auto found = std::find_if(sites.begin(), sites.end(), [&](const HelloSite& s) { return s.isNamed(nameOrUuid); });
    return found == sites.end() ? nullptr : &*found;
}

QByteArray HelloMessage::encode(const Hello& hello)
{
    QJsonArray sites;
    for (const HelloSite& site : hello.sites) {
        QJsonObject entry{{QStringLiteral("uuid"), site.uuid.toString(QUuid::WithoutBraces)},
                          {QStringLiteral("name"), site.name},
                          {QStringLiteral("stage"), site.stage},
                          {QStringLiteral("resources"), QJsonArray::fromStringList(site.resources)}};
        if (site.push) {
            entry.insert(QStringLiteral("push"), *site.push);
        }
        sites.append(entry);
    }
    const QJsonObject object{
        {QStringLiteral("agent"), QStringLiteral("ferryd")},
        {QStringLiteral("version"), hello.agentVersion},
        {QStringLiteral("protocol"),
         QJsonObject{{QStringLiteral("min"), hello.protocolMin}, {QStringLiteral("max"), hello.protocolMax}}},
        {QStringLiteral("time"), hello.serverTime.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("capabilities"), QJsonArray::fromStringList(hello.capabilities)},
        {QStringLiteral("sites"), sites},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<Hello> HelloMessage::decode(const QByteArray& bytes)
{
    if (bytes.size() > wire::maxHelloBytes) {
        return fail(tr("The agent's hello is larger than %1 bytes.").arg(wire::maxHelloBytes));
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(tr("The agent's hello is not a JSON object: %1.").arg(error.errorString()));
    }
    const QJsonObject object = document.object();
    const auto bad = [](const QString& field) {
        return fail(tr("The agent's hello has no valid '%1'.").arg(field));
    };
    Hello hello;
    if (!isText(object.value(QStringLiteral("version")), 64)) {
        return bad(QStringLiteral("version"));
    }
    hello.agentVersion = object.value(QStringLiteral("version")).toString();
    const QJsonObject protocol = object.value(QStringLiteral("protocol")).toObject();
    if (!isInt(protocol.value(QStringLiteral("min")), 1, 1000000)
        || !isInt(protocol.value(QStringLiteral("max")), 1, 1000000)) {
        return bad(QStringLiteral("protocol"));
    }
    hello.protocolMin = protocol.value(QStringLiteral("min")).toInt();
    hello.protocolMax = protocol.value(QStringLiteral("max")).toInt();
    if (hello.protocolMin > hello.protocolMax) {
        return bad(QStringLiteral("protocol"));
    }
    if (!isText(object.value(QStringLiteral("time")), 64)) {
        return bad(QStringLiteral("time"));
    }
    hello.serverTime = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    if (!hello.serverTime.isValid()) {
        return bad(QStringLiteral("time"));
    }
    hello.serverTime = hello.serverTime.toUTC();
    const QJsonValue capabilities = object.value(QStringLiteral("capabilities"));
    if (!capabilities.isArray() || capabilities.toArray().size() > wire::maxCapabilities) {
        return bad(QStringLiteral("capabilities"));
    }
    for (const QJsonValue& capability : capabilities.toArray()) {
        if (!isText(capability, 64)) {
            return bad(QStringLiteral("capabilities"));
        }
        hello.capabilities.append(capability.toString());
    }
    const QJsonValue sites = object.value(QStringLiteral("sites"));
    if (!sites.isArray() || sites.toArray().size() > wire::maxSites) {
        return bad(QStringLiteral("sites"));
    }
    static const QRegularExpression siteName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    for (const QJsonValue& value : sites.toArray()) {
        const QJsonObject site = value.toObject();
        HelloSite entry;
        entry.uuid = QUuid::fromString(site.value(QStringLiteral("uuid")).toString());
        entry.name = site.value(QStringLiteral("name")).toString();
        if (!value.isObject() || entry.uuid.isNull() || !siteName.match(entry.name).hasMatch()
            || !isInt(site.value(QStringLiteral("stage")), 0, 99)) {
            return bad(QStringLiteral("sites"));
        }
        entry.stage = site.value(QStringLiteral("stage")).toInt();
        if (site.contains(QStringLiteral("push"))) {
            if (!site.value(QStringLiteral("push")).isBool()) {
                return bad(QStringLiteral("sites"));
            }
            entry.push = site.value(QStringLiteral("push")).toBool();
        }
        const QJsonValue resources = site.value(QStringLiteral("resources"));
        if (!resources.isArray() || resources.toArray().size() > 1000) {
            return bad(QStringLiteral("sites"));
        }
        for (const QJsonValue& resource : resources.toArray()) {
            if (!isText(resource, 200)) {
                return bad(QStringLiteral("sites"));
            }
            entry.resources.append(resource.toString());
        }
        hello.sites.push_back(std::move(entry));
    }
    return hello;
}

Result<int> HelloMessage::negotiate(const Hello& hello, int ourMin, int ourMax)
{
    const int low = std::max(hello.protocolMin, ourMin);
    const int high = std::min(hello.protocolMax, ourMax);
    if (low > high) {
        return fail(tr("This agent speaks protocol %1, we speak %2: upgrade the older of the two.")
                        .arg(versionRange(hello.protocolMin, hello.protocolMax), versionRange(ourMin, ourMax)));
    }
    return high;
}

} // namespace ferry
