#include "SiteCommand.h"

#include "ActionParser.h"
#include "CommandStore.h"
#include "ScanReportOutput.h"
#include "site/SiteIndex.h"
#include "site/SiteRegistry.h"
#include "site/SiteScanner.h"
#include "sync/VersionsArea.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ferry::cli {
namespace {

QJsonObject toJson(const Site& site)
{
    QJsonObject object{
        {QStringLiteral("name"), site.name},
        {QStringLiteral("uuid"), site.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("files"), site.filesRoot},
        {QStringLiteral("stage"), site.stage},
        {QStringLiteral("created"), site.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("keepVersionsDays"), site.keepVersionsDays},
    };
    if (!site.databaseUrl.isEmpty()) {
        object.insert(QStringLiteral("database"), site.databaseUrl);
        object.insert(QStringLiteral("tables"), QJsonArray::fromStringList(site.tables));
    }
    return object;
}

} // namespace

QString SiteCommand::summary() const
{
    return tr("register this server's sites and index them (add, set, list, remove, scan)");
}

QString SiteCommand::usage() const
{
    return tr("Usage:\n"
              "  ferryctl [--home DIR] site add NAME --files DIR [--db URL --tables T1,T2] [--stage N]\n"
              "                                 [--keep-versions DAYS]\n"
              "  ferryctl [--home DIR] site set NAME --keep-versions DAYS\n"
              "  ferryctl [--home DIR] site list [--json]\n"
              "  ferryctl [--home DIR] site remove NAME\n"
              "  ferryctl [--home DIR] site scan NAME [--include GLOB]... [--exclude GLOB]... [--json]\n"
              "\n"
              "A site is a content repository on this server: a name, a files folder, optionally a content\n"
              "database, and a stage (0 = author/staging; higher stages are published later). Its UUID is\n"
              "made once, here.\n"
              "\n"
              "A file a run overwrites or deletes on a site is kept first in the site's versions area in the\n"
              "home (see 'ferryctl versions'), for --keep-versions days (30 unless set; 1 to 3650), then pruned.\n"
              "\n"
              "--db takes sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE, never a password: PostgreSQL\n"
              "passwords come from ~/.pgpass or PGPASSWORD. Adding a site installs change capture (triggers\n"
              "and a _ferry_changes table) in its database; removing the site takes them out again. Every\n"
              "synced table needs a primary key.\n"
              "\n"
              "scan re-reads what changed in the files folder and takes in the captured row changes.\n"
              "A pattern without '/' matches a name at any depth (*.tmp, cache); one with '/' matches the\n"
              "path from the files folder (assets/**/*.css); '**' crosses folders. Files outside the\n"
              "patterns are left out of the scan, never recorded as deleted.\n");
}

int SiteCommand::run(const QStringList& arguments, const CliContext& context)
{
    return ActionParser::dispatch(QStringLiteral("site"), arguments, context, usage(),
                                  {
                                     {QStringLiteral("add"), [&](const QStringList& rest) { return add(rest, context); }},
                                     {QStringLiteral("set"), [&](const QStringList& rest) { return set(rest, context); }},
                                     {QStringLiteral("list"), [&](const QStringList& rest) { return list(rest, context); }},
                                     {QStringLiteral("remove"), [&](const QStringList& rest) { return remove(rest, context); }},
                                     {QStringLiteral("scan"), [&](const QStringList& rest) { return scan(rest, context); }},
                                  });
}

int SiteCommand::add(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption files(QStringLiteral("files"), tr("the site's files folder"), tr("DIR"));
    const QCommandLineOption stage(QStringLiteral("stage"), tr("the site's stage"), tr("N"), QStringLiteral("0"));
    const QCommandLineOption db(QStringLiteral("db"), tr("the site's content database"), tr("URL"));
    const QCommandLineOption tables(QStringLiteral("tables"), tr("the tables to keep in step"), tr("T1,T2"));
    const QCommandLineOption keep(QStringLiteral("keep-versions"), tr("days overwritten and deleted files are kept"),
                                  tr("DAYS"), QString::number(Site().keepVersionsDays));
    parser.addOptions({files, stage, db, tables, keep});
    if (auto done = ActionParser::parse(parser, QStringLiteral("site add"), arguments, context, 1, usage())) {
        return *done;
    }
    if (!parser.isSet(files)) {
        return context.usageError(tr("site add needs --files DIR, the site's files folder."));
    }
    bool stageIsNumber = false;
    const int stageNumber = parser.value(stage).toInt(&stageIsNumber);
    if (!stageIsNumber) {
        return context.usageError(tr("--stage needs a whole number, not '%1'.").arg(parser.value(stage)));
    }
    if (parser.isSet(db) != parser.isSet(tables)) {
        return context.usageError(tr("--db and --tables go together: the database, and which of its tables to keep "
                                     "in step."));
    }
    const std::optional<int> keepDays = ActionParser::wholeNumber(parser.value(keep));
    if (!keepDays) {
        return context.usageError(tr("--keep-versions needs a whole number of days, not '%1'.").arg(parser.value(keep)));
    }
    QStringList tableList;
    for (const QString& table : parser.value(tables).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        tableList << table.trimmed();
    }

    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto site = SiteRegistry(*store.value(), context.homePath)
                    .add(SiteDraft{.name = parser.positionalArguments().first(),
                                   .filesRoot = parser.value(files),
                                   .stage = stageNumber,
                                   .databaseUrl = parser.value(db),
                                   .tables = tableList,
                                   .keepVersionsDays = *keepDays});
    if (!site) {
        return context.failure(site.errorMessage());
    }
    context.out << tr("Added site %1 (stage %2) with files at %3.").arg(site->name).arg(site->stage).arg(site->filesRoot)
                << Qt::endl;
    if (!site->databaseUrl.isEmpty()) {
        context.out << tr("Capturing changes to %1 in %2.").arg(site->tables.join(QStringLiteral(", ")), site->databaseUrl)
                    << Qt::endl;
    }
    context.out << tr("UUID: %1").arg(site->uuid.toString(QUuid::WithoutBraces)) << Qt::endl;
    return ExitSuccess;
}

