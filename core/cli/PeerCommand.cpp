#include "PeerCommand.h"

#include "ActionParser.h"
#include "CommandStore.h"
#include "security/KeyFile.h"
#include "security/TrustStore.h"
#include "site/SiteRegistry.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ferry::cli {
namespace {

// The site's name as registered, found by name (any case) or UUID.
Result<QString> findSite(const CliContext& context, const QString& nameOrUuid)
{
    auto store = CommandStore::open(context);
    if (!store) {
        return store.error();
    }
    auto sites = SiteRegistry(*store.value()).list();
    if (!sites) {
        return sites.error();
    }
    for (const Site& site : sites.value()) {
        if (site.name.compare(nameOrUuid, Qt::CaseInsensitive) == 0
            || site.uuid.toString(QUuid::WithoutBraces) == nameOrUuid.toLower()) {
            return site.name;
        }
    }
    return fail(PeerCommand::tr("There is no site '%1' in this home. See: ferryctl site list").arg(nameOrUuid));
}

} // namespace

QString PeerCommand::summary() const
{
    return tr("which peers may pull from or push to this installation (allow, list, deny)");
}

QString PeerCommand::usage() const
{
    return tr("Usage:\n"
              "  ferryctl [--home DIR] peer allow CERT_FILE|FINGERPRINT [--site SITE] [--push]\n"
              "  ferryctl [--home DIR] peer list [--json]\n"
              "  ferryctl [--home DIR] peer deny FINGERPRINT\n"
              "\n"
              "allow pins a peer by its node certificate (a file, or the certificate's SHA-256 fingerprint): it may\n"
              "pull from SITE (every site without --site), and with --push also push to it.\n");
}

int PeerCommand::run(const QStringList& arguments, const CliContext& context)
{
    return ActionParser::dispatch(QStringLiteral("peer"), arguments, context, usage(),
                                  {
                                     {QStringLiteral("allow"), [&](const QStringList& rest) { return allow(rest, context); }},
                                     {QStringLiteral("list"), [&](const QStringList& rest) { return list(rest, context); }},
                                     {QStringLiteral("deny"), [&](const QStringList& rest) { return deny(rest, context); }},
                                  });
}

int PeerCommand::allow(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption site(QStringLiteral("site"), tr("the site the peer may use"), tr("SITE"));
    const QCommandLineOption push(QStringLiteral("push"), tr("the peer may also push"));
    parser.addOptions({site, push});
    if (auto done = ActionParser::parse(parser, QStringLiteral("peer allow"), arguments, context, ActionParser::anyArguments, usage())) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return context.usageError(tr("peer allow needs one CERT_FILE or FINGERPRINT."));
    }
    const QString target = positional.first();
    PinnedPeer peer;
    peer.mayPush = parser.isSet(push);
    peer.addedAt = QDateTime::currentDateTimeUtc().toOffsetFromUtc(0);
    if (QFileInfo(target).isFile()) {
        QString error;
        auto certificate = CertificateInfo::fromBytes(KeyFile::readFile(target, &error), target);
        if (!certificate) {
            return context.failure(error.isEmpty() ? certificate.errorMessage()
                                                   : tr("Cannot read %1: %2.").arg(target, error));
        }
        if (certificate->isCa) {
            return context.failure(tr("%1 is a CA certificate; a peer is pinned by its node certificate. To trust "
                                      "the CA, use: ferryctl cert import %1")
                                       .arg(target));
        }
        if (certificate->validityAt(QDateTime::currentDateTimeUtc()) == CertificateInfo::Validity::Expired) {
            return context.failure(tr("The certificate %1 of %2 has expired; ask the peer for its new one.")
                                       .arg(target, certificate->commonName));
        }
        peer.fingerprint = certificate->fingerprint;
        peer.subject = certificate->commonName;
        peer.notAfter = certificate->notAfter;
    } else {
        peer.fingerprint = CertificateInfo::normalizeFingerprint(target);
        if (peer.fingerprint.isEmpty()) {
            return context.usageError(
                tr("'%1' is neither a certificate file nor a SHA-256 fingerprint (64 hex digits).").arg(target));
        }
    }
    if (parser.isSet(site)) {
        auto name = findSite(context, parser.value(site));
        if (!name) {
            return context.failure(name.errorMessage());
        }
        peer.site = name.value();
    }
    auto store = TrustStore::open(context.homePath);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    if (auto ok = store->allowPeer(peer); !ok) {
        return context.failure(ok.errorMessage());
    }
    const QString who = peer.subject.isEmpty() ? peer.fingerprint : QStringLiteral("%1 (%2)").arg(peer.subject, peer.fingerprint);
    const QString where = peer.site.isEmpty() ? tr("every site") : tr("site %1").arg(peer.site);
    context.out << (peer.mayPush ? tr("Allowed %1 to pull from and push to %2.").arg(who, where)
                                 : tr("Allowed %1 to pull from %2.").arg(who, where))
                << Qt::endl;
    return ExitSuccess;
}

int PeerCommand::list(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("print one JSON object"));
    parser.addOption(json);
    if (auto done = ActionParser::parse(parser, QStringLiteral("peer list"), arguments, context, ActionParser::anyArguments, usage())) {
        return *done;
    }
    auto store = TrustStore::open(context.homePath);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    const auto peers = store->peers();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const PinnedPeer& peer : peers) {
            array.append(QJsonObject{{QStringLiteral("fingerprint"), peer.fingerprint},
                                     {QStringLiteral("subject"), peer.subject},
                                     {QStringLiteral("site"), peer.site},
                                     {QStringLiteral("push"), peer.mayPush}});
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("peers"), array}}).toJson(QJsonDocument::Compact)
                    << Qt::endl;
        return ExitSuccess;
    }
    if (peers.empty()) {
        context.err << tr("No peers are allowed yet. Allow one with: ferryctl peer allow CERT_FILE") << Qt::endl;
        return ExitSuccess;
    }
    for (const PinnedPeer& peer : peers) {
        context.out << QStringLiteral("%1  %2  %3  %4")
                           .arg(peer.subject.isEmpty() ? QStringLiteral("-") : peer.subject, -16)
                           .arg(peer.site.isEmpty() ? tr("(all sites)") : peer.site, -16)
                           .arg(peer.mayPush ? tr("pull+push") : tr("pull"), -9)
                           .arg(peer.fingerprint)
                    << Qt::endl;
    }
    return ExitSuccess;
}

int PeerCommand::deny(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    if (auto done = ActionParser::parse(parser, QStringLiteral("peer deny"), arguments, context, ActionParser::anyArguments, usage())) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    const QString fingerprint = CertificateInfo::normalizeFingerprint(positional.value(0));
    if (positional.size() != 1 || fingerprint.isEmpty()) {
        return context.usageError(tr("peer deny needs one SHA-256 FINGERPRINT."));
    }
    auto store = TrustStore::open(context.homePath);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto removed = store->removePeer(fingerprint);
    if (!removed) {
        return context.failure(removed.errorMessage());
    }
    if (removed->empty()) {
        return context.failure(tr("No peer with the fingerprint %1 is allowed.").arg(fingerprint));
    }
    context.out << tr("No longer allows the peer %1.").arg(fingerprint) << Qt::endl;
    return ExitSuccess;
}

} // namespace ferry::cli
