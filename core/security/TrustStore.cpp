#include "TrustStore.h"

#include "KeyFile.h"
#include "SecurityLogging.h"
#include "home/Home.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ferry {
namespace {

const QString storeIdKey = QStringLiteral("storeId");
const QString warningKey = QStringLiteral("expiryWarningDays");
const QString peersKey = QStringLiteral("peers");

QJsonObject toJson(const PinnedPeer& peer)
{
    return QJsonObject{
        {QStringLiteral("fingerprint"), peer.fingerprint},
        {QStringLiteral("subject"), peer.subject},
        {QStringLiteral("notAfter"), peer.notAfter.isValid() ? peer.notAfter.toString(Qt::ISODate) : QString()},
        {QStringLiteral("site"), peer.site},
        {QStringLiteral("push"), peer.mayPush},
        {QStringLiteral("added"), peer.addedAt.toString(Qt::ISODate)},
    };
}

PinnedPeer peerFromJson(const QJsonObject& object)
{
    PinnedPeer peer;
    peer.fingerprint = object.value(QStringLiteral("fingerprint")).toString();
    peer.subject = object.value(QStringLiteral("subject")).toString();
    peer.notAfter = QDateTime::fromString(object.value(QStringLiteral("notAfter")).toString(), Qt::ISODate);
    peer.site = object.value(QStringLiteral("site")).toString();
    peer.mayPush = object.value(QStringLiteral("push")).toBool();
    peer.addedAt = QDateTime::fromString(object.value(QStringLiteral("added")).toString(), Qt::ISODate);
    return peer;
}

} // namespace

QString TrustEntry::roleKey(Role role)
{
    switch (role) {
    case Role::OwnCa: return QStringLiteral("ca");
    case Role::Node: return QStringLiteral("node");
    case Role::Issued: return QStringLiteral("issued");
    case Role::TrustedCa: return QStringLiteral("trusted-ca");
    case Role::Peer: return QStringLiteral("peer");
    case Role::Revoked: return QStringLiteral("revoked");
    }
    return {};
}

TrustStore::TrustStore(QString folder)
    : m_folder(std::move(folder))
{
}

Result<TrustStore> TrustStore::open(const QString& homePath)
{
    auto home = Home::open(homePath);
    if (!home) {
        return home.error();
    }
    TrustStore store(home->path() + QStringLiteral("/trust"));
    const QStringList folders{store.m_folder, store.m_folder + QStringLiteral("/issued"),
                              store.m_folder + QStringLiteral("/trusted"), store.m_folder + QStringLiteral("/revoked")};
    for (const QString& folder : folders) {
        if (auto ok = KeyFile::makePrivateFolder(folder); !ok) {
            return ok.error();
        }
    }
    if (auto ok = store.loadSettings(); !ok) {
        return ok.error();
    }
    return store;
}

Result<void> TrustStore::loadSettings()
{
    const QString path = m_folder + QStringLiteral("/trust.json");
    if (!QFileInfo::exists(path)) {
        return saveSettings(QJsonObject{
            {QStringLiteral("format"), 1},
            {storeIdKey, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {warningKey, defaultExpiryWarningDays},
            {peersKey, QJsonArray()},
        });
    }
    QString error;
    const QByteArray bytes = KeyFile::readFile(path, &error);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!error.isEmpty() || !document.isObject() || document.object().value(storeIdKey).toString().isEmpty()) {
        return fail(tr("The trust store file %1 is damaged (%2); restore it from a backup.")
                        .arg(path, error.isEmpty() ? parseError.errorString() : error));
    }
    m_settings = document.object();
    return {};
}

Result<void> TrustStore::saveSettings(const QJsonObject& settings)
{
    auto ok = KeyFile::writePublic(m_folder + QStringLiteral("/trust.json"), QJsonDocument(settings).toJson());
    if (ok) {
        m_settings = settings;
    }
    return ok;
}

QString TrustStore::storeId() const
{
    return m_settings.value(storeIdKey).toString();
}

int TrustStore::expiryWarningDays() const
{
    return m_settings.value(warningKey).toInt(defaultExpiryWarningDays);
}

Result<void> TrustStore::setExpiryWarningDays(int days)
{
    if (days < 1 || days > 3650) {
        return fail(tr("The expiry warning needs between 1 and 3650 days, not %1.").arg(days));
    }
    QJsonObject settings = m_settings;
    settings.insert(warningKey, days);
    return saveSettings(settings);
}

QString TrustStore::issuedPath(const QString& node) const
{
    return m_folder + QStringLiteral("/issued/") + node + QStringLiteral(".crt");
}

QString TrustStore::caPassphraseSecretKey() const
{
    return QStringLiteral("trust-store/%1/ca-key-passphrase").arg(storeId());
}

bool TrustStore::hasCa() const
{
    return QFileInfo::exists(caCertificatePath());
}