int SiteCommand::set(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption keep(QStringLiteral("keep-versions"), tr("days overwritten and deleted files are kept"),
                                  tr("DAYS"));
    parser.addOption(keep);
    if (auto done = ActionParser::parse(parser, QStringLiteral("site set"), arguments, context, 1, usage())) {
        return *done;
    }
    if (!parser.isSet(keep)) {
        return context.usageError(tr("site set needs --keep-versions DAYS."));
    }
    const std::optional<int> days = ActionParser::wholeNumber(parser.value(keep));
    if (!days) {
        return context.usageError(tr("--keep-versions needs a whole number of days, not '%1'.").arg(parser.value(keep)));
    }
    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto site = SiteRegistry(*store.value()).setKeepVersionsDays(parser.positionalArguments().first(), *days);
    if (!site) {
        return context.failure(site.errorMessage());
    }
    context.out << tr("Site %1 keeps overwritten and deleted files for %n day(s).", nullptr, site->keepVersionsDays)
                       .arg(site->name)
                << Qt::endl;
    return ExitSuccess;
}

int SiteCommand::list(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("print one JSON object"));
    parser.addOption(json);
    if (auto done = ActionParser::parse(parser, QStringLiteral("site list"), arguments, context, 0, usage())) {
        return *done;
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

int SiteCommand::remove(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    if (auto done = ActionParser::parse(parser, QStringLiteral("site remove"), arguments, context, 1, usage())) {
        return *done;
    }
    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto removed = SiteRegistry(*store.value(), context.homePath).remove(parser.positionalArguments().first());
    if (!removed) {
        return context.failure(removed.errorMessage());
    }
    context.out << tr("Removed site %1. Its files were not touched.").arg(removed->name) << Qt::endl;
    // What runs replaced is the administrator's to let go of: kept, and said where, since no
    // command reaches the versions of a site no longer registered.
    const VersionsArea versions(context.homePath, removed->uuid);
    if (auto kept = versions.versionsUnder(); kept && !kept->empty()) {
        qint64 bytes = 0;
        for (const KeptVersion& version : kept.value()) {
            bytes += version.size;
        }
        context.out << tr("Its versions area %1 still holds %n kept version(s) of replaced files (%2); delete that "
                          "folder when you no longer need it.",
                          nullptr, int(kept->size()))
                           .arg(QDir::toNativeSeparators(versions.folder()), QLocale::c().formattedDataSize(bytes))
                    << Qt::endl;
    }
    if (!removed->databaseUrl.isEmpty()) {
        context.out << tr("Change capture was taken out of %1; its tables and rows were not touched.")
                           .arg(removed->databaseUrl)
                    << Qt::endl;
    }
    return ExitSuccess;
}

int SiteCommand::scan(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("print one JSON object"));
    const QCommandLineOption include(QStringLiteral("include"), tr("index only files matching GLOB"), tr("GLOB"));
    const QCommandLineOption exclude(QStringLiteral("exclude"), tr("leave out files and folders matching GLOB"), tr("GLOB"));
    parser.addOptions({json, include, exclude});
    if (auto done = ActionParser::parse(parser, QStringLiteral("site scan"), arguments, context, 1, usage())) {
        return *done;
    }
    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto site = SiteRegistry(*store.value()).find(parser.positionalArguments().first());
    if (!site) {
        return context.failure(site.errorMessage());
    }
    store.value().reset();  // a long scan does not hold state.db open
    const ScanRequest request{.siteUuid = site->uuid,
                              .siteName = site->name,
                              .filesRoot = site->filesRoot,
                              .indexPath = SiteIndex::pathFor(context.homePath, site->uuid),
                              .includes = parser.values(include),
                              .excludes = parser.values(exclude),
                              .databaseUrl = site->databaseUrl,
                              .hashThreads = 0};
    const std::atomic_bool cancelled{false};
    auto report = SiteScanner::scan(request, cancelled);
    if (!report) {
        return context.failure(report.errorMessage());
    }
    if (parser.isSet(json)) {
        ScanReportOutput::printJson(site->name, report.value(), context.out);
    } else {
        ScanReportOutput::printText(site->name, report.value(), context.out, context.err);
    }
    return ExitSuccess;
}

} // namespace ferry::cli
