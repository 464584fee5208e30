#pragma once
// The trust store in a home: HOME/trust/ (0700) holds
//   ca.crt, ca.key          this installation's CA; the key PKCS#8-encrypted with AES-256, 0600
//   ca.passphrase           the CA key's passphrase, 0600, only where there is no keychain
//   issued/NODE.crt         the latest certificate the CA issued for each node
//   revoked/FP.crt          issued certificates taken back with `cert untrust`
//   trusted/FP.crt          other installations' CAs this one trusts
//   node.crt, node.key      this server's own certificate and key, from an applied bundle (0600)
//   trust.json              store id, expiry warning threshold and pinned peers
// Every file is written atomically; keys are never readable by anyone but the owner.

#include "CertificateAuthority.h"
#include "CertificateInfo.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>

#include <vector>

namespace ferry {

// A peer allowed to pull from (and with mayPush, push to) this installation's sites.
struct PinnedPeer {
    QString fingerprint;
    QString subject;     // the certificate's common name, when a certificate was given
    QDateTime notAfter;  // likewise
    QString site;        // empty: every site
    bool mayPush = false;
    QDateTime addedAt;
};

struct TrustEntry {
    enum class Role { OwnCa, Node, Issued, TrustedCa, Peer, Revoked };
    Role role = Role::Issued;
    CertificateInfo certificate;  // for a peer pinned by fingerprint alone, only the fingerprint
    QString path;                 // the file it lives in, if any
    PinnedPeer peer;              // for Role::Peer

    static QString roleKey(Role role);  // "ca", "node", "issued", "trusted-ca", "peer", "revoked"
};

class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(TrustStore)

public:
    static constexpr int defaultExpiryWarningDays = 30;

    // Opens HOME/trust, creating it on first use.
    static Result<TrustStore> open(const QString& homePath);

    const QString& folder() const { return m_folder; }
    QString storeId() const;
    int expiryWarningDays() const;
    Result<void> setExpiryWarningDays(int days);

    QString caCertificatePath() const { return m_folder + QStringLiteral("/ca.crt"); }
    QString caKeyPath() const { return m_folder + QStringLiteral("/ca.key"); }
    QString caPassphrasePath() const { return m_folder + QStringLiteral("/ca.passphrase"); }
    QString nodeCertificatePath() const { return m_folder + QStringLiteral("/node.crt"); }
    QString nodeKeyPath() const { return m_folder + QStringLiteral("/node.key"); }
    QString issuedPath(const QString& node) const;
    // The keychain key of the CA key's passphrase: one per store, so homes never share one.
    QString caPassphraseSecretKey() const;

    bool hasCa() const;
    Result<CertificateInfo> caCertificate() const;
    // Stores a new CA; refused when the home has one already. passphraseFile: also write the
    // passphrase to ca.passphrase (no keychain).
    Result<void> installCa(const CertificateAuthority& ca, const QByteArray& passphrase, bool passphraseFile);
    Result<CertificateAuthority> loadCa(const QByteArray& passphrase) const;

    Result<void> recordIssued(const CertificateInfo& certificate);
    Result<void> trustCa(const CertificateInfo& certificate);
    Result<void> applyNode(const CertificateInfo& certificate, const PrivateKey& key);
    Result<void> allowPeer(const PinnedPeer& peer);
    // Forgets every pin of the peer with this fingerprint; the pins removed, none if none matched.
    Result<std::vector<PinnedPeer>> removePeer(const QString& fingerprint);
    // Takes back trust in the certificate or peer with this fingerprint or name: a trusted CA
    // or pinned peer is forgotten, an issued certificate moves to revoked/. This installation's
    // own CA cannot be untrusted.
    Result<TrustEntry> untrust(const QString& fingerprintOrName);

    // This installation's CA and the CAs it trusts: what a peer's certificate must chain to.
    std::vector<CertificateInfo> trustedCas() const;
    bool isTrustedCa(const QString& fingerprint) const;
    std::vector<PinnedPeer> peers() const;
    Result<std::vector<TrustEntry>> entries() const;
    // Entries (not revoked) that expire within the warning threshold, or have.
    std::vector<TrustEntry> expiringSoon(const QDateTime& now) const;

    // Every PEM certificate file in a folder of the store.
    static std::vector<std::pair<CertificateInfo, QString>> certificatesIn(const QString& folder);

private:
    explicit TrustStore(QString folder);
    Result<void> loadSettings();
    Result<void> saveSettings(const QJsonObject& settings);

    QString m_folder;
    QJsonObject m_settings;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::TrustEntry)
