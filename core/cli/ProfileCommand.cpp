#include "ProfileCommand.h"

#include "ActionParser.h"
#include "CommandStore.h"
#include "store/RelationshipRepository.h"
#include "sync/ProfileRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ferry::cli {

QString ProfileCommand::summary() const
{
    return tr("what a relationship keeps in step, and how (add, list, remove)");
}

QString ProfileCommand::usage() const
{
    return tr("Usage:\n"
              "  ferryctl [--home DIR] profile add NAME --relationship REL [--direction upload|download|bidirectional]\n"
              "           [--include GLOB]... [--exclude GLOB]... [--tables T1,T2] [--conflict POLICY] [--no-deletes]\n"
              "           [--bandwidth KIB_PER_S] [--delete-guard PERCENT]\n"
              "  ferryctl [--home DIR] profile list [--json]\n"
              "  ferryctl [--home DIR] profile remove NAME\n"
              "\n"
              "--direction: upload (this site to the remote one, the default), download, or bidirectional\n"
              "(pull, then push).\n"
              "--conflict, when both sides changed the same item since they last agreed:\n"
              "  manual       keep both as they are and ask (the default); the rest of the run goes on\n"
              "  local-wins   this site's version wins\n"
              "  remote-wins  the remote site's version wins\n"
              "  master-wins  the author stage's version wins\n"
              "  newer-wins   the later change wins (by a hybrid clock, not the wall clock alone)\n"
              "  keep-both    the later change keeps the name, the other is saved beside it\n"
              "Every conflict is written to the conflict log, whatever the policy.\n"
              "--delete-guard (default 25): a run that would delete a larger share of a folder or table\n"
              "stops and asks for --yes.\n");
}

int ProfileCommand::run(const QStringList& arguments, const CliContext& context)
{
    return ActionParser::dispatch(QStringLiteral("profile"), arguments, context, usage(),
                                  {
                                     {QStringLiteral("add"), [&](const QStringList& rest) { return add(rest, context); }},
                                     {QStringLiteral("list"), [&](const QStringList& rest) { return list(rest, context); }},
                                     {QStringLiteral("remove"), [&](const QStringList& rest) { return remove(rest, context); }},
                                  });
}

int ProfileCommand::add(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption relationship(QStringLiteral("relationship"), tr("the relationship"), tr("REL"));
    const QCommandLineOption direction(QStringLiteral("direction"), tr("upload, download or bidirectional"), tr("DIRECTION"),
                                       QStringLiteral("upload"));
    const QCommandLineOption include(QStringLiteral("include"), tr("keep only files matching GLOB"), tr("GLOB"));
    const QCommandLineOption exclude(QStringLiteral("exclude"), tr("leave out files matching GLOB"), tr("GLOB"));
    const QCommandLineOption tables(QStringLiteral("tables"), tr("the tables to keep in step"), tr("T1,T2"));
    const QCommandLineOption conflict(QStringLiteral("conflict"), tr("the conflict policy"), tr("POLICY"),
                                      QStringLiteral("manual"));
    const QCommandLineOption noDeletes(QStringLiteral("no-deletes"), tr("do not carry deletions"));
    const QCommandLineOption bandwidth(QStringLiteral("bandwidth"), tr("limit in KiB/s"), tr("KIB_PER_S"), QStringLiteral("0"));
    const QCommandLineOption guard(QStringLiteral("delete-guard"), tr("ask before deleting more than this share"),
                                   tr("PERCENT"), QStringLiteral("25"));
    parser.addOptions({relationship, direction, include, exclude, tables, conflict, noDeletes, bandwidth, guard});
    if (auto done = ActionParser::parse(parser, QStringLiteral("profile add"), arguments, context, 1, usage())) {
        return *done;
    }
    if (!parser.isSet(relationship)) {
        return context.usageError(tr("profile add needs --relationship REL."));
    }
    const auto chosenDirection = enumFromKey(directionKeys, parser.value(direction));
    if (!chosenDirection) {
        return context.usageError(tr("--direction is upload, download or bidirectional, not '%1'.").arg(parser.value(direction)));
    }
    const auto policy = enumFromKey(conflictPolicyKeys, parser.value(conflict));
    if (!policy) {
        return context.usageError(tr("--conflict is manual, local-wins, remote-wins, master-wins, newer-wins or keep-both, "
                                     "not '%1'.")
                                      .arg(parser.value(conflict)));
    }
    bool bandwidthOk = false;
    bool guardOk = false;
    const int kib = parser.value(bandwidth).toInt(&bandwidthOk);
    const int percent = parser.value(guard).toInt(&guardOk);
    if (!bandwidthOk || !guardOk) {
        return context.usageError(tr("--bandwidth and --delete-guard take whole numbers."));
    }
    QStringList tableList;
    for (const QString& table : parser.value(tables).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        tableList << table.trimmed();
    }
    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto added = ProfileRegistry(*store.value())
                     .add(ProfileDraft{.name = parser.positionalArguments().first(),
                                       .relationshipName = parser.value(relationship),
                                       .direction = *chosenDirection,
                                       .includes = parser.values(include),
                                       .excludes = parser.values(exclude),
                                       .tables = tableList,
                                       .propagateDeletes = !parser.isSet(noDeletes),
                                       .conflictPolicy = *policy,
                                       .bandwidthLimitKiBps = kib,
                                       .deleteGuardPercent = percent});
    if (!added) {
        return context.failure(added.errorMessage());
    }
    context.out << tr("Added profile %1 for relationship %2: %3, conflicts %4%5.")
                       .arg(added->name, parser.value(relationship), enumKey(directionKeys, added->direction),
                            enumKey(conflictPolicyKeys, added->conflictPolicy),
                            added->propagateDeletes ? QString() : tr(", deletions not carried"))
                << Qt::endl;
    return ExitSuccess;
}

