#include "CheckpointRepository.h"

#include "Sql.h"
#include "StateStore.h"

#include <QSqlQuery>
#include <QVariant>

namespace ferry {

CheckpointRepository::CheckpointRepository(StateStore& store)
    : m_store(store)
{
}

Result<Checkpoints> CheckpointRepository::read(qint64 siteId, const QUuid& peer) const
{
    auto query = sql::exec(m_store.database(),
                           QStringLiteral("SELECT resource, sequence FROM peer_checkpoints WHERE site_id = ? AND peer = ?"),
                           {siteId, peer.toString(QUuid::WithoutBraces)});
    if (!query) {
        return query.error();
    }
    Checkpoints checkpoints;
    while (query->next()) {
        checkpoints.emplace(query->value(0).toString(), query->value(1).toLongLong());
    }
    return checkpoints;
}

Result<void> CheckpointRepository::write(qint64 siteId, const QUuid& peer, const Checkpoints& checkpoints,
                                         const QString& writtenBy, const QDateTime& now)
{
    return m_store.write([&]() -> Result<void> {
        for (const auto& [resource, sequence] : checkpoints) {
            auto done = sql::exec(m_store.database(),
                                  QStringLiteral("INSERT INTO peer_checkpoints (site_id, peer, resource, sequence, "
                                                 "written_by, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                                                 "ON CONFLICT (site_id, peer, resource) DO UPDATE SET "
                                                 "sequence = excluded.sequence, written_by = excluded.written_by, "
                                                 "updated_at = excluded.updated_at"),
                                  {siteId, peer.toString(QUuid::WithoutBraces), resource, sequence, writtenBy,
                                   now.toMSecsSinceEpoch()});
            if (!done) {
                return done.error();
            }
        }
        return {};
    });
}

} // namespace ferry
