#include "VersionsCommand.h"

#include "ActionParser.h"
#include "CommandStore.h"
#include "site/SiteRegistry.h"
#include "sync/FileApplier.h"
#include "sync/SiteLock.h"
#include "sync/VersionRestore.h"
#include "sync/VersionsArea.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ferry::cli {
namespace {

// How long restore and prune wait for a run writing the site to finish.
constexpr int siteLockWaitMs = 5000;

QString stamp(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

Result<Site> findSite(const QString& name, const CliContext& context)
{
    auto store = CommandStore::open(context);
    if (!store) {
        return store.error();
    }
    return SiteRegistry(*store.value()).find(name);
}

} // namespace

QString VersionsCommand::summary() const
{
    return tr("list, restore and prune the files runs overwrote or deleted on a site");
}

QString VersionsCommand::usage() const
{
    return tr("Usage:\n"
              "  ferryctl [--home DIR] versions list SITE [PATH] [--json]\n"
              "  ferryctl [--home DIR] versions restore SITE PATH [--kept TIME]\n"
              "  ferryctl [--home DIR] versions prune SITE [--older-than DAYS]\n"
              "\n"
              "Before a run overwrites or deletes a file on a site, the file is kept in the site's versions\n"
              "area in the home (never in the files folder), for the days the site keeps versions ('site set\n"
              "NAME --keep-versions DAYS', 30 unless set); older ones are pruned as runs write the site.\n"
              "\n"
              "list shows what is kept, of the whole site or of one file or folder (PATH, relative to the\n"
              "files folder), oldest first, with the time each was kept (UTC).\n"
              "restore puts a kept version back: the newest one, or the one kept at TIME as list shows it.\n"
              "The file it replaces is kept first, so a restore can itself be undone; the next run carries\n"
              "the restored file to the site's peers like any other change made here.\n"
              "prune removes now what was kept more than DAYS ago (the site's own days unless given).\n");
}

int VersionsCommand::run(const QStringList& arguments, const CliContext& context)
{
    return ActionParser::dispatch(QStringLiteral("versions"), arguments, context, usage(),
                                  {
                                      {QStringLiteral("list"), [&](const QStringList& rest) { return list(rest, context); }},
                                      {QStringLiteral("restore"), [&](const QStringList& rest) { return restore(rest, context); }},
                                      {QStringLiteral("prune"), [&](const QStringList& rest) { return prune(rest, context); }},
                                  });
}

int VersionsCommand::list(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("print one JSON object"));
    parser.addOption(json);
    if (auto done = ActionParser::parse(parser, QStringLiteral("versions list"), arguments, context,
                                        ActionParser::anyArguments, usage())) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2) {
        return context.usageError(tr("versions list takes a site and, optionally, a path in its files folder."));
    }
    auto site = findSite(positional.first(), context);
    if (!site) {
        return context.failure(site.errorMessage());
    }
    const QString path = positional.size() == 2 ? positional.at(1) : QString();
    if (!path.isEmpty()) {
        if (auto valid = FileApplier::checkPath(path); !valid) {
            return context.failure(valid.errorMessage());
        }
    }
    auto versions = VersionsArea(context.homePath, site->uuid).versionsUnder(path);
    if (!versions) {
        return context.failure(versions.errorMessage());
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const KeptVersion& version : versions.value()) {
            array.append(QJsonObject{{QStringLiteral("path"), version.relativePath},
                                     {QStringLiteral("kept"), stamp(version.keptAt)},
                                     {QStringLiteral("size"), version.size}});
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("site"), site->name}, {QStringLiteral("versions"), array}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
        return ExitSuccess;
    }
    if (versions->empty()) {
        context.err << (path.isEmpty() ? tr("Site %1 keeps no overwritten or deleted files.").arg(site->name)
                                       : tr("Site %1 keeps no version of %2.").arg(site->name, path))
                    << Qt::endl;
        return ExitSuccess;
    }
    context.out << QStringLiteral("%1  %2  %3").arg(tr("KEPT (UTC)"), -24).arg(tr("SIZE"), 10).arg(tr("PATH")) << Qt::endl;
    for (const KeptVersion& version : versions.value()) {
        context.out << QStringLiteral("%1  %2  %3").arg(stamp(version.keptAt), -24).arg(version.size, 10).arg(version.relativePath)
                    << Qt::endl;
    }
    return ExitSuccess;
}

int VersionsCommand::restore(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption kept(QStringLiteral("kept"), tr("the version kept at this time, as 'versions list' shows it"),
                                  tr("TIME"));
    parser.addOption(kept);
    if (auto done = ActionParser::parse(parser, QStringLiteral("versions restore"), arguments, context, 2, usage())) {
        return *done;
    }
    std::optional<QDateTime> keptAt;
    if (parser.isSet(kept)) {
        keptAt = QDateTime::fromString(parser.value(kept), Qt::ISODateWithMs);
        if (!keptAt->isValid()) {
            return context.usageError(
                tr("--kept takes a time as 'versions list' shows it (2026-12-07T16:40:01.123Z), not '%1'.").arg(parser.value(kept)));
        }
    }
    const QStringList positional = parser.positionalArguments();
    auto site = findSite(positional.at(0), context);
    if (!site) {
        return context.failure(site.errorMessage());
    }
    auto restored = VersionRestore::restore(context.homePath, site.value(), positional.at(1), keptAt, siteLockWaitMs);
    if (!restored) {
        return context.failure(restored.errorMessage());
    }
    context.out << tr("Restored %1 on site %2 as it was kept at %3; the file it replaced is kept in the versions area.")
                       .arg(restored->relativePath, site->name, stamp(restored->keptAt))
                << Qt::endl;
    return ExitSuccess;
}

int VersionsCommand::prune(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption olderThan(QStringLiteral("older-than"), tr("remove what was kept more than DAYS ago"),
                                       tr("DAYS"));
    parser.addOption(olderThan);
    if (auto done = ActionParser::parse(parser, QStringLiteral("versions prune"), arguments, context, 1, usage())) {
        return *done;
    }
    auto site = findSite(parser.positionalArguments().first(), context);
    if (!site) {
        return context.failure(site.errorMessage());
    }
    const std::optional<int> days =
        parser.isSet(olderThan) ? ActionParser::wholeNumber(parser.value(olderThan)) : site->keepVersionsDays;
    if (!days || *days < 0) {
        return context.usageError(tr("--older-than takes a whole number of days, 0 or more; not '%1'.")
                                      .arg(parser.value(olderThan)));
    }
    // Under the site's lock: a run keeping a version must not see its folder pruned away between
    // making it and linking the file into it.
    auto lock = SiteLock::acquire(context.homePath, site->uuid, site->name, siteLockWaitMs);
    if (!lock) {
        return context.failure(lock.errorMessage());
    }
    const QDateTime cutOff = QDateTime::currentDateTimeUtc().addDays(-*days);
    auto removed = VersionsArea(context.homePath, site->uuid).prune(cutOff);
    if (!removed) {
        return context.failure(removed.errorMessage());
    }
    context.out << tr("Removed %n version(s) kept before %1 from site %2.", nullptr, removed.value())
                       .arg(stamp(cutOff), site->name)
                << Qt::endl;
    return ExitSuccess;
}

} // namespace ferry::cli
