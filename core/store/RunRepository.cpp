#include "RunRepository.h"

#include "Sql.h"

namespace ferry {
namespace {

// The columns runFrom reads, in its order.
const QString selectRuns = QStringLiteral(
    "SELECT id, profile_id, profile_name, relationship_name, trigger, dry_run, state, phase, started_at, finished_at, "
    "files_sent, files_received, files_deleted, rows_sent, rows_received, rows_deleted, conflicts, bytes_out, bytes_in, "
    "message, clock_skew_ms FROM runs ");

Run runFrom(const QSqlQuery& q)
{
    Run run;
    run.id = q.value(0).toLongLong();
    run.profileId = q.value(1).toLongLong();
    run.profileName = q.value(2).toString();
    run.relationshipName = q.value(3).toString();
    run.trigger = enumFromKey(runTriggerKeys, q.value(4).toString()).value_or(RunTrigger::Manual);
    run.dryRun = q.value(5).toBool();
    run.state = enumFromKey(runStateKeys, q.value(6).toString()).value_or(RunState::Failed);
    run.phase = q.value(7).toString();
    run.startedAt = sql::toTime(q.value(8));
    run.finishedAt = sql::toTime(q.value(9));
    RunTotals& t = run.totals;
    t.filesSent = q.value(10).toLongLong();
    t.filesReceived = q.value(11).toLongLong();
    t.filesDeleted = q.value(12).toLongLong();
    t.rowsSent = q.value(13).toLongLong();
    t.rowsReceived = q.value(14).toLongLong();
    t.rowsDeleted = q.value(15).toLongLong();
    t.conflicts = q.value(16).toLongLong();
    t.bytesOut = q.value(17).toLongLong();
    t.bytesIn = q.value(18).toLongLong();
    run.message = q.value(19).toString();
    if (!q.value(20).isNull()) {
        run.clockSkewMs = q.value(20).toLongLong();
    }
    return run;
}

} // namespace

RunRepository::RunRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<Run> RunRepository::start(Run run)
{
    auto query = sql::exec(m_db,
                           QStringLiteral("INSERT INTO runs (profile_id, profile_name, relationship_name, trigger, "
                                          "dry_run, state, phase, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {run.profileId > 0 ? QVariant(run.profileId) : QVariant(QMetaType(QMetaType::LongLong)),
                            sql::fromRequiredText(run.profileName), sql::fromRequiredText(run.relationshipName), enumKey(runTriggerKeys, run.trigger), run.dryRun,
                            enumKey(runStateKeys, run.state), sql::fromText(run.phase), sql::fromTime(run.startedAt)});
    if (!query) {
        return query.error();
    }
    run.id = query->lastInsertId().toLongLong();
    return run;
}

Result<void> RunRepository::setPhase(qint64 id, const QString& phase)
{
    return sql::execOne(m_db, QStringLiteral("UPDATE runs SET phase = ?, state = 'running' WHERE id = ?"), {phase, id},
                        sql::Messages::tr("No run with id %1.").arg(id));
}

Result<qint64> RunRepository::markInterrupted(const QStringList& relationships, qint64 except, const QString& message,
                                             const QDateTime& when)
{
    qint64 marked = 0;
    for (const QString& relationship : relationships) {
        auto query = sql::exec(m_db,
                               QStringLiteral("UPDATE runs SET state = 'failed', finished_at = ?, message = ? "
                                              "WHERE state = 'running' AND relationship_name = ? AND id <> ?"),
                               {sql::fromTime(when), message, relationship, except});
        if (!query) {
            return query.error();
        }
        marked += query->numRowsAffected();
    }
    auto progress = sql::exec(m_db, QStringLiteral("DELETE FROM run_progress WHERE run_id IN "
                                                   "(SELECT id FROM runs WHERE state <> 'running')"));
    return progress ? Result<qint64>(marked) : progress.error();
}

Result<void> RunRepository::setClockSkew(qint64 id, qint64 milliseconds)
{
    return sql::execOne(m_db, QStringLiteral("UPDATE runs SET clock_skew_ms = ? WHERE id = ?"), {milliseconds, id},
                        sql::Messages::tr("No run with id %1.").arg(id));
}

Result<void> RunRepository::finish(qint64 id, RunState state, const RunTotals& t, const QString& message,
                                   const QDateTime& finishedAt)
{
    return sql::execOne(m_db,
                        QStringLiteral("UPDATE runs SET state = ?, finished_at = ?, files_sent = ?, files_received = ?, "
                                       "files_deleted = ?, rows_sent = ?, rows_received = ?, rows_deleted = ?, "
                                       "conflicts = ?, bytes_out = ?, bytes_in = ?, message = ? WHERE id = ?"),
                        {enumKey(runStateKeys, state), sql::fromTime(finishedAt), t.filesSent, t.filesReceived,
                         t.filesDeleted, t.rowsSent, t.rowsReceived, t.rowsDeleted, t.conflicts, t.bytesOut, t.bytesIn,
                         sql::fromText(message), id},
                        sql::Messages::tr("No run with id %1.").arg(id));
}

Result<std::vector<Run>> RunRepository::startedSince(const QDateTime& since, int limit) const
{
    auto query = sql::exec(m_db,
                           selectRuns + QStringLiteral("WHERE started_at >= ? ORDER BY started_at DESC "
                                          "LIMIT ?"),
                           {sql::fromTime(since), limit});
    if (!query) {
        return query.error();
    }
    std::vector<Run> runs;
    while (query->next()) {
        runs.push_back(runFrom(*query));
    }
    return runs;
}

Result<Run> RunRepository::byId(qint64 id) const
{
    auto query = sql::exec(m_db,
                           selectRuns + QStringLiteral("WHERE id = ?"),
                           {id});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error{sql::Messages::tr("No run with id %1.").arg(id)};
    }
    return runFrom(*query);
}

Result<std::vector<Run>> RunRepository::recent(int limit) const
{
    auto query = sql::exec(m_db,
                           selectRuns + QStringLiteral("ORDER BY id DESC LIMIT ?"),
                           {limit});
    if (!query) {
        return query.error();
    }
    std::vector<Run> runs;
    while (query->next()) {
        runs.push_back(runFrom(*query));
    }
    return runs;
}

} // namespace ferry
