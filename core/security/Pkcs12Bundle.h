#pragma once
// A node bundle in PKCS#12 (.p12): the node's key and certificate and the CA that issued it,
// protected by a passphrase, as carried from the staging server to a production server. Made
// with OpenSSL 3's defaults (AES-256-CBC, PBKDF2, SHA-256 MAC), which `openssl pkcs12` reads.

#include "CertificateInfo.h"
#include "PrivateKey.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <vector>

namespace ferry {

class Pkcs12Bundle
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs12Bundle)

public:
    static constexpr int minimumPassphraseLength = 8;

    CertificateInfo certificate;
    PrivateKey key;
    std::vector<CertificateInfo> caCertificates;

    // The DER bytes of a .p12 file.
    Result<QByteArray> encode(const QByteArray& passphrase) const;
    // Reads a .p12 file's bytes. The errors say which of these it is: not PKCS#12 at all or cut
    // short, a wrong passphrase, or a bundle without a key, a certificate or its CA.
    static Result<Pkcs12Bundle> decode(const QByteArray& der, const QByteArray& passphrase, const QString& description);

    // Whether bytes parse as PKCS#12 at all (no passphrase needed to tell).
    static bool isPkcs12(const QByteArray& der);

    // Refuses a passphrase too short to protect a key that travels.
    static Result<void> checkPassphrase(const QByteArray& passphrase);
};

} // namespace ferry
