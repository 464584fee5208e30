#pragma once
// The remote side of a file conflict, read from the agent when no copy of it was kept here (a
// conflict held for review leaves the remote version where it is): the review screen can then
// show both versions side by side. What it reads is the file as it is on the remote site now.

#include "common/Result.h"
#include "model/Conflict.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ferry {

class RemoteConflictCopy
{
    Q_DECLARE_TR_FUNCTIONS(RemoteConflictCopy)

public:
    // Blocks while it talks to the agent: call it on a worker thread.
    static Result<QByteArray> fetch(const QString& homePath, const Conflict& conflict, qint64 maxBytes);
};

} // namespace ferry