int ProfileCommand::list(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("print one JSON object"));
    parser.addOption(json);
    if (auto done = ActionParser::parse(parser, QStringLiteral("profile list"), arguments, context, 0, usage())) {
        return *done;
    }
    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto profiles = ProfileRegistry(*store.value()).list();
    auto relationships = RelationshipRepository(store.value()->database()).list();
    if (!profiles || !relationships) {
        return context.failure(!profiles ? profiles.errorMessage() : relationships.errorMessage());
    }
    auto relationshipName = [&](qint64 id) {
        for (const Relationship& r : relationships.value()) {
            if (r.id == id) {
                return r.name;
            }
        }
        return QString();
    };
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Profile& p : profiles.value()) {
            array.append(QJsonObject{{QStringLiteral("name"), p.name},
                                     {QStringLiteral("relationship"), relationshipName(p.relationshipId)},
                                     {QStringLiteral("direction"), enumKey(directionKeys, p.direction)},
                                     {QStringLiteral("includes"), QJsonArray::fromStringList(p.includes)},
                                     {QStringLiteral("excludes"), QJsonArray::fromStringList(p.excludes)},
                                     {QStringLiteral("tables"), QJsonArray::fromStringList(p.tables)},
                                     {QStringLiteral("conflict"), enumKey(conflictPolicyKeys, p.conflictPolicy)},
                                     {QStringLiteral("deletes"), p.propagateDeletes},
                                     {QStringLiteral("bandwidthKiBps"), p.bandwidthLimitKiBps},
                                     {QStringLiteral("deleteGuardPercent"), p.deleteGuardPercent}});
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("profiles"), array}}).toJson(QJsonDocument::Compact)
                    << Qt::endl;
        return ExitSuccess;
    }
    if (profiles->empty()) {
        context.err << tr("No profiles yet. Add one with: ferryctl profile add NAME --relationship REL") << Qt::endl;
        return ExitSuccess;
    }
    for (const Profile& p : profiles.value()) {
        context.out << QStringLiteral("%1  %2  %3  %4")
                           .arg(p.name, relationshipName(p.relationshipId), enumKey(directionKeys, p.direction),
                                enumKey(conflictPolicyKeys, p.conflictPolicy))
                    << Qt::endl;
    }
    return ExitSuccess;
}

int ProfileCommand::remove(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    if (auto done = ActionParser::parse(parser, QStringLiteral("profile remove"), arguments, context, 1, usage())) {
        return *done;
    }
    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto removed = ProfileRegistry(*store.value()).remove(parser.positionalArguments().first());
    if (!removed) {
        return context.failure(removed.errorMessage());
    }
    context.out << tr("Removed profile %1 and its schedules.").arg(removed->name) << Qt::endl;
    return ExitSuccess;
}

} // namespace ferry::cli
