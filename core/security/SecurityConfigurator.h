#pragma once
// The certificate workflows the CLI and the GUI share, over one home's trust store: create the
// CA (its key's passphrase to the keychain, or to a 0600 file where there is none), issue and
// export node certificates, inspect and import what another installation sends. Every check runs
// before the first write, so a refused import leaves the store exactly as it was.

#include "CertificateAuthority.h"
#include "Pkcs12Bundle.h"
#include "TrustStore.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QMetaType>

namespace ferry {

struct CaCreated {
    CertificateInfo certificate;
    bool passphraseInKeychain = false;
    QString passphraseFile;  // when there was no keychain
};

// The files `cert issue` writes: NODE.crt, NODE.key (0600), NODE.p12, ca.crt.
struct NodeFiles {
    QString certificate;
    QString key;
    QString bundle;
    QString ca;
};

// What a file offered for import holds, and what importing it would do.
struct ImportPreview {
    enum class Kind { CaCertificate, NodeBundle, NodeCertificate };
    Kind kind = Kind::CaCertificate;
    CertificateInfo certificate;  // the CA for CaCertificate, the node certificate otherwise
    CertificateInfo issuingCa;    // for a bundle: the CA inside it
    bool issuerTrusted = false;   // the issuing CA is this installation's or already trusted
    bool alreadyTrusted = false;  // for a CA certificate
};

struct ImportRequest {
    QString path;
    QByteArray passphrase;      // for a .p12
    QString keyPath;            // for a PEM node certificate: its key file
    QString trustCaFingerprint; // trust a bundle's CA on the way, if its fingerprint is this one
};

class SecurityConfigurator
{
    Q_DECLARE_TR_FUNCTIONS(SecurityConfigurator)

public:
    explicit SecurityConfigurator(TrustStore store);

    TrustStore& store() { return m_store; }

    Result<CaCreated> createCa(const QString& name, KeyType keyType);
    Result<CertificateAuthority> openCa() const;
    // Issues a node certificate from this home's CA and records it in issued/.
    Result<IssuedCertificate> issue(const NodeRequest& request);

    static Result<QString> exportBundle(const IssuedCertificate& issued, const CertificateInfo& ca, const QString& path,
                                        const QByteArray& passphrase);
    static Result<NodeFiles> writeNodeFiles(const IssuedCertificate& issued, const CertificateInfo& ca,
                                            const QString& folder, const QByteArray& passphrase);

    // Whether path holds a PKCS#12 bundle (by its name, or because it is no PEM or DER certificate),
    // which needs a passphrase to open.
    static bool isBundleFile(const QString& path);

    Result<ImportPreview> inspect(const ImportRequest& request) const;
    Result<ImportPreview> import(const ImportRequest& request);

private:
    Result<QByteArray> caPassphrase() const;
    Result<ImportPreview> check(const ImportRequest& request, Pkcs12Bundle* bundle) const;

    TrustStore m_store;
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::CaCreated)
Q_DECLARE_METATYPE(ferry::ImportPreview)
