#include "CertCommand.h"

#include "ActionParser.h"
#include "PassphraseInput.h"
#include "security/SecurityConfigurator.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ferry::cli {
namespace {

QString roleText(TrustEntry::Role role)
{
    return TrustEntry::roleKey(role);
}

QJsonObject toJson(const TrustEntry& entry, const QDateTime& now, int warningDays)
{
    const CertificateInfo& c = entry.certificate;
    QJsonObject object{
        {QStringLiteral("role"), roleText(entry.role)},
        {QStringLiteral("subject"), c.commonName},
        {QStringLiteral("fingerprint"), c.fingerprint},
    };
    if (!c.subject.isEmpty()) {
        object.insert(QStringLiteral("dn"), c.subject);
        object.insert(QStringLiteral("issuer"), c.issuerCommonName);
        object.insert(QStringLiteral("serial"), c.serial);
        object.insert(QStringLiteral("notBefore"), c.notBefore.toString(Qt::ISODate));
        object.insert(QStringLiteral("hosts"), QJsonArray::fromStringList(c.hosts));
        object.insert(QStringLiteral("addresses"), QJsonArray::fromStringList(c.addresses));
    }
    if (c.notAfter.isValid()) {
        object.insert(QStringLiteral("notAfter"), c.notAfter.toString(Qt::ISODate));
        object.insert(QStringLiteral("daysLeft"), c.daysLeft(now));
        object.insert(QStringLiteral("expiring"), entry.role != TrustEntry::Role::Revoked && c.daysLeft(now) < warningDays);
    }
    if (!entry.path.isEmpty()) {
        object.insert(QStringLiteral("path"), entry.path);
    }
    if (entry.role == TrustEntry::Role::Peer) {
        object.insert(QStringLiteral("site"), entry.peer.site);
        object.insert(QStringLiteral("push"), entry.peer.mayPush);
    }
    return object;
}

Result<SecurityConfigurator> openConfigurator(const CliContext& context)
{
    auto store = TrustStore::open(context.homePath);
    if (!store) {
        return store.error();
    }
    return SecurityConfigurator(std::move(store).value());
}

} // namespace

QString CertCommand::summary() const
{
    return tr("certificate authority, node certificates and trust (ca, issue, import, list, untrust)");
}

QString CertCommand::usage() const
{
    return tr("Usage:\n"
              "  ferryctl [--home DIR] cert ca --name NAME [--key-type ec|rsa]\n"
              "  ferryctl [--home DIR] cert issue NODE --out DIR [--host NAME]... [--ip ADDR]... [--key-type ec|rsa]\n"
              "                        [--passphrase-file FILE]\n"
              "  ferryctl [--home DIR] cert import FILE [--passphrase-file FILE] [--trust-ca FINGERPRINT] [--key FILE]\n"
              "  ferryctl [--home DIR] cert list [--json]\n"
              "  ferryctl [--home DIR] cert untrust FINGERPRINT|NAME\n"
              "  ferryctl [--home DIR] cert expiry-warning [DAYS]\n"
              "\n"
              "ca       creates this installation's certificate authority (EC P-256 by default, or RSA 3072; ten\n"
              "         years). Its key is encrypted; the passphrase goes to the system keychain, or, on a server\n"
              "         without one, to a file only its owner can read.\n"
              "issue    issues a certificate for NODE (TLS server and client, two years; NODE and every --host\n"
              "         and --ip as subject alternative names) and writes NODE.crt, NODE.key, NODE.p12 (protected\n"
              "         by a passphrase) and ca.crt to DIR. Issuing again for the same NODE rotates it.\n"
              "import   trusts another installation's CA certificate, or applies a node bundle (.p12) received\n"
              "         from one as this server's certificate. A bundle from a CA this installation does not\n"
              "         trust yet is refused unless --trust-ca names that CA's SHA-256 fingerprint.\n"
              "list     shows subject, role, SHA-256 fingerprint, validity and days left of everything trusted.\n"
              "untrust  takes trust back: forgets a trusted CA or a pinned peer, revokes an issued certificate.\n"
              "expiry-warning  shows or sets how many days before expiry a certificate is reported (default 30).\n"
              "\n")
           + PassphraseInput::helpText();
}

int CertCommand::run(const QStringList& arguments, const CliContext& context)
{
    return ActionParser::dispatch(QStringLiteral("cert"), arguments, context, usage(),
                                  {
                                     {QStringLiteral("ca"), [&](const QStringList& rest) { return createCa(rest, context); }},
                                     {QStringLiteral("issue"), [&](const QStringList& rest) { return issue(rest, context); }},
                                     {QStringLiteral("import"), [&](const QStringList& rest) { return importFile(rest, context); }},
                                     {QStringLiteral("list"), [&](const QStringList& rest) { return list(rest, context); }},
                                     {QStringLiteral("untrust"), [&](const QStringList& rest) { return untrust(rest, context); }},
                                     {QStringLiteral("expiry-warning"), [&](const QStringList& rest) { return expiryWarning(rest, context); }},
                                  });
}