Result<CertificateInfo> TrustStore::caCertificate() const
{
    if (!hasCa()) {
        return fail(tr("This home has no certificate authority yet. Create one with: ferryctl cert ca --name NAME"));
    }
    QString error;
    const QByteArray bytes = KeyFile::readFile(caCertificatePath(), &error);
    if (!error.isEmpty()) {
        return fail(tr("Cannot read %1: %2.").arg(caCertificatePath(), error));
    }
    return CertificateInfo::fromBytes(bytes, caCertificatePath());
}

Result<void> TrustStore::installCa(const CertificateAuthority& ca, const QByteArray& passphrase, bool passphraseFile)
{
    if (hasCa()) {
        return fail(tr("This home already has a certificate authority (%1). Ferry keeps one per installation.")
                        .arg(caCertificate() ? caCertificate()->commonName : caCertificatePath()));
    }
    // The key first, the certificate last: a home only counts as having a CA once all is there.
    if (passphraseFile) {
        if (auto ok = KeyFile::writePrivate(caPassphrasePath(), passphrase + '\n'); !ok) {
            return ok;
        }
    }
    if (auto ok = KeyFile::writePrivate(caKeyPath(), ca.key().toPem(passphrase)); !ok) {
        return ok;
    }
    return KeyFile::writePublic(caCertificatePath(), ca.certificate().pem);
}

Result<CertificateAuthority> TrustStore::loadCa(const QByteArray& passphrase) const
{
    auto certificate = caCertificate();
    if (!certificate) {
        return certificate.error();
    }
    auto pem = KeyFile::readPrivate(caKeyPath(), tr("The CA key"));
    if (!pem) {
        return pem.error();
    }
    auto key = PrivateKey::fromPem(pem.value(), passphrase, tr("The CA key %1").arg(caKeyPath()));
    if (!key) {
        return key.error();
    }
    return CertificateAuthority::load(certificate.value(), key.value());
}

Result<void> TrustStore::recordIssued(const CertificateInfo& certificate)
{
    return KeyFile::writePublic(issuedPath(certificate.commonName), certificate.pem);
}

Result<void> TrustStore::trustCa(const CertificateInfo& certificate)
{
    if (!certificate.isCa) {
        return fail(tr("%1 is not a CA certificate.").arg(certificate.commonName));
    }
    return KeyFile::writePublic(
        m_folder + QStringLiteral("/trusted/") + CertificateInfo::fingerprintFileName(certificate.fingerprint)
            + QStringLiteral(".crt"),
        certificate.pem);
}

Result<void> TrustStore::applyNode(const CertificateInfo& certificate, const PrivateKey& key)
{
    if (auto ok = KeyFile::writePrivate(nodeKeyPath(), key.toPem()); !ok) {
        return ok;
    }
    return KeyFile::writePublic(nodeCertificatePath(), certificate.pem);
}

std::vector<PinnedPeer> TrustStore::peers() const
{
    std::vector<PinnedPeer> result;
    for (const QJsonValue& value : m_settings.value(peersKey).toArray()) {
        result.push_back(peerFromJson(value.toObject()));
    }
    return result;
}

Result<void> TrustStore::allowPeer(const PinnedPeer& peer)
{
    QJsonArray peers;
    for (const PinnedPeer& existing : this->peers()) {
        // One entry per fingerprint and site: allowing again updates the push right.
        if (existing.fingerprint != peer.fingerprint || existing.site.compare(peer.site, Qt::CaseInsensitive) != 0) {
            peers.append(toJson(existing));
        }
    }
    peers.append(toJson(peer));
    QJsonObject settings = m_settings;
    settings.insert(peersKey, peers);
    return saveSettings(settings);
}

Result<std::vector<PinnedPeer>> TrustStore::removePeer(const QString& fingerprint)
{
    QJsonArray kept;
    std::vector<PinnedPeer> removed;
    for (const PinnedPeer& peer : peers()) {
        if (peer.fingerprint == fingerprint) {
            removed.push_back(peer);
        } else {
            kept.append(toJson(peer));
        }
    }
    if (removed.empty()) {
        return removed;
    }
    QJsonObject settings = m_settings;
    settings.insert(peersKey, kept);
    if (auto ok = saveSettings(settings); !ok) {
        return ok.error();
    }
    return removed;
}

std::vector<std::pair<CertificateInfo, QString>> TrustStore::certificatesIn(const QString& folder)
{
    std::vector<std::pair<CertificateInfo, QString>> result;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.crt")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        QString error;
        const QByteArray bytes = KeyFile::readFile(file.filePath(), &error);
        if (auto info = CertificateInfo::fromBytes(bytes, file.filePath())) {
            result.emplace_back(info.value(), file.filePath());
        } else {
            qCWarning(lcSecurity) << "skipping unreadable certificate" << file.filePath();
        }
    }
    return result;
}

std::vector<CertificateInfo> TrustStore::trustedCas() const
{
    std::vector<CertificateInfo> cas;
    if (auto own = caCertificate()) {
        cas.push_back(own.value());
    }
    for (auto& [info, path] : certificatesIn(m_folder + QStringLiteral("/trusted"))) {
        cas.push_back(info);
    }
    return cas;
}

