#include "LiveRunRepository.h"

#include "Sql.h"

namespace ferry {

LiveRunRepository::LiveRunRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<bool> LiveRunRepository::report(qint64 runId, const QString& owner, qint64 ownerPid, const Progress& progress)
{
    auto written = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO run_progress (run_id, owner, owner_pid, phase, items_done, items_total, bytes_done, "
                       "bytes_total, bytes_per_second, eta_seconds, current_item, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET "
                       "phase = excluded.phase, items_done = excluded.items_done, items_total = excluded.items_total, "
                       "bytes_done = excluded.bytes_done, bytes_total = excluded.bytes_total, "
                       "bytes_per_second = excluded.bytes_per_second, eta_seconds = excluded.eta_seconds, "
                       "current_item = excluded.current_item, updated_at = excluded.updated_at "
                       "RETURNING cancel_requested"),
        {runId, owner, ownerPid, sql::fromText(progress.phase), progress.itemsDone, progress.itemsTotal,
         progress.bytesDone, progress.bytesTotal, progress.bytesPerSecond, progress.etaSeconds,
         sql::fromText(progress.currentItem), sql::fromTime(QDateTime::currentDateTimeUtc())});
    if (!written) {
        return written.error();
    }
    return written->next() && written->value(0).toBool();
}

Result<void> LiveRunRepository::requestCancel(qint64 runId)
{
    return sql::execOne(m_db, QStringLiteral("UPDATE run_progress SET cancel_requested = 1 WHERE run_id = ?"), {runId},
                        sql::Messages::tr("Run %1 is no longer running.").arg(runId));
}

Result<void> LiveRunRepository::remove(qint64 runId)
{
    auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM run_progress WHERE run_id = ?"), {runId});
    return removed ? Result<void>() : removed.error();
}

Result<std::vector<LiveRun>> LiveRunRepository::running() const
{
    auto query = sql::exec(
        m_db, QStringLiteral("SELECT r.id, r.profile_id, r.profile_name, r.relationship_name, r.trigger, r.dry_run, "
                             "r.phase, r.started_at, p.owner, p.owner_pid, p.phase, p.items_done, p.items_total, "
                             "p.bytes_done, p.bytes_total, p.bytes_per_second, p.eta_seconds, p.current_item, "
                             "p.updated_at, p.cancel_requested FROM run_progress p JOIN runs r ON r.id = p.run_id "
                             "WHERE r.state = 'running' ORDER BY r.id"));
    if (!query) {
        return query.error();
    }
    std::vector<LiveRun> runs;
    while (query->next()) {
        const QSqlQuery& q = *query;
        LiveRun live;
        live.run.id = q.value(0).toLongLong();
        live.run.profileId = q.value(1).toLongLong();
        live.run.profileName = q.value(2).toString();
        live.run.relationshipName = q.value(3).toString();
        live.run.trigger = enumFromKey(runTriggerKeys, q.value(4).toString()).value_or(RunTrigger::Manual);
        live.run.dryRun = q.value(5).toBool();
        live.run.state = RunState::Running;
        live.run.phase = q.value(6).toString();
        live.run.startedAt = sql::toTime(q.value(7));
        live.owner = q.value(8).toString();
        live.ownerPid = q.value(9).toLongLong();
        live.progress = {.phase = q.value(10).toString(),
                         .itemsDone = q.value(11).toLongLong(),
                         .itemsTotal = q.value(12).toLongLong(),
                         .bytesDone = q.value(13).toLongLong(),
                         .bytesTotal = q.value(14).toLongLong(),
                         .bytesPerSecond = q.value(15).toDouble(),
                         .etaSeconds = q.value(16).toLongLong(),
                         .currentItem = q.value(17).toString()};
        live.updatedAt = sql::toTime(q.value(18));
        live.cancelRequested = q.value(19).toBool();
        runs.push_back(std::move(live));
    }
    return runs;
}

} // namespace ferry
