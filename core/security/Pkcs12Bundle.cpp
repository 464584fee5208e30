#include "Pkcs12Bundle.h"

#include "OpenSsl.h"

#include <openssl/pem.h>

namespace ferry {
namespace {

openssl::X509Ptr toX509(const CertificateInfo& info)
{
    auto bio = openssl::readBio(info.pem);
    return openssl::X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

} // namespace

bool Pkcs12Bundle::isPkcs12(const QByteArray& der)
{
    auto bio = openssl::readBio(der);
    openssl::Ptr<PKCS12> bundle(d2i_PKCS12_bio(bio.get(), nullptr));
    openssl::clearErrors();
    return bundle != nullptr;
}

Result<void> Pkcs12Bundle::checkPassphrase(const QByteArray& passphrase)
{
    if (passphrase.size() < minimumPassphraseLength) {
        return fail(tr("The passphrase is too short: a bundle carries a private key, so use at least %1 characters.")
                        .arg(minimumPassphraseLength));
    }
    return {};
}

Result<QByteArray> Pkcs12Bundle::encode(const QByteArray& passphrase) const
{
    if (auto ok = checkPassphrase(passphrase); !ok) {
        return ok.error();
    }
    openssl::clearErrors();
    openssl::X509Ptr leaf = toX509(certificate);
    openssl::X509StackPtr chain(sk_X509_new_null());
    for (const CertificateInfo& ca : caCertificates) {
        if (openssl::X509Ptr x509 = toX509(ca)) {
            sk_X509_push(chain.get(), x509.release());
        }
    }
    const QByteArray name = certificate.commonName.toUtf8();
    const QByteArray pass = passphrase + '\0';
    // nid 0 and iterations 0 select OpenSSL 3's defaults: AES-256-CBC with PBKDF2, a SHA-256 MAC.
    openssl::Ptr<PKCS12> bundle(PKCS12_create(pass.constData(), name.constData(), key.get(), leaf.get(), chain.get(), 0,
                                              0, 0, 0, 0));
    if (!bundle) {
        return fail(tr("OpenSSL could not make the bundle for %1: %2").arg(certificate.commonName, openssl::takeError()));
    }
    auto bio = openssl::writeBio();
    if (i2d_PKCS12_bio(bio.get(), bundle.get()) != 1) {
        return fail(tr("OpenSSL could not write the bundle: %1").arg(openssl::takeError()));
    }
    return openssl::bioBytes(bio.get());
}

Result<Pkcs12Bundle> Pkcs12Bundle::decode(const QByteArray& der, const QByteArray& passphrase, const QString& description)
{
    openssl::clearErrors();
    auto bio = openssl::readBio(der);
    openssl::Ptr<PKCS12> bundle(d2i_PKCS12_bio(bio.get(), nullptr));
    openssl::clearErrors();
    if (!bundle) {
        return fail(tr("%1 is not a PKCS#12 bundle, or it is damaged or truncated.").arg(description));
    }
    const QByteArray pass = passphrase + '\0';
    if (PKCS12_mac_present(bundle.get()) && PKCS12_verify_mac(bundle.get(), pass.constData(), int(passphrase.size())) != 1) {
        openssl::clearErrors();
        return fail(tr("The passphrase for %1 is wrong.").arg(description));
    }
    EVP_PKEY* key = nullptr;
    X509* leaf = nullptr;
    STACK_OF(X509)* chain = nullptr;
    const bool parsed = PKCS12_parse(bundle.get(), pass.constData(), &key, &leaf, &chain) == 1;
    openssl::X509Ptr ownedLeaf(leaf);
    openssl::X509StackPtr ownedChain(chain);
    const PrivateKey privateKey = key ? PrivateKey::adopt(key) : PrivateKey();
    if (!parsed) {
        return fail(tr("%1 is damaged: OpenSSL cannot read its contents (%2).").arg(description, openssl::takeError()));
    }
    openssl::clearErrors();
    if (!ownedLeaf || privateKey.isNull()) {
        return fail(tr("%1 holds no node certificate with its private key.").arg(description));
    }
    Pkcs12Bundle result;
    result.certificate = CertificateInfo::fromX509(ownedLeaf.get());
    result.key = privateKey;
    for (int i = 0; ownedChain && i < sk_X509_num(ownedChain.get()); ++i) {
        result.caCertificates.push_back(CertificateInfo::fromX509(sk_X509_value(ownedChain.get(), i)));
    }
    if (!result.key.matches(result.certificate)) {
        return fail(tr("In %1 the private key does not match the certificate.").arg(description));
    }
    if (result.caCertificates.empty()) {
        return fail(tr("%1 does not include the CA certificate that issued %2.").arg(description, result.certificate.commonName));
    }
    return result;
}

} // namespace ferry
