#include "RelationshipCommand.h"

#include "ActionParser.h"
#include "CommandStore.h"
#include "store/SiteRepository.h"
#include "sync/RelationshipRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ferry::cli {

QString RelationshipCommand::summary() const
{
    return tr("pair a site here with a site on another server (add, list, remove)");
}

QString RelationshipCommand::usage() const
{
    return tr("Usage:\n"
              "  ferryctl [--home DIR] relationship add NAME --site SITE --remote https://HOST:PORT/SITE\n"
              "           [--cert FILE --key FILE] [--ca FILE] [--pin FINGERPRINT]\n"
              "           [--proxy URL | --no-proxy] [--accept-pushes]\n"
              "  ferryctl [--home DIR] relationship list [--json]\n"
              "  ferryctl [--home DIR] relationship remove NAME\n"
              "\n"
              "--site is the site on this server; --remote names the site on the other server's agent, by\n"
              "name or UUID. Without --cert and --key, this server shows the certificate applied with\n"
              "'ferryctl cert import'; without --ca, the agent's certificate must chain to this\n"
              "installation's CA or one it trusts. --pin accepts only that exact agent certificate.\n"
              "Removing a relationship removes its profiles and their schedules; the sites are not touched.\n");
}

int RelationshipCommand::run(const QStringList& arguments, const CliContext& context)
{
    return ActionParser::dispatch(QStringLiteral("relationship"), arguments, context, usage(),
                                  {
                                     {QStringLiteral("add"), [&](const QStringList& rest) { return add(rest, context); }},
                                     {QStringLiteral("list"), [&](const QStringList& rest) { return list(rest, context); }},
                                     {QStringLiteral("remove"), [&](const QStringList& rest) { return remove(rest, context); }},
                                  });
}

int RelationshipCommand::add(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption site(QStringLiteral("site"), tr("the site on this server"), tr("SITE"));
    const QCommandLineOption remote(QStringLiteral("remote"), tr("the remote site"), tr("URL"));
    const QCommandLineOption cert(QStringLiteral("cert"), tr("this server's certificate"), tr("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), tr("its private key"), tr("FILE"));
    const QCommandLineOption ca(QStringLiteral("ca"), tr("the CA the agent's certificate must chain to"), tr("FILE"));
    const QCommandLineOption pin(QStringLiteral("pin"), tr("the agent certificate's SHA-256 fingerprint"), tr("FINGERPRINT"));
    const QCommandLineOption proxy(QStringLiteral("proxy"), tr("reach the agent through this proxy"), tr("URL"));
    const QCommandLineOption noProxy(QStringLiteral("no-proxy"), tr("never use a proxy for this agent"));
    const QCommandLineOption pushes(QStringLiteral("accept-pushes"), tr("let the remote site push to this one"));
    parser.addOptions({site, remote, cert, key, ca, pin, proxy, noProxy, pushes});
    if (auto done = ActionParser::parse(parser, QStringLiteral("relationship add"), arguments, context, 1, usage())) {
        return *done;
    }
    if (!parser.isSet(site) || !parser.isSet(remote)) {
        return context.usageError(tr("relationship add needs --site SITE and --remote https://HOST:PORT/SITE."));
    }
    if (parser.isSet(proxy) && parser.isSet(noProxy)) {
        return context.usageError(tr("--proxy and --no-proxy contradict each other."));
    }
    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto added = RelationshipRegistry(*store.value(), context.homePath)
                     .add(RelationshipDraft{.name = parser.positionalArguments().first(),
                                            .siteName = parser.value(site),
                                            .remoteUrl = parser.value(remote),
                                            .certificatePath = parser.value(cert),
                                            .keyPath = parser.value(key),
                                            .caPath = parser.value(ca),
                                            .pinnedFingerprint = parser.value(pin),
                                            .proxyUrl = parser.value(proxy),
                                            .bypassProxy = parser.isSet(noProxy),
                                            .acceptPushes = parser.isSet(pushes)});
    if (!added) {
        return context.failure(added.errorMessage());
    }
    context.out << tr("Added relationship %1: site %2 with %3.")
                       .arg(added->name, parser.value(site), added->remoteUrl.toString())
                << Qt::endl
                << tr("The first run of its profiles is an initial copy: it asks before it overwrites anything.")
                << Qt::endl;
    return ExitSuccess;
}

int RelationshipCommand::list(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("print one JSON object"));
    parser.addOption(json);
    if (auto done = ActionParser::parse(parser, QStringLiteral("relationship list"), arguments, context, 0, usage())) {
        return *done;
    }
    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto relationships = RelationshipRegistry(*store.value(), context.homePath).list();
    auto sites = SiteRepository(store.value()->database()).list();
    if (!relationships || !sites) {
        return context.failure(!relationships ? relationships.errorMessage() : sites.errorMessage());
    }
    auto siteName = [&](qint64 id) {
        for (const Site& s : sites.value()) {
            if (s.id == id) {
                return s.name;
            }
        }
        return QString();
    };
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Relationship& r : relationships.value()) {
            array.append(QJsonObject{{QStringLiteral("name"), r.name},
                                     {QStringLiteral("site"), siteName(r.siteId)},
                                     {QStringLiteral("remote"), r.remoteUrl.toString()},
                                     {QStringLiteral("certificate"), r.clientCertificatePath},
                                     {QStringLiteral("pinnedFingerprint"), r.pinnedFingerprint},
                                     {QStringLiteral("proxy"), r.proxyUrl.toString()},
                                     {QStringLiteral("bypassProxy"), r.bypassProxy},
                                     {QStringLiteral("acceptPushes"), r.acceptPushes},
                                     {QStringLiteral("initialCopyDone"), r.initialCopyDone}});
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("relationships"), array}}).toJson(QJsonDocument::Compact)
                    << Qt::endl;
        return ExitSuccess;
    }
    if (relationships->empty()) {
        context.err << tr("No relationships yet. Add one with: ferryctl relationship add NAME --site SITE --remote URL")
                    << Qt::endl;
        return ExitSuccess;
    }
    for (const Relationship& r : relationships.value()) {
        context.out << QStringLiteral("%1  %2 -> %3%4")
                           .arg(r.name, siteName(r.siteId), r.remoteUrl.toString(),
                                r.acceptPushes ? tr(" (accepts pushes)") : QString())
                    << Qt::endl;
    }
    return ExitSuccess;
}

int RelationshipCommand::remove(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    if (auto done = ActionParser::parse(parser, QStringLiteral("relationship remove"), arguments, context, 1, usage())) {
        return *done;
    }
    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto removed = RelationshipRegistry(*store.value(), context.homePath).remove(parser.positionalArguments().first());
    if (!removed) {
        return context.failure(removed.errorMessage());
    }
    context.out << tr("Removed relationship %1.").arg(removed->first.name) << Qt::endl;
    if (!removed->second.isEmpty()) {
        context.out << tr("Removed its profiles and their schedules: %1.").arg(removed->second.join(QStringLiteral(", ")))
                    << Qt::endl;
    }
    return ExitSuccess;
}

} // namespace ferry::cli
