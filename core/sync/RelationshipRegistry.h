#pragma once
// Relationships: a local site paired with a site served by an agent at https://HOST:PORT/SITE,
// with the client certificate this side shows, the CA the agent's certificate must chain to, and
// optionally that certificate's pinned fingerprint. What may be stored is checked here; whether
// the agent answers is the connection test's business.

#include "common/Result.h"
#include "model/Relationship.h"

#include <QCoreApplication>

#include <vector>

namespace ferry {

class StateStore;

struct RemoteSiteUrl {
    QString host;
    int port = 0;
    QString site;  // its name or UUID on that agent

    static Result<RemoteSiteUrl> parse(const QString& url);
    QUrl toUrl() const;
};

struct RelationshipDraft {
    QString name;
    QString siteName;
    QString remoteUrl;
    QString certificatePath;  // empty: this server's own certificate (from an applied bundle)
    QString keyPath;
    QString caPath;           // empty: this installation's CA and the CAs it trusts
    QString pinnedFingerprint;
    QString proxyUrl;
    bool bypassProxy = false;
    bool acceptPushes = false;
};

// What can change on a stored relationship without pairing again.
struct RelationshipChange {
    QString pinnedFingerprint;  // empty: no pin
    QString proxyUrl;
    bool bypassProxy = false;
    bool acceptPushes = false;
};

class RelationshipRegistry
{
    Q_DECLARE_TR_FUNCTIONS(RelationshipRegistry)

public:
    RelationshipRegistry(StateStore& store, QString homePath);

    static Result<void> validateName(const QString& name, const QString& kind);

    Result<Relationship> add(const RelationshipDraft& draft);
    Result<Relationship> update(const QString& name, const RelationshipChange& change);
    // Removes the relationship with its profiles and their schedules; returns what it removed.
    Result<std::pair<Relationship, QStringList>> remove(const QString& name);
    Result<std::vector<Relationship>> list() const;
    Result<Relationship> find(const QString& name) const;

private:
    static Result<QUrl> parseProxy(const QString& text);
    Result<void> resolveCertificates(const RelationshipDraft& draft, Relationship& relationship) const;

    StateStore& m_store;
    QString m_homePath;
};

} // namespace ferry
