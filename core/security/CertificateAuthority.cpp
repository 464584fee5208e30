#include "CertificateAuthority.h"

#include "OpenSsl.h"
#include "SecurityLogging.h"

#include <QRegularExpression>

#include <openssl/pem.h>
#include <openssl/rand.h>

#include <arpa/inet.h>

namespace ferry {
namespace {

constexpr qint64 clockSkewSeconds = 3600;

openssl::X509Ptr toX509(const CertificateInfo& info)
{
    auto bio = openssl::readBio(info.pem);
    return openssl::X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

bool addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    openssl::Ptr<X509_EXTENSION> extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool addNameEntry(X509_NAME* name, const char* field, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(utf8.constData()),
                                      int(utf8.size()), -1, 0)
           == 1;
}

// A new certificate with a random 127-bit serial, a validity window and a public key; the caller
// adds names and extensions and signs it.
openssl::X509Ptr startCertificate(EVP_PKEY* publicKey, const QDateTime& notBefore, int validDays)
{
    openssl::X509Ptr certificate(X509_new());
    openssl::Ptr<BIGNUM> serial(BN_new());
    if (!certificate || !serial || X509_set_version(certificate.get(), 2) != 1
        || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get()))) {
        return nullptr;
    }
    const time_t start = time_t(notBefore.toSecsSinceEpoch());
    if (!ASN1_TIME_set(X509_getm_notBefore(certificate.get()), start)
        || !ASN1_TIME_adj(X509_getm_notAfter(certificate.get()), start, validDays, 0)
        || X509_set_pubkey(certificate.get(), publicKey) != 1) {
        return nullptr;
    }
    return certificate;
}

// An IPv4 or IPv6 address in its canonical form; empty when text is neither.
QString canonicalAddress(const QString& text)
{
    const QByteArray latin = text.trimmed().toLatin1();
    unsigned char binary[16];
    char canonical[INET6_ADDRSTRLEN] = {};
    for (int family : {AF_INET, AF_INET6}) {
        if (inet_pton(family, latin.constData(), binary) == 1 && inet_ntop(family, binary, canonical, sizeof canonical)) {
            return QString::fromLatin1(canonical);
        }
    }
    return {};
}

QDateTime startOr(const QDateTime& notBefore)
{
    return notBefore.isValid() ? notBefore : QDateTime::currentDateTimeUtc().addSecs(-clockSkewSeconds);
}

} // namespace

CertificateAuthority::CertificateAuthority(CertificateInfo certificate, PrivateKey key)
    : m_certificate(std::move(certificate))
    , m_key(std::move(key))
{
}

Result<void> CertificateAuthority::checkName(const QString& name, const QString& what)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!pattern.match(name).hasMatch()) {
        return fail(tr("'%1' is not a valid %2: use 1 to 64 letters, digits, dots, dashes or underscores, "
                       "starting with a letter or digit.")
                        .arg(name, what));
    }
    return {};
}

Result<void> CertificateAuthority::checkHost(const QString& host)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*$"));
    if (host.size() > 253 || !pattern.match(host).hasMatch()) {
        return fail(tr("'%1' is not a valid host name.").arg(host));
    }
    return {};
}

Result<void> CertificateAuthority::checkAddress(const QString& address)
{
    if (canonicalAddress(address).isEmpty()) {
        return fail(tr("'%1' is not an IP address.").arg(address));
    }
    return {};
}

Result<CertificateAuthority> CertificateAuthority::create(const QString& name, KeyType keyType, QDateTime notBefore,
                                                          int validDays)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64 || trimmed.contains(QRegularExpression(QStringLiteral("[\\x00-\\x1f]")))) {
        return fail(tr("A certificate authority needs a name of 1 to 64 printable characters."));
    }
    auto key = PrivateKey::generate(keyType);
    if (!key) {
        return key.error();
    }
    openssl::clearErrors();
    openssl::X509Ptr certificate = startCertificate(key->get(), startOr(notBefore), validDays);
    X509_NAME* subject = certificate ? X509_get_subject_name(certificate.get()) : nullptr;
    const bool built = subject && addNameEntry(subject, "O", QStringLiteral("Ferry")) && addNameEntry(subject, "CN", trimmed)
                       && X509_set_issuer_name(certificate.get(), subject) == 1
                       && addExtension(certificate.get(), certificate.get(), NID_basic_constraints,
                                       "critical,CA:TRUE,pathlen:0")
                       && addExtension(certificate.get(), certificate.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
                       && addExtension(certificate.get(), certificate.get(), NID_subject_key_identifier, "hash")
                       && X509_sign(certificate.get(), key->get(), EVP_sha256()) > 0;
    if (!built) {
        return fail(tr("OpenSSL could not make the CA certificate: %1").arg(openssl::takeError()));
    }
    qCInfo(lcSecurity) << "created a certificate authority" << trimmed << PrivateKey::keyTypeName(keyType);
    return CertificateAuthority(CertificateInfo::fromX509(certificate.get()), key.value());
}

