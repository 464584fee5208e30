#pragma once
// GET /v1/hello: who the agent is, which protocol versions it speaks, what it serves and what
// time it thinks it is (for the clock-skew check). JSON, so that an administrator can read it
// with curl. encode/decode are pure functions over bytes; decode checks every field and bound.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <vector>

namespace ferry {

struct HelloSite {
    QUuid uuid;
    QString name;
    int stage = 0;
    QStringList resources;  // "files", and "table:NAME" for each synced table
    // Whether the peer that asked may push to this site; unset when the agent does not say
    // (agents before this field), so that a client can tell "no" from "not known".
    std::optional<bool> push;
    // Whether a site named by a user (its name in any case, or its UUID) is this one.
    bool isNamed(const QString& nameOrUuid) const;
    bool operator==(const HelloSite&) const = default;
};

struct Hello {
    QString agentVersion;
    int protocolMin = 0;
    int protocolMax = 0;
    QDateTime serverTime;  // UTC, millisecond precision
    QStringList capabilities;
    std::vector<HelloSite> sites;
    // The site a user named, or nullptr when the agent offers none by that name or UUID.
    const HelloSite* site(const QString& nameOrUuid) const;
    bool operator==(const Hello&) const = default;
};

class HelloMessage
{
    Q_DECLARE_TR_FUNCTIONS(HelloMessage)

public:
    static QByteArray encode(const Hello& hello);
    static Result<Hello> decode(const QByteArray& bytes);
    // The version both sides speak (the highest), or why there is none.
    static Result<int> negotiate(const Hello& hello, int ourMin, int ourMax);
};

} // namespace ferry
