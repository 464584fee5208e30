#include "AgentCredentialLoader.h"

#include "security/KeyFile.h"
#include "security/OpenSsl.h"
#include "security/PrivateKey.h"
#include "security/TrustStore.h"

#include <QFileInfo>


#include <openssl/pem.h>
#include <openssl/x509.h>

namespace ferry {

namespace {

QString day(const QDateTime& when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

Result<AgentCredentials> AgentCredentialLoader::load(const QString& homePath, const AgentCredentialFiles& files,
                                                     const QDateTime& now)
{
    auto trust = TrustStore::open(homePath);
    if (!trust) {
        return trust.error();
    }
    AgentCredentials credentials;
    credentials.certificatePath = files.certificate.isEmpty() ? trust->nodeCertificatePath() : files.certificate;
    credentials.keyPath = files.key.isEmpty() ? trust->nodeKeyPath() : files.key;
    if (files.certificate.isEmpty() && !QFileInfo::exists(credentials.certificatePath)) {
        return fail(tr("This home has no node certificate (%1). Apply a bundle with 'ferryctl cert import NODE.p12', "
                       "or give --cert FILE --key FILE.")
                        .arg(credentials.certificatePath));
    }
    QString readError;
    const QByteArray certificateBytes = KeyFile::readFile(credentials.certificatePath, &readError);
    if (!readError.isEmpty()) {
        return fail(tr("Cannot read the agent's certificate %1: %2.").arg(credentials.certificatePath, readError));
    }
    auto certificate = CertificateInfo::fromBytes(certificateBytes, credentials.certificatePath);
    if (!certificate) {
        return certificate.error();
    }
    credentials.certificate = certificate.value();
    switch (credentials.certificate.validityAt(now)) {
    case CertificateInfo::Validity::Expired:
        return fail(tr("The agent's certificate %1 expired on %2; issue a new one with 'ferryctl cert issue'.")
                        .arg(credentials.certificatePath, day(credentials.certificate.notAfter)));
    case CertificateInfo::Validity::NotYetValid:
        return fail(tr("The agent's certificate %1 is not valid before %2; check this server's clock.")
                        .arg(credentials.certificatePath, day(credentials.certificate.notBefore)));
    case CertificateInfo::Validity::Valid:
        break;
    }
    auto keyBytes = KeyFile::readPrivate(credentials.keyPath, tr("The agent's key"));
    if (!keyBytes) {
        return keyBytes.error();
    }
    auto key = PrivateKey::fromPem(keyBytes.value(), {}, credentials.keyPath);
    if (!key) {
        return key.error();
    }
    // A key that is not the certificate's would only show as failed handshakes: refuse it here.
    const auto bio = openssl::readBio(credentials.certificate.pem);
    openssl::X509Ptr x509(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!x509 || X509_check_private_key(x509.get(), key->get()) != 1) {
        openssl::clearErrors();
        return fail(tr("The key %1 does not belong to the certificate %2.").arg(credentials.keyPath, credentials.certificatePath));
    }
    credentials.tls.certificate = QSslCertificate(credentials.certificate.pem, QSsl::Pem);
    const QByteArray keyPem = key->toPem();
    credentials.tls.key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (credentials.tls.key.isNull()) {
        credentials.tls.key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    }
    if (credentials.tls.certificate.isNull() || credentials.tls.key.isNull()) {
        return fail(tr("Qt's TLS cannot use the certificate %1 or its key.").arg(credentials.certificatePath));
    }

    if (files.ca.isEmpty()) {
        credentials.cas = trust->trustedCas();
    } else {
        QString caError;
        const QByteArray caBytes = KeyFile::readFile(files.ca, &caError);
        if (!caError.isEmpty()) {
            return fail(tr("Cannot read the CA file %1: %2.").arg(files.ca, caError));
        }
        auto cas = CertificateInfo::allFromPem(caBytes, files.ca);
        if (!cas) {
            return cas.error();
        }
        credentials.cas = cas.value();
    }
    if (credentials.cas.empty()) {
        return fail(tr("The agent trusts no certificate authority, so no peer could connect. Create one with "
                       "'ferryctl cert ca', import one with 'ferryctl cert import ca.crt', or give --ca FILE."));
    }
    for (const CertificateInfo& ca : credentials.cas) {
        if (ca.validityAt(now) == CertificateInfo::Validity::Expired) {
            return fail(tr("The certificate authority %1 expired on %2.").arg(ca.commonName, day(ca.notAfter)));
        }
        credentials.tls.trustedCas.append(QSslCertificate(ca.pem, QSsl::Pem));
    }
    return credentials;
}

} // namespace ferry