Result<CertificateAuthority> CertificateAuthority::load(const CertificateInfo& certificate, const PrivateKey& key)
{
    if (!certificate.isCa) {
        return fail(tr("The certificate of %1 is not a certificate authority.").arg(certificate.commonName));
    }
    if (!key.matches(certificate)) {
        return fail(tr("The CA key does not match the CA certificate of %1.").arg(certificate.commonName));
    }
    return CertificateAuthority(certificate, key);
}

Result<IssuedCertificate> CertificateAuthority::issue(const NodeRequest& request) const
{
    if (auto ok = checkName(request.name, tr("node name")); !ok) {
        return ok.error();
    }
    QStringList altNames{QStringLiteral("DNS:") + request.name};
    for (const QString& host : request.hosts) {
        if (auto ok = checkHost(host); !ok) {
            return ok.error();
        }
        if (host != request.name) {
            altNames << QStringLiteral("DNS:") + host;
        }
    }
    for (const QString& address : request.addresses) {
        if (auto ok = checkAddress(address); !ok) {
            return ok.error();
        }
        altNames << QStringLiteral("IP:") + canonicalAddress(address);
    }
    altNames.removeDuplicates();

    auto key = PrivateKey::generate(request.keyType);
    if (!key) {
        return key.error();
    }
    openssl::clearErrors();
    openssl::X509Ptr issuer = toX509(m_certificate);
    const int days = request.validDays > 0 ? request.validDays : nodeValidDays;
    openssl::X509Ptr certificate = startCertificate(key->get(), startOr(request.notBefore), days);
    X509_NAME* subject = certificate ? X509_get_subject_name(certificate.get()) : nullptr;
    const QByteArray sanText = altNames.join(QLatin1Char(',')).toLatin1();
    const char* usage = request.keyType == KeyType::Rsa3072 ? "critical,digitalSignature,keyEncipherment"
                                                            : "critical,digitalSignature,keyAgreement";
    const bool built = issuer && subject && addNameEntry(subject, "O", QStringLiteral("Ferry"))
                       && addNameEntry(subject, "CN", request.name)
                       && X509_set_issuer_name(certificate.get(), X509_get_subject_name(issuer.get())) == 1
                       && addExtension(certificate.get(), issuer.get(), NID_basic_constraints, "critical,CA:FALSE")
                       && addExtension(certificate.get(), issuer.get(), NID_key_usage, usage)
                       && addExtension(certificate.get(), issuer.get(), NID_ext_key_usage, "serverAuth,clientAuth")
                       && addExtension(certificate.get(), issuer.get(), NID_subject_alt_name, sanText.constData())
                       && addExtension(certificate.get(), issuer.get(), NID_subject_key_identifier, "hash")
                       && addExtension(certificate.get(), issuer.get(), NID_authority_key_identifier, "keyid:always")
                       && X509_sign(certificate.get(), m_key.get(), EVP_sha256()) > 0;
    if (!built) {
        return fail(tr("OpenSSL could not issue the certificate for %1: %2").arg(request.name, openssl::takeError()));
    }
    qCInfo(lcSecurity) << "issued a node certificate for" << request.name;
    return IssuedCertificate{CertificateInfo::fromX509(certificate.get()), key.value()};
}

bool CertificateAuthority::isIssuedBy(const CertificateInfo& leaf, const CertificateInfo& ca)
{
    openssl::X509Ptr subject = toX509(leaf);
    openssl::X509Ptr issuer = toX509(ca);
    const bool issued = subject && issuer && X509_check_issued(issuer.get(), subject.get()) == X509_V_OK
                        && X509_verify(subject.get(), X509_get0_pubkey(issuer.get())) == 1;
    openssl::clearErrors();
    return issued;
}

Result<void> CertificateAuthority::verify(const CertificateInfo& leaf, const std::vector<CertificateInfo>& cas)
{
    openssl::clearErrors();
    openssl::X509Ptr certificate = toX509(leaf);
    openssl::Ptr<X509_STORE> store(X509_STORE_new());
    openssl::Ptr<X509_STORE_CTX> context(X509_STORE_CTX_new());
    if (!certificate || !store || !context) {
        return fail(tr("OpenSSL could not check the certificate: %1").arg(openssl::takeError()));
    }
    for (const CertificateInfo& ca : cas) {
        if (openssl::X509Ptr trusted = toX509(ca)) {
            X509_STORE_add_cert(store.get(), trusted.get());
        }
    }
    if (X509_STORE_CTX_init(context.get(), store.get(), certificate.get(), nullptr) != 1) {
        return fail(tr("OpenSSL could not check the certificate: %1").arg(openssl::takeError()));
    }
    const bool valid = X509_verify_cert(context.get()) == 1;
    const int code = X509_STORE_CTX_get_error(context.get());
    openssl::clearErrors();
    if (!valid) {
        return fail(tr("The certificate of %1 is not trusted: %2.")
                        .arg(leaf.commonName, QString::fromLatin1(X509_verify_cert_error_string(code))));
    }
    return {};
}

} // namespace ferry