int CertCommand::createCa(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), tr("the CA's name"), tr("NAME"));
    const QCommandLineOption keyType(QStringLiteral("key-type"), tr("ec or rsa"), tr("TYPE"), QStringLiteral("ec"));
    parser.addOptions({name, keyType});
    if (auto done = ActionParser::parse(parser, QStringLiteral("cert ca"), arguments, context, ActionParser::anyArguments, usage())) {
        return *done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.usageError(tr("cert ca takes no arguments; give the name with --name NAME."));
    }
    if (!parser.isSet(name)) {
        return context.usageError(tr("cert ca needs --name NAME."));
    }
    KeyType type = KeyType::EcP256;
    if (!PrivateKey::parseKeyType(parser.value(keyType), &type)) {
        return context.usageError(tr("--key-type must be ec or rsa, not '%1'.").arg(parser.value(keyType)));
    }
    auto configurator = openConfigurator(context);
    if (!configurator) {
        return context.failure(configurator.errorMessage());
    }
    auto created = configurator->createCa(parser.value(name), type);
    if (!created) {
        return context.failure(created.errorMessage());
    }
    context.out << tr("Created the certificate authority %1 (%2), valid until %3.")
                       .arg(created->certificate.commonName, PrivateKey::keyTypeName(type),
                            created->certificate.notAfter.toString(Qt::ISODate))
                << Qt::endl
                << tr("SHA-256 fingerprint: %1").arg(created->certificate.fingerprint) << Qt::endl
                << tr("Certificate: %1").arg(configurator->store().caCertificatePath()) << Qt::endl;
    if (created->passphraseInKeychain) {
        context.out << tr("The CA key is encrypted; its passphrase is in the system keychain.") << Qt::endl;
    } else {
        context.err << tr("note: no system keychain here; the CA key's passphrase is in %1, readable by its owner only.")
                           .arg(created->passphraseFile)
                    << Qt::endl;
    }
    return ExitSuccess;
}

int CertCommand::issue(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("where to write the files"), tr("DIR"));
    const QCommandLineOption host(QStringLiteral("host"), tr("another host name for the certificate"), tr("NAME"));
    const QCommandLineOption ip(QStringLiteral("ip"), tr("an IP address for the certificate"), tr("ADDR"));
    const QCommandLineOption keyType(QStringLiteral("key-type"), tr("ec or rsa"), tr("TYPE"), QStringLiteral("ec"));
    const QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"), tr("the bundle's passphrase"), tr("FILE"));
    parser.addOptions({out, host, ip, keyType, passphraseFile});
    if (auto done = ActionParser::parse(parser, QStringLiteral("cert issue"), arguments, context, ActionParser::anyArguments, usage())) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return context.usageError(positional.isEmpty() ? tr("cert issue needs a NODE name.")
                                                       : tr("cert issue takes one NODE; got %1.").arg(positional.size()));
    }
    if (!parser.isSet(out)) {
        return context.usageError(tr("cert issue needs --out DIR, where the files go."));
    }
    NodeRequest request;
    request.name = positional.first();
    request.hosts = parser.values(host);
    request.addresses = parser.values(ip);
    if (!PrivateKey::parseKeyType(parser.value(keyType), &request.keyType)) {
        return context.usageError(tr("--key-type must be ec or rsa, not '%1'.").arg(parser.value(keyType)));
    }
    // Everything a user can get wrong on the command line is checked before a passphrase is asked for.
    if (auto ok = CertificateAuthority::checkName(request.name, tr("node name")); !ok) {
        return context.usageError(ok.errorMessage());
    }
    for (const QString& name : request.hosts) {
        if (auto ok = CertificateAuthority::checkHost(name); !ok) {
            return context.usageError(ok.errorMessage());
        }
    }
    for (const QString& address : request.addresses) {
        if (auto ok = CertificateAuthority::checkAddress(address); !ok) {
            return context.usageError(ok.errorMessage());
        }
    }
    auto configurator = openConfigurator(context);
    if (!configurator) {
        return context.failure(configurator.errorMessage());
    }
    auto ca = configurator->store().caCertificate();
    if (!ca) {
        return context.failure(ca.errorMessage());
    }
    auto passphrase = PassphraseInput::read(parser.value(passphraseFile),
                                            tr("Passphrase for %1.p12:").arg(request.name), true, context.err);
    if (!passphrase) {
        return context.failure(passphrase.errorMessage());
    }
    if (auto ok = Pkcs12Bundle::checkPassphrase(passphrase.value()); !ok) {
        return context.failure(ok.errorMessage());
    }
    auto issued = configurator->issue(request);
    if (!issued) {
        return context.failure(issued.errorMessage());
    }
    auto files = SecurityConfigurator::writeNodeFiles(issued.value(), ca.value(), parser.value(out), passphrase.value());
    if (!files) {
        return context.failure(files.errorMessage());
    }
    const CertificateInfo& c = issued->certificate;
    context.out << tr("Issued a certificate for %1, valid until %2.").arg(c.commonName, c.notAfter.toString(Qt::ISODate))
                << Qt::endl
                << tr("Names: %1").arg((c.hosts + c.addresses).join(QStringLiteral(", "))) << Qt::endl
                << tr("SHA-256 fingerprint: %1").arg(c.fingerprint) << Qt::endl
                << tr("Wrote %1, %2 (owner only), %3 (passphrase protected) and %4.")
                       .arg(QDir::toNativeSeparators(files->certificate), QDir::toNativeSeparators(files->key),
                            QDir::toNativeSeparators(files->bundle), QDir::toNativeSeparators(files->ca))
                << Qt::endl;
    return ExitSuccess;
}

