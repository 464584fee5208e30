#pragma once
// Decides whether an existing state.db may be opened, by reading it only: the SQLite header, the
// Ferry application id and the format version. Nothing here writes to the file.

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ferry {

class StateFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(StateStore)

public:
    // Ok when path does not exist yet, or holds a Ferry state file this build can open.
    static Result<void> check(const QString& path);

private:
    static Result<void> checkHeader(const QString& path);
    static Result<void> checkContents(const QString& path);
    static Error damaged(const QString& path, const QString& reason);
};

} // namespace ferry
