#include "SecurityConfigurator.h"

#include "KeyFile.h"
#include "SecretStore.h"
#include "SecurityLogging.h"

#include <QDir>
#include <QFileInfo>

#include <openssl/rand.h>

namespace ferry {
namespace {

Result<QByteArray> randomPassphrase()
{
    unsigned char bytes[32];
    if (RAND_bytes(bytes, sizeof bytes) != 1) {
        return fail(SecurityConfigurator::tr("OpenSSL could not make a random passphrase."));
    }
    return QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toBase64(QByteArray::OmitTrailingEquals);
}

// What makes a certificate unusable right now, in words; empty when it is usable.
QString timeProblem(const CertificateInfo& certificate, const QString& what)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (certificate.validityAt(now)) {
    case CertificateInfo::Validity::NotYetValid:
        return SecurityConfigurator::tr("%1 %2 is not valid yet: it becomes valid on %3 (UTC). Check this computer's "
                                        "clock, or wait.")
            .arg(what, certificate.commonName, certificate.notBefore.toString(Qt::ISODate));
    case CertificateInfo::Validity::Expired:
        return SecurityConfigurator::tr("%1 %2 expired on %3 (UTC); ask for a new one.")
            .arg(what, certificate.commonName, certificate.notAfter.toString(Qt::ISODate));
    case CertificateInfo::Validity::Valid:
        break;
    }
    return {};
}

bool looksLikePem(const QByteArray& bytes)
{
    return bytes.contains("-----BEGIN ");
}

} // namespace

SecurityConfigurator::SecurityConfigurator(TrustStore store)
    : m_store(std::move(store))
{
}

Result<CaCreated> SecurityConfigurator::createCa(const QString& name, KeyType keyType)
{
    if (m_store.hasCa()) {
        return fail(tr("This home already has a certificate authority. Ferry keeps one per installation."));
    }
    auto ca = CertificateAuthority::create(name, keyType);
    if (!ca) {
        return ca.error();
    }
    auto passphrase = randomPassphrase();
    if (!passphrase) {
        return passphrase.error();
    }
    CaCreated created{ca->certificate(), false, {}};
    const SecretStore::Outcome stored = SecretStore::write(m_store.caPassphraseSecretKey(), passphrase.value());
    if (stored.done()) {
        created.passphraseInKeychain = true;
    } else if (stored.status == SecretStore::Status::Unavailable) {
        created.passphraseFile = m_store.caPassphrasePath();
        qCInfo(lcSecurity) << "no keychain: the CA key passphrase goes to" << created.passphraseFile;
    } else {
        return fail(tr("The CA was not created: its key's passphrase could not be stored. %1").arg(stored.message));
    }
    if (auto ok = m_store.installCa(ca.value(), passphrase.value(), !created.passphraseInKeychain); !ok) {
        if (created.passphraseInKeychain) {
            SecretStore::remove(m_store.caPassphraseSecretKey());
        }
        return ok.error();
    }
    return created;
}

Result<QByteArray> SecurityConfigurator::caPassphrase() const
{
    // A CA made without a keychain keeps its passphrase in a 0600 file; one made with a keychain
    // has no such file, and its passphrase is only in the keychain.
    if (QFileInfo::exists(m_store.caPassphrasePath())) {
        return KeyFile::readPassphrase(m_store.caPassphrasePath());
    }
    const SecretStore::Outcome read = SecretStore::read(m_store.caPassphraseSecretKey());
    if (read.done()) {
        return read.secret;
    }
    if (read.status == SecretStore::Status::NotFound) {
        return fail(tr("The passphrase of the CA key is not in the system keychain (entry %1 of service %2): the "
                       "CA cannot issue certificates without it.")
                        .arg(m_store.caPassphraseSecretKey(), QString::fromLatin1(SecretStore::serviceName)));
    }
    return fail(tr("The CA key's passphrase is in the system keychain, which cannot be read here: %1").arg(read.message));
}

Result<CertificateAuthority> SecurityConfigurator::openCa() const
{
    if (!m_store.hasCa()) {
        return fail(tr("This home has no certificate authority yet. Create one with: ferryctl cert ca --name NAME"));
    }
    auto passphrase = caPassphrase();
    if (!passphrase) {
        return passphrase.error();
    }
    return m_store.loadCa(passphrase.value());
}

Result<IssuedCertificate> SecurityConfigurator::issue(const NodeRequest& request)
{
    auto ca = openCa();
    if (!ca) {
        return ca.error();
    }
    auto issued = ca->issue(request);
    if (!issued) {
        return issued.error();
    }
    if (auto ok = m_store.recordIssued(issued->certificate); !ok) {
        return ok.error();
    }
    return issued;
}

