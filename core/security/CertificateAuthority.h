#pragma once
// This installation's certificate authority: makes its own self-signed CA certificate (ten
// years), issues node certificates (two years) that serve as both TLS server and TLS client,
// and tells whether a certificate chains to a set of trusted CAs. Pure OpenSSL over values: no
// files, no keychain; TrustStore keeps what it makes.

#include "CertificateInfo.h"
#include "PrivateKey.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <vector>

namespace ferry {

// What a node certificate says: its name (also its first DNS name) and the other host names and
// IP addresses agents will reach it by.
struct NodeRequest {
    QString name;
    QStringList hosts;
    QStringList addresses;
    KeyType keyType = KeyType::EcP256;
    QDateTime notBefore;  // default: an hour ago, for peers whose clocks run a little behind
    int validDays = 0;    // default: CertificateAuthority::nodeValidDays
};

struct IssuedCertificate {
    CertificateInfo certificate;
    PrivateKey key;
};

class CertificateAuthority
{
    Q_DECLARE_TR_FUNCTIONS(CertificateAuthority)

public:
    static constexpr int caValidDays = 3650;
    static constexpr int nodeValidDays = 730;

    static Result<CertificateAuthority> create(const QString& name, KeyType keyType, QDateTime notBefore = {},
                                               int validDays = caValidDays);
    // An existing CA from its certificate and key; refused when they do not belong together.
    static Result<CertificateAuthority> load(const CertificateInfo& certificate, const PrivateKey& key);

    Result<IssuedCertificate> issue(const NodeRequest& request) const;

    const CertificateInfo& certificate() const { return m_certificate; }
    const PrivateKey& key() const { return m_key; }

    // Whether leaf chains to one of cas (with intermediates none), at the current time; the error
    // names the reason the way `openssl verify` would.
    static Result<void> verify(const CertificateInfo& leaf, const std::vector<CertificateInfo>& cas);

    // Whether ca signed leaf (names and signature only, whatever the time): to find a
    // certificate's issuer before judging its dates, so that an expired one is called expired.
    static bool isIssuedBy(const CertificateInfo& leaf, const CertificateInfo& ca);

    static Result<void> checkName(const QString& name, const QString& what);
    static Result<void> checkHost(const QString& host);
    static Result<void> checkAddress(const QString& address);

private:
    CertificateAuthority(CertificateInfo certificate, PrivateKey key);

    CertificateInfo m_certificate;
    PrivateKey m_key;
};

} // namespace ferry
