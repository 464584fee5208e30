#include "RelationshipRegistry.h"

#include "common/PlainName.h"
#include "security/CertificateInfo.h"
#include "security/KeyFile.h"
#include "security/TrustStore.h"
#include "site/SiteRegistry.h"
#include "store/ProfileRepository.h"
#include "store/RelationshipRepository.h"
#include "store/StateStore.h"

#include <QFileInfo>
#include <QUrl>

namespace ferry {

namespace {

Result<CertificateInfo> readCertificate(const QString& path)
{
    QString error;
    const QByteArray bytes = KeyFile::readFile(path, &error);
    if (!error.isEmpty()) {
        return fail(RelationshipRegistry::tr("Cannot read the certificate %1 (%2).").arg(path, error));
    }
    return CertificateInfo::fromBytes(bytes, path);
}

} // namespace

Result<RemoteSiteUrl> RemoteSiteUrl::parse(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString site = url.path().mid(1);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() || url.port() <= 0
        || site.isEmpty() || site.contains(QLatin1Char('/')) || url.hasQuery() || url.hasFragment()) {
        return fail(RelationshipRegistry::tr("'%1' is not a remote site address. Use https://HOST:PORT/SITE, SITE being "
                                             "the site's name or UUID on that server's agent.")
                        .arg(text));
    }
    if (!url.userInfo().isEmpty()) {
        return fail(RelationshipRegistry::tr("A remote site address carries no user name or password: the agent knows "
                                             "this server by its certificate."));
    }
    if (QUuid::fromString(site).isNull()) {
        if (auto valid = SiteRegistry::validateName(site); !valid) {
            return valid.error();
        }
    }
    return RemoteSiteUrl{url.host(), url.port(), site};
}

QUrl RemoteSiteUrl::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + site);
    return url;
}

RelationshipRegistry::RelationshipRegistry(StateStore& store, QString homePath)
    : m_store(store)
    , m_homePath(std::move(homePath))
{
}

Result<void> RelationshipRegistry::validateName(const QString& name, const QString& kind)
{
    if (!isPlainName(name)) {
        return fail(tr("'%1' is not a valid %2 name: use up to 64 letters, digits, dots, dashes or underscores, "
                       "starting with a letter or a digit.")
                        .arg(name, kind));
    }
    return {};
}

Result<QUrl> RelationshipRegistry::parseProxy(const QString& text)
{
    const QUrl proxy(text, QUrl::StrictMode);
    if (!proxy.isValid() || proxy.host().isEmpty()
        || (proxy.scheme() != QLatin1String("http") && proxy.scheme() != QLatin1String("socks5"))) {
        return fail(tr("'%1' is not a proxy address. Use http://HOST:PORT or socks5://HOST:PORT.").arg(text));
    }
    if (!proxy.password().isEmpty()) {
        return fail(tr("The proxy address contains a password. Ferry never stores passwords in its settings: "
                       "leave it out."));
    }
    return proxy;
}

Result<void> RelationshipRegistry::resolveCertificates(const RelationshipDraft& draft, Relationship& r) const
{
    if (draft.certificatePath.isEmpty() != draft.keyPath.isEmpty()) {
        return fail(tr("--cert and --key go together: this server's certificate and its private key."));
    }
    auto trust = TrustStore::open(m_homePath);
    if (!trust) {
        return trust.error();
    }
    r.clientCertificatePath = draft.certificatePath;
    r.clientKeyPath = draft.keyPath;
    if (r.clientCertificatePath.isEmpty()) {
        if (!QFileInfo::exists(trust->nodeCertificatePath())) {
            return fail(tr("This server has no certificate to show the agent. Apply the bundle issued for it "
                           "(ferryctl cert import NODE.p12), or give --cert and --key."));
        }
        r.clientCertificatePath = trust->nodeCertificatePath();
        r.clientKeyPath = trust->nodeKeyPath();
    }
    auto info = readCertificate(r.clientCertificatePath);
    if (!info) {
        return info.error();
    }
    if (auto key = KeyFile::checkPermissions(r.clientKeyPath, tr("the private key")); !key) {
        return key;
    }
    r.caCertificatePath = draft.caPath;
    if (!r.caCertificatePath.isEmpty()) {
        auto ca = readCertificate(r.caCertificatePath);
        if (!ca) {
            return ca.error();
        }
    }
    if (!draft.pinnedFingerprint.isEmpty()) {
        r.pinnedFingerprint = CertificateInfo::normalizeFingerprint(draft.pinnedFingerprint);
        if (r.pinnedFingerprint.isEmpty()) {
            return fail(tr("'%1' is not a SHA-256 fingerprint (32 bytes in hex, with or without colons).")
                            .arg(draft.pinnedFingerprint));
        }
    }
    return {};
}