int CertCommand::importFile(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"), tr("the bundle's passphrase"), tr("FILE"));
    const QCommandLineOption trustCa(QStringLiteral("trust-ca"), tr("trust the bundle's CA if it has this fingerprint"),
                                     tr("FINGERPRINT"));
    const QCommandLineOption key(QStringLiteral("key"), tr("the key of a PEM node certificate"), tr("FILE"));
    parser.addOptions({passphraseFile, trustCa, key});
    if (auto done = ActionParser::parse(parser, QStringLiteral("cert import"), arguments, context, ActionParser::anyArguments, usage())) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return context.usageError(positional.isEmpty() ? tr("cert import needs a FILE.")
                                                       : tr("cert import takes one FILE; got %1.").arg(positional.size()));
    }
    if (parser.isSet(trustCa) && CertificateInfo::normalizeFingerprint(parser.value(trustCa)).isEmpty()) {
        return context.usageError(tr("--trust-ca needs a SHA-256 fingerprint (64 hex digits), not '%1'.")
                                      .arg(parser.value(trustCa)));
    }
    auto configurator = openConfigurator(context);
    if (!configurator) {
        return context.failure(configurator.errorMessage());
    }
    ImportRequest request{positional.first(), {}, parser.value(key), parser.value(trustCa)};
    if (SecurityConfigurator::isBundleFile(request.path) || parser.isSet(passphraseFile)) {
        auto passphrase = PassphraseInput::read(parser.value(passphraseFile),
                                                tr("Passphrase for %1:").arg(request.path), false, context.err);
        if (!passphrase) {
            return context.failure(passphrase.errorMessage());
        }
        request.passphrase = passphrase.value();
    }
    auto imported = configurator->import(request);
    if (!imported) {
        return context.failure(imported.errorMessage());
    }
    const CertificateInfo& c = imported->certificate;
    switch (imported->kind) {
    case ImportPreview::Kind::CaCertificate:
        context.out << (imported->alreadyTrusted ? tr("The CA %1 was trusted already.").arg(c.commonName)
                                                 : tr("Trusted the CA %1.").arg(c.commonName))
                    << Qt::endl;
        break;
    case ImportPreview::Kind::NodeBundle:
    case ImportPreview::Kind::NodeCertificate:
        if (!imported->issuerTrusted) {
            context.out << tr("Trusted the CA %1.").arg(imported->issuingCa.commonName) << Qt::endl;
        }
        context.out << tr("Applied the certificate of %1 (issued by %2) as this server's certificate.")
                           .arg(c.commonName, imported->issuingCa.commonName)
                    << Qt::endl
                    << tr("Certificate: %1").arg(configurator->store().nodeCertificatePath()) << Qt::endl
                    << tr("Key: %1 (owner only)").arg(configurator->store().nodeKeyPath()) << Qt::endl;
        break;
    }
    context.out << tr("SHA-256 fingerprint: %1, valid until %2.").arg(c.fingerprint, c.notAfter.toString(Qt::ISODate))
                << Qt::endl;
    return ExitSuccess;
}

