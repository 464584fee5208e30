#include "PrivateKey.h"

#include "OpenSsl.h"

#include <openssl/pem.h>

#include <cstring>

namespace ferry {
namespace {

struct PassphraseSource {
    const QByteArray* passphrase;
    bool asked = false;
};

int supplyPassphrase(char* buffer, int size, int /*writing*/, void* user)
{
    auto* source = static_cast<PassphraseSource*>(user);
    source->asked = true;
    const int length = int(source->passphrase->size());
    if (length > size) {
        return -1;
    }
    std::memcpy(buffer, source->passphrase->constData(), std::size_t(length));
    return length;
}

} // namespace

Result<PrivateKey> PrivateKey::generate(KeyType type)
{
    openssl::clearErrors();
    EVP_PKEY* key = type == KeyType::EcP256 ? EVP_EC_gen("P-256") : EVP_RSA_gen(3072);
    if (!key) {
        return fail(tr("OpenSSL could not generate a %1 key: %2").arg(keyTypeName(type), openssl::takeError()));
    }
    return adopt(key);
}

PrivateKey PrivateKey::adopt(EVP_PKEY* key)
{
    PrivateKey result;
    result.m_key = std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
    return result;
}

Result<PrivateKey> PrivateKey::fromPem(const QByteArray& pem, const QByteArray& passphrase, const QString& description)
{
    openssl::clearErrors();
    auto bio = openssl::readBio(pem);
    PassphraseSource source{&passphrase};
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, supplyPassphrase, &source);
    const QString detail = openssl::takeError();
    if (key) {
        return adopt(key);
    }
    if (pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
        return fail(tr("%1 cannot be decrypted: the passphrase is wrong, or the file is damaged.").arg(description));
    }
    if (pem.contains("PRIVATE KEY-----")) {
        return fail(tr("%1 is damaged or truncated: the private key cannot be read (%2).").arg(description, detail));
    }
    return fail(tr("%1 is not a private key in PEM format.").arg(description));
}

QString PrivateKey::typeName() const
{
    if (!m_key) {
        return {};
    }
    if (EVP_PKEY_is_a(m_key.get(), "EC")) {
        return QStringLiteral("EC P-256");
    }
    return QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(m_key.get()));
}

QByteArray PrivateKey::toPem(const QByteArray& passphrase) const
{
    auto bio = openssl::writeBio();
    const EVP_CIPHER* cipher = passphrase.isEmpty() ? nullptr : EVP_aes_256_cbc();
    // PEM_write_bio_PKCS8PrivateKey does not change the passphrase; its API predates const.
    char* bytes = passphrase.isEmpty() ? nullptr : const_cast<char*>(passphrase.constData());
    if (PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), cipher, bytes, int(passphrase.size()), nullptr, nullptr)
        != 1) {
        openssl::clearErrors();
        return {};
    }
    return openssl::bioBytes(bio.get());
}

bool PrivateKey::matches(const CertificateInfo& certificate) const
{
    auto bio = openssl::readBio(certificate.pem);
    openssl::X509Ptr x509(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    const bool match = x509 && m_key && X509_check_private_key(x509.get(), m_key.get()) == 1;
    openssl::clearErrors();
    return match;
}

QString PrivateKey::keyTypeName(KeyType type)
{
    return type == KeyType::EcP256 ? QStringLiteral("EC P-256") : QStringLiteral("RSA 3072");
}

bool PrivateKey::parseKeyType(const QString& text, KeyType* type)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("ec") || lower == QLatin1String("p-256") || lower == QLatin1String("ec-p256")) {
        *type = KeyType::EcP256;
        return true;
    }
    if (lower == QLatin1String("rsa") || lower == QLatin1String("rsa3072") || lower == QLatin1String("rsa-3072")) {
        *type = KeyType::Rsa3072;
        return true;
    }
    return false;
}

} // namespace ferry
