#include "LogCommand.h"

#include "ActionParser.h"
#include "CommandStore.h"
#include "store/ConflictRepository.h"
#include "store/SyncLogRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ferry::cli {
namespace {

std::optional<int> limitFrom(const QCommandLineParser& parser, const QCommandLineOption& option, const CliContext& context,
                             int& limit)
{
    bool ok = false;
    limit = parser.value(option).toInt(&ok);
    if (!ok || limit <= 0) {
        return context.usageError(LogCommand::tr("--limit takes a positive whole number."));
    }
    return std::nullopt;
}

QString time(const QDateTime& when)
{
    return when.isValid() ? when.toString(Qt::ISODate) : QString();
}

} // namespace

QString LogCommand::summary() const
{
    return tr("show the sync log, newest first");
}

QString LogCommand::usage() const
{
    return tr("Usage: ferryctl [--home DIR] log [--limit N] [--json]\n"
              "\n"
              "Every run writes what it did to each folder and table: time, relationship, site, resource,\n"
              "mode (pull, push, in, out), action, result, whether the error happened on the remote side,\n"
              "and a message. Shows the newest 50 entries unless --limit says otherwise.\n");
}

int LogCommand::run(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("print one JSON object"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("how many entries"), tr("N"), QStringLiteral("50"));
    parser.addOptions({json, limitOption});
    if (auto done = ActionParser::parse(parser, QStringLiteral("log"), arguments, context, 0, usage())) {
        return *done;
    }
    int limit = 0;
    if (auto done = limitFrom(parser, limitOption, context, limit)) {
        return *done;
    }
    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto entries = SyncLogRepository(store.value()->database()).latest(limit);
    if (!entries) {
        return context.failure(entries.errorMessage());
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const LogEntry& e : entries.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("time"), time(e.time)},
                                     {QStringLiteral("run"), e.runId},
                                     {QStringLiteral("relationship"), e.relationship},
                                     {QStringLiteral("site"), e.site},
                                     {QStringLiteral("resource"), e.resource},
                                     {QStringLiteral("mode"), enumKey(logModeKeys, e.mode)},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("result"), enumKey(logResultKeys, e.result)},
                                     {QStringLiteral("remoteError"), e.remoteError},
                                     {QStringLiteral("message"), e.message}});
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("entries"), array}}).toJson(QJsonDocument::Compact)
                    << Qt::endl;
        return ExitSuccess;
    }
    if (entries->empty()) {
        context.err << tr("The sync log is empty: no profile has run yet.") << Qt::endl;
        return ExitSuccess;
    }
    for (const LogEntry& e : entries.value()) {
        context.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7%8  %9")
                           .arg(time(e.time), e.relationship, e.site, e.resource, enumKey(logModeKeys, e.mode), e.action,
                                enumKey(logResultKeys, e.result), e.remoteError ? tr(" (remote)") : QString(), e.message)
                    << Qt::endl;
    }
    return ExitSuccess;
}

QString ConflictsCommand::summary() const
{
    return tr("show the conflict log, those waiting for a decision first");
}

QString ConflictsCommand::usage() const
{
    return tr("Usage: ferryctl [--home DIR] conflicts [--pending] [--limit N] [--json]\n"
              "\n"
              "Every item both sides changed since they last agreed, with both versions' details, the\n"
              "policy applied, which version was kept and where the other went, and its status.\n");
}

int ConflictsCommand::run(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("print one JSON object"));
    const QCommandLineOption pending(QStringLiteral("pending"), tr("only those waiting for a decision"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("how many entries"), tr("N"), QStringLiteral("500"));
    parser.addOptions({json, pending, limitOption});
    if (auto done = ActionParser::parse(parser, QStringLiteral("conflicts"), arguments, context, 0, usage())) {
        return *done;
    }
    int limit = 0;
    if (auto done = limitFrom(parser, limitOption, context, limit)) {
        return *done;
    }
    auto store = CommandStore::open(context);
    if (!store) {
        return context.failure(store.errorMessage());
    }
    auto conflicts = ConflictRepository(store.value()->database()).latest(limit);
    if (!conflicts) {
        return context.failure(conflicts.errorMessage());
    }
    std::vector<Conflict> shown;
    for (const Conflict& c : conflicts.value()) {
        if (!parser.isSet(pending) || c.status == ConflictStatus::PendingReview) {
            shown.push_back(c);
        }
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Conflict& c : shown) {
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("detected"), time(c.detectedAt)},
                                     {QStringLiteral("relationship"), c.relationship},
                                     {QStringLiteral("site"), c.site},
                                     {QStringLiteral("resource"), c.resource},
                                     {QStringLiteral("item"), c.item},
                                     {QStringLiteral("local"), c.local},
                                     {QStringLiteral("remote"), c.remote},
                                     {QStringLiteral("policy"), c.policy},
                                     {QStringLiteral("winner"), enumKey(conflictWinnerKeys, c.winner)},
                                     {QStringLiteral("loserLocation"), c.loserLocation},
                                     {QStringLiteral("status"), enumKey(conflictStatusKeys, c.status)},
                                     {QStringLiteral("resolvedBy"), c.resolvedBy},
                                     {QStringLiteral("resolved"), time(c.resolvedAt)}});
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("conflicts"), array}}).toJson(QJsonDocument::Compact)
                    << Qt::endl;
        return ExitSuccess;
    }
    if (shown.empty()) {
        context.err << (parser.isSet(pending) ? tr("No conflict is waiting for a decision.") : tr("No conflicts."))
                    << Qt::endl;
        return ExitSuccess;
    }
    for (const Conflict& c : shown) {
        context.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                           .arg(QString::number(c.id), enumKey(conflictStatusKeys, c.status), time(c.detectedAt),
                                c.relationship, c.site, c.item, c.policy)
                    << Qt::endl;
    }
    return ExitSuccess;
}

} // namespace ferry::cli
