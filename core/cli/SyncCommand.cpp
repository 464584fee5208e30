#include "SyncCommand.h"

#include "ActionParser.h"
#include "common/JsonText.h"
#include "sync/SyncRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>

namespace ferry::cli {
namespace {

std::atomic_bool interrupted = false;

QString actionText(PlanAction action)
{
    switch (action) {
    case PlanAction::Push:
        return QStringLiteral("push");
    case PlanAction::Pull:
        return QStringLiteral("pull");
    case PlanAction::DeleteRemote:
        return QStringLiteral("delete-remote");
    case PlanAction::DeleteLocal:
        return QStringLiteral("delete-local");
    case PlanAction::MergeVersions:
        return QStringLiteral("join-versions");
    case PlanAction::Hold:
        return QStringLiteral("hold");
    }
    return {};
}

QString itemText(const ItemKey& key)
{
    if (key.kind == ItemKey::Kind::File) {
        return key.name;
    }
    return key.name.section(QChar(0x1F), 0, 0) + QLatin1Char(' ') + key.name.section(QChar(0x1F), 1);
}

} // namespace

QString SyncCommand::summary() const
{
    return tr("run a profile now (--dry-run: show the plan only)");
}

QString SyncCommand::usage() const
{
    return tr("Usage: ferryctl [--home DIR] sync PROFILE [--dry-run] [--yes] [--initial upload|download] [--json]\n"
              "\n"
              "Connects to the relationship's agent, scans both sites, exchanges their changes, plans, and moves\n"
              "files and rows so both sides are in step. --dry-run prints the plan, deletions first, and changes\n"
              "nothing. A relationship's first run is an initial copy, which overwrites the destination: it, and\n"
              "a run that would delete more than the profile's share of a folder or table, stops and asks\n"
              "(exit status 3) until run again with --yes. --initial says which way the first run of a\n"
              "bidirectional profile copies. --json prints one JSON object with the totals.\n");
}

int SyncCommand::run(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("show the plan, change nothing"));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("confirm an initial copy or a guarded deletion"));
    const QCommandLineOption initial(QStringLiteral("initial"), tr("the first run's direction"), tr("upload|download"));
    const QCommandLineOption json(QStringLiteral("json"), tr("print one JSON object"));
    parser.addOptions({dryRun, yes, initial, json});
    if (auto done = ActionParser::parse(parser, QStringLiteral("sync"), arguments, context, 1, usage())) {
        return *done;
    }
    SyncRunParams params;
    params.homePath = context.homePath;
    params.profileName = parser.positionalArguments().constFirst();
    params.dryRun = parser.isSet(dryRun);
    params.confirmed = parser.isSet(yes);
    if (parser.isSet(initial)) {
        const QString way = parser.value(initial);
        if (way != QStringLiteral("upload") && way != QStringLiteral("download")) {
            return context.usageError(tr("--initial takes upload or download."));
        }
        params.initialDirection = way == QStringLiteral("upload") ? Direction::Upload : Direction::Download;
    }
    // Ctrl+C and SIGTERM cancel the run between two steps: every file and batch already applied
    // stays whole, and the next run completes the rest.
    interrupted = false;
    std::signal(SIGINT, [](int) { interrupted = true; });
    std::signal(SIGTERM, [](int) { interrupted = true; });
    auto result = SyncRun::execute(params, interrupted);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!result) {
        return context.failure(result.errorMessage());
    }
    if (parser.isSet(json)) {
        printJson(result.value(), params.profileName, params.dryRun, context);
    } else {
        if (params.dryRun || result->needsConfirmation()) {
            printPlan(result.value(), context);
        }
        if (!params.dryRun && !result->needsConfirmation()) {
            context.out << SyncRun::summary(result.value()) << Qt::endl;
        }
        for (std::size_t i = 0; i < result->outcomes.size(); ++i) {
            if (!result->outcomes[i].error.isEmpty()) {
                context.err << itemText(result->plan.items[i].key) << ": " << result->outcomes[i].error << Qt::endl;
            }
        }
    }
    if (result->needsConfirmation()) {
        return context.failure(result->stops.join(QLatin1Char(' ')), ExitNeedsConfirmation);
    }
    if (result->run.state == RunState::Cancelled) {
        return context.failure(tr("The run was cancelled; the next run completes it."));
    }
    if (result->failedItems() > 0) {
        return context.failure(tr("%n item(s) could not be synchronised; `ferryctl log` has the reasons.", nullptr,
                                  result->failedItems()));
    }
    return ExitSuccess;
}