bool TrustStore::isTrustedCa(const QString& fingerprint) const
{
    for (const CertificateInfo& ca : trustedCas()) {
        if (ca.fingerprint == fingerprint) {
            return true;
        }
    }
    return false;
}

Result<std::vector<TrustEntry>> TrustStore::entries() const
{
    std::vector<TrustEntry> result;
    if (hasCa()) {
        auto own = caCertificate();
        if (!own) {
            return own.error();
        }
        result.push_back(TrustEntry{TrustEntry::Role::OwnCa, own.value(), caCertificatePath(), {}});
    }
    for (const auto& [info, path] : certificatesIn(m_folder)) {
        if (path == nodeCertificatePath()) {
            result.push_back(TrustEntry{TrustEntry::Role::Node, info, path, {}});
        }
    }
    const std::pair<TrustEntry::Role, QString> folders[] = {
        {TrustEntry::Role::Issued, QStringLiteral("/issued")},
        {TrustEntry::Role::TrustedCa, QStringLiteral("/trusted")},
        {TrustEntry::Role::Revoked, QStringLiteral("/revoked")},
    };
    for (const auto& [role, folder] : folders) {
        for (const auto& [info, path] : certificatesIn(m_folder + folder)) {
            result.push_back(TrustEntry{role, info, path, {}});
        }
    }
    for (const PinnedPeer& peer : peers()) {
        TrustEntry entry{TrustEntry::Role::Peer, {}, {}, peer};
        entry.certificate.fingerprint = peer.fingerprint;
        entry.certificate.commonName = peer.subject;
        entry.certificate.notAfter = peer.notAfter;
        result.push_back(entry);
    }
    return result;
}

std::vector<TrustEntry> TrustStore::expiringSoon(const QDateTime& now) const
{
    std::vector<TrustEntry> result;
    auto all = entries();
    if (!all) {
        return result;
    }
    for (const TrustEntry& entry : all.value()) {
        if (entry.role != TrustEntry::Role::Revoked && entry.certificate.notAfter.isValid()
            && entry.certificate.daysLeft(now) < expiryWarningDays()) {
            result.push_back(entry);
        }
    }
    return result;
}

Result<TrustEntry> TrustStore::untrust(const QString& fingerprintOrName)
{
    const QString fingerprint = CertificateInfo::normalizeFingerprint(fingerprintOrName);
    auto all = entries();
    if (!all) {
        return all.error();
    }
    std::vector<TrustEntry> matches;
    for (const TrustEntry& entry : all.value()) {
        const bool byFingerprint = !fingerprint.isEmpty() && entry.certificate.fingerprint == fingerprint;
        const bool byName = fingerprint.isEmpty() && entry.role != TrustEntry::Role::Peer
                            && entry.certificate.commonName.compare(fingerprintOrName, Qt::CaseInsensitive) == 0;
        if ((byFingerprint || byName) && entry.role != TrustEntry::Role::Revoked) {
            matches.push_back(entry);
        }
    }
    if (matches.empty()) {
        return fail(tr("Nothing in the trust store has the fingerprint or name '%1'. See: ferryctl cert list")
                        .arg(fingerprintOrName));
    }
    if (matches.size() > 1 && fingerprint.isEmpty()) {
        return fail(tr("More than one certificate is named '%1': give its SHA-256 fingerprint instead.")
                        .arg(fingerprintOrName));
    }
    const TrustEntry entry = matches.front();
    switch (entry.role) {
    case TrustEntry::Role::OwnCa:
        return fail(tr("%1 is this installation's own certificate authority; it cannot be untrusted here. Untrust the "
                       "certificates it issued instead.")
                        .arg(entry.certificate.commonName));
    case TrustEntry::Role::Node:
        return fail(tr("%1 is this server's own certificate; apply a new bundle to replace it.")
                        .arg(entry.certificate.commonName));
    case TrustEntry::Role::Issued: {
        const QString revoked = m_folder + QStringLiteral("/revoked/")
                                + CertificateInfo::fingerprintFileName(entry.certificate.fingerprint) + QStringLiteral(".crt");
        if (auto ok = KeyFile::writePublic(revoked, entry.certificate.pem); !ok) {
            return ok.error();
        }
        QFile::remove(entry.path);
        break;
    }
    case TrustEntry::Role::TrustedCa:
        if (!QFile::remove(entry.path)) {
            return fail(tr("Cannot remove %1.").arg(entry.path));
        }
        break;
    case TrustEntry::Role::Peer:
        if (auto ok = removePeer(entry.peer.fingerprint); !ok) {
            return ok.error();
        }
        break;
    case TrustEntry::Role::Revoked:
        break;
    }
    qCInfo(lcSecurity) << "untrusted" << TrustEntry::roleKey(entry.role) << entry.certificate.fingerprint;
    return entry;
}

} // namespace ferry
