#include "CertificateExpiryWatch.h"

#include "NetLogging.h"
#include "security/TrustStore.h"

namespace ferry {

CertificateExpiryWatch::CertificateExpiryWatch(QString homePath, QObject* parent)
    : QObject(parent)
    , m_homePath(std::move(homePath))
{
    m_timer.setInterval(24 * 60 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &CertificateExpiryWatch::check);
}

void CertificateExpiryWatch::start()
{
    check();
    m_timer.start();
}

QStringList CertificateExpiryWatch::warnings(const QString& homePath, const QDateTime& now)
{
    QStringList lines;
    auto trust = TrustStore::open(homePath);
    if (!trust) {
        return lines;
    }
    for (const TrustEntry& entry : trust->expiringSoon(now)) {
        const CertificateInfo& certificate = entry.certificate;
        if (!certificate.notAfter.isValid()) {
            continue;  // a peer pinned by fingerprint alone: nothing known to expire
        }
        const qint64 days = certificate.daysLeft(now);
        const QString name = certificate.commonName.isEmpty() ? certificate.fingerprint : certificate.commonName;
        const QString date = certificate.notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
        lines << (days < 0 ? QCoreApplication::translate("CertificateExpiryWatch",
                                                         "certificate %1 (%2, SHA-256 %3) expired on %4: rotate it.")
                                 .arg(name, TrustEntry::roleKey(entry.role), certificate.fingerprint, date)
                           : QCoreApplication::translate("CertificateExpiryWatch",
                                                         "certificate %1 (%2, SHA-256 %3) expires on %4, in %5 days: "
                                                         "rotate it before then.")
                                 .arg(name, TrustEntry::roleKey(entry.role), certificate.fingerprint, date)
                                 .arg(days));
    }
    return lines;
}

void CertificateExpiryWatch::check()
{
    for (const QString& line : warnings(m_homePath, QDateTime::currentDateTimeUtc())) {
        qCWarning(lcAgent).noquote() << line;
    }
}

} // namespace ferry
