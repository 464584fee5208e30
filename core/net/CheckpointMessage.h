#pragma once
// GET and PUT /v1/sites/SITE/checkpoints/PEER: a peer's checkpoints on this agent's site as JSON
// {"peer": UUID, "checkpoints": {"files": N, "table:posts": M}}. decode is a pure function over
// bytes: at most maxCheckpoints resources, each "files" or "table:NAME", numbers 0 … 2^53.

#include "common/Result.h"
#include "store/CheckpointRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUuid>

namespace ferry {

struct CheckpointSet {
    QUuid peer;
    Checkpoints checkpoints;
};

class CheckpointMessage
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointMessage)

public:
    static constexpr int maxCheckpoints = 1000;

    static QByteArray encode(const CheckpointSet& set);
    static Result<CheckpointSet> decode(const QByteArray& bytes);
    static bool isResource(const QString& resource);
};

} // namespace ferry