Result<QString> SecurityConfigurator::exportBundle(const IssuedCertificate& issued, const CertificateInfo& ca,
                                                   const QString& path, const QByteArray& passphrase)
{
    Pkcs12Bundle bundle{issued.certificate, issued.key, {ca}};
    auto bytes = bundle.encode(passphrase);
    if (!bytes) {
        return bytes.error();
    }
    // The bundle holds the key: readable by its owner only, like the key itself.
    if (auto ok = KeyFile::writePrivate(path, bytes.value()); !ok) {
        return ok.error();
    }
    return path;
}

Result<NodeFiles> SecurityConfigurator::writeNodeFiles(const IssuedCertificate& issued, const CertificateInfo& ca,
                                                       const QString& folder, const QByteArray& passphrase)
{
    if (auto ok = Pkcs12Bundle::checkPassphrase(passphrase); !ok) {
        return ok.error();
    }
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder)) {
        return fail(tr("Cannot create the folder %1.").arg(folder));
    }
    const QString base = QDir(folder).absoluteFilePath(issued.certificate.commonName);
    NodeFiles files{base + QStringLiteral(".crt"), base + QStringLiteral(".key"), base + QStringLiteral(".p12"),
                    QDir(folder).absoluteFilePath(QStringLiteral("ca.crt"))};
    if (auto ok = exportBundle(issued, ca, files.bundle, passphrase); !ok) {
        return ok.error();
    }
    if (auto ok = KeyFile::writePrivate(files.key, issued.key.toPem()); !ok) {
        return ok.error();
    }
    if (auto ok = KeyFile::writePublic(files.certificate, issued.certificate.pem); !ok) {
        return ok.error();
    }
    if (auto ok = KeyFile::writePublic(files.ca, ca.pem); !ok) {
        return ok.error();
    }
    return files;
}

bool SecurityConfigurator::isBundleFile(const QString& path)
{
    if (path.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive)) {
        return true;
    }
    QString error;
    const QByteArray bytes = KeyFile::readFile(path, &error);
    return error.isEmpty() && !looksLikePem(bytes) && Pkcs12Bundle::isPkcs12(bytes);
}

Result<ImportPreview> SecurityConfigurator::check(const ImportRequest& request, Pkcs12Bundle* bundle) const
{
    QString error;
    const QByteArray bytes = KeyFile::readFile(request.path, &error);
    if (!error.isEmpty()) {
        return fail(tr("Cannot read %1: %2.").arg(request.path, error));
    }
    if (bytes.isEmpty()) {
        return fail(tr("%1 is empty.").arg(request.path));
    }
    ImportPreview preview;
    if (isBundleFile(request.path)) {
        if (request.passphrase.isEmpty()) {
            return fail(tr("%1 is a passphrase-protected bundle: give its passphrase.").arg(request.path));
        }
        auto decoded = Pkcs12Bundle::decode(bytes, request.passphrase, request.path);
        if (!decoded) {
            return decoded.error();
        }
        *bundle = decoded.value();
        preview.kind = ImportPreview::Kind::NodeBundle;
        preview.certificate = bundle->certificate;
        // The CA inside the bundle that signed the node certificate.
        for (const CertificateInfo& ca : bundle->caCertificates) {
            if (ca.isCa && CertificateAuthority::isIssuedBy(bundle->certificate, ca)) {
                preview.issuingCa = ca;
            }
        }
        if (preview.issuingCa.fingerprint.isEmpty()) {
            return fail(tr("In %1 the node certificate %2 was not issued by the CA included with it.")
                            .arg(request.path, bundle->certificate.commonName));
        }
        preview.issuerTrusted = m_store.isTrustedCa(preview.issuingCa.fingerprint);
    } else {
        auto certificate = CertificateInfo::fromBytes(bytes, request.path);
        if (!certificate) {
            return certificate.error();
        }
        preview.certificate = certificate.value();
        if (certificate->isCa) {
            preview.kind = ImportPreview::Kind::CaCertificate;
            preview.alreadyTrusted = m_store.isTrustedCa(certificate->fingerprint);
            // Time first: an expired CA is reported as expired, not as a broken chain.
            if (const QString problem = timeProblem(certificate.value(), tr("The CA certificate")); !problem.isEmpty()) {
                return fail(problem);
            }
            if (!CertificateAuthority::isIssuedBy(certificate.value(), certificate.value())) {
                return fail(tr("%1 is a CA certificate that is not self-signed; Ferry trusts root CAs only.")
                                .arg(request.path));
            }
        } else {
            preview.kind = ImportPreview::Kind::NodeCertificate;
            if (request.keyPath.isEmpty()) {
                return fail(tr("%1 is the node certificate of %2, not a CA. To apply it as this server's certificate, "
                               "give its key with --key FILE; to let that node in, use: ferryctl peer allow %1")
                                .arg(request.path, certificate->commonName));
            }
            auto pem = KeyFile::readPrivate(request.keyPath, tr("The key file"));
            if (!pem) {
                return pem.error();
            }
            auto key = PrivateKey::fromPem(pem.value(), request.passphrase, tr("The key file %1").arg(request.keyPath));
            if (!key) {
                return key.error();
            }
            if (!key->matches(certificate.value())) {
                return fail(tr("The key %1 does not match the certificate %2: they are not a pair.")
                                .arg(request.keyPath, request.path));
            }
            bundle->certificate = certificate.value();
            bundle->key = key.value();
            for (const CertificateInfo& ca : m_store.trustedCas()) {
                if (CertificateAuthority::isIssuedBy(certificate.value(), ca)) {
                    preview.issuingCa = ca;
                    preview.issuerTrusted = true;
                }
            }
        }
    }
    const QString leafWhat = preview.kind == ImportPreview::Kind::CaCertificate ? tr("The CA certificate")
                                                                                : tr("The node certificate");
    if (const QString problem = timeProblem(preview.certificate, leafWhat); !problem.isEmpty()) {
        return fail(problem);
    }
    if (preview.kind != ImportPreview::Kind::CaCertificate && !preview.issuingCa.fingerprint.isEmpty()) {
        if (const QString problem = timeProblem(preview.issuingCa, tr("The CA certificate")); !problem.isEmpty()) {
            return fail(problem);
        }
        // With names, signature and dates checked, OpenSSL's own chain verification has the last word.
        if (auto ok = CertificateAuthority::verify(preview.certificate, {preview.issuingCa}); !ok) {
            return ok.error();
        }
    }
    return preview;
}

