#pragma once
// What a person (and a script) needs to know about one X.509 certificate: who it names, who
// issued it, its SHA-256 fingerprint exactly as `openssl x509 -fingerprint -sha256` prints it,
// its validity window and the host names and addresses it covers. A value type, read once from
// PEM or DER; the PEM travels with it.

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QStringList>

#include <openssl/x509.h>

namespace ferry {

class CertificateInfo
{
    Q_DECLARE_TR_FUNCTIONS(CertificateInfo)

public:
    enum class Validity { NotYetValid, Valid, Expired };

    QString commonName;
    QString subject;        // the whole distinguished name, RFC 2253 style
    QString issuer;
    QString issuerCommonName;
    QString serial;         // hex
    QString fingerprint;    // SHA-256, "AB:CD:…"
    QDateTime notBefore;    // UTC
    QDateTime notAfter;     // UTC
    bool isCa = false;
    QStringList hosts;      // DNS subject alternative names
    QStringList addresses;  // IP subject alternative names
    QByteArray pem;

    Validity validityAt(const QDateTime& now) const;
    // Whole days from now until notAfter; negative once expired.
    qint64 daysLeft(const QDateTime& now) const;
    bool isSelfIssued() const { return subject == issuer; }

    static CertificateInfo fromX509(X509* certificate);
    // Reads the first certificate in PEM (or DER) bytes. description names the source in messages.
    static Result<CertificateInfo> fromBytes(const QByteArray& bytes, const QString& description);
    // Every certificate in PEM bytes, in order.
    static Result<std::vector<CertificateInfo>> allFromPem(const QByteArray& bytes, const QString& description);

    // "ab cd…", "AB:CD…" or "abcd…" to "AB:CD:…"; an empty string when it is not a SHA-256 fingerprint.
    static QString normalizeFingerprint(const QString& text);
    // The fingerprint without colons, lowercase: a file name.
    static QString fingerprintFileName(const QString& fingerprint);
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::CertificateInfo)