int CertCommand::list(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("print one JSON object"));
    parser.addOption(json);
    if (auto done = ActionParser::parse(parser, QStringLiteral("cert list"), arguments, context, ActionParser::anyArguments, usage())) {
        return *done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.usageError(tr("cert list takes no arguments."));
    }
    auto store = TrustStore::open(context.homePath);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto entries = store->entries();
    if (!entries) {
        return context.failure(entries.errorMessage());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int warningDays = store->expiryWarningDays();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const TrustEntry& entry : entries.value()) {
            array.append(toJson(entry, now, warningDays));
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("expiryWarningDays"), warningDays},
                                                 {QStringLiteral("certificates"), array}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
        return ExitSuccess;
    }
    if (entries->empty()) {
        context.err << tr("The trust store is empty. Create a CA with: ferryctl cert ca --name NAME") << Qt::endl;
        return ExitSuccess;
    }
    qsizetype subjectWidth = 7;
    for (const TrustEntry& entry : entries.value()) {
        subjectWidth = std::max(subjectWidth, entry.certificate.commonName.size());
    }
    context.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                       .arg(tr("ROLE"), -10)
                       .arg(tr("SUBJECT"), -int(subjectWidth))
                       .arg(tr("NOT BEFORE"), -20)
                       .arg(tr("NOT AFTER"), -20)
                       .arg(tr("DAYS LEFT"), 9)
                       .arg(tr("SHA-256"))
                << Qt::endl;
    for (const TrustEntry& entry : entries.value()) {
        const CertificateInfo& c = entry.certificate;
        QString daysLeft = c.notAfter.isValid() ? QString::number(c.daysLeft(now)) : QStringLiteral("-");
        if (entry.role != TrustEntry::Role::Revoked && c.notAfter.isValid() && c.daysLeft(now) < warningDays) {
            daysLeft = (c.daysLeft(now) < 0 ? tr("expired") : daysLeft + QLatin1Char('!'));
        }
        context.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                           .arg(roleText(entry.role), -10)
                           .arg(c.commonName.isEmpty() ? QStringLiteral("-") : c.commonName, -int(subjectWidth))
                           .arg(c.notBefore.isValid() ? c.notBefore.toString(Qt::ISODate) : QStringLiteral("-"), -20)
                           .arg(c.notAfter.isValid() ? c.notAfter.toString(Qt::ISODate) : QStringLiteral("-"), -20)
                           .arg(daysLeft, 9)
                           .arg(c.fingerprint)
                    << Qt::endl;
    }
    const auto expiring = store->expiringSoon(now);
    if (!expiring.empty()) {
        context.err << tr("warning: expiring within %1 days, or expired: %n certificate(s); rotate them.", nullptr,
                          int(expiring.size()))
                           .arg(warningDays)
                    << Qt::endl;
    }
    return ExitSuccess;
}

int CertCommand::untrust(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    if (auto done = ActionParser::parse(parser, QStringLiteral("cert untrust"), arguments, context, ActionParser::anyArguments, usage())) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return context.usageError(tr("cert untrust needs one FINGERPRINT or NAME."));
    }
    auto store = TrustStore::open(context.homePath);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto removed = store->untrust(positional.first());
    if (!removed) {
        return context.failure(removed.errorMessage());
    }
    const QString name = removed->certificate.commonName.isEmpty() ? removed->certificate.fingerprint
                                                                   : removed->certificate.commonName;
    switch (removed->role) {
    case TrustEntry::Role::Issued:
        context.out << tr("Revoked the certificate issued to %1 (%2).").arg(name, removed->certificate.fingerprint)
                    << Qt::endl;
        break;
    case TrustEntry::Role::Peer:
        context.out << tr("No longer allows the peer %1.").arg(name) << Qt::endl;
        break;
    default:
        context.out << tr("No longer trusts the CA %1 (%2).").arg(name, removed->certificate.fingerprint) << Qt::endl;
        break;
    }
    return ExitSuccess;
}

int CertCommand::expiryWarning(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    if (auto done = ActionParser::parse(parser, QStringLiteral("cert expiry-warning"), arguments, context, ActionParser::anyArguments, usage())) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return context.usageError(tr("cert expiry-warning takes at most one DAYS."));
    }
    bool isNumber = true;
    const int days = positional.isEmpty() ? 0 : positional.first().toInt(&isNumber);
    if (!isNumber) {
        return context.usageError(tr("DAYS must be a whole number, not '%1'.").arg(positional.first()));
    }
    auto store = TrustStore::open(context.homePath);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    if (!positional.isEmpty()) {
        if (auto ok = store->setExpiryWarningDays(days); !ok) {
            return context.failure(ok.errorMessage());
        }
    }
    context.out << tr("Certificates are reported %1 days before they expire.").arg(store->expiryWarningDays())
                << Qt::endl;
    return ExitSuccess;
}

} // namespace ferry::cli