Result<ImportPreview> SecurityConfigurator::inspect(const ImportRequest& request) const
{
    Pkcs12Bundle bundle;
    return check(request, &bundle);
}

Result<ImportPreview> SecurityConfigurator::import(const ImportRequest& request)
{
    Pkcs12Bundle bundle;
    auto preview = check(request, &bundle);
    if (!preview) {
        return preview;
    }
    switch (preview->kind) {
    case ImportPreview::Kind::CaCertificate:
        if (!preview->alreadyTrusted) {
            if (auto ok = m_store.trustCa(preview->certificate); !ok) {
                return ok.error();
            }
        }
        return preview;
    case ImportPreview::Kind::NodeCertificate:
        if (!preview->issuerTrusted) {
            return fail(tr("The certificate %1 was not issued by a CA this installation trusts. Import its CA "
                           "certificate first: ferryctl cert import ca.crt")
                            .arg(preview->certificate.commonName));
        }
        break;
    case ImportPreview::Kind::NodeBundle: {
        const QString wanted = CertificateInfo::normalizeFingerprint(request.trustCaFingerprint);
        if (!preview->issuerTrusted && wanted != preview->issuingCa.fingerprint) {
            if (!request.trustCaFingerprint.isEmpty()) {
                return fail(tr("The bundle's CA %1 has the fingerprint %2, not %3: it is not the CA you meant to trust.")
                                .arg(preview->issuingCa.commonName, preview->issuingCa.fingerprint,
                                     request.trustCaFingerprint));
            }
            return fail(tr("The bundle was issued by the CA %1 (SHA-256 %2), which this installation does not trust. "
                           "Compare that fingerprint with the one 'ferryctl cert list' shows on the issuing server, "
                           "then import again with --trust-ca FINGERPRINT, or import its ca.crt first.")
                            .arg(preview->issuingCa.commonName, preview->issuingCa.fingerprint));
        }
        if (!preview->issuerTrusted) {
            if (auto ok = m_store.trustCa(preview->issuingCa); !ok) {
                return ok.error();
            }
        }
        break;
    }
    }
    if (auto ok = m_store.applyNode(bundle.certificate, bundle.key); !ok) {
        return ok.error();
    }
    qCInfo(lcSecurity) << "applied the node certificate" << bundle.certificate.commonName;
    return preview;
}

} // namespace ferry
