#pragma once
// Peers' checkpoints in state.db: for a site of this installation and a peer site (by UUID), the
// change number up to which the peer has durably taken each resource ("files", "table:NAME").
// The agent reads and writes them for its peers; a write replaces all of a peer's checkpoints
// for the resources it names, in one transaction.

#include "common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QUuid>

#include <map>

namespace ferry {

class StateStore;

using Checkpoints = std::map<QString, qint64>;  // resource → change number

class CheckpointRepository
{
public:
    explicit CheckpointRepository(StateStore& store);

    Result<Checkpoints> read(qint64 siteId, const QUuid& peer) const;
    Result<void> write(qint64 siteId, const QUuid& peer, const Checkpoints& checkpoints, const QString& writtenBy,
                       const QDateTime& now);

private:
    StateStore& m_store;
};

} // namespace ferry
