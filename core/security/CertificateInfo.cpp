#include "CertificateInfo.h"

#include "OpenSsl.h"

#include <QRegularExpression>

#include <openssl/pem.h>

#include <arpa/inet.h>
#include <ctime>

namespace ferry {
namespace {

QString nameText(const X509_NAME* name)
{
    auto bio = openssl::writeBio();
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(openssl::bioBytes(bio.get()));
}

QString commonNameOf(const X509_NAME* name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0) {
        return {};
    }
    const ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0) {
        return {};
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QDateTime timeOf(const ASN1_TIME* time)
{
    std::tm parts{};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1) {
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString hex(const unsigned char* bytes, int length, const QString& separator)
{
    QStringList parts;
    for (int i = 0; i < length; ++i) {
        parts << QStringLiteral("%1").arg(bytes[i], 2, 16, QLatin1Char('0')).toUpper();
    }
    return parts.join(separator);
}

} // namespace

CertificateInfo CertificateInfo::fromX509(X509* certificate)
{
    CertificateInfo info;
    info.subject = nameText(X509_get_subject_name(certificate));
    info.issuer = nameText(X509_get_issuer_name(certificate));
    info.commonName = commonNameOf(X509_get_subject_name(certificate));
    info.issuerCommonName = commonNameOf(X509_get_issuer_name(certificate));
    info.notBefore = timeOf(X509_get0_notBefore(certificate));
    info.notAfter = timeOf(X509_get0_notAfter(certificate));
    info.isCa = X509_check_ca(certificate) > 0;

    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (X509_digest(certificate, EVP_sha256(), digest, &digestLength) == 1) {
        info.fingerprint = hex(digest, int(digestLength), QStringLiteral(":"));
    }
    if (BIGNUM* serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr)) {
        char* text = BN_bn2hex(serial);
        info.serial = QString::fromLatin1(text);
        OPENSSL_free(text);
        BN_free(serial);
    }

    openssl::Ptr<GENERAL_NAMES> names(
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr)));
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type == GEN_DNS) {
            const ASN1_IA5STRING* dns = name->d.dNSName;
            info.hosts << QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(dns)),
                                              ASN1_STRING_length(dns));
        } else if (name->type == GEN_IPADD) {
            const ASN1_OCTET_STRING* ip = name->d.iPAddress;
            const int family = ASN1_STRING_length(ip) == 4 ? AF_INET : AF_INET6;
            char text[INET6_ADDRSTRLEN] = {};
            if ((ASN1_STRING_length(ip) == 4 || ASN1_STRING_length(ip) == 16)
                && inet_ntop(family, ASN1_STRING_get0_data(ip), text, sizeof text)) {
                info.addresses << QString::fromLatin1(text);
            }
        }
    }

    auto bio = openssl::writeBio();
    PEM_write_bio_X509(bio.get(), certificate);
    info.pem = openssl::bioBytes(bio.get());
    openssl::clearErrors();
    return info;
}

Result<CertificateInfo> CertificateInfo::fromBytes(const QByteArray& bytes, const QString& description)
{
    auto all = allFromPem(bytes, description);
    if (all) {
        return all->front();
    }
    // Not PEM: perhaps DER.
    const unsigned char* cursor = reinterpret_cast<const unsigned char*>(bytes.constData());
    openssl::X509Ptr der(d2i_X509(nullptr, &cursor, long(bytes.size())));
    openssl::clearErrors();
    if (der) {
        return fromX509(der.get());
    }
    return all.error();
}

Result<std::vector<CertificateInfo>> CertificateInfo::allFromPem(const QByteArray& bytes, const QString& description)
{
    std::vector<CertificateInfo> certificates;
    auto bio = openssl::readBio(bytes);
    while (true) {
        openssl::X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!certificate) {
            break;
        }
        certificates.push_back(fromX509(certificate.get()));
    }
    openssl::clearErrors();
    if (certificates.empty()) {
        if (bytes.contains("-----BEGIN CERTIFICATE-----")) {
            return fail(tr("%1 is damaged or truncated: its certificate cannot be read.").arg(description));
        }
        return fail(tr("%1 is not a certificate (PEM or DER).").arg(description));
    }
    return certificates;
}

CertificateInfo::Validity CertificateInfo::validityAt(const QDateTime& now) const
{
    if (now < notBefore) {
        return Validity::NotYetValid;
    }
    return now > notAfter ? Validity::Expired : Validity::Valid;
}

qint64 CertificateInfo::daysLeft(const QDateTime& now) const
{
    const qint64 seconds = now.secsTo(notAfter);
    return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
}

QString CertificateInfo::normalizeFingerprint(const QString& text)
{
    QString digits = text.trimmed();
    digits.remove(QRegularExpression(QStringLiteral("^(sha256|SHA256)\\s*(Fingerprint)?\\s*[=:]?\\s*"),
                                     QRegularExpression::CaseInsensitiveOption));
    digits.remove(QRegularExpression(QStringLiteral("[:\\s]")));
    static const QRegularExpression hexOnly(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!hexOnly.match(digits).hasMatch()) {
        return {};
    }
    digits = digits.toUpper();
    QStringList pairs;
    for (int i = 0; i < digits.size(); i += 2) {
        pairs << digits.mid(i, 2);
    }
    return pairs.join(QLatin1Char(':'));
}

QString CertificateInfo::fingerprintFileName(const QString& fingerprint)
{
    return QString(fingerprint).remove(QLatin1Char(':')).toLower();
}

} // namespace ferry
