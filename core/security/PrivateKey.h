#pragma once
// A private key (EC P-256 or RSA 3072) and its PEM forms: plain PKCS#8 for node keys that a
// headless agent reads from a 0600 file, PKCS#8 encrypted with AES-256 for the CA key, whose
// passphrase lives in the keychain.

#include "CertificateInfo.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <openssl/evp.h>

#include <memory>

namespace ferry {

enum class KeyType { EcP256, Rsa3072 };

class PrivateKey
{
    Q_DECLARE_TR_FUNCTIONS(PrivateKey)

public:
    PrivateKey() = default;

    static Result<PrivateKey> generate(KeyType type);
    // Takes over key (one reference).
    static PrivateKey adopt(EVP_PKEY* key);
    // Reads a PEM key, decrypting it with passphrase when it is encrypted. description names the
    // source in messages ("the CA key /home/…/ca.key").
    static Result<PrivateKey> fromPem(const QByteArray& pem, const QByteArray& passphrase, const QString& description);

    bool isNull() const { return !m_key; }
    EVP_PKEY* get() const { return m_key.get(); }
    QString typeName() const;

    // PKCS#8 PEM; encrypted with AES-256-CBC when passphrase is not empty.
    QByteArray toPem(const QByteArray& passphrase = {}) const;
    // Whether this is the private half of certificate's public key.
    bool matches(const CertificateInfo& certificate) const;

    static QString keyTypeName(KeyType type);
    static bool parseKeyType(const QString& text, KeyType* type);

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace ferry