void SyncCommand::printPlan(const SyncRunResult& result, const CliContext& context)
{
    if (result.plan.items.empty()) {
        context.out << tr("Both sides are in step: nothing to do.") << Qt::endl;
        return;
    }
    context.out << (result.initialCopy ? tr("Initial copy plan with %1:").arg(result.remoteSite)
                                       : tr("Plan with %1:").arg(result.remoteSite))
                << Qt::endl;
    for (const PlannedItem& item : result.plan.items) {
        context.out << "  " << actionText(item.action).leftJustified(14) << itemText(item.key);
        if (!item.note.isEmpty()) {
            context.out << "  (" << item.note << ")";
        } else if (item.conflict) {
            context.out << "  (" << tr("conflict: %1").arg(item.conflict->reason) << ")";
        }
        context.out << Qt::endl;
    }
    context.out << tr("%n change(s):", nullptr, int(result.plan.items.size())) << ' '
                << tr("%1 to push, %2 to pull, %3 deletions here, %4 deletions there, %5 conflicts (%6 waiting for review).")
                       .arg(result.plan.count(PlanAction::Push))
                       .arg(result.plan.count(PlanAction::Pull))
                       .arg(result.plan.count(PlanAction::DeleteLocal))
                       .arg(result.plan.count(PlanAction::DeleteRemote))
                       .arg(result.plan.conflicts())
                       .arg(result.plan.pendingConflicts())
                << Qt::endl;
}

void SyncCommand::printJson(const SyncRunResult& result, const QString& profile, bool dryRun, const CliContext& context)
{
    const RunTotals& t = result.run.totals;
    QJsonObject phases;
    for (const PhaseTime& phase : result.phases) {
        phases.insert(phase.name, phase.seconds);
    }
    const QJsonObject totals{{QStringLiteral("profile"), profile},
                             {QStringLiteral("run"), result.run.id},
                             {QStringLiteral("dryRun"), dryRun},
                             {QStringLiteral("initialCopy"), result.initialCopy},
                             {QStringLiteral("state"), enumKey(runStateKeys, result.run.state)},
                             {QStringLiteral("needsConfirmation"), result.needsConfirmation()},
                             {QStringLiteral("stops"), QJsonArray::fromStringList(result.stops)},
                             {QStringLiteral("filesSent"), t.filesSent},
                             {QStringLiteral("filesReceived"), t.filesReceived},
                             {QStringLiteral("filesDeleted"), t.filesDeleted},
                             {QStringLiteral("rowsSent"), t.rowsSent},
                             {QStringLiteral("rowsReceived"), t.rowsReceived},
                             {QStringLiteral("rowsDeleted"), t.rowsDeleted},
                             {QStringLiteral("conflicts"), result.plan.conflicts()},
                             {QStringLiteral("pendingConflicts"), result.plan.pendingConflicts()},
                             {QStringLiteral("failed"), result.failedItems()},
                             {QStringLiteral("bytesOut"), t.bytesOut},
                             {QStringLiteral("bytesIn"), t.bytesIn},
                             {QStringLiteral("seconds"), result.seconds},
                             {QStringLiteral("phases"), phases},
                             {QStringLiteral("comparedItems"), result.comparedItems},
                             {QStringLiteral("fromSettledPoint"), result.fromSettledPoint},
                             {QStringLiteral("clockSkewMs"), result.clockSkewMs},
                             {QStringLiteral("message"), result.run.message}};
    // The plan, one entry an item, is written as text straight after the totals: built as
    // QJsonObjects it cost a third of a second for a large initial copy, at the end of the run.
    QByteArray text = QJsonDocument(totals).toJson(QJsonDocument::Compact);
    text.chop(1);  // the closing brace: "plan" and "errors" follow
    text.reserve(text.size() + qsizetype(result.plan.items.size()) * 64);
    text.append(",\"plan\":[");
    QJsonArray errors;
    for (std::size_t i = 0; i < result.plan.items.size(); ++i) {
        const PlannedItem& item = result.plan.items[i];
        text.append(i == 0 ? "{\"action\":" : ",{\"action\":");
        json::appendString(text, actionText(item.action));
        if (item.conflict) {
            text.append(",\"conflict\":");
            json::appendString(text, item.conflict->reason);
        }
        text.append(",\"item\":");
        json::appendString(text, itemText(item.key));
        text.append(item.key.kind == ItemKey::Kind::File ? ",\"kind\":\"file\"" : ",\"kind\":\"row\"");
        if (!item.note.isEmpty()) {
            text.append(",\"note\":");
            json::appendString(text, item.note);
        }
        text.append('}');
        if (i < result.outcomes.size() && !result.outcomes[i].error.isEmpty()) {
            errors.append(QJsonObject{{QStringLiteral("item"), itemText(item.key)},
                                      {QStringLiteral("error"), result.outcomes[i].error},
                                      {QStringLiteral("remote"), result.outcomes[i].remoteError}});
        }
    }
    text.append("],\"errors\":");
    text.append(QJsonDocument(errors).toJson(QJsonDocument::Compact));
    text.append("}\n");
    context.writeUtf8(text);
}

} // namespace ferry::cli
