#include "SiteCommand.h"

#include "CommandStore.h"
#include "site/SiteRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ferry::cli {
namespace {

QJsonObject toJson(const Site& site)
{
    return QJsonObject{
        {QStringLiteral("name"), site.name},
        {QStringLiteral("uuid"), site.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("files"), site.filesRoot},
        {QStringLiteral("stage"), site.stage},
        {QStringLiteral("created"), site.createdAt.toString(Qt::ISODateWithMs)},
    };
}

} // namespace

QString SiteCommand::summary() const
{
    return tr("register this server's sites (add, list)");
}

QString SiteCommand::usage() const
{
    return tr("Usage:\n"
              "  ferryctl [--home DIR] site add NAME --files DIR [--stage N]\n"
              "  ferryctl [--home DIR] site list [--json]\n"
              "\n"
              "A site is a content repository on this server: a name, a files folder and a stage\n"
              "(0 = author/staging; higher stages are published later). Its UUID is made once, here.\n");
}

int SiteCommand::run(const QStringList& arguments, const CliContext& context)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("add")) {
        return add(arguments.mid(1), context);
    }
    if (action == QLatin1String("list")) {
        return list(arguments.mid(1), context);
    }
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
        (action.isEmpty() ? context.err : context.out) << usage();
        return action.isEmpty() ? ExitUsage : ExitSuccess;
    }
    return context.usageError(tr("unknown site action '%1'. Use add or list.").arg(action));
}

int SiteCommand::add(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption files(QStringLiteral("files"), tr("the site's files folder"), tr("DIR"));
    const QCommandLineOption stage(QStringLiteral("stage"), tr("the site's stage"), tr("N"), QStringLiteral("0"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("show this help"));
    parser.addOptions({files, stage, help});
    if (!parser.parse(QStringList{QStringLiteral("ferryctl site add")} + arguments)) {
        return context.usageError(parser.errorText());
    }
    if (parser.isSet(help)) {
        context.out << usage();
        return ExitSuccess;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return context.usageError(positional.isEmpty() ? tr("site add needs a NAME.")
                                                       : tr("site add takes one NAME; got %1.").arg(positional.size()));
    }
    if (!parser.isSet(files)) {
        return context.usageError(tr("site add needs --files DIR, the site's files folder."));
    }
    bool stageIsNumber = false;
    const int stageNumber = parser.value(stage).toInt(&stageIsNumber);
    if (!stageIsNumber) {
        return context.usageError(tr("--stage needs a whole number, not '%1'.").arg(parser.value(stage)));
    }

    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto site = SiteRegistry(*store.value()).add(SiteDraft{positional.first(), parser.value(files), stageNumber});
    if (!site) {
        return context.failure(site.errorMessage());
    }
    context.out << tr("Added site %1 (stage %2) with files at %3.").arg(site->name).arg(site->stage).arg(site->filesRoot)
                << Qt::endl
                << tr("UUID: %1").arg(site->uuid.toString(QUuid::WithoutBraces)) << Qt::endl;
    return ExitSuccess;
}

int SiteCommand::list(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("print one JSON object"));
    parser.addOption(json);
    if (!parser.parse(QStringList{QStringLiteral("ferryctl site list")} + arguments)) {
        return context.usageError(parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return context.usageError(tr("site list takes no arguments."));
    }
    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto sites = SiteRegistry(*store.value()).list();
    if (!sites) {
        return context.failure(sites.errorMessage());
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Site& site : sites.value()) {
            array.append(toJson(site));
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("sites"), array}}).toJson(QJsonDocument::Compact)
                    << Qt::endl;
        return ExitSuccess;
    }
    if (sites->empty()) {
        context.err << tr("No sites yet. Add one with: ferryctl site add NAME --files DIR") << Qt::endl;
        return ExitSuccess;
    }
    qsizetype nameWidth = 4;
    for (const Site& site : sites.value()) {
        nameWidth = std::max(nameWidth, site.name.size());
    }
    context.out << QStringLiteral("%1  %2  %3  %4")
                       .arg(tr("NAME"), -int(nameWidth))
                       .arg(tr("STAGE"), -5)
                       .arg(tr("UUID"), -36)
                       .arg(tr("FILES"))
                << Qt::endl;
    for (const Site& site : sites.value()) {
        context.out << QStringLiteral("%1  %2  %3  %4")
                           .arg(site.name, -int(nameWidth))
                           .arg(site.stage, -5)
                           .arg(site.uuid.toString(QUuid::WithoutBraces), site.filesRoot)
                    << Qt::endl;
    }
    return ExitSuccess;
}

} // namespace ferry::cli