Result<Relationship> RelationshipRegistry::add(const RelationshipDraft& draft)
{
    if (auto valid = validateName(draft.name, tr("relationship")); !valid) {
        return valid.error();
    }
    auto site = SiteRegistry(m_store).find(draft.siteName);
    if (!site) {
        return site.error();
    }
    auto remote = RemoteSiteUrl::parse(draft.remoteUrl);
    if (!remote) {
        return remote.error();
    }
    Relationship relationship;
    relationship.name = draft.name;
    relationship.siteId = site->id;
    relationship.remoteUrl = remote->toUrl();
    relationship.bypassProxy = draft.bypassProxy;
    relationship.acceptPushes = draft.acceptPushes;
    relationship.createdAt = QDateTime::currentDateTimeUtc();
    if (!draft.proxyUrl.isEmpty()) {
        auto proxy = parseProxy(draft.proxyUrl);
        if (!proxy) {
            return proxy.error();
        }
        relationship.proxyUrl = proxy.value();
    }
    if (auto certificates = resolveCertificates(draft, relationship); !certificates) {
        return certificates.error();
    }
    RelationshipRepository relationships(m_store.database());
    auto written = m_store.write([&]() -> Result<void> {
        auto existing = relationships.findByName(relationship.name);
        if (!existing) {
            return existing.error();
        }
        if (existing->has_value()) {
            return fail(tr("A relationship named '%1' already exists.").arg((*existing)->name));
        }
        auto inserted = relationships.insert(relationship);
        if (!inserted) {
            return inserted.error();
        }
        relationship = inserted.value();
        return {};
    });
    if (!written) {
        return written.error();
    }
    return relationship;
}

Result<Relationship> RelationshipRegistry::update(const QString& name, const RelationshipChange& change)
{
    auto relationship = find(name);
    if (!relationship) {
        return relationship.error();
    }
    Relationship changed = relationship.value();
    changed.proxyUrl = QUrl();
    if (!change.proxyUrl.isEmpty()) {
        auto proxy = parseProxy(change.proxyUrl);
        if (!proxy) {
            return proxy.error();
        }
        changed.proxyUrl = proxy.value();
    }
    changed.pinnedFingerprint.clear();
    if (!change.pinnedFingerprint.isEmpty()) {
        changed.pinnedFingerprint = CertificateInfo::normalizeFingerprint(change.pinnedFingerprint);
        if (changed.pinnedFingerprint.isEmpty()) {
            return fail(tr("'%1' is not a SHA-256 fingerprint (32 bytes in hex, with or without colons).")
                            .arg(change.pinnedFingerprint));
        }
    }
    changed.bypassProxy = change.bypassProxy;
    changed.acceptPushes = change.acceptPushes;
    auto written = m_store.write([&]() -> Result<void> { return RelationshipRepository(m_store.database()).update(changed); });
    if (!written) {
        return written.error();
    }
    return changed;
}

Result<Relationship> RelationshipRegistry::find(const QString& name) const
{
    auto found = RelationshipRepository(m_store.database()).findByName(name);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return fail(tr("There is no relationship named '%1'. See 'ferryctl relationship list'.").arg(name));
    }
    return **found;
}

Result<std::pair<Relationship, QStringList>> RelationshipRegistry::remove(const QString& name)
{
    auto relationship = find(name);
    if (!relationship) {
        return relationship.error();
    }
    QStringList profiles;
    auto removed = m_store.write([&]() -> Result<void> {
        auto all = ProfileRepository(m_store.database()).list();
        if (!all) {
            return all.error();
        }
        for (const Profile& profile : all.value()) {
            if (profile.relationshipId == relationship->id) {
                profiles << profile.name;
            }
        }
        return RelationshipRepository(m_store.database()).remove(relationship->id);
    });
    if (!removed) {
        return removed.error();
    }
    return std::pair{relationship.value(), profiles};
}

Result<std::vector<Relationship>> RelationshipRegistry::list() const
{
    return RelationshipRepository(m_store.database()).list();
}

} // namespace ferry
